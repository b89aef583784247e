import { trafficLayer } from '../catalogue/index';
import { compileDist, type Sampler } from '../random/distributions';
import { exp } from '../random/exp';
import type { Dist, PatternId, Scenario, ScopeId, TrafficLayer } from '../types';
import { PATTERN_IDS, SCOPE_IDS } from '../types';
import { distributionTable, presetOf, type DistributionTable } from './distributionTable';
import type { DistributionId } from './distributionIds';
import { quorumLostShare } from './topology';

/**
 * The compiled plan of a scenario: for every architecture and failure scope, the paths an incident's outage
 * can take, what it loses, and where in the incident's uniforms each draw sits. The kernel and the
 * reference engine see only this; they never read the scenario.
 */

/** Phase buckets of the timeline, in PHASE_IDS order. */
export const DETECTION = 0;
export const DECISION = 1;
export const PROMOTION = 2;
export const REROUTE = 3;
export const MANUAL = 4;
export const RECOVERY = 5;

/** One sequential part of an outage; step i of a path draws the incident's uniform i. */
export interface Step {
  phase: number;
  sampler: Sampler;
}

/**
 * Data lost by an incident: with probability `share`, a draw of `sampler` (seconds of committed data);
 * otherwise none. Which incidents lose data is decided by the incident's own share uniform, or, when
 * `byBranch`, by its branch uniform: those below `share` are exactly the incidents whose quorum was lost
 * (see ScopePlan.pManual). No sampler: nothing is ever lost.
 */
export interface LossPlan {
  sampler: Sampler | null;
  share: number;
  byBranch: boolean;
}

export interface ScopePlan {
  /** Automated failover, or null when nothing is automated for this scope. */
  auto: Step[] | null;
  /** Chance the automated path falls to `fallback` (people take over). */
  pManual: number;
  /** The manual path (after a failed automation) or the only path (nothing automated). */
  fallback: Step[];
  /** Data lost when the incident is recovered by its path. */
  loss: LossPlan;
  /**
   * The failure's own duration (a regional outage ends when the region returns): the outage ends at
   * whichever comes first, this or the path; an incident that ends by the region returning loses nothing.
   */
  race: Sampler | null;
  /** true for the regional scope, held to the regional targets. */
  region: boolean;
  /** The targets the scope's incidents are held to (seconds): the regional ones for the regional scope. */
  rtoTarget: number;
  rpoTarget: number;
  /** Where each draw sits among the incident's `stride` uniforms (−1: not drawn). */
  layout: UniformLayout;
}

/**
 * The uniforms of one incident for one architecture, in order: one per path step (as many as the longer
 * path has), then the branch (automated or manual), the data lost, whether any is lost, and the failure's
 * own duration, each only when the plan needs it.
 */
export interface UniformLayout {
  stride: number;
  branch: number;
  loss: number;
  share: number;
  race: number;
}

/** Most uniforms an incident draws for one architecture and scope (the kernel's scratch is sized by it). */
export const MAX_STRIDE = 16;

export interface PatternPlan {
  id: PatternId;
  /** Indexed like SCOPE_IDS. */
  scopes: ScopePlan[];
}

export interface Plan {
  /** Incidents per year, indexed like SCOPE_IDS. */
  rates: number[];
  patterns: PatternPlan[];
  downtimeCostPerMinute: number;
  dataLossCostPerSecond: number;
  table: DistributionTable;
}

/**
 * Chance that an automated failover falls to the manual path, averaged over the time since the last drill.
 * The chance grows from `afterDrill` towards `untested` as p(t) = a + (u − a)(1 − e^(−t/τ)); an incident
 * lands uniformly within the drill interval T = 1/drills, so the average is
 * a + (u − a)(1 − (τ/T)(1 − e^(−T/τ))). With no drills, t is unbounded and the chance is `untested`.
 */
