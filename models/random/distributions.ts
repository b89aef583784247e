import type { Dist } from '../types';
import { exp, log, pow2 } from './exp';

/**
 * Distributions sampled by inversion: each draw turns exactly one uniform u ∈ (0, 1) into a value.
 * One uniform per draw keeps random streams aligned when a parameter changes, so two runs with the same
 * seed differ only by the change (common random numbers): a faster health check gives a shorter outage
 * in the same simulated incident, never a different incident.
 */

const FIXED = 0;
const UNIFORM = 1;
const TRIANGULAR = 2;
const LOGNORMAL = 3;
const MIXTURE = 4;

/** The normal quantile's central region is [P_LOW, 1 − P_LOW] (Acklam's split). */
const P_LOW = 0.02425;
/**
 * Intervals of the lognormal table over the central region: 2,049 points, 64 KiB per distribution (the
 * tails' tables add 112 KiB).
 */
const GRID = 2048;
const STEP = (1 - 2 * P_LOW) / GRID;
const PER_STEP = 1 / STEP;

/**
 * A distribution flattened for the inner loop. A class, so that every sampler shares one hidden class
 * and the sampling switch stays monomorphic.
 */
export class Sampler {
  constructor(
    readonly kind: number,
    readonly a: number,
    readonly b: number,
    readonly c: number,
    readonly d: number,
    /** Mixture parts (empty otherwise). */
    readonly parts: readonly Sampler[] = [],
    /**
     * Lognormal: its quantile function tabulated (see lognormalTable). Mixture: its parts flattened (see
     * mixtureTable). Empty otherwise.
     */
    readonly table: Float64Array = NO_TABLE,
  ) {}
}

const NO_TABLE = new Float64Array(0);

/*
 * The first Sampler holds fractions in every number field, so that V8 stores those fields as doubles from
 * the start. Had the first held whole numbers (a triangle from 30 to 300 s), the first fraction stored later
 * would change how every Sampler stores them and throw away the compiled code that reads them, in mid-run.
 */
void new Sampler(FIXED, 0.5, 0.5, 0.5, 0.5);

const Z95 = 1.6448536269514722; // standard normal 95th percentile

export function compileDist(dist: Dist): Sampler {
  switch (dist.kind) {
    case 'fixed':
      return new Sampler(FIXED, dist.value, 0, 0, 0);
    case 'uniform':
      return new Sampler(UNIFORM, dist.min, dist.max - dist.min, 0, 0);
    case 'triangular': {
      const { min, mode, max } = dist;
      const width = max - min;
      if (width <= 0) return new Sampler(FIXED, min, 0, 0, 0);
      // a = min, b = max, c = CDF at the mode, d = width
      return new Sampler(TRIANGULAR, min, max, (mode - min) / width, width);
    }
    case 'lognormal': {
      const mu = log(dist.median);
      const sigma = (log(dist.p95) - mu) / Z95;
      return new Sampler(LOGNORMAL, mu, sigma, dist.max, 0, [], lognormalTable(mu, sigma));
    }
    case 'mixture': {
      const parts = dist.parts.map((p) => compileDist(p.dist));
      const table = mixtureTable(
        parts,
        dist.parts.map((p) => p.weight),
      );
      // c = 1 when every part is triangular (or fixed, a triangle of no width): see mixtureAt.
      const triangles = +parts.every((p) => p.kind === TRIANGULAR || p.kind === FIXED);
      return new Sampler(MIXTURE, 0, 0, triangles, 0, parts, table);
    }
  }
}

/** The value at quantile u of the distribution (inverse CDF). Kept small so that it inlines. */
export function sample(s: Sampler, u: number): number {
  const k = s.kind;
  if (k === UNIFORM) return s.a + u * s.b;
  if (k === TRIANGULAR) return triangularAt(u, s.a, s.b, s.c, s.d);
  if (k === FIXED) return s.a;
  if (k === LOGNORMAL) return lognormalAt(s.table, u, s.a, s.b, s.c);
  return mixtureAt(s, u);
}

