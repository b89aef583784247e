import { describe, expect, it } from 'vitest';
import { compileDist, distMean, normalQuantile, poisson, sample } from '../models/random/distributions';
import { streamFor, Xoshiro128 } from '../models/random/xoshiro';
import type { Dist } from '../models/types';

const N = 200_000;

/** Mean and standard error of n draws. */
function draws(
  f: (u: number) => number,
  n = N,
  seed = 1,
): { mean: number; variance: number; se: number; xs: Float64Array } {
  const rng = streamFor(seed, 0);
  const xs = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i] = f(rng.next());
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (xs[i]! - mean) ** 2;
  const variance = ss / (n - 1);
  return { mean, variance, se: Math.sqrt(variance / n), xs };
}

const of = (d: Dist) => {
  const s = compileDist(d);
  return (u: number) => sample(s, u);
};

describe('xoshiro128**', () => {
  it('matches the reference output for state (1, 2, 3, 4)', () => {
    // Worked by hand from the reference C code: rotl(2·5, 7)·9 = 11520; the next state has s1 = 0.
    const rng = new Xoshiro128(1, 2, 3, 4);
    expect(rng.nextUint32()).toBe(11520);
    expect(rng.nextUint32()).toBe(0);
  });

  it('gives uniforms strictly inside (0, 1) with mean 1/2 and variance 1/12', () => {
    const { mean, variance, se, xs } = draws((u) => u);
    expect(xs.reduce((a, b) => Math.min(a, b))).toBeGreaterThan(0);
    expect(xs.reduce((a, b) => Math.max(a, b))).toBeLessThan(1);
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * se);
    // Var of the sample variance of U(0,1): (1/80 − 1/144)/n; 4 standard errors.
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(4 * Math.sqrt((1 / 80 - 1 / 144) / N));
  });

  it('gives different, reproducible streams per (seed, block)', () => {
    const a = streamFor(42, 0).nextUint32();
    expect(streamFor(42, 0).nextUint32()).toBe(a);
    expect(streamFor(42, 1).nextUint32()).not.toBe(a);
    expect(streamFor(43, 0).nextUint32()).not.toBe(a);
  });
});

