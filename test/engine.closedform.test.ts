import { describe, expect, it } from 'vitest';
import { manualPathProbability, simulate } from '../models/engine/index';
import { normalQuantile } from '../models/random/distributions';
import type { PatternId, Scenario, ScopeId, TriangularSeconds } from '../models/types';
import { ORDINARY_SCOPES, SCOPE_IDS } from '../models/types';
import { NO_MANUAL_PATH, scenarioWith } from './helpers';

const fixed = (v: number): TriangularSeconds => ({ min: v, mode: v, max: v });

/**
 * Degenerate phases: every duration fixed except the health check, which is uniform by nature: interval
 * 4 s, threshold 3 → U(8, 12), mean 10 s, variance 16/12 s². A regional outage lasts about 30 days, far
 * longer than any recovery here, so none ends by the region returning (the race has its own test below).
 */
const F = {
  asyncD: 25,
  asyncE: 5,
  asyncP: 1,
  syncD: 17,
  syncE: 3,
  syncP: 1,
  drD: 20,
  drE: 4,
  drP: 2,
  drRegionE: 900,
  drRegionP: 30,
  drRegionLag: 1.5,
  aaD: 2,
  aaE: 1,
  aaP: 0.5,
  aaRegionD: 3,
  aaRegionE: 1.5,
  aaRegionP: 1,
  asyncLag: 0.7,
  drLag: 0.4,
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
    activePassiveDr: 'patroni-standby-cluster',
    activeActive: 'yugabytedb',
    trafficLayer: 'haproxy',
    globalTrafficLayer: 'anycast-gslb',
  },
  topology: { activeActiveRegions: 3, replicationFactor: 3, witnessRegion: false },
  failureDurations: { regionOutage: { medianHours: 719, p95Hours: 719.9 } },
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
    'active-passive-dr.detection': fixed(F.drD),
    'active-passive-dr.decision': fixed(F.drE),
    'active-passive-dr.promotion': fixed(F.drP),
    'active-passive-dr.replicationLag': fixed(F.drLag),
    'active-passive-dr.region.decision': fixed(F.drRegionE),
    'active-passive-dr.region.promotion': fixed(F.drRegionP),
    'active-passive-dr.region.replicationLag': fixed(F.drRegionLag),
    'active-active.detection': fixed(F.aaD),
    'active-active.decision': fixed(F.aaE),
    'active-active.promotion': fixed(F.aaP),
    'active-active.region.detection': fixed(F.aaRegionD),
    'active-active.region.decision': fixed(F.aaRegionE),
    'active-active.region.promotion': fixed(F.aaRegionP),
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

/** Outage of one incident, written out from the model: [fixed part, whether a health check is added]. */
function outage(pattern: PatternId, scope: ScopeId): [number, boolean] {
  const paged = ALERT + F.human; // a person is paged (alert latency), then responds
  const rebuild: [number, boolean] = [paged + F.region, false];
  switch (pattern) {
    case 'single-node':
      return (
        {
          node: [F.restart, false],
          storage: [paged + F.restore, false],
          network: [F.partition, false],
          zone: [paged + F.zone, false],
          region: rebuild,
        } as Record<ScopeId, [number, boolean]>
      )[scope];
    case 'active-passive-async':
      return scope === 'region' ? rebuild : [F.asyncD + F.asyncE + F.asyncP + F.extra, true];
    case 'active-passive-sync':
      return scope === 'region' ? rebuild : [F.syncD + F.syncE + F.syncP + F.extra, true];
    case 'active-passive-dr':
      // The standby cluster's promotion is started by people: paged, decide, promote, global reroute.
      return scope === 'region'
        ? [paged + F.drRegionE + F.drRegionP + F.globalExtra, true]
        : [F.drD + F.drE + F.drP + F.extra, true];
    case 'active-active':
      return scope === 'region'
        ? [F.aaRegionD + F.aaRegionE + F.aaRegionP + F.globalExtra, true]
        : [F.aaD + F.aaE + F.aaP + F.extra, true];
  }
}