/**
 * Triangular inverse CDF: min + √(u·c)·width below the mode (c = CDF at the mode), max − √((1−u)(1−c))·width
 * above it. Written without a branch: which side of the mode u falls is a coin toss the processor cannot
 * predict, and a wrong guess costs more than the arithmetic of both sides.
 */
function triangularAt(u: number, min: number, max: number, c: number, width: number): number {
  const below = +(u < c);
  const above = (1 - u) * (1 - c);
  const r = Math.sqrt(above + below * (u * c - above)) * width;
  return max - r + below * (min - max + 2 * r);
}

/**
 * The column form of `sample`, for the simulation's inner loops: out[j] += the quantile at
 * u[first + j·stride] for every j < n. Returns the sum of the values added.
 *
 * One loop per kind of distribution, each in a small function of its own, so that no loop asks what kind it
 * samples and each compiles to tight machine code (V8 compiles a function holding several hot loops, or
 * one too large to inline, less well); their likeness is on purpose. Each gives exactly the values `sample`
 * gives.
 */
export function addColumn(
  s: Sampler,
  u: Float64Array,
  first: number,
  stride: number,
  n: number,
  out: Float64Array,
): number {
  const kind = s.kind;
  if (kind === UNIFORM) return addUniform(s, u, first, stride, n, out);
  if (kind === TRIANGULAR) return addTriangular(s, u, first, stride, n, out);
  if (kind === LOGNORMAL) return addLognormal(s, u, first, stride, n, out);
  if (kind === MIXTURE) {
    return s.c === 1 && s.parts.length === 2
      ? addTwoTriangles(s, u, first, stride, n, out)
      : addMixture(s, u, first, stride, n, out);
  }
  return addFixed(s.a, n, out);
}

function addFixed(a: number, n: number, out: Float64Array): number {
  if (a === 0) return 0; // a step that takes no time (a traffic layer with no extra delay)
  for (let j = 0; j < n; j++) out[j] = out[j]! + a;
  return n * a;
}

function addUniform(
  s: Sampler,
  u: Float64Array,
  first: number,
  stride: number,
  n: number,
  out: Float64Array,
): number {
  const { a, b } = s;
  let sum = 0;
  for (let j = 0, k = first; j < n; j++, k += stride) {
    const v = a + u[k]! * b;
    out[j] = out[j]! + v;
    sum += v;
  }
  return sum;
}

function addTriangular(
  s: Sampler,
  u: Float64Array,
  first: number,
  stride: number,
  n: number,
  out: Float64Array,
): number {
  const { a, b, c, d } = s;
  let sum = 0;
  for (let j = 0, k = first; j < n; j++, k += stride) {
    const v = triangularAt(u[k]!, a, b, c, d);
    out[j] = out[j]! + v;
    sum += v;
  }
  return sum;
}

function addLognormal(
  s: Sampler,
  u: Float64Array,
  first: number,
  stride: number,
  n: number,
  out: Float64Array,
): number {
  const { a: mu, b: sigma, c: max, table } = s;
  let sum = 0;
  for (let j = 0, k = first; j < n; j++, k += stride) {
    const v = lognormalAt(table, u[k]!, mu, sigma, max);
    out[j] = out[j]! + v;
    sum += v;
  }
  return sum;
}

function addMixture(
  s: Sampler,
  u: Float64Array,
  first: number,
  stride: number,
  n: number,
  out: Float64Array,
): number {
  let sum = 0;
  for (let j = 0, k = first; j < n; j++, k += stride) {
    const v = mixtureAt(s, u[k]!);
    out[j] = out[j]! + v;
    sum += v;
  }
  return sum;
}

/**
 * A mixture of two triangles (the usual kind: "quick restart, or a slow replacement"), as mixtureAt draws
 * it, the part picked with a single comparison.
 */
function addTwoTriangles(
  s: Sampler,
  u: Float64Array,
  first: number,
  stride: number,
  n: number,
  out: Float64Array,
): number {
  const t = s.table;
  const second = t[PART]!; // the cumulative weight below the second part
  let sum = 0;
  for (let j = 0, k = first; j < n; j++, k += stride) {
    const x = u[k]!;
    const v = partTriangleAt(t, PART * +(x >= second), x);
    out[j] = out[j]! + v;
    sum += v;
  }
  return sum;
}

