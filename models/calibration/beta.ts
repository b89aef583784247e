/**
 * The Beta distribution: its regularized incomplete beta function (the CDF) and its quantiles, for the
 * Beta–Binomial calibration of the manual-path probability. A shape of 0 is the limit of the family: all of
 * the mass at 0 (α = 0) or at 1 (β = 0). Every e^x and ln x is models/random/exp.ts's, so the quantiles are
 * the same to the last bit in every browser and in Node.
 */
import { exp, log } from '../random/exp';

/** ln(2π) / 2. */
const HALF_LN_TWO_PI = 0.9189385332046728;

/**
 * ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: relative error below 1e-13). Below ½, by Γ(x) = Γ(x + 1)/x
 * (no reflection formula: it would need a sine, which engines round differently).
 */
export function logGamma(x: number): number {
  if (x < 0.5) return logGamma(x + 1) - log(x);
  const t = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (t + i);
  const g = t + 7.5;
  return HALF_LN_TWO_PI + (t + 0.5) * log(g) - g + log(sum);
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** Continued fraction of the incomplete beta function (modified Lentz), valid for x < (a + 1)/(a + b + 2). */
function betaFraction(x: number, a: number, b: number): number {
  const TINY = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** P(X ≤ x) for X ~ Beta(a, b), a, b ≥ 0 and not both 0. */
export function betaCdf(x: number, a: number, b: number): number {
  if (a === 0) return 1;
  if (b === 0) return x >= 1 ? 1 : 0;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * log(x) + b * log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** The q-quantile of Beta(a, b): bisection on the CDF to 1e-12. */
export function betaQuantile(q: number, a: number, b: number): number {
  if (a === 0) return 0;
  if (b === 0) return 1;
  let low = 0;
  let high = 1;
  for (let i = 0; i < 80 && high - low > 1e-12; i++) {
    const mid = (low + high) / 2;
    if (betaCdf(mid, a, b) < q) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

export function betaMean(a: number, b: number): number {
  return a / (a + b);
}
