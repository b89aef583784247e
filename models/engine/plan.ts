import { technology, trafficLayer } from '../catalogue/index';
import { compileDist, type Sampler } from '../random/distributions';
import type { Dist, PatternId, Scenario, ScopeId, TrafficLayer } from '../types';
import { PATTERN_IDS, SCOPE_IDS } from '../types';
import { distributionTable, type DistributionTable } from './distributionTable';
import type { DistributionId } from './distributionIds';

/** Phase buckets of the timeline, in PHASE_IDS order. */
export const DETECTION = 0;
export const DECISION = 1;
export const PROMOTION = 2;
export const REROUTE = 3;
export const MANUAL = 4;
export const RECOVERY = 5;

/** One sequential part of an outage; step i of a path draws the incident's uniform u[i]. */
export interface Step {
  phase: number;
  sampler: Sampler;
}

/** Most steps a path has; each incident draws this many uniforms for its path, used or not. */
export const MAX_STEPS = 6;

/**
 * Data lost by an incident: with probability `share`, a draw of `sampler` (seconds of committed data);
 * otherwise none. Async replication loses its lag (share 1), sync replication only when the standby had
 * fallen behind and replication had fallen back to async (share = that chance), a restore from backup the
 * writes since the last backup, U(0, backup interval). No sampler: nothing is ever lost.
 */
export interface LossPlan {
  sampler: Sampler | null;
  share: number;
}

export interface ScopePlan {
  /** Automated failover, or null when the pattern does not cover the scope. */
  auto: Step[] | null;
  /** Chance the automated path falls to `fallback` (people take over). */
  pManual: number;
  /** The manual path (covered scope) or the recovery path (uncovered scope). */
  fallback: Step[];
  /** Data lost, whichever path the outage took (it depends on replication, not on who fails over). */
  loss: LossPlan;
  /** true for the regional scope, held to the regional targets. */
  region: boolean;
  /** The targets the scope's incidents are held to (seconds): the regional ones for the regional scope. */
  rtoTarget: number;
  rpoTarget: number;
}

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
  const drift = 1 - (tau / interval) * (1 - Math.exp(-interval / tau));
  return a + (u - a) * drift;
}

const fixed = (value: number): Dist => ({ kind: 'fixed', value });

