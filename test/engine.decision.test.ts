import { describe, expect, it } from 'vitest';
import { resolveCrossing } from '../models/engine/breakEven';
import { simulate } from '../models/engine/index';
import { allowedMinutes } from '../models/engine/slo';
import type { PatternResult, Scenario, TriangularSeconds } from '../models/types';
import { NO_MANUAL_PATH, scenarioWith } from './helpers';

const fixed = (v: number): TriangularSeconds => ({ min: v, mode: v, max: v });
const trials = 40_000;
/** A tolerance of four standard errors of a proportion p estimated from n draws. */
const fourSe = (p: number, n: number) => 4 * Math.sqrt((p * (1 - p)) / n);

/** Only node crashes (6 a year); a single node restarts in exactly 90 s; nothing falls to people. */
function nodesOnly(slo: Partial<Scenario['slo']>, riskTolerance = 1_000_000): Scenario {
  const s = scenarioWith({
    failureRates: { node: 6, storage: 0, network: 0, zone: 0, region: 0 },
    assumptions: NO_MANUAL_PATH,
    overrides: { 'recovery.nodeRestart': fixed(90) },
    simulation: { trials, seed: 5 },
  });
  s.slo = { ...s.slo, ...slo };
  s.business.riskTolerance = riskTolerance;
  return s;
}

const single = (s: Scenario): PatternResult => simulate(s).patterns.find((p) => p.id === 'single-node')!;

/** P(N ≥ k) for N Poisson with mean λ. */
function poissonAtLeast(lambda: number, k: number): number {
  let term = Math.exp(-lambda);
  let below = 0;
  for (let i = 0; i < k; i++) {
    below += term;
    term *= lambda / (i + 1);
  }
  return 1 - below;
}

describe('an availability objective, window by window', () => {
  it('allows (1 − target) of each period: 99.95% is 21.9 minutes a month and 4.38 hours a year', () => {
    const a = allowedMinutes(0.9995);
    expect(a.day).toBeCloseTo(0.72, 10);
    expect(a.week).toBeCloseTo(5.04, 10);
    expect(a.month).toBeCloseTo(21.915, 10);
    expect(a.quarter).toBeCloseTo(65.745, 10);
    expect(a.year).toBeCloseTo(262.98, 10);
  });

  it('a month breaches whenever it sees one 90 s outage, when it allows 26 s: P = 1 − e^(−6/12)', () => {
    const r = single(nodesOnly({ target: 0.99999, window: 'month' }));
    const p = 1 - Math.exp(-0.5);
    expect(r.slo!.allowedMinutesPerWindow).toBeCloseTo(0.4383, 4);
    expect(Math.abs(r.slo!.breachProbability - p)).toBeLessThan(fourSe(p, trials));
    // The mean is the annual expectation (6 × 1.5 min) over twelve: exact, not simulated.
    expect(r.slo!.windowDowntimeMinutes.mean).toBeCloseTo(0.75, 10);
    expect(r.slo!.expectedBudgetUsed).toBeCloseTo(0.75 / 0.4383, 3);
    expect(r.slo!.windowDowntimeMinutes.p50).toBe(0);
  });

  it('a quarter allowing 6.6 minutes breaches with five outages or more: the Poisson tail at 1.5', () => {
    const r = single(nodesOnly({ target: 0.99995, window: 'quarter' }));
    const p = poissonAtLeast(1.5, 5);
    expect(Math.abs(r.slo!.breachProbability - p)).toBeLessThan(fourSe(p, trials));
  });

  it('counts planned maintenance against the objective only when told to', () => {
    const excluded = single(nodesOnly({ target: 0.9995, window: 'month', excludePlannedMaintenance: true }));
    const counted = single(nodesOnly({ target: 0.9995, window: 'month', excludePlannedMaintenance: false }));
    const planned = counted.maintenanceMinutesPerYear / 12;
    expect(planned).toBeGreaterThan(0);
    expect(counted.slo!.windowDowntimeMinutes.mean - excluded.slo!.windowDowntimeMinutes.mean).toBeCloseTo(
      planned,
      10,
    );
    expect(counted.slo!.breachProbability).toBeGreaterThanOrEqual(excluded.slo!.breachProbability);
  });
});