describe('distributions by inversion', () => {
  it('uniform: mean (a+b)/2, variance (b−a)²/12', () => {
    const { mean, variance, se } = draws(of({ kind: 'uniform', min: 10, max: 15 }));
    expect(Math.abs(mean - 12.5)).toBeLessThan(4 * se);
    expect(variance).toBeCloseTo(25 / 12, 1);
  });

  it('triangular: mean (a+m+b)/3, variance (a²+b²+m²−ab−am−bm)/18', () => {
    const [a, m, b] = [5, 25, 60];
    const { mean, variance, se } = draws(of({ kind: 'triangular', min: a, mode: m, max: b }));
    expect(Math.abs(mean - (a + m + b) / 3)).toBeLessThan(4 * se);
    const exact = (a * a + b * b + m * m - a * b - a * m - b * m) / 18;
    expect(Math.abs(variance - exact) / exact).toBeLessThan(0.02);
    expect(distMean({ kind: 'triangular', min: a, mode: m, max: b })).toBeCloseTo(30, 10);
  });

  it('triangular: the inverse CDF is monotone and hits its ends', () => {
    const f = of({ kind: 'triangular', min: 1, mode: 2, max: 8 });
    expect(f(1e-12)).toBeCloseTo(1, 4);
    expect(f(1 - 1e-12)).toBeCloseTo(8, 4);
    let last = -Infinity;
    for (let u = 0.001; u < 1; u += 0.001) {
      expect(f(u)).toBeGreaterThanOrEqual(last);
      last = f(u);
    }
  });

  it('lognormal: median and 95th percentile as given, capped at max', () => {
    const f = of({ kind: 'lognormal', median: 0.05, p95: 2, max: 60 });
    expect(f(0.5)).toBeCloseTo(0.05, 6);
    expect(f(0.95)).toBeCloseTo(2, 4);
    expect(f(1 - 1e-12)).toBe(60);
  });

  /** The relative error at u of the engine's lognormal draw against the formula exp(μ + σ·Φ⁻¹(u)). */
  const tableError = (median: number, p95: number) => {
    const f = of({ kind: 'lognormal', median, p95, max: 1e300 });
    const mu = Math.log(median);
    const sigma = (Math.log(p95) - mu) / 1.6448536269514722;
    return (u: number) => Math.abs(f(u) / Math.exp(mu + sigma * normalQuantile(u)) - 1);
  };

  // The tabulated quantile against the formula exp(μ + σ·Φ⁻¹(u)) at 200,000 evenly spaced u. Its error
  // grows with σ⁴ (the fourth derivative of the quantile): the bounds of lognormalAt's comment.
  it.each([
    [1, 1.01, 1e-8], // σ = 0.006
    [0.5, 3, 1e-8], // σ = 1.1, the catalogue's replication lags
    [0.05, 2, 1e-8], // σ = 2.2
    [0.001, 1000, 2e-7], // σ = 8.4: p95 a million times the median
  ])('lognormal: median %s, p95 %s: the table is within %s of the formula', (median, p95, bound) => {
    const error = tableError(median, p95);
    let worst = 0;
    for (let i = 0; i < 200_000; i++) worst = Math.max(worst, error((i + 0.5) / 200_000));
    expect(worst).toBeLessThan(bound);
  });

  // The tails' tables (u below 0.02425 or above 0.97575) at 100,000 log-spaced points each, down to 2^-33,
  // the least uniform the generator gives, and below it, where the formula itself is used.
  it.each([
    [0.5, 3, 1e-8],
    [0.05, 2, 1e-8],
    [0.001, 1000, 2e-7],
  ])('lognormal: median %s, p95 %s: the tails are within %s of the formula', (median, p95, bound) => {
    const error = tableError(median, p95);
    let worst = 0;
    for (let i = 0; i < 100_000; i++) {
      const v = 2 ** (-36 + (i / 100_000) * (36 + Math.log2(0.02425)));
      worst = Math.max(worst, error(v), error(1 - v));
    }
    expect(worst).toBeLessThan(bound);
  });

  it('mixture: each part takes its weight of the draws, a part of no weight none', () => {
    const f = of({
      kind: 'mixture',
      parts: [
        { weight: 3, label: 'a', dist: { kind: 'triangular', min: 30, mode: 60, max: 300 } },
        { weight: 0, label: 'never', dist: { kind: 'fixed', value: 1e6 } },
        { weight: 1, label: 'b', dist: { kind: 'uniform', min: 400, max: 500 } },
      ],
    });
    const n = 100_000;
    let a = 0;
    let b = 0;
    for (let i = 0; i < n; i++) {
      const v = f((i + 0.5) / n);
      if (v >= 30 && v <= 300) a++;
      else if (v >= 400 && v <= 500) b++;
    }
    expect(a).toBe(0.75 * n);
    expect(b).toBe(0.25 * n);
  });

  it('mixture: mean is the weighted mean of its parts', () => {
    const d: Dist = {
      kind: 'mixture',
      parts: [
        { weight: 3, dist: { kind: 'fixed', value: 10 }, label: 'a' },
        { weight: 1, dist: { kind: 'uniform', min: 100, max: 200 }, label: 'b' },
      ],
    };
    const { mean, se } = draws(of(d));
    const exact = 0.75 * 10 + 0.25 * 150;
    expect(distMean(d)).toBeCloseTo(exact, 10);
    expect(Math.abs(mean - exact)).toBeLessThan(4 * se);
  });

  it('poisson: mean and variance both λ, for small and large λ', () => {
    for (const lambda of [0.05, 1, 7.5, 350]) {
      const { mean, variance, se } = draws((u) => poisson(lambda, u), 100_000, 3);
      expect(Math.abs(mean - lambda)).toBeLessThan(4 * se + 1e-9);
      expect(Math.abs(variance - lambda) / lambda).toBeLessThan(0.05);
    }
    expect(poisson(0, 0.99)).toBe(0);
  });

  it('normal quantile: known values and symmetry', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 7);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 7);
    expect(normalQuantile(0.2)).toBeCloseTo(-normalQuantile(0.8), 9);
  });
});
