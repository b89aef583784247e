/**
 * What a drill of an architecture and failure scope exercised in the model: whether the scope has an
 * automated failover at all, which distributions make up each phase of it, what the traffic reroute takes
 * on average, and the spread of the whole path (sampled from the engine's own plan).
 */
import { trafficLayer } from '../catalogue/index';
import type { DistributionTable } from '../engine/distributionTable';
import type { DistributionId } from '../engine/distributionIds';
import { DECISION, DETECTION, PROMOTION, REROUTE, type Plan, type Step } from '../engine/plan';
import { addColumn, distMean } from '../random/distributions';
import { streamFor } from '../random/xoshiro';
import type { PatternId, Scenario, ScopeId } from '../types';
import { PATTERN_IDS, SCOPE_IDS } from '../types';
import type { PhaseColumn } from '../drills/fields';

/** The data layer's phases a drill may time, with the distributions each is drawn from. */
export interface PhasePart {
  column: Exclude<PhaseColumn, 'rerouteSeconds'>;
  ids: DistributionId[];
}

export type Coverage =
  | { covered: true; phases: PhasePart[]; rerouteMeanSeconds: number }
  | { covered: false; reason: 'no-failover' | 'people-decide' };

/** Ordinary incidents (node, storage, network, zone) fail over within the region; regional ones across. */
export function isRegional(scope: ScopeId): boolean {
  return scope === 'region';
}

/**
 * The automated failover of `pattern` for an incident of `scope`, as the engine's plan builds it, or why
 * there is none: a single node has nothing to fail over to, an active-passive pair shares its region, and a
 * cross-region standby whose regional failover people start has no automation to drill.
 */
export function coverage(
  scenario: Scenario,
  table: DistributionTable,
  pattern: PatternId,
  scope: ScopeId,
): Coverage {
  if (pattern === 'single-node') return { covered: false, reason: 'no-failover' };
  const regional = isRegional(scope);
  if (regional && (pattern === 'active-passive-async' || pattern === 'active-passive-sync')) {
    return { covered: false, reason: 'no-failover' };
  }
  const prefix = regional ? `${pattern}.region` : pattern;
  if (regional && table[`${prefix}.detection` as DistributionId] === undefined) {
    // Only a failover the data layer starts itself has a detection phase (see distributionTable).
    return { covered: false, reason: 'people-decide' };
  }
  const present = (ids: string[]) =>
    ids.filter((id): id is DistributionId => table[id as DistributionId] !== undefined);
  const phases: PhasePart[] = [
    { column: 'detectionSeconds', ids: present([`${prefix}.detection`]) },
    { column: 'decisionSeconds', ids: present([`${prefix}.decision`]) },
    // A pilot-light standby scales up as part of its promotion.
    { column: 'promotionSeconds', ids: present([`${prefix}.promotion`, `${prefix}.scaleUp`]) },
  ];
  return { covered: true, phases, rerouteMeanSeconds: rerouteMean(scenario, table, regional) };
}

/**
 * Mean traffic reroute, seconds: the health check's (f − ½)·i, the layer's extra time, and half the DNS
 * TTL for a layer that waits on DNS caches (see plan.ts).
 */
export function rerouteMean(scenario: Scenario, table: DistributionTable, regional: boolean): number {
  const ops = scenario.operations;
  const layer = trafficLayer(
    regional ? scenario.technology.globalTrafficLayer : scenario.technology.trafficLayer,
  );
  const extra = table[regional ? 'globalTraffic.extra' : 'traffic.extra'];
  const check = (ops.healthCheckFailureThreshold - 0.5) * ops.healthCheckIntervalSeconds;
  return check + (extra ? distMean(extra.effective) : 0) + (layer?.usesDnsTtl ? ops.dnsTtlSeconds / 2 : 0);
}

/** Draws of a path sampled to read its spread. */
export const PATH_DRAWS = 10_000;
/**
 * Where the path streams sit among the seed's streams: a block of their own, before the resampling's
 * (−1) and the trials' (0 on).
 */
export const CALIBRATION_BLOCK = -2;

/** A path's outage and the part of it in each timed phase, each sorted when first asked for, seconds. */
export interface PathSpread {
  outage: () => Float64Array;
  phase: (column: PhaseColumn) => Float64Array;
}

const PHASE_OF_STEP: Record<number, PhaseColumn> = {
  [DETECTION]: 'detectionSeconds',
  [DECISION]: 'decisionSeconds',
  [PROMOTION]: 'promotionSeconds',
  [REROUTE]: 'rerouteSeconds',
};

/** Sorts `values` in place the first time it is called. */
function sortedOnce(values: Float64Array): () => Float64Array {
  let sorted = false;
  return () => {
    if (!sorted) values.sort();
    sorted = true;
    return values;
  };
}

/**
 * PATH_DRAWS draws of a path of the plan (the automated failover, or the manual one) of an architecture,
 * within the region (every ordinary scope takes the same path) or across regions, from stream (seed,
 * CALIBRATION_BLOCK, lane), lane = 4·architecture + 2·(1 across regions) + (1 for the manual path): each
 * draw takes one uniform per step, in step order.
 */
export function pathSpread(
  plan: Plan,
  seed: number,
  pattern: PatternId,
  regional: boolean,
  manual: boolean,
): PathSpread | null {
  const p = PATTERN_IDS.indexOf(pattern);
  const scopePlan = plan.patterns[p]?.scopes[SCOPE_IDS.indexOf(regional ? 'region' : 'node')];
  const steps: Step[] | null | undefined = manual ? scopePlan?.fallback : scopePlan?.auto;
  if (!steps) return null;
  const rng = streamFor(seed, CALIBRATION_BLOCK, 4 * p + (regional ? 2 : 0) + (manual ? 1 : 0));
  const outage = new Float64Array(PATH_DRAWS);
  const phases: Record<PhaseColumn, Float64Array> = {
    detectionSeconds: new Float64Array(PATH_DRAWS),
    decisionSeconds: new Float64Array(PATH_DRAWS),
    promotionSeconds: new Float64Array(PATH_DRAWS),
    rerouteSeconds: new Float64Array(PATH_DRAWS),
  };
  // Draw i takes uniforms i·K … i·K + K − 1, one per step: the order of the stream.
  const k = steps.length;
  const uniforms = new Float64Array(PATH_DRAWS * k);
  rng.fill(uniforms, uniforms.length);
  steps.forEach((step, at) => {
    addColumn(step.sampler, uniforms, at, k, PATH_DRAWS, outage);
    const column = PHASE_OF_STEP[step.phase];
    if (column) addColumn(step.sampler, uniforms, at, k, PATH_DRAWS, phases[column]);
  });
  const sortedPhases = {
    detectionSeconds: sortedOnce(phases.detectionSeconds),
    decisionSeconds: sortedOnce(phases.decisionSeconds),
    promotionSeconds: sortedOnce(phases.promotionSeconds),
    rerouteSeconds: sortedOnce(phases.rerouteSeconds),
  };
  return { outage: sortedOnce(outage), phase: (column) => sortedPhases[column]() };
}

/** The nearest-rank q-quantile of sorted draws. */
export function quantileOf(sorted: Float64Array, q: number): number {
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? 0;
}