describe('the tail', () => {
  it('a year loses more than nothing exactly when it sees an incident: P = 1 − e^(−6)', () => {
    const r = single(nodesOnly({}, 0));
    const p = 1 - Math.exp(-6);
    expect(Math.abs(r.tail.lossExceedsTolerance - p)).toBeLessThan(fourSe(p, trials));
    expect(r.tail.shareOverRto).toBe(1 - r.meetsTargets.rto);
  });

  it('counts the incidents of an hour or more: here exactly the zone outages', () => {
    const s = scenarioWith({
      failureRates: { node: 1, storage: 0, network: 0, zone: 1, region: 0 },
      assumptions: NO_MANUAL_PATH,
      overrides: { 'recovery.nodeRestart': fixed(90), 'recovery.zoneRebuild': fixed(3600) },
      simulation: { trials: 20_000, seed: 6 },
    });
    const r = simulate(s).patterns.find((p) => p.id === 'single-node')!;
    expect(r.perScope.zone.incidentsPerYear).toBeGreaterThan(0.9);
    expect(r.tail.shareOverOneHour).toBeCloseTo(r.perScope.zone.incidentsPerYear / r.incidentsPerYear, 12);
    expect(r.perScope.node.outageSeconds.mean).toBe(90);
    expect(r.perScope.node.meetsRto).toBe(0); // 90 s against the 60 s target
    expect(r.perScope.storage.incidentsPerYear).toBe(0);
  });
});

describe('a break-even and its noise', () => {
  const line = (fixed: number, slope: number) => ({ fixed, slope });
  const quiet = { downtime: 0, lost: 0, covariance: 0 };

  it('without noise, the crossing is exact and its interval is the point', () => {
    const c = resolveCrossing(line(30_000, 100), line(49_000, 20), quiet, quiet, 100);
    expect(c.resolved).toBe(true);
    expect(c.downtimeCostPerMinute).toBeCloseTo(237.5, 10);
    expect(c.interval!.low).toBeCloseTo(237.5, 8);
    expect(c.interval!.high).toBeCloseTo(237.5, 8);
  });

  it('slopes within the noise of each other are not resolved, and no cost is given', () => {
    // β = 1 minute a year against a standard error of √2 minutes.
    const noisy = { downtime: 1, lost: 0, covariance: 0 };
    const c = resolveCrossing(line(0, 11), line(100, 10), noisy, noisy, 100);
    expect(c).toEqual({ downtimeCostPerMinute: null, resolved: false, interval: null });
  });

  it("Fieller's interval: the costs where the difference is within 1.96 standard errors of zero", () => {
    // α = −100 (no noise), β = 10 ± 2: the crossing 10; the interval solves (−100 + 10c)² = 1.96²·4c².
    const c = resolveCrossing(
      line(0, 20),
      line(100, 10),
      { ...quiet, downtime: 2 },
      { ...quiet, downtime: 2 },
      1,
    );
    const z = 1.959963984540054;
    expect(c.downtimeCostPerMinute).toBeCloseTo(10, 10);
    expect(c.interval!.low).toBeCloseTo(100 / (10 + 2 * z), 8);
    expect(c.interval!.high).toBeCloseTo(100 / (10 - 2 * z), 8);
  });

  it('two architectures whose outages are the same draw no break-even', () => {
    // The asynchronous and synchronous pairs with identical phases and no data lost: only noise between them.
    const same = fixed(20);
    const s = scenarioWith({
      assumptions: NO_MANUAL_PATH,
      business: { dataLossCostPerSecond: 0 },
      overrides: {
        'active-passive-async.detection': same,
        'active-passive-async.decision': same,
        'active-passive-async.promotion': same,
        'active-passive-sync.detection': same,
        'active-passive-sync.decision': same,
        'active-passive-sync.promotion': same,
      },
      simulation: { trials: 20_000, seed: 8 },
    });
    const pair = simulate(s).breakEven.find(
      (b) => b.from === 'active-passive-async' && b.to === 'active-passive-sync',
    )!;
    expect(pair.resolved).toBe(false);
    expect(pair.downtimeCostPerMinute).toBeNull();
  });
});
