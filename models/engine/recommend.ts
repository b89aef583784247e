import { triangularQuantile } from './costs';
import type {
  Finding,
  MissCause,
  PatternId,
  PatternResult,
  PhaseId,
  Recommendation,
  Remedy,
  Scenario,
} from '../types';
import { PHASE_IDS } from '../types';

/** Each pattern's outage and loss at the confidence level (e.g. its P95), seconds. */
export interface AtConfidence {
  rto: number;
  rpo: number;
  regionRto: number;
  regionRpo: number;
}

type Target = keyof AtConfidence;

const TARGET_FIELDS: Record<Target, 'rtoSeconds' | 'rpoSeconds' | 'regionRtoSeconds' | 'regionRpoSeconds'> = {
  rto: 'rtoSeconds',
  rpo: 'rpoSeconds',
  regionRto: 'regionRtoSeconds',
  regionRpo: 'regionRpoSeconds',
};
const TARGETS = Object.keys(TARGET_FIELDS) as Target[];

/** The lower expected horizon total wins; a tie goes to the lower P95. */
function cheaper(a: PatternResult, b: PatternResult): number {
  return a.horizonTotalCost.mean - b.horizonTotalCost.mean || a.horizonTotalCost.p95 - b.horizonTotalCost.p95;
}

/** What the choice of an architecture needs to know of each. */
export interface Candidate {
  feasible: boolean;
  /** How many things block it: over budget, and each target missed. */
  blockers: number;
  /** Expected horizon total (currency); ties go to the lower `p95`. */
  mean: number;
  p95: number;
}

/**
 * The architectures in order of preference, as indices: the feasible ones by expected horizon total, then
 * the rest; when none is feasible, the closest first (fewest blockers, then the lowest expected total).
 * Ties keep the order of the list (PATTERN_IDS). The first is the one to recommend.
 */
export function ranking(candidates: readonly Candidate[]): number[] {
  const order = candidates.map((_, i) => i);
  const anyFeasible = candidates.some((c) => c.feasible);
  const key = (c: Candidate) => (anyFeasible ? (c.feasible ? 0 : 1) : c.blockers);
  order.sort((i, j) => {
    const a = candidates[i]!;
    const b = candidates[j]!;
    return key(a) - key(b) || a.mean - b.mean || a.p95 - b.p95 || i - j;
  });
  return order;
}

/** The index of the architecture to recommend (see `ranking`). */
export const choose = (candidates: readonly Candidate[]): number => ranking(candidates)[0]!;

/** How many targets a pattern misses at the confidence level, plus one when it is over budget. */
export function blockerCount(
  withinBudget: boolean,
  meets: Record<Target, number>,
  confidence: number,
): number {
  return +!withinBudget + TARGETS.filter((t) => meets[t] < confidence).length;
}

/** Architectures whose data survives a regional disaster only in backups. */
const RESTORES_REGION_FROM_BACKUP: readonly PatternId[] = [
  'single-node',
  'active-passive-async',
  'active-passive-sync',
];

/** Where a pattern's miss of a target comes from (see MissCause). */
export function missCause(scenario: Scenario, r: PatternResult, target: Target): MissCause {
  const backups: MissCause = { kind: 'backups', intervalSeconds: scenario.operations.backupIntervalSeconds };
  switch (target) {
    case 'rto': {
      if (r.manualPathShare >= 1 - scenario.targets.confidence) {
        return { kind: 'manual-path', share: r.manualPathShare };
      }
      const slowest = PHASE_IDS.reduce<PhaseId>(
        (a, b) => (r.phaseMeansSeconds[b] > r.phaseMeansSeconds[a] ? b : a),
        PHASE_IDS[0]!,
      );
      return { kind: 'phase', phase: slowest, meanSeconds: r.phaseMeansSeconds[slowest] };
    }
    case 'regionRto':
      return { kind: 'region-outage', returnedShare: r.regionRecovery.returned };
    case 'rpo':
      return r.id === 'single-node' ? backups : { kind: 'replication-lag' };
    case 'regionRpo':
      return RESTORES_REGION_FROM_BACKUP.includes(r.id) ? backups : { kind: 'replication-lag' };
  }
}

/** What stops a pattern from being feasible. */
function blockers(scenario: Scenario, r: PatternResult, q: AtConfidence): Finding[] {
  const out: Finding[] = [];
  const costs = scenario.costs;
  if (!r.withinBudget) {
    out.push({
      kind: 'over-budget',
      monthly: r.monthlyInfraCost,
      budget: costs.monthlyBudget,
      overBudgetProbability: r.overBudgetProbability,
      tolerance: costs.overBudgetTolerance,
    });
  }
  const confidence = scenario.targets.confidence;
  for (const target of TARGETS) {
    const share = r.meetsTargets[target];
    if (share >= confidence) continue;
    out.push({
      kind: 'misses-target',
      target,
      atConfidence: q[target],
      targetValue: scenario.targets[TARGET_FIELDS[target]],
      share,
      confidence,
      cause: missCause(scenario, r, target),
    });
  }
  return out;
}