export function manualPathProbability(assumptions: Scenario['assumptions'], drillsPerYear: number): number {
  const a = assumptions.manualPathAfterDrill;
  const u = assumptions.manualPathUntested;
  if (!(drillsPerYear > 0)) return u;
  const interval = 1 / drillsPerYear;
  const tau = assumptions.driftYears;
  const drift = 1 - (tau / interval) * (1 - exp(-interval / tau));
  return a + (u - a) * drift;
}

/** The regional outage's duration: lognormal by median and 95th percentile, capped at 30 days (seconds). */
export const REGION_OUTAGE_CAP_SECONDS = 30 * 24 * 3600;

export function regionOutageDist(scenario: Scenario): Dist {
  const { medianHours, p95Hours } = scenario.failureDurations.regionOutage;
  return {
    kind: 'lognormal',
    median: medianHours * 3600,
    p95: p95Hours * 3600,
    max: REGION_OUTAGE_CAP_SECONDS,
  };
}

const fixed = (value: number): Dist => ({ kind: 'fixed', value });

/** A distribution of k·X for X of `d` (k > 0): every value, bound and percentile times k. */
export function scaleDist(d: Dist, k: number): Dist {
  if (k === 1) return d;
  switch (d.kind) {
    case 'fixed':
      return { kind: 'fixed', value: d.value * k };
    case 'uniform':
      return { kind: 'uniform', min: d.min * k, max: d.max * k };
    case 'triangular':
      return { kind: 'triangular', min: d.min * k, mode: d.mode * k, max: d.max * k };
    case 'lognormal':
      return { kind: 'lognormal', median: d.median * k, p95: d.p95 * k, max: d.max * k };
    case 'mixture':
      return { kind: 'mixture', parts: d.parts.map((p) => ({ ...p, dist: scaleDist(p.dist, k) })) };
  }
}

function layoutOf(auto: Step[] | null, fallback: Step[], loss: LossPlan, race: boolean): UniformLayout {
  let next = Math.max(auto?.length ?? 0, fallback.length);
  const take = (needed: boolean) => (needed ? next++ : -1);
  const branch = take(auto !== null);
  const lossAt = take(loss.sampler !== null);
  const share = take(loss.sampler !== null && loss.share < 1 && !loss.byBranch);
  const raceAt = take(race);
  if (next > MAX_STRIDE) throw new Error(`a path needs ${next} uniforms; at most ${MAX_STRIDE} are drawn`);
  return { stride: next, branch, loss: lossAt, share, race: raceAt };
}

/** Factors some named distributions are scaled by (every value times the factor): sensitivity reruns. */
export type DistributionScales = Partial<Record<DistributionId, number>>;