/**
 * Mixture: pick the part with u, then rescale u within it so that one uniform does both. The part is the
 * number of parts whose lower cumulative weight u reaches, counted without a branch (which part a draw
 * falls in is a coin toss); a mixture of triangles (the usual kind: "quick restart, or a slow replacement")
 * then takes the part's triangle from the table without looking at the part itself.
 */
function mixtureAt(s: Sampler, u: number): number {
  const t = s.table;
  let o = 0;
  for (let at = PART; at < t.length; at += PART) o += PART * +(u >= t[at]!);
  if (s.c === 1) return partTriangleAt(t, o, u);
  return sample(s.parts[o / PART]!, rescaled(t, o, u));
}

/** u rescaled to the part whose numbers start at o in a mixture's table. */
function rescaled(t: Float64Array, o: number, u: number): number {
  return Math.min((u - t[o]!) * t[o + 1]!, BELOW_ONE);
}

/** The triangle of the part at o in a mixture's table, at u rescaled to the part. */
function partTriangleAt(t: Float64Array, o: number, u: number): number {
  return triangularAt(rescaled(t, o, u), t[o + 2]!, t[o + 3]!, t[o + 4]!, t[o + 5]!);
}

/** Numbers per part in a mixture's table, and the largest double below 1 (a rescaled u stays under 1). */
const PART = 6;
const BELOW_ONE = 1 - 2 ** -53;

/**
 * A mixture's parts flattened, PART numbers each: the cumulative weight below the part, 1 / its weight
 * (0 for a part of no weight, which u never falls in), and its triangle's min, max, c and width (zeros for
 * a part that is not triangular).
 */
function mixtureTable(parts: readonly Sampler[], weights: readonly number[]): Float64Array {
  const total = weights.reduce((a, w) => a + w, 0);
  const table = new Float64Array(PART * parts.length);
  let below = 0;
  parts.forEach((p, i) => {
    const w = weights[i]! / total;
    const o = PART * i;
    table[o] = below;
    table[o + 1] = w > 0 ? 1 / w : 0;
    if (p.kind === TRIANGULAR) table.set([p.a, p.b, p.c, p.d], o + 2);
    if (p.kind === FIXED) table.set([p.a, p.a, 0, 0], o + 2);
    below += w;
  });
  return table;
}

/** Exact mean of a distribution (the lognormal's cap makes its mean a numerical integral). */
export function distMean(dist: Dist): number {
  switch (dist.kind) {
    case 'fixed':
      return dist.value;
    case 'uniform':
      return (dist.min + dist.max) / 2;
    case 'triangular':
      return (dist.min + dist.mode + dist.max) / 3;
    case 'lognormal': {
      // Midpoint rule over quantiles: accurate to ~1e-4 relative, enough for display.
      const s = compileDist(dist);
      const n = 20000;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += sample(s, (i + 0.5) / n);
      return sum / n;
    }
    case 'mixture': {
      const total = dist.parts.reduce((s, p) => s + p.weight, 0);
      return dist.parts.reduce((s, p) => s + (p.weight / total) * distMean(p.dist), 0);
    }
  }
}

/**
 * Poisson count with mean `lambda` from one uniform, by inversion of the CDF.
 * Rates above 200 a year use the normal approximation (error far below Monte Carlo noise there).
 * `expMinusLambda` may be passed precomputed: the inner loop draws millions of counts at one rate.
 */
export function poisson(lambda: number, u: number, expMinusLambda = exp(-lambda)): number {
  if (lambda <= 0) return 0;
  if (lambda > 200) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normalQuantile(u)));
  let n = 0;
  let p = expMinusLambda;
  let cdf = p;
  while (u > cdf && n < 1000) {
    n++;
    p *= lambda / n;
    cdf += p;
  }
  return n;
}

