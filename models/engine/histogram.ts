/**
 * Log-linear histograms: bounded memory for any number of trials, and merged by adding counts, which
 * is exact and order-free, so results do not depend on how trials are split across workers.
 *
 * A positive value's bin is its binary exponent and its top SUB_BITS mantissa bits (as in HDR
 * histograms): 2^SUB_BITS bins per doubling, so a bin spans at most 1/128 of its value and a percentile
 * read at the bin's midpoint is within ±0.4% of the exact sample percentile. Zero has a bin of its own,
 * since "no data lost" is the most common RPO of all.
 */
import { pow2 } from '../random/exp';

const SUB_BITS = 7;
/** Smallest and largest resolved values: 2^-10 ≈ 1 ms and 2^44 ≈ 1.8e13 (seconds or money). */
const MIN_EXP = -10;
const MAX_EXP = 44;
const SHIFT = 20 - SUB_BITS;
const BASE = (1023 + MIN_EXP) << SUB_BITS;
/** Bin 0 holds zeros (and negatives, which do not occur); bins 1… the positive range. */
export const HISTOGRAM_BINS = 2 + ((MAX_EXP - MIN_EXP) << SUB_BITS);
const LAST = HISTOGRAM_BINS - 1;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Typed arrays use the platform's byte order; the high word of a double is u32[1] on little-endian.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

export function binOf(value: number): number {
  if (!(value > 0)) return 0;
  f64[0] = value;
  const bin = (u32[HI]! >>> SHIFT) - BASE + 1;
  return bin < 1 ? 1 : bin > LAST ? LAST : bin;
}

/**
 * The bin of a positive value from the high 32 bits of its IEEE 754 form (as binOf, without the copy).
 * Counting loops read the high word from a Uint32Array view of the values' memory, and tally zeros apart:
 * adding one to the zero bin again and again would make each addition wait for the one before.
 */
export function binOfHighWord(high: number): number {
  const bin = (high >>> SHIFT) - BASE + 1;
  return bin < 1 ? 1 : bin > LAST ? LAST : bin;
}

/** Index of a double's high word in a Uint32Array view of a Float64Array: value j's is 2·j + HIGH_WORD. */
export const HIGH_WORD = HI;

/** Lower edge of a bin (0 for the zero bin). */
export function binLow(bin: number): number {
  if (bin <= 0) return 0;
  const k = bin - 1 + BASE;
  const exponent = (k >>> SUB_BITS) - 1023;
  const mantissa = k & ((1 << SUB_BITS) - 1);
  return pow2(exponent) * (1 + mantissa / (1 << SUB_BITS));
}

/** Representative value of a bin: its midpoint. */
export function binMid(bin: number): number {
  if (bin <= 0) return 0;
  return (binLow(bin) + binLow(bin + 1)) / 2;
}

/**
 * One histogram of a shared array (the counts from `offset` on), with its count and the range of bins
 * [lo, hi) that hold anything: reading quantiles and curves then scans that range only, a few hundred bins
 * where the array has thousands.
 */
export interface HistogramView {
  counts: Float64Array;
  offset: number;
  lo: number;
  hi: number;
  total: number;
}

export function histogramView(counts: Float64Array, offset: number): HistogramView {
  let lo = -1;
  let hi = 0;
  let total = 0;
  for (let i = 0; i < HISTOGRAM_BINS; i++) {
    const c = counts[offset + i]!;
    if (c === 0) continue;
    if (lo < 0) lo = i;
    hi = i + 1;
    total += c;
  }
  return { counts, offset, lo: Math.max(lo, 0), hi, total };
}

/** The q-quantile (0 ≤ q ≤ 1) of a histogram; 0 for an empty histogram. */
export function quantile(h: HistogramView, q: number): number {
  if (h.total === 0) return 0;
  // Nearest-rank definition: the smallest value with at least q·n observations at or below it.
  const rank = Math.max(1, Math.ceil(q * h.total));
  let seen = 0;
  for (let i = h.lo; i < h.hi; i++) {
    seen += h.counts[h.offset + i]!;
    if (seen >= rank) return binMid(i);
  }
  return binMid(h.hi - 1);
}

/**
 * The cumulative distribution as at most `maxPoints` points (x, P(X ≤ x)), taken at the upper edges of
 * occupied bins and thinned evenly in probability.
 */
export function cdfPoints(h: HistogramView, maxPoints = 120): { x: number; p: number }[] {
  const n = h.total;
  if (n === 0) return [];
  const points: { x: number; p: number }[] = [];
  let seen = 0;
  let lastP = -1;
  const step = 1 / maxPoints;
  for (let i = h.lo; i < h.hi; i++) {
    const c = h.counts[h.offset + i]!;
    if (c === 0) continue;
    seen += c;
    const p = seen / n;
    const x = i === 0 ? 0 : binLow(i + 1);
    if (p - lastP >= step || p === 1 || i === 0) {
      points.push({ x, p });
      lastP = p;
    }
  }
  return points;
}

/**
 * P(X > x), each value standing for its bin's midpoint (as `quantile` reads them): the share of the counts
 * in bins whose midpoint exceeds x. 0 for an empty histogram.
 */
export function exceedance(h: HistogramView, x: number): number {
  if (h.total === 0) return 0;
  let above = 0;
  for (let i = h.hi - 1; i >= h.lo && binMid(i) > x; i--) above += h.counts[h.offset + i]!;
  return above / h.total;
}
