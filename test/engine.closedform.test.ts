import { describe, expect, it } from 'vitest';
import { manualPathProbability, simulate } from '../models/engine/index';
import type { PatternId, ScopeId, TriangularSeconds } from '../models/types';
import { SCOPE_IDS } from '../models/types';
import { NO_MANUAL_PATH, scenarioWith } from './helpers';

const fixed = (v: number): TriangularSeconds => ({ min: v, mode: v, max: v });

// Degenerate phases (model.md §8): every duration fixed except the health check, which is uniform by
// nature: interval 4 s, threshold 3 → U(8, 12), mean 10 s, variance 16/12 s².
const F = {
  asyncD: 25,
  asyncE: 5,
  asyncP: 1,
  syncD: 17,
  syncE: 3,
  syncP: 1,
  aaD: 2,
  aaE: 1,
  aaP: 0.5,
  asyncLag: 0.7,
  extra: 0.5,
  globalExtra: 2,
  human: 600,
  restart: 90,
  restore: 7200,
  partition: 1800,
  zone: 3600,
  region: 14400,
  manual: 600,
};
const HC_MEAN = 10;
const HC_VAR = 16 / 12;
const ALERT = 60;
const BACKUP = 3600;
const trials = 60_000;

const scenario = scenarioWith({
  operations: {
    healthCheckIntervalSeconds: 4,
    healthCheckFailureThreshold: 3,
    alertLatencySeconds: ALERT,
    backupIntervalSeconds: BACKUP,
  },
  technology: {
    activePassiveAsync: 'patroni-async',
    activePassiveSync: 'patroni-sync',
    activeActive: 'yugabytedb',
    trafficLayer: 'haproxy',
    globalTrafficLayer: 'anycast-gslb',
  },
  assumptions: NO_MANUAL_PATH,
  failureRates: { node: 2, storage: 0.4, network: 0.5, zone: 0.3, region: 0.2 },
  overrides: {
    'active-passive-async.detection': fixed(F.asyncD),
    'active-passive-async.decision': fixed(F.asyncE),
    'active-passive-async.promotion': fixed(F.asyncP),
    'active-passive-async.replicationLag': fixed(F.asyncLag),
    'active-passive-sync.detection': fixed(F.syncD),
    'active-passive-sync.decision': fixed(F.syncE),
    'active-passive-sync.promotion': fixed(F.syncP),
    'active-active.detection': fixed(F.aaD),
    'active-active.decision': fixed(F.aaE),
    'active-active.promotion': fixed(F.aaP),
    'traffic.extra': fixed(F.extra),
    'globalTraffic.extra': fixed(F.globalExtra),
    'operations.humanResponse': fixed(F.human),
    'recovery.nodeRestart': fixed(F.restart),
    'recovery.storageRestore': fixed(F.restore),
    'recovery.networkPartition': fixed(F.partition),
    'recovery.zoneRebuild': fixed(F.zone),
    'recovery.regionRebuild': fixed(F.region),
    'recovery.manualFailover': fixed(F.manual),
  },
  simulation: { trials, seed: 99 },
});

/** Outage of one incident written out from model.md §2–4: [fixed part, includes the health check]. */
function outage(pattern: PatternId, scope: ScopeId): [number, boolean] {
  const paged = ALERT + F.human; // a person is paged, then acts
  const regionDr: [number, boolean] = [paged + F.region, true];
  switch (pattern) {
    case 'single-node':
      return (
        {
          node: [F.restart, true],
          storage: [paged + F.restore, true],
          network: [F.partition, false],
          zone: [paged + F.zone, true],
          region: regionDr,
        } as Record<ScopeId, [number, boolean]>
      )[scope];
    case 'active-passive-async':
      return scope === 'region' ? regionDr : [F.asyncD + F.asyncE + F.asyncP + F.extra, true];
    case 'active-passive-sync':
      return scope === 'region' ? regionDr : [F.syncD + F.syncE + F.syncP + F.extra, true];
    case 'active-active':
      return [F.aaD + F.aaE + F.aaP + (scope === 'region' ? F.globalExtra : F.extra), true];
  }
}

/** Seconds of data lost per incident: [mean, mean of the square]. */
function lost(pattern: PatternId, scope: ScopeId): [number, number] {
  const restore: [number, number] = [BACKUP / 2, (BACKUP * BACKUP) / 3]; // U(0, backup interval)
  if (pattern === 'single-node') return scope === 'node' || scope === 'network' ? [0, 0] : restore;
  if (pattern === 'active-active') return [0, 0];
  if (scope === 'region') return restore;
  return pattern === 'active-passive-async' ? [F.asyncLag, F.asyncLag ** 2] : [0, 0];
}

