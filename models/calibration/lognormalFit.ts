/**
 * The lognormal a calibration starts from: a prior distribution of any shape seen as a lognormal, its
 * log-mean μ and log-spread σ. A lognormal keeps its own (μ = ln median, σ = (ln p95 − ln median)/z95);
 * any other shape becomes the lognormal with the same mean m and variance v: σ² = ln(1 + v/m²),
 * μ = ln m − σ²/2.
 */
import { compileDist, distMean, sample } from '../random/distributions';
import { log } from '../random/exp';
import type { Dist } from '../types';

/** Standard normal 95th percentile. */
export const Z95 = 1.6448536269514722;

export interface LogNormalFit {
  /** Mean of ln X. */
  mu: number;
  /** Standard deviation of ln X (0 for a fixed value). */
  sigma: number;
}

/** Variance of a distribution: closed forms, and a quantile midpoint rule for a capped lognormal. */
export function distVariance(dist: Dist): number {
  switch (dist.kind) {
    case 'fixed':
      return 0;
    case 'uniform':
      return ((dist.max - dist.min) * (dist.max - dist.min)) / 12;
    case 'triangular': {
      const { min: a, mode: c, max: b } = dist;
      return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }
    case 'lognormal': {
      const s = compileDist(dist);
      const mean = distMean(dist);
      const n = 20000;
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const d = sample(s, (i + 0.5) / n) - mean;
        sum += d * d;
      }
      return sum / n;
    }
    case 'mixture': {
      // Law of total variance: E[Var(X | part)] + Var(E[X | part]).
      const total = dist.parts.reduce((s, p) => s + p.weight, 0);
      const mean = distMean(dist);
      return dist.parts.reduce((s, p) => {
        const w = p.weight / total;
        const d = distMean(p.dist) - mean;
        return s + w * (distVariance(p.dist) + d * d);
      }, 0);
    }
  }
}

/** The lognormal a prior is seen as, or null when its mean is 0 (a phase that takes no time). */
export function logNormalFit(dist: Dist): LogNormalFit | null {
  if (dist.kind === 'lognormal') {
    const mu = log(dist.median);
    return { mu, sigma: (log(dist.p95) - mu) / Z95 };
  }
  const mean = distMean(dist);
  if (!(mean > 0)) return null;
  const sigma2 = log(1 + distVariance(dist) / (mean * mean));
  return { mu: log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** The q-quantile of a distribution (its inverse CDF, as the engine draws it). */
export function distQuantile(dist: Dist, q: number): number {
  return sample(compileDist(dist), q);
}
