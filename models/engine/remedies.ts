/**
 * Remedies from the numbers. When an architecture misses a target, the operational changes that could
 * close the gap are each applied to the scenario and the scenario rerun with the same seed; a remedy is
 * offered only where the rerun shows the architecture then meets the target at the confidence level.
 */
import { evaluate, type Outcome } from './outcome';
import type { AtConfidence } from './recommend';
import type { PatternId, Scenario } from '../types';

export type Target = keyof AtConfidence;

/** One scenario field changed by a remedy. */
export interface Change {
  path:
    | 'operations.drillsPerYear'
    | 'operations.humanResponseSeconds'
    | 'operations.healthCheckIntervalSeconds'
    | 'operations.healthCheckFailureThreshold'
    | 'operations.dnsTtlSeconds'
    | 'operations.backupIntervalSeconds';
  from: number;
  to: number;
}

/** An operational change: drills, on-call response, health checks, DNS TTL, backups, or all of them. */
export interface RemedyAction {
  kind: 'drills' | 'response' | 'detection' | 'dns-ttl' | 'backups' | 'all';
  changes: Change[];
}

/** What a rerun with one action showed for one architecture and one target it missed. */
export interface RemedyCheck {
  pattern: PatternId;
  target: Target;
  action: RemedyAction;
  /** Outage or loss at the confidence level after the change (seconds). */
  atConfidence: number;
  /** Share of incidents meeting the target after the change. */
  share: number;
  /** Whether the target is then met at the confidence level. */
  meets: boolean;
  /** Whether the architecture is then feasible (every target, and the budget). */
  feasible: boolean;
}

/** Monthly drills: the cadence at which automation that drifts is caught within weeks. */
export const REMEDY_DRILLS_PER_YEAR = 12;
/** Health checks every 5 s, two failures to mark a target down: common fast settings. */
export const REMEDY_CHECK_INTERVAL_SECONDS = 5;
export const REMEDY_CHECK_THRESHOLD = 2;
/** A DNS TTL of 30 s, as managed failover records use. */
export const REMEDY_DNS_TTL_SECONDS = 30;
/** Backups (WAL archives) pushed every minute. */
export const REMEDY_BACKUP_INTERVAL_SECONDS = 60;

/** The actions that would change this scenario (a setting already as good is not tried). */
export function remedyActions(scenario: Scenario): RemedyAction[] {
  const ops = scenario.operations;
  const actions: RemedyAction[] = [];
  const action = (kind: RemedyAction['kind'], changes: Change[]) => {
    const real = changes.filter((c) => c.to !== c.from);
    if (real.length > 0) actions.push({ kind, changes: real });
  };
  const lower = (path: Change['path'], from: number, to: number): Change[] =>
    to < from ? [{ path, from, to }] : [];
  action(
    'drills',
    ops.drillsPerYear < REMEDY_DRILLS_PER_YEAR
      ? [{ path: 'operations.drillsPerYear', from: ops.drillsPerYear, to: REMEDY_DRILLS_PER_YEAR }]
      : [],
  );
  action(
    'response',
    lower('operations.humanResponseSeconds', ops.humanResponseSeconds, ops.humanResponseSeconds / 2),
  );
  action('detection', [
    ...lower(
      'operations.healthCheckIntervalSeconds',
      ops.healthCheckIntervalSeconds,
      REMEDY_CHECK_INTERVAL_SECONDS,
    ),
    ...lower(
      'operations.healthCheckFailureThreshold',
      ops.healthCheckFailureThreshold,
      REMEDY_CHECK_THRESHOLD,
    ),
  ]);
  action('dns-ttl', lower('operations.dnsTtlSeconds', ops.dnsTtlSeconds, REMEDY_DNS_TTL_SECONDS));
  action(
    'backups',
    lower('operations.backupIntervalSeconds', ops.backupIntervalSeconds, REMEDY_BACKUP_INTERVAL_SECONDS),
  );
  if (actions.length > 1)
    action(
      'all',
      actions.flatMap((a) => a.changes),
    );
  return actions;
}

/** The scenario with an action's changes made. */
export function withAction(scenario: Scenario, action: RemedyAction): Scenario {
  const operations = { ...scenario.operations };
  for (const c of action.changes) {
    const key = c.path.slice('operations.'.length) as keyof Scenario['operations'];
    operations[key] = c.to;
  }
  return { ...scenario, operations };
}

/**
 * Rerun the scenario once per action and check each missed target again; yields after each rerun, returns
 * every check (met or not). `misses` lists the architectures and targets missed in the base run.
 */
export function* checkRemedies(
  scenario: Scenario,
  misses: readonly { pattern: PatternId; target: Target }[],
): Generator<number, RemedyCheck[], void> {
  const checks: RemedyCheck[] = [];
  if (misses.length === 0) return checks;
  const confidence = scenario.targets.confidence;
  let done = 0;
  for (const action of remedyActions(scenario)) {
    const outcome: Outcome = evaluate(withAction(scenario, action));
    for (const miss of misses) {
      const p = outcome.patterns.find((o) => o.id === miss.pattern)!;
      const share = p.meets[miss.target];
      checks.push({
        ...miss,
        action,
        atConfidence: p.atConfidence[miss.target],
        share,
        meets: share >= confidence,
        feasible: p.feasible,
      });
    }
    yield ++done;
  }
  return checks;
}