/** Seconds of data lost per incident: [mean, mean of the square]. */
function lost(pattern: PatternId, scope: ScopeId): [number, number] {
  const restore: [number, number] = [BACKUP / 2, (BACKUP * BACKUP) / 3]; // U(0, backup interval)
  const always = (v: number): [number, number] => [v, v * v];
  switch (pattern) {
    case 'single-node':
      return scope === 'node' || scope === 'network' ? [0, 0] : restore;
    case 'active-passive-async':
      return scope === 'region' ? restore : always(F.asyncLag);
    case 'active-passive-sync':
      return scope === 'region' ? restore : [0, 0]; // never degraded here
    case 'active-passive-dr':
      return scope === 'region' ? always(F.drRegionLag) : always(F.drLag); // the standby cluster is async
    case 'active-active':
      return [0, 0]; // consensus, and three regions keep the quorum
  }
}

/**
 * The standard error of the engine's estimator of an annual mean: the compound-Poisson identity estimates
 * E[annual X] by Σ_s λ_s · (mean of X over the n_s ≈ λ_s·trials incidents of scope s), whose variance is
 * Σ_s λ_s² · Var_s(X) / n_s. With fixed phases, Var_s(X) is only the health check's, so the tolerance is
 * tight: dropping any part of any outage fails it.
 */
function estimatorSe(variances: number[]): number {
  return Math.sqrt(
    SCOPE_IDS.reduce((sum, s, i) => {
      const rate = scenario.failureRates[s];
      return sum + (rate * rate * variances[i]!) / (rate * trials);
    }, 0),
  );
}