/**
 * The Poisson CDF at 0, 1, 2 and 3, accumulated exactly as `poisson` does, so that the count of a uniform
 * u is the number of these points below u, as long as that is under 4 (otherwise ask `poisson`). Counts
 * by comparison need no loop and no branch. Above the exact range every point is −∞: always ask.
 */
export function poissonHead(lambda: number): [number, number, number, number] {
  if (lambda <= 0) return [1, 1, 1, 1];
  if (lambda > 200) return [-Infinity, -Infinity, -Infinity, -Infinity];
  const head: [number, number, number, number] = [0, 0, 0, 0];
  let p = exp(-lambda);
  let cdf = p;
  head[0] = cdf;
  for (let n = 1; n < 4; n++) {
    p *= lambda / n;
    cdf += p;
    head[n] = cdf;
  }
  return head;
}

/**
 * The lognormal quantile exp(μ + σ·Φ⁻¹(u)), capped at `max`. Over the normal quantile's central region
 * (95% of draws) it comes from a table of the quantile and its slope at GRID + 1 evenly spaced points,
 * joined by cubic (Hermite) pieces, at about half the cost of the formula (no rational function, no
 * exponential). Relative to the formula it is within 1e-8 while σ ≤ 2.2 (p95 up to 40 × the median, the
 * catalogue's lags have σ ≈ 1.1) and 2e-7 at σ = 8.4 (test/random.test.ts): the error grows with σ⁴.
 * The tails have tables of their own (lognormalTail).
 */
function lognormalAt(table: Float64Array, u: number, mu: number, sigma: number, max: number): number {
  if (!(u >= P_LOW && u <= 1 - P_LOW)) return lognormalTail(table, u, mu, sigma, max);
  const x = (u - P_LOW) * PER_STEP;
  const i = Math.min(x | 0, GRID - 1);
  return Math.min(cubicAt(table, PER_INTERVAL * i, x - i), max);
}

/**
 * The table's cubic piece from k at f: q0 + f(d0 + f(a + f·b)), where q0 and d0 are the value and slope (per
 * unit of f) at f = 0, and a and b the coefficients setCubic worked out once.
 */
function cubicAt(table: Float64Array, k: number, f: number): number {
  return table[k]! + f * (table[k + 1]! + f * (table[k + 2]! + f * table[k + 3]!));
}

/** Numbers per interval of a lognormal's table (see setCubic). */
const PER_INTERVAL = 4;

/**
 * The interval from k: the cubic through values q0 and q1 with slopes d0 and d1 (per unit of f) at f = 0 and
 * f = 1, as q0, d0, a = 3(q1 − q0) − 2d0 − d1 and b = 2(q0 − q1) + d0 + d1, each computed in this order. Its
 * value at f, q0 + f(d0 + f(a + f·b)), is then exactly the Hermite form q0 + f(d0 + f(3(q1 − q0) − 2d0 − d1
 * + f(2(q0 − q1) + d0 + d1))) evaluated term by term, with less than half the arithmetic and one cache line.
 */
function setCubic(table: Float64Array, k: number, q0: number, d0: number, q1: number, d1: number): void {
  table[k] = q0;
  table[k + 1] = d0;
  table[k + 2] = 3 * (q1 - q0) - 2 * d0 - d1;
  table[k + 3] = 2 * (q0 - q1) + d0 + d1;
}

/*
 * The tails: v = u below P_LOW, v = 1 − u above 1 − P_LOW (exact there), from 2^TAIL_MIN_EXP (the least
 * uniform the generator gives) up. Each doubling of v is cut into 2^TAIL_SUB_BITS intervals of equal width,
 * as a histogram's bins are (the interval is read from the top bits of v's binary form, no logarithm), with
 * the quantile and its slope at each end, joined by the same cubic pieces as the central region. Within
 * 1e-8 of the formula while σ ≤ 2.2, like the central table. A v below the tables (a rescaled mixture
 * draw can be) takes the formula.
 */