/** What change of inputs would make this pattern feasible. */
function remedies(scenario: Scenario, r: PatternResult, q: AtConfidence): Remedy[] {
  const out: Remedy[] = [];
  const { monthlyBudget, overBudgetTolerance } = scenario.costs;
  if (!r.withinBudget) {
    // The budget at which the chance of exceeding it is the tolerance: the (1 − tolerance) quantile.
    const budget = triangularQuantile(r.monthlyInfraCost, 1 - overBudgetTolerance);
    out.push({ kind: 'raise-budget', budget, more: budget - monthlyBudget });
  }
  for (const target of TARGETS) {
    if (r.meetsTargets[target] >= scenario.targets.confidence) continue;
    out.push({ kind: 'accept-target', target, value: q[target] });
  }
  return out;
}

/** The reasons a feasible pattern is recommended. */
function strengths(
  scenario: Scenario,
  r: PatternResult,
  q: AtConfidence,
  runnerUp: PatternResult | undefined,
): Finding[] {
  const t = scenario.targets;
  const years = scenario.horizonYears;
  const gap = runnerUp ? runnerUp.horizonTotalCost.mean - r.horizonTotalCost.mean : 0;
  const noise = runnerUp
    ? 2 * Math.hypot(r.convergence.standardError, runnerUp.convergence.standardError)
    : 0;
  return [
    { kind: 'meets-rto', share: r.meetsTargets.rto, target: t.rtoSeconds, atConfidence: q.rto },
    { kind: 'meets-rpo', share: r.meetsTargets.rpo, target: t.rpoSeconds, atConfidence: q.rpo },
    {
      kind: 'region-within',
      rto: q.regionRto,
      rpo: q.regionRpo,
      rtoTarget: t.regionRtoSeconds,
      rpoTarget: t.regionRpoSeconds,
    },
    {
      kind: 'within-budget',
      monthly: r.monthlyInfraCost,
      budget: scenario.costs.monthlyBudget,
      overBudgetProbability: r.overBudgetProbability,
      tolerance: scenario.costs.overBudgetTolerance,
    },
    {
      kind: 'cheapest',
      horizonYears: years,
      total: r.horizonTotalCost.mean,
      runnerUp: runnerUp?.id ?? null,
      gap,
      tied: runnerUp !== undefined && gap < noise,
    },
    {
      kind: 'availability',
      availability: r.availability,
      downtimeMinutes: r.annualDowntimeMinutes.mean,
    },
  ];
}

export function recommend(
  scenario: Scenario,
  patterns: readonly PatternResult[],
  atConfidence: readonly AtConfidence[],
): Recommendation {
  const q = (id: PatternId): AtConfidence => atConfidence[patterns.findIndex((r) => r.id === id)]!;
  const feasible = patterns.filter((r) => r.feasible).sort(cheaper);
  const years = scenario.horizonYears;
  const chosen =
    patterns[
      choose(
        patterns.map((r) => ({
          feasible: r.feasible,
          blockers: blockers(scenario, r, q(r.id)).length,
          mean: r.horizonTotalCost.mean,
          p95: r.horizonTotalCost.p95,
        })),
      )
    ]!;

  if (chosen.feasible) {
    const best = chosen;
    const others = patterns
      .filter((r) => r.id !== best.id)
      .map((r) => {
        const findings = blockers(scenario, r, q(r.id));
        const extra = r.horizonTotalCost.mean - best.horizonTotalCost.mean;
        if (findings.length === 0 || extra > 0) {
          findings.push(
            extra >= 0
              ? {
                  kind: 'costs-more',
                  extra,
                  total: r.horizonTotalCost.mean,
                  bestTotal: best.horizonTotalCost.mean,
                  horizonYears: years,
                }
              : { kind: 'cheaper-but-infeasible', saving: -extra, horizonYears: years },
          );
        }
        return { pattern: r.id, findings };
      });
    return {
      pattern: best.id,
      feasible: true,
      findings: strengths(scenario, best, q(best.id), feasible[1]),
      others,
      remedies: [],
    };
  }

  // Nothing is feasible: name the closest pattern (fewest blockers, then cheapest) and what blocks it.
  const closest = chosen;
  return {
    pattern: closest.id,
    feasible: false,
    findings: blockers(scenario, closest, q(closest.id)),
    others: patterns
      .filter((r) => r.id !== closest.id)
      .map((r) => ({ pattern: r.id, findings: blockers(scenario, r, q(r.id)) })),
    remedies: remedies(scenario, closest, q(closest.id)),
  };
}