describe('closed form: degenerate phases, no manual path', () => {
  const result = simulate(scenario);
  for (const r of result.patterns) {
    it(`${r.id}: mean annual downtime = Σ rate × outage, within 4 standard errors of the estimator`, () => {
      let mean = 0;
      const variances = SCOPE_IDS.map((s) => {
        const [base, withCheck] = outage(r.id, s);
        mean += scenario.failureRates[s] * (base + (withCheck ? HC_MEAN : 0));
        return withCheck ? HC_VAR : 0;
      });
      const se = estimatorSe(variances) / 60;
      expect(Math.abs(r.annualDowntimeMinutes.mean - mean / 60)).toBeLessThanOrEqual(4 * se + 1e-9 * mean);
      // The tolerance is far below what any one scope adds: dropping the ordinary incidents (or any
      // scope's) moves the mean by more than a hundred times it.
      const smallest = Math.min(
        ...SCOPE_IDS.map((s) => {
          const [base, withCheck] = outage(r.id, s);
          return (scenario.failureRates[s] * (base + (withCheck ? HC_MEAN : 0))) / 60;
        }),
      );
      expect(100 * (4 * se + 1e-9 * mean)).toBeLessThan(smallest);
    });

    it(`${r.id}: mean data lost = Σ rate × loss, within 4 standard errors of the estimator`, () => {
      let mean = 0;
      const variances = SCOPE_IDS.map((s) => {
        const [m, second] = lost(r.id, s);
        mean += scenario.failureRates[s] * m;
        return second - m * m;
      });
      const perSecond = scenario.business.dataLossCostPerSecond;
      const se = estimatorSe(variances) * perSecond;
      expect(Math.abs(r.annualCostBreakdown.dataLoss - mean * perSecond)).toBeLessThanOrEqual(
        4 * se + 1e-9 * mean * perSecond,
      );
    });

    it(`${r.id}: the totals add up from their parts`, () => {
      const b = r.annualCostBreakdown;
      expect(r.annualLoss.mean).toBeCloseTo(b.downtime + b.dataLoss, 6);
      expect(b.downtime).toBeCloseTo(
        r.annualDowntimeMinutes.mean * scenario.business.downtimeCostPerMinute,
        6,
      );
      expect(b.infrastructure).toBeCloseTo(12 * r.monthlyInfraCost.expected, 6);
      expect(b.maintenance).toBeCloseTo(
        r.maintenanceMinutesPerYear *
          scenario.business.downtimeCostPerMinute *
          scenario.business.plannedWindowFactor,
        6,
      );
      expect(r.annualTotalCost.mean).toBeCloseTo(b.infrastructure + b.maintenance + r.annualLoss.mean, 6);
      expect(r.horizonTotalCost.mean).toBeCloseTo(
        r.oneOffCost.expected + scenario.horizonYears * r.annualTotalCost.mean,
        6,
      );
    });

    it(`${r.id}: the mean outage of an ordinary incident is the rate-weighted closed form`, () => {
      const ordinaryRate = ORDINARY_SCOPES.reduce((s, k) => s + scenario.failureRates[k], 0);
      const exact =
        ORDINARY_SCOPES.reduce((s, k) => {
          const [base, withCheck] = outage(r.id, k);
          return s + scenario.failureRates[k] * (base + (withCheck ? HC_MEAN : 0));
        }, 0) / ordinaryRate;
      // The engine's estimator is the mean over the ordinary incidents simulated, about ordinaryRate ×
      // trials of them, each drawn from the mixture of the scopes (weights rate_k / ordinaryRate): its
      // variance is Σ_k w_k (m_k² + v_k) − mean², v_k the health check's variance where there is one.
      const secondMoment =
        ORDINARY_SCOPES.reduce((s, k) => {
          const [base, withCheck] = outage(r.id, k);
          const m = base + (withCheck ? HC_MEAN : 0);
          return s + scenario.failureRates[k] * (m * m + (withCheck ? HC_VAR : 0));
        }, 0) / ordinaryRate;
      const se = Math.sqrt(Math.max(0, secondMoment - exact * exact) / (ordinaryRate * trials));
      expect(Math.abs(r.incidentRtoSeconds.mean - exact)).toBeLessThan(4 * se + 1e-9 * exact);
      // The phases of every ordinary incident add up to its outage.
      const phases = Object.values(r.phaseMeansSeconds).reduce((a, b) => a + b, 0);
      expect(phases).toBeCloseTo(r.incidentRtoSeconds.mean, 6);
    });
  }

  it('incidents per year = Σ rates, within 4 standard errors', () => {
    const lambda = SCOPE_IDS.reduce((s, k) => s + scenario.failureRates[k], 0);
    expect(Math.abs(result.patterns[0]!.incidentsPerYear - lambda)).toBeLessThan(
      4 * Math.sqrt(lambda / trials),
    );
  });

  it('no regional outage here ends before its recovery, and none is automated away', () => {
    for (const r of result.patterns) {
      expect(r.regionRecovery.returned).toBe(0);
      expect(r.regionRecovery.elsewhere).toBe(1);
      expect(r.manualPathShare).toBe(0);
    }
  });
});