const TAIL_SUB_BITS = 6;
const TAIL_MIN_EXP = -33;
const TAIL_MAX_EXP = -5; // 2^-5 = 0.03125, above P_LOW
const TAIL_INTERVALS = (TAIL_MAX_EXP - TAIL_MIN_EXP) << TAIL_SUB_BITS;
const TAIL_SHIFT = 20 - TAIL_SUB_BITS;
const TAIL_BASE = (1023 + TAIL_MIN_EXP) << TAIL_SUB_BITS;
const TAIL_LOWEST = pow2(TAIL_MIN_EXP);
/** Where a lognormal's table has its lower tail's intervals (after the central ones), and its upper tail's. */
const LOWER_TAIL_AT = PER_INTERVAL * GRID;
const UPPER_TAIL_AT = LOWER_TAIL_AT + PER_INTERVAL * TAIL_INTERVALS;
const TABLE_LENGTH = UPPER_TAIL_AT + PER_INTERVAL * TAIL_INTERVALS;

const V = new Float64Array(1);
const V_WORDS = new Uint32Array(V.buffer);
// Typed arrays use the platform's byte order; the high word of a double is the second on little-endian.
const V_HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The tails' points, the same for every lognormal: v at each, and the width of the interval from it. */
const TAIL_V = new Float64Array(TAIL_INTERVALS + 1);
const TAIL_WIDTH = new Float64Array(TAIL_INTERVALS + 1);
for (let i = 0; i <= TAIL_INTERVALS; i++) {
  const octave = pow2(TAIL_MIN_EXP + (i >> TAIL_SUB_BITS));
  TAIL_WIDTH[i] = octave / (1 << TAIL_SUB_BITS);
  TAIL_V[i] = octave + (i & ((1 << TAIL_SUB_BITS) - 1)) * TAIL_WIDTH[i]!;
}

/** lognormalAt in the tails (5% of draws), out of line so that the central case stays small. */
function lognormalTail(table: Float64Array, u: number, mu: number, sigma: number, max: number): number {
  const lower = u < 0.5;
  const v = lower ? u : 1 - u;
  if (!(v >= TAIL_LOWEST)) return Math.min(exp(mu + sigma * tailQuantile(u)), max);
  V[0] = v;
  const i = (V_WORDS[V_HIGH]! >>> TAIL_SHIFT) - TAIL_BASE;
  const f = (v - TAIL_V[i]!) / TAIL_WIDTH[i]!;
  return Math.min(cubicAt(table, (lower ? LOWER_TAIL_AT : UPPER_TAIL_AT) + PER_INTERVAL * i, f), max);
}

/**
 * The table of lognormalAt, interval by interval (see setCubic): at each point p, the quantile exp(μ + σz)
 * with z = Φ⁻¹(p), and its slope over one step, (quantile) × σ × dz, where dz = STEP / φ(z) (φ the normal
 * density) is the standard normal quantile's rise over the step. z and dz are the same for every lognormal:
 * computed once. In the tails, the slope per unit of v times the interval's width.
 */
function lognormalTable(mu: number, sigma: number): Float64Array {
  const key = `${mu} ${sigma}`;
  const known = TABLES.get(key);
  if (known !== undefined) return known;
  const normal = standardTable();
  const table = new Float64Array(TABLE_LENGTH);
  const points = new Float64Array(2 * (GRID + 1));
  for (let i = 0; i < points.length; i += 2) {
    const q = exp(mu + sigma * normal[i]!);
    points[i] = q;
    points[i + 1] = q * sigma * normal[i + 1]!;
  }
  for (let i = 0; i < GRID; i++) {
    const k = 2 * i;
    setCubic(table, PER_INTERVAL * i, points[k]!, points[k + 1]!, points[k + 2]!, points[k + 3]!);
  }
  // The tails: the quantile at each point and its rise per unit of v (dz/dv = 1/φ(z)), z = Φ⁻¹(v) below
  // and −Φ⁻¹(v) above, where v = 1 − u grows as u falls.
  const tails = standardTails();
  const lower = new Float64Array(2 * (TAIL_INTERVALS + 1));
  const upper = new Float64Array(2 * (TAIL_INTERVALS + 1));
  for (let i = 0; i <= TAIL_INTERVALS; i++) {
    const z = tails[2 * i]!;
    const dz = tails[2 * i + 1]!;
    const low = exp(mu + sigma * z);
    lower[2 * i] = low;
    lower[2 * i + 1] = low * sigma * dz;
    const high = exp(mu - sigma * z);
    upper[2 * i] = high;
    upper[2 * i + 1] = -high * sigma * dz;
  }
  for (let i = 0; i < TAIL_INTERVALS; i++) {
    const width = TAIL_WIDTH[i]!;
    const k = 2 * i;
    for (const [at, q] of [
      [LOWER_TAIL_AT, lower],
      [UPPER_TAIL_AT, upper],
    ] as const) {
      setCubic(table, at + PER_INTERVAL * i, q[k]!, q[k + 1]! * width, q[k + 2]!, q[k + 3]! * width);
    }
  }
  if (TABLES.size >= 16) TABLES.delete(TABLES.keys().next().value!);
  TABLES.set(key, table);
  return table;
}