export function buildPlan(scenario: Scenario, scales: DistributionScales = {}): Plan {
  const table = distributionTable(scenario);
  const ops = scenario.operations;
  const sampler = (id: DistributionId): Sampler => {
    const entry = table[id];
    const k = Object.hasOwn(scales, id) ? (scales[id] ?? 1) : 1;
    return compileDist(entry ? scaleDist(entry.effective, k) : fixed(0));
  };
  const step = (phase: number, s: Sampler): Step => ({ phase, sampler: s });
  const use = (phase: number, id: DistributionId): Step => step(phase, sampler(id));

  // Traffic: the health check fires at a random point of its cycle, so marking a target down takes
  // between (threshold − 1) and threshold intervals; DNS clients then wait out their cache.
  const reroute = (layer: TrafficLayer, extra: DistributionId): Step[] => {
    const i = ops.healthCheckIntervalSeconds;
    const f = ops.healthCheckFailureThreshold;
    const steps = [
      step(REROUTE, compileDist({ kind: 'uniform', min: (f - 1) * i, max: f * i })),
      use(REROUTE, extra),
    ];
    if (layer.usesDnsTtl)
      steps.push(step(REROUTE, compileDist({ kind: 'uniform', min: 0, max: ops.dnsTtlSeconds })));
    return steps;
  };
  const localReroute = reroute(trafficLayer(scenario.technology.trafficLayer)!, 'traffic.extra');
  const globalReroute = reroute(trafficLayer(scenario.technology.globalTrafficLayer)!, 'globalTraffic.extra');

  // A person is paged (alert latency: from the failure to the alert reaching them), then responds.
  const paged = [
    step(MANUAL, compileDist(fixed(ops.alertLatencySeconds))),
    use(MANUAL, 'operations.humanResponse'),
  ];
  const manualFailover = use(MANUAL, 'recovery.manualFailover');
  const regionOutage = compileDist(regionOutageDist(scenario));

  const none: LossPlan = { sampler: null, share: 0, byBranch: false };
  const always = (id: DistributionId): LossPlan => ({ sampler: sampler(id), share: 1, byBranch: false });
  const backup: LossPlan = {
    sampler: compileDist({ kind: 'uniform', min: 0, max: ops.backupIntervalSeconds }),
    share: 1,
    byBranch: false,
  };
  const pManual = manualPathProbability(scenario.assumptions, ops.drillsPerYear);
  /** An architecture's own chance when measured drills calibrated it (models/calibration), else pManual. */
  const pManualOf = (pattern: PatternId): number =>
    scenario.calibrated?.manualPathProbability[pattern] ?? pManual;
  const t = scenario.targets;

  const scopePlan = (
    scope: ScopeId,
    paths: { auto: Step[] | null; fallback: Step[]; pManual?: number },
    loss: LossPlan,
  ): ScopePlan => {
    const region = scope === 'region';
    return {
      auto: paths.auto,
      pManual: paths.auto === null ? 1 : (paths.pManual ?? pManual),
      fallback: paths.fallback,
      loss,
      race: region ? regionOutage : null,
      region,
      rtoTarget: region ? t.regionRtoSeconds : t.rtoSeconds,
      rpoTarget: region ? t.regionRpoSeconds : t.rpoSeconds,
      layout: layoutOf(paths.auto, paths.fallback, loss, region),
    };
  };
  /** Nothing automated: people (or the platform) recover along one path. */
  const only = (scope: ScopeId, path: Step[], loss: LossPlan) =>
    scopePlan(scope, { auto: null, fallback: path }, loss);
  /** A rebuild in another region from the off-site backup, unless the region returns first. */
  const regionRebuild = only('region', [...paged, use(RECOVERY, 'recovery.regionRebuild')], backup);

  /** The in-region failover of an architecture's preset, for an ordinary scope. */
  const inRegion = (pattern: PatternId, scope: ScopeId, loss: LossPlan): ScopePlan => {
    const prefix = pattern as 'active-passive-async';
    return scopePlan(
      scope,
      {
        auto: [
          use(DETECTION, `${prefix}.detection`),
          use(DECISION, `${prefix}.decision`),
          use(PROMOTION, `${prefix}.promotion`),
          ...localReroute,
        ],
        fallback: [...paged, manualFailover, ...localReroute],
        pManual: pManualOf(pattern),
      },
      loss,
    );
  };
  /** What an in-region failover loses: the lag (async), the lag while degraded (sync), nothing (consensus). */
  const inRegionLoss = (pattern: PatternId, replication: 'async' | 'sync' | 'consensus'): LossPlan => {
    const id = `${pattern as 'active-passive-async'}.replicationLag` as const;
    if (replication === 'async') return always(id);
    if (replication === 'sync') {
      return { sampler: sampler(id), share: scenario.assumptions.syncDegradedProbability, byBranch: false };
    }
    return none;
  };

  const singleNode = (scope: ScopeId): ScopePlan => {
    switch (scope) {
      case 'node': // the disk survives a crash: the platform restarts or replaces the host, nothing lost
        return only(scope, [use(RECOVERY, 'recovery.nodeRestart')], none);
      case 'storage':
        return only(scope, [...paged, use(RECOVERY, 'recovery.storageRestore')], backup);
      case 'network': // nothing to fail over to: wait for the partition to heal
        return only(scope, [use(RECOVERY, 'recovery.networkPartition')], none);
      case 'zone':
        return only(scope, [...paged, use(RECOVERY, 'recovery.zoneRebuild')], backup);
      case 'region':
        return regionRebuild;
    }
  };

  const activePassive = (id: 'active-passive-async' | 'active-passive-sync', scope: ScopeId): ScopePlan => {
    if (scope === 'region') return regionRebuild; // the standby shares the primary's region
    const preset = presetOf(
      scenario,
      id === 'active-passive-async' ? 'activePassiveAsync' : 'activePassiveSync',
    );
    return inRegion(id, scope, inRegionLoss(id, preset.replication));
  };

  const dr = presetOf(scenario, 'activePassiveDr');
  const disasterRecovery = (scope: ScopeId): ScopePlan => {
    if (scope !== 'region')
      return inRegion('active-passive-dr', scope, inRegionLoss('active-passive-dr', dr.replication));
    const cross = dr.crossRegion!;
    const scaleUp = cross.scaleUp ? [use(PROMOTION, 'active-passive-dr.region.scaleUp')] : [];
    const promote = [use(PROMOTION, 'active-passive-dr.region.promotion'), ...scaleUp, ...globalReroute];
    const loss = cross.replication === 'sync' ? none : always('active-passive-dr.region.replicationLag');
    if (cross.decidedBy === 'people') {
      return only(scope, [...paged, use(DECISION, 'active-passive-dr.region.decision'), ...promote], loss);
    }
    return scopePlan(
      scope,
      {
        auto: [
          use(DETECTION, 'active-passive-dr.region.detection'),
          use(DECISION, 'active-passive-dr.region.decision'),
          ...promote,
        ],
        fallback: [...paged, manualFailover, ...scaleUp, ...globalReroute],
        pManual: pManualOf('active-passive-dr'),
      },
      loss,
    );
  };

  const aa = presetOf(scenario, 'activeActive');
  const activeActive = (scope: ScopeId): ScopePlan => {
    if (scope !== 'region') return inRegion('active-active', scope, none);
    const cross = aa.crossRegion!;
    // A regional loss that takes the write quorum leaves nothing to automate: people recover the data layer
    // from the surviving replicas (the manual path) unless the region returns first. Those incidents are the
    // ones whose branch uniform falls below the lost share, and they lose what the survivors lack.
    const lost = quorumLostShare(cross, scenario.topology);
    const lagLoss: LossPlan =
      cross.replication === 'async-multi-master'
        ? always('active-active.region.replicationLag')
        : cross.replication === 'consensus' && lost > 0
          ? { sampler: sampler('active-active.region.replicationLag'), share: lost, byBranch: true }
          : none;
    return scopePlan(
      scope,
      {
        auto: [
          use(DETECTION, 'active-active.region.detection'),
          use(DECISION, 'active-active.region.decision'),
          use(PROMOTION, 'active-active.region.promotion'),
          ...globalReroute,
        ],
        fallback: [...paged, manualFailover, ...globalReroute],
        pManual: lost + (1 - lost) * pManualOf('active-active'),
      },
      lagLoss,
    );
  };

  const patterns = PATTERN_IDS.map((id): PatternPlan => {
    const scopes = SCOPE_IDS.map((scope) => {
      switch (id) {
        case 'single-node':
          return singleNode(scope);
        case 'active-passive-async':
        case 'active-passive-sync':
          return activePassive(id, scope);
        case 'active-passive-dr':
          return disasterRecovery(scope);
        case 'active-active':
          return activeActive(scope);
      }
    });
    return { id, scopes };
  });

  return {
    rates: SCOPE_IDS.map((s) => scenario.failureRates[s]),
    patterns,
    downtimeCostPerMinute: scenario.business.downtimeCostPerMinute,
    dataLossCostPerSecond: scenario.business.dataLossCostPerSecond,
    table,
  };
}