/** Φ, the standard normal CDF (Abramowitz–Stegun 7.1.26 through erf; 1.5e-7 absolute). */
function phi(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

describe('closed form: a regional outage that may end before its recovery', () => {
  // A single node in a region that goes down: a person is paged and rebuilds elsewhere in r seconds, or
  // the region returns first, after D ~ lognormal(median m, 95th percentile q).
  const r = ALERT + F.human + F.region; // 15,060 s
  const m = 2 * 3600;
  const q = 20 * 3600;
  const s: Scenario = scenarioWith({
    ...scenario,
    failureRates: { node: 0, storage: 0, network: 0, zone: 0, region: 1 },
    failureDurations: { regionOutage: { medianHours: m / 3600, p95Hours: q / 3600 } },
    simulation: { trials: 80_000, seed: 3 },
  });
  const single = simulate(s).patterns.find((p) => p.id === 'single-node')!;
  const mu = Math.log(m);
  const sigma = (Math.log(q) - mu) / normalQuantile(0.95);
  const pReturn = phi((Math.log(r) - mu) / sigma); // P(D < r)
  const n = s.failureRates.region * s.simulation.trials;

  it('ends by the region returning in P(D < r) of incidents (binomial error)', () => {
    expect(Math.abs(single.regionRecovery.returned! - pReturn)).toBeLessThan(
      4 * Math.sqrt((pReturn * (1 - pReturn)) / n),
    );
    expect(single.regionRecovery.returned! + single.regionRecovery.elsewhere!).toBeCloseTo(1, 12);
  });

  it('lasts E[min(D, r)] on average: the lognormal partial mean up to r, then r', () => {
    // E[D; D < r] = e^(μ + σ²/2) Φ((ln r − μ − σ²)/σ); E[min] = E[D; D < r] + r P(D ≥ r).
    const partial = Math.exp(mu + (sigma * sigma) / 2) * phi((Math.log(r) - mu - sigma * sigma) / sigma);
    const mean = partial + r * (1 - pReturn);
    // Its variance, from the partial second moment E[D²; D < r] = e^(2μ + 2σ²) Φ((ln r − μ − 2σ²)/σ).
    const partialSquare =
      Math.exp(2 * mu + 2 * sigma * sigma) * phi((Math.log(r) - mu - 2 * sigma * sigma) / sigma);
    const variance = partialSquare + r * r * (1 - pReturn) - mean * mean;
    expect(Math.abs(single.regionRtoSeconds.mean - mean)).toBeLessThan(4 * Math.sqrt(variance / n));
  });

  it('loses data only when rebuilt from the backup: (1 − P(D < r)) × B/2 a regional incident', () => {
    const expected = (1 - pReturn) * (BACKUP / 2);
    // X = 1{rebuilt} × U(0, B): E[X²] = (1 − p) B²/3.
    const se = Math.sqrt(((1 - pReturn) * (BACKUP * BACKUP)) / 3 - expected * expected) / Math.sqrt(n);
    expect(Math.abs(single.regionRpoSeconds.mean - expected)).toBeLessThan(4 * se);
  });
});

describe('closed form: a topology that loses its quorum with some region', () => {
  // Replication factor 3 over two regions: one region holds two of the three votes, and losing it (half
  // the regional outages) stops writes until people recover from the survivor or the region returns.
  const s: Scenario = scenarioWith({
    ...scenario,
    failureRates: { node: 0, storage: 0, network: 0, zone: 0, region: 1 },
    topology: { activeActiveRegions: 2, replicationFactor: 3, witnessRegion: false },
    overrides: { ...scenario.overrides, 'active-active.region.replicationLag': fixed(0.25) },
    simulation: { trials: 40_000, seed: 11 },
  });
  const aa = simulate(s).patterns.find((p) => p.id === 'active-active')!;
  const n = s.simulation.trials;

  it('falls to people in half of the regional outages (binomial error)', () => {
    expect(Math.abs(aa.manualPathShare - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / n));
  });

  it('loses what the survivors lack only in those', () => {
    expect(Math.abs(aa.regionRpoSeconds.mean - 0.5 * 0.25)).toBeLessThan(
      4 * Math.sqrt((0.25 * 0.25 * 0.25) / n),
    );
  });

  it('with a witness region it keeps the quorum and never falls to people', () => {
    const witness = simulate({ ...s, topology: { ...s.topology, witnessRegion: true } });
    const r = witness.patterns.find((p) => p.id === 'active-active')!;
    expect(r.manualPathShare).toBe(0);
    expect(r.regionRpoSeconds.mean).toBe(0);
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

  it('is taken in that share of automated incidents (binomial error)', () => {
    const s = scenarioWith({
      assumptions: a,
      operations: { drillsPerYear: 0 },
      failureRates: { node: 1, storage: 0.05, network: 0.3, zone: 0.3, region: 0 },
      simulation: { trials: 40_000, seed: 5 },
    });
    const r = simulate(s).patterns.find((p) => p.id === 'active-passive-async')!;
    const n =
      40_000 * (s.failureRates.node + s.failureRates.storage + s.failureRates.network + s.failureRates.zone);
    expect(Math.abs(r.manualPathShare - 0.15)).toBeLessThan(4 * Math.sqrt((0.15 * 0.85) / n));
    expect(r.phaseMeansSeconds.manual).toBeGreaterThan(0);
  });
});
