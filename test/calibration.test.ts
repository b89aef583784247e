import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calibrate, type UpdatedFigure } from '../models/calibration/calibrate';
import { betaCdf, betaQuantile } from '../models/calibration/beta';
import { Z95 } from '../models/calibration/lognormalFit';
import { manualPathAt, MANUAL_PRIOR_WEIGHT, OUTAGE_PRIOR_WEIGHT } from '../models/calibration/updates';
import { simulate } from '../models/engine/index';
import type { Drill, DrillLog, Scenario } from '../models/types';
import { scenarioWith } from './helpers';

const AP = 'active-passive-async';

function drill(patch: Partial<Drill> = {}): Drill {
  return {
    date: '2026-03-14',
    scope: 'node',
    architecture: AP,
    outcome: 'automated',
    outageSeconds: 40,
    dataLossSeconds: 0.3,
    ...patch,
  };
}

function withLog(log: DrillLog, patch: Parameters<typeof scenarioWith>[0] = {}): Scenario {
  return scenarioWith({ ...patch, drillLog: log, simulation: { trials: 20_000, seed: 11 } });
}

function figure(figures: UpdatedFigure[], distribution: string): UpdatedFigure {
  const found = figures.find((f) => f.distribution === distribution);
  if (!found) throw new Error(`${distribution} was not updated`);
  return found;
}

/** n drills on distinct days of 2026 (day 1, 2, …), each from `make`. */
function drills(n: number, make: (i: number) => Partial<Drill>): Drill[] {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    return drill({ date: day, ...make(i) });
  });
}

/** P(X ≤ x) for X ~ Beta(a, b) with whole a and b: the binomial identity Σ_{j ≥ a} C(a+b−1, j) x^j (1−x)^(a+b−1−j). */
function betaCdfByBinomial(x: number, a: number, b: number): number {
  const n = a + b - 1;
  let sum = 0;
  let choose = 1;
  for (let j = 0; j <= n; j++) {
    if (j >= a) sum += choose * x ** j * (1 - x) ** (n - j);
    choose = (choose * (n - j)) / (j + 1);
  }
  return sum;
}

describe('the manual-path probability: Beta–Binomial', () => {
  it('matches the closed form, centred on the chance as of the as-of date', () => {
    // Last drill on 2026-01-10, as of half a year (182.625 days) later.
    const log: DrillLog = {
      asOf: '2026-07-11T15:00:00Z',
      drills: drills(10, (i) => (i < 3 ? { outcome: 'manual', outageSeconds: 900 } : {})),
    };
    const scenario = withLog(log);
    const c = calibrate(scenario);
    const years = (Date.UTC(2026, 6, 11, 15) - Date.UTC(2026, 0, 10)) / (365.25 * 86_400_000);
    const { manualPathAfterDrill: a, manualPathUntested: u, driftYears: tau } = scenario.assumptions;
    const p0 = a + (u - a) * (1 - Math.exp(-years / tau));
    expect(manualPathAt(scenario.assumptions, years)).toBeCloseTo(p0, 15);
    const share = figure(c.updated, `manualShare:${AP}`);
    expect(share.drills).toBe(10);
    expect(share.prior.mean).toBeCloseTo(p0, 12);
    expect(share.posterior.mean).toBeCloseTo((MANUAL_PRIOR_WEIGHT * p0 + 3) / (MANUAL_PRIOR_WEIGHT + 10), 12);
    expect(c.scenario.calibrated?.manualPathProbability[AP]).toBe(share.posterior.mean);
    expect(c.asOf).toBe('2026-07-11T15:00:00Z');
  });

  it('has the quantiles of Beta(10·p₀ + k, 10·(1 − p₀) + n − k)', () => {
    // No drift: p₀ = 0.2, so the prior is Beta(2, 8) and 3 manual of 10 make it Beta(5, 15).
    const assumptions = { manualPathAfterDrill: 0.2, manualPathUntested: 0.2 };
    const c = calibrate(
      withLog(
        { drills: drills(10, (i) => (i < 3 ? { outcome: 'manual', outageSeconds: 900 } : {})) },
        { assumptions },
      ),
    );
    const share = figure(c.updated, `manualShare:${AP}`);
    expect(share.prior.mean).toBeCloseTo(0.2, 12);
    expect(share.posterior.mean).toBeCloseTo(5 / 20, 12);
    expect(betaCdfByBinomial(share.prior.p50, 2, 8)).toBeCloseTo(0.5, 9);
    expect(betaCdfByBinomial(share.prior.p95, 2, 8)).toBeCloseTo(0.95, 9);
    expect(betaCdfByBinomial(share.posterior.p50, 5, 15)).toBeCloseTo(0.5, 9);
    expect(betaCdfByBinomial(share.posterior.p95, 5, 15)).toBeCloseTo(0.95, 9);
  });

  it('the Beta CDF and quantiles agree with the binomial identity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (a, b, x) => {
          expect(betaCdf(x, a, b)).toBeCloseTo(betaCdfByBinomial(x, a, b), 10);
          expect(betaCdf(betaQuantile(x, a, b), a, b)).toBeCloseTo(x, 9);
        },
      ),
    );
  });

  it('the engine uses it for the drilled architecture alone', () => {
    const scenario = withLog({
      drills: drills(10, (i) => (i < 6 ? { outcome: 'manual', outageSeconds: 900 } : {})),
    });
    const c = calibrate(scenario);
    const before = simulate(scenario);
    const after = simulate(c.scenario);
    const p = c.scenario.calibrated?.manualPathProbability[AP] ?? NaN;
    const drilled = after.patterns.find((x) => x.id === AP)!;
    // The share of incidents with an automated path that fell to people, within 4 standard errors.
    const incidents = 20_000 * (1.0 + 0.05 + 0.3 + 0.3);
    expect(Math.abs(drilled.manualPathShare - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / incidents));
    for (const id of ['single-node', 'active-passive-sync', 'active-passive-dr', 'active-active'] as const) {
      expect(after.patterns.find((x) => x.id === id)).toEqual(before.patterns.find((x) => x.id === id));
    }
  });
});