export function buildPlan(scenario: Scenario): Plan {
  const table = distributionTable(scenario);
  const ops = scenario.operations;
  const sampler = (id: DistributionId): Sampler => {
    const entry = table[id];
    return compileDist(entry ? entry.effective : fixed(0));
  };
  const step = (phase: number, s: Sampler): Step => ({ phase, sampler: s });

  // Traffic: the health check fires at a random point of its cycle, so marking a target down takes
  // between (threshold − 1) and threshold intervals (model.md §3); DNS clients then wait out their cache.
  const reroute = (layer: TrafficLayer, extra: DistributionId): Step[] => {
    const i = ops.healthCheckIntervalSeconds;
    const f = ops.healthCheckFailureThreshold;
    const steps = [
      step(REROUTE, compileDist({ kind: 'uniform', min: (f - 1) * i, max: f * i })),
      step(REROUTE, sampler(extra)),
    ];
    if (layer.usesDnsTtl)
      steps.push(step(REROUTE, compileDist({ kind: 'uniform', min: 0, max: ops.dnsTtlSeconds })));
    return steps;
  };
  const local = trafficLayer(scenario.technology.trafficLayer)!;
  const global = trafficLayer(scenario.technology.globalTrafficLayer)!;
  const localReroute = reroute(local, 'traffic.extra');
  const globalReroute = reroute(global, 'globalTraffic.extra');

  // Monitoring notices a dead single node by the same health check, then pages a person.
  const healthCheck = step(DETECTION, localReroute[0]!.sampler);
  const alert = step(MANUAL, compileDist(fixed(ops.alertLatencySeconds)));
  const human = step(MANUAL, sampler('operations.humanResponse'));
  const manualFailover = step(MANUAL, sampler('recovery.manualFailover'));
  const recovery = (id: DistributionId): Step => step(RECOVERY, sampler(id));

  const none: LossPlan = { sampler: null, share: 0 };
  const backup: LossPlan = {
    sampler: compileDist({ kind: 'uniform', min: 0, max: ops.backupIntervalSeconds }),
    share: 1,
  };
  const lag = (id: DistributionId): LossPlan => ({ sampler: sampler(id), share: 1 });
  const pManual = manualPathProbability(scenario.assumptions, ops.drillsPerYear);

  const targets = (scope: ScopeId): Pick<ScopePlan, 'region' | 'rtoTarget' | 'rpoTarget'> => {
    const region = scope === 'region';
    const t = scenario.targets;
    return {
      region,
      rtoTarget: region ? t.regionRtoSeconds : t.rtoSeconds,
      rpoTarget: region ? t.regionRpoSeconds : t.rpoSeconds,
    };
  };
  const uncovered = (fallback: Step[], loss: LossPlan, scope: ScopeId): ScopePlan => ({
    auto: null,
    pManual: 1,
    fallback,
    loss,
    ...targets(scope),
  });
  const covered = (prefix: PatternId, traffic: Step[], loss: LossPlan, scope: ScopeId): ScopePlan => ({
    auto: [
      step(DETECTION, sampler(`${prefix}.detection` as DistributionId)),
      step(DECISION, sampler(`${prefix}.decision` as DistributionId)),
      step(PROMOTION, sampler(`${prefix}.promotion` as DistributionId)),
      ...traffic,
    ],
    pManual,
    fallback: [alert, human, manualFailover, ...traffic],
    loss,
    ...targets(scope),
  });

  // Recovery paths of an uncovered scope (model.md §4): a person is paged, then restores or rebuilds.
  const regionDr = uncovered(
    [healthCheck, alert, human, recovery('recovery.regionRebuild')],
    backup,
    'region',
  );

  const singleNode = (scope: ScopeId): ScopePlan => {
    switch (scope) {
      case 'node': // the disk survives a crash: restart in place, no data lost
        return uncovered([healthCheck, recovery('recovery.nodeRestart')], none, scope);
      case 'storage':
        return uncovered([healthCheck, alert, human, recovery('recovery.storageRestore')], backup, scope);
      case 'network': // nothing to fail over to: wait for the partition to heal
        return uncovered([recovery('recovery.networkPartition')], none, scope);
      case 'zone':
        return uncovered([healthCheck, alert, human, recovery('recovery.zoneRebuild')], backup, scope);
      case 'region':
        return regionDr;
    }
  };

  const activePassive = (id: PatternId, scope: ScopeId): ScopePlan => {
    if (scope === 'region') return regionDr; // the standby shares the primary's region
    const loss =
      id === 'active-passive-async'
        ? lag('active-passive-async.replicationLag')
        : {
            sampler: sampler('active-passive-sync.replicationLag'),
            share: scenario.assumptions.syncDegradedProbability,
          };
    return covered(id, localReroute, loss, scope);
  };

  // Active-active: in-region incidents are absorbed by the data layer's own replicas behind the local
  // traffic layer (no committed data lost); a regional incident moves traffic globally, and only an
  // async multi-master data layer loses its cross-region lag.
  const aaPreset = technology(scenario.technology.activeActive)!;
  const activeActive = (scope: ScopeId): ScopePlan =>
    scope === 'region'
      ? covered(
          'active-active',
          globalReroute,
          aaPreset.replication === 'consensus' ? none : lag('active-active.replicationLag'),
          scope,
        )
      : covered('active-active', localReroute, none, scope);

  const patterns = PATTERN_IDS.map((id): PatternPlan => {
    const scopes = SCOPE_IDS.map((scope) => {
      if (id === 'single-node') return singleNode(scope);
      if (id === 'active-active') return activeActive(scope);
      return activePassive(id, scope);
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