/**
 * The tables of the last lognormals built (read only, so shared): a scenario's plan is built anew for every
 * run and every worker's share of it, and its lags seldom change from one run to the next.
 */
const TABLES = new Map<string, Float64Array>();

let standard: Float64Array | null = null;

/** z = Φ⁻¹(p) and dz = STEP / φ(z) at the points of the lognormal table, interleaved. */
function standardTable(): Float64Array {
  if (standard !== null) return standard;
  standard = new Float64Array(2 * (GRID + 1));
  for (let i = 0; i <= GRID; i++) {
    const z = centralQuantile(P_LOW + i * STEP);
    standard[2 * i] = z;
    standard[2 * i + 1] = (STEP * Math.sqrt(2 * Math.PI)) / exp(-0.5 * z * z);
  }
  return standard;
}

let standardTail: Float64Array | null = null;

/** z = Φ⁻¹(v) (Acklam's, as the formula) and dz/dv = 1/φ(z) at the tails' points, interleaved. */
function standardTails(): Float64Array {
  if (standardTail !== null) return standardTail;
  standardTail = new Float64Array(2 * (TAIL_INTERVALS + 1));
  for (let i = 0; i <= TAIL_INTERVALS; i++) {
    const z = normalQuantile(TAIL_V[i]!);
    standardTail[2 * i] = z;
    standardTail[2 * i + 1] = Math.sqrt(2 * Math.PI) / exp(-0.5 * z * z);
  }
  return standardTail;
}

/**
 * Standard normal quantile by Acklam's rational approximation (relative error below 1.2e-9 over (0, 1)),
 * far finer than any input it is applied to. The central region (95% of draws) and the tails are
 * separate functions so that the common case is small enough for the compiler to inline into loops.
 */
export function normalQuantile(p: number): number {
  return p >= P_LOW && p <= 1 - P_LOW ? centralQuantile(p) : tailQuantile(p);
}

function centralQuantile(p: number): number {
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A1 * r + A2) * r + A3) * r + A4) * r + A5) * r + A6) * q) /
    (((((B1 * r + B2) * r + B3) * r + B4) * r + B5) * r + 1)
  );
}

function tailQuantile(p: number): number {
  const q = Math.sqrt(-2 * log(p < 0.5 ? p : 1 - p));
  const x =
    (((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6) / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
  return p < 0.5 ? x : -x;
}

const A1 = -3.969683028665376e1;
const A2 = 2.209460984245205e2;
const A3 = -2.759285104469687e2;
const A4 = 1.38357751867269e2;
const A5 = -3.066479806614716e1;
const A6 = 2.506628277459239;
const B1 = -5.447609879822406e1;
const B2 = 1.615858368580409e2;
const B3 = -1.556989798598866e2;
const B4 = 6.680131188771972e1;
const B5 = -1.328068155288572e1;
const C1 = -7.784894002430293e-3;
const C2 = -3.223964580411365e-1;
const C3 = -2.400758277161838;
const C4 = -2.549732539343734;
const C5 = 4.374664141464968;
const C6 = 2.938163982698783;
const D1 = 7.784695709041462e-3;
const D2 = 3.224671290700398e-1;
const D3 = 2.445134137142996;
const D4 = 3.754408661907416;