describe('the automated failover: lognormal update of the log-mean', () => {
  /** The lognormal uniform(min, max) is seen as: same mean and variance. */
  const uniformFit = (min: number, max: number) => {
    const m = (min + max) / 2;
    const v = (max - min) ** 2 / 12;
    const sigma2 = Math.log(1 + v / (m * m));
    return { mu: Math.log(m) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
  };

  it('matches the closed form for a logged phase', () => {
    // Patroni's detection is uniform 20–30 s in the sourced set.
    const measured = [14, 15.5, 13, 16, 14.2, 15, 13.8];
    const c = calibrate(
      withLog({ drills: drills(7, (i) => ({ detectionSeconds: measured[i]!, outageSeconds: 40 })) }),
    );
    const { mu, sigma } = uniformFit(20, 30);
    const mun =
      (OUTAGE_PRIOR_WEIGHT * mu + measured.reduce((s, x) => s + Math.log(x), 0)) / (OUTAGE_PRIOR_WEIGHT + 7);
    const detection = figure(c.updated, `${AP}.detection`);
    expect(detection.drills).toBe(7);
    expect(detection.prior).toEqual({ mean: 25, p50: 25, p95: 29.5 });
    // The engine's e^x (models/random/exp.ts) is within a few units in the last place of Math.exp.
    expect(detection.posteriorDist).toEqual({
      kind: 'lognormal',
      median: expect.closeTo(Math.exp(mun), 12),
      p95: expect.closeTo(Math.exp(mun + Z95 * sigma), 12),
      max: expect.closeTo(Math.exp(mun + 4.753424308822899 * sigma), 12),
    });
    expect(detection.posterior.p50).toBeCloseTo(Math.exp(mun), 6);
    expect(c.scenario.calibrated?.distributions[`${AP}.detection`]).toEqual(detection.posteriorDist);
  });

  it('splits a total among the phases not logged by their prior means, after the reroute', () => {
    // Outage only: 60 s, less the model's mean reroute (HAProxy: (3 − ½)·5 s = 12.5 s), split 25 : 5 : 1.
    const c = calibrate(withLog({ drills: [drill({ outageSeconds: 60 })] }));
    const rest = 60 - 12.5;
    const shares = { detection: 25 / 31, decision: 5 / 31, promotion: 1 / 31 };
    for (const [phase, share] of Object.entries(shares)) {
      const f = figure(c.updated, `${AP}.${phase}`);
      const prior = f.priorDist!;
      const fit =
        prior.kind === 'uniform'
          ? uniformFit(prior.min, prior.max)
          : (() => {
              if (prior.kind !== 'triangular') throw new Error(prior.kind);
              const { min: a, mode: m, max: b } = prior;
              const mean = (a + m + b) / 3;
              const v = (a * a + b * b + m * m - a * b - a * m - b * m) / 18;
              const s2 = Math.log(1 + v / (mean * mean));
              return { mu: Math.log(mean) - s2 / 2, sigma: Math.sqrt(s2) };
            })();
      const mun = (OUTAGE_PRIOR_WEIGHT * fit.mu + Math.log(rest * share)) / (OUTAGE_PRIOR_WEIGHT + 1);
      expect(f.drills).toBe(1);
      expect(f.posteriorDist).toMatchObject({ median: expect.closeTo(Math.exp(mun), 9) });
    }
  });

  it('a logged reroute replaces the model’s mean; a logged phase is taken as it is', () => {
    const c = calibrate(
      withLog({ drills: [drill({ outageSeconds: 50, detectionSeconds: 30, rerouteSeconds: 8 })] }),
    );
    const rest = 50 - 30 - 8;
    const decision = figure(c.updated, `${AP}.decision`);
    const { mu, sigma } = uniformFit(0, 10);
    expect(decision.posteriorDist).toMatchObject({
      median: expect.closeTo(Math.exp((5 * mu + Math.log((rest * 5) / 6)) / 6), 9),
      p95: expect.closeTo(Math.exp((5 * mu + Math.log((rest * 5) / 6)) / 6 + Z95 * sigma), 9),
    });
  });

  it('three drills move a figure a little, thirty a lot', () => {
    fc.assert(
      fc.property(fc.double({ min: 2, max: 200, noNaN: true }), (measured) => {
        const moved = (n: number) => {
          const c = calibrate(
            withLog({
              drills: drills(n, () => ({ detectionSeconds: measured, outageSeconds: measured + 20 })),
            }),
          );
          const f = figure(c.updated, `${AP}.detection`);
          const { mu } = uniformFit(20, 30);
          const mun = Math.log((f.posteriorDist as { median: number }).median);
          return (mun - mu) / (Math.log(measured) - mu);
        };
        const three = moved(3);
        const thirty = moved(30);
        expect(three).toBeCloseTo(3 / (3 + OUTAGE_PRIOR_WEIGHT), 9);
        expect(thirty).toBeCloseTo(30 / (30 + OUTAGE_PRIOR_WEIGHT), 9);
        expect(three).toBeLessThan(0.5);
        expect(thirty).toBeGreaterThan(0.85);
      }),
      { numRuns: 10 },
    );
    for (const allManual of [false, true]) {
      const share = (n: number) => {
        const c = calibrate(
          withLog({ drills: drills(n, () => (allManual ? { outcome: 'manual', outageSeconds: 900 } : {})) }),
        );
        const f = figure(c.updated, `manualShare:${AP}`);
        return (f.posterior.mean - f.prior.mean) / ((allManual ? 1 : 0) - f.prior.mean);
      };
      expect(share(3)).toBeCloseTo(3 / 13, 12);
      expect(share(30)).toBeCloseTo(30 / 40, 12);
    }
  });

  it('moves the RTO distribution of the drilled architecture toward the measurements', () => {
    const scenario = withLog({ drills: drills(10, () => ({ outageSeconds: 75 })) });
    const before = simulate(scenario).patterns.find((p) => p.id === AP)!;
    const after = simulate(calibrate(scenario).scenario).patterns.find((p) => p.id === AP)!;
    expect(before.incidentRtoSeconds.p50).toBeLessThan(50);
    expect(after.incidentRtoSeconds.p50).toBeGreaterThan(60);
  });
});

describe('drills that are not used, or deserve a second look', () => {
  const reviewOf = (log: DrillLog, patch: Parameters<typeof scenarioWith>[0] = {}) =>
    calibrate(withLog(log, patch)).reviews;

  it('minutes typed into a seconds column', () => {
    const [minutes, fine, ms] = reviewOf({
      drills: [
        drill({ outageSeconds: 0.6 }),
        drill({ date: '2026-03-15' }),
        drill({ date: '2026-03-16', outageSeconds: 38_000 }),
      ],
    });
    expect(minutes).toMatchObject({
      used: false,
      excluded: [{ kind: 'units', column: 'outageSeconds', looksLike: 'minutes', value: 0.6 }],
    });
    expect(fine).toMatchObject({ used: true, excluded: [] });
    expect(ms).toMatchObject({ used: false, excluded: [{ kind: 'units', looksLike: 'milliseconds' }] });
  });

  it('dates after the as-of date', () => {
    const [early, late] = reviewOf({
      asOf: '2026-03-14',
      drills: [drill(), drill({ date: '2026-03-15T00:00:00Z' })],
    });
    expect(early!.used).toBe(true);
    expect(late).toMatchObject({ used: false, excluded: [{ kind: 'after-as-of', asOf: '2026-03-14' }] });
  });

  it('scopes the architecture has no automated failover for', () => {
    const reviews = reviewOf({
      drills: [
        drill({ architecture: 'single-node' }),
        drill({ scope: 'region' }),
        drill({ architecture: 'active-passive-dr', scope: 'region', outcome: 'manual', outageSeconds: 3000 }),
        drill({ architecture: 'active-active', scope: 'region', outageSeconds: 20 }),
      ],
    });
    expect(reviews.map((r) => r.excluded)).toEqual([
      [{ kind: 'not-covered', reason: 'no-failover' }],
      [{ kind: 'not-covered', reason: 'no-failover' }],
      [{ kind: 'not-covered', reason: 'people-decide' }],
      [],
    ]);
  });

  it('another technology, kept but not used', () => {
    const [other] = reviewOf({ drills: [drill({ technology: 'pg-auto-failover' })] });
    expect(other).toMatchObject({
      used: false,
      excluded: [
        { kind: 'other-technology', technology: 'pg-auto-failover', scenarioTechnology: 'patroni-async' },
      ],
    });
  });

  it('the same drill twice', () => {
    const [first, again, noted] = reviewOf({ drills: [drill(), drill(), drill({ note: 'typed again' })] });
    expect(first!.used).toBe(true);
    expect(again).toMatchObject({ used: false, excluded: [{ kind: 'duplicate', of: 0 }] });
    expect(noted).toMatchObject({ used: false, excluded: [{ kind: 'duplicate', of: 0 }] });
  });

  it('slower than the calibrated model’s 99th percentile: used, and flagged for review', () => {
    const log = { drills: [...drills(9, () => ({})), drill({ date: '2026-02-01', outageSeconds: 400 })] };
    const c = calibrate(withLog(log));
    const slow = c.reviews[9]!;
    expect(slow.used).toBe(true);
    expect(slow.review).toEqual([{ kind: 'slower-than-p99', p99: expect.any(Number), manual: false }]);
    const p99 = (slow.review[0] as { p99: number }).p99;
    expect(p99).toBeGreaterThan(40);
    expect(p99).toBeLessThan(400);
    expect(c.reviews.slice(0, 9).every((r) => r.review.length === 0)).toBe(true);
  });

  it('nothing but unused drills leaves the scenario as it was', () => {
    const scenario = withLog({ drills: [drill({ architecture: 'single-node' })] });
    const c = calibrate(scenario);
    expect(c.scenario).toBe(scenario);
    expect(c.updated).toEqual([]);
    expect(c.used).toBe(0);
  });
});

describe('calibration is deterministic', () => {
  it('the same scenario gives the same calibration', () => {
    const scenario = withLog({
      drills: drills(12, (i) => ({ outageSeconds: 30 + i, outcome: i === 4 ? 'manual' : 'automated' })),
    });
    expect(JSON.stringify(calibrate(scenario))).toBe(JSON.stringify(calibrate(structuredClone(scenario))));
  });
});