describe('closed form: degenerate phases, no manual path', () => {
  const result = simulate(scenario);
  for (const r of result.patterns) {
    it(`${r.id}: mean annual downtime = Σ rate × outage, within 4 standard errors`, () => {
      let mean = 0;
      let variance = 0; // compound Poisson: Var = Σ λ E[X²]
      for (const s of SCOPE_IDS) {
        const [base, withCheck] = outage(r.id, s);
        const m = base + (withCheck ? HC_MEAN : 0);
        const second = m * m + (withCheck ? HC_VAR : 0);
        mean += scenario.failureRates[s] * m;
        variance += scenario.failureRates[s] * second;
      }
      const se = Math.sqrt(variance / trials) / 60;
      expect(Math.abs(r.annualDowntimeMinutes.mean - mean / 60)).toBeLessThan(4 * se);
    });

    it(`${r.id}: mean data lost = Σ rate × loss, within 4 standard errors`, () => {
      let mean = 0;
      let variance = 0;
      for (const s of SCOPE_IDS) {
        const [m, second] = lost(r.id, s);
        mean += scenario.failureRates[s] * m;
        variance += scenario.failureRates[s] * second;
      }
      const perSecond = scenario.business.dataLossCostPerSecond;
      const se = Math.sqrt(variance / trials) * perSecond;
      expect(Math.abs(r.annualCostBreakdown.dataLoss - mean * perSecond)).toBeLessThanOrEqual(4 * se + 1e-9);
    });

    it(`${r.id}: expected loss = downtime × cost per minute + data lost × cost per second`, () => {
      const b = r.annualCostBreakdown;
      expect(r.annualLoss.mean).toBeCloseTo(b.downtime + b.dataLoss, 6);
      expect(b.downtime).toBeCloseTo(
        r.annualDowntimeMinutes.mean * scenario.business.downtimeCostPerMinute,
        6,
      );
      expect(r.annualTotalCost.mean).toBeCloseTo(12 * r.monthlyInfraCost.expected + r.annualLoss.mean, 6);
    });
  }

  it('incidents per year = Σ rates, within 4 standard errors', () => {
    const lambda = SCOPE_IDS.reduce((s, k) => s + scenario.failureRates[k], 0);
    expect(Math.abs(result.patterns[0]!.incidentsPerYear - lambda)).toBeLessThan(
      4 * Math.sqrt(lambda / trials),
    );
  });

  it('the automated failover of a fixed-phase pattern has the closed-form mean RTO', () => {
    const sync = result.patterns.find((p) => p.id === 'active-passive-sync')!;
    const exact = F.syncD + F.syncE + F.syncP + F.extra + HC_MEAN;
    expect(Math.abs(sync.incidentRtoSeconds.mean - exact)).toBeLessThan(4 * Math.sqrt(HC_VAR / (trials * 3)));
    expect(sync.manualPathShare).toBe(0);
    // Phases of every incident add up to its outage, so the phase means add up to the mean outage.
    const phases = Object.values(sync.phaseMeansSeconds).reduce((a, b) => a + b, 0);
    const perIncident = scenario.failureRates;
    const ordinary = perIncident.node + perIncident.storage + perIncident.network + perIncident.zone;
    const expected =
      (ordinary * sync.incidentRtoSeconds.mean + perIncident.region * sync.regionRtoSeconds.mean) /
      (ordinary + perIncident.region);
    expect(Math.abs(phases - expected) / expected).toBeLessThan(0.02);
  });
});

describe('manual path', () => {
  const a = {
    manualPathAfterDrill: 0.01,
    manualPathUntested: 0.15,
    driftYears: 1.5,
    syncDegradedProbability: 0,
  };
  it('grows with the time between drills, from the after-drill to the untested chance', () => {
    expect(manualPathProbability(a, 0)).toBe(0.15);
    // Worked: T = 0.25 y, τ = 1.5 y: 1 − 6(1 − e^(−1/6)) = 0.0789 → 0.01 + 0.14 × 0.0789 = 0.0210.
    expect(manualPathProbability(a, 4)).toBeCloseTo(0.021, 3);
    expect(manualPathProbability(a, 1)).toBeCloseTo(0.0478, 3);
    expect(manualPathProbability(a, 365)).toBeLessThan(0.0102);
  });

  it('is taken in that share of covered incidents (binomial error)', () => {
    const s = scenarioWith({
      assumptions: a,
      operations: { drillsPerYear: 0 },
      simulation: { trials: 40_000, seed: 5 },
    });
    const r = simulate(s).patterns.find((p) => p.id === 'active-passive-async')!;
    const n =
      40_000 * (s.failureRates.node + s.failureRates.storage + s.failureRates.network + s.failureRates.zone);
    expect(Math.abs(r.manualPathShare - 0.15)).toBeLessThan(4 * Math.sqrt((0.15 * 0.85) / n));
    expect(r.phaseMeansSeconds.manual).toBeGreaterThan(0);
  });
});
