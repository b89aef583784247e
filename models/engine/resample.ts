import { streamFor } from '../random/xoshiro';
import type { CostRange, Stats } from '../types';
import { triangularQuantile } from './costs';
import { binMid, binOf, HISTOGRAM_BINS, histogramView, quantile, type HistogramView } from './histogram';

/**
 * The spread of an architecture's annual and horizon totals. A year's total is its infrastructure (the
 * monthly cost drawn once from its range, times 12), its planned maintenance's cost and the year's losses;
 * a horizon's is the one-off cost (drawn from its range), H years of infrastructure at the same monthly
 * cost and of maintenance, and H years of losses drawn independently.
 *
 * The simulation keeps annual losses as a histogram, so the totals are drawn by resampling it: each draw
 * takes the monthly cost, the one-off cost and H annual losses, each by inversion of one uniform (the losses
 * by the histogram's nearest-rank quantile, a bin's midpoint). The draws come from their own stream of the
 * seed (block −1, one lane per architecture), so they are reproducible and never shift the simulation's
 * own draws. Percentiles are read from a histogram of the draws; the means are not resampled but exact:
 * they follow from the expected values (see summarize).
 */

/** Draws per architecture: as many as the trials, at most this many. */
export const MAX_RESAMPLES = 50_000;

/** Where the resampling streams sit among the seed's streams: a block of its own, before the first. */
export const RESAMPLE_BLOCK = -1;

export interface TotalsInput {
  /** Annual loss histogram of the architecture (currency). */
  loss: HistogramView;
  monthly: CostRange;
  oneOff: CostRange;
  /** Planned maintenance cost per year (currency). */
  maintenanceCost: number;
  horizonYears: number;
}

/** Buckets of the guide table of Inverse: u ∈ [g/GUIDE, (g + 1)/GUIDE) is looked up from guide[g] on. */
const GUIDE = 4096;

/**
 * Annual-loss quantiles by inversion: cumulative counts of the occupied bins and their midpoints, with a
 * guide table (the first bin each bucket of u can fall in) so that a look-up is a step or two, not a
 * binary search: the resampling looks up a quarter of a million losses per architecture.
 */
class Inverse {
  private readonly cumulative: Float64Array;
  private readonly values: Float64Array;
  private readonly guide = new Int32Array(GUIDE);
  private readonly total: number;

  constructor(h: HistogramView) {
    const n = h.hi - h.lo;
    let cumulative = new Float64Array(n);
    let values = new Float64Array(n);
    let seen = 0;
    let k = 0;
    for (let i = h.lo; i < h.hi; i++) {
      const c = h.counts[h.offset + i]!;
      if (c === 0) continue;
      seen += c;
      cumulative[k] = seen;
      values[k] = binMid(i);
      k++;
    }
    this.cumulative = cumulative = cumulative.subarray(0, k);
    this.values = values = values.subarray(0, k);
    this.total = h.total;
    // Bucket g's least rank, less one for the rounding of u·total: no u of the bucket ranks below it.
    for (let g = 0, at = 0; g < GUIDE && k > 0; g++) {
      const least = Math.ceil((g / GUIDE) * h.total) - 1;
      while (at < k - 1 && cumulative[at]! < least) at++;
      this.guide[g] = at;
    }
  }

  /** The nearest-rank quantile at u ∈ (0, 1): the value `quantile` gives. */
  at(u: number): number {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil(u * this.total));
    let k = this.guide[(u * GUIDE) | 0]!;
    while (this.cumulative[k]! < rank) k++;
    return this.values[k]!;
  }
}

/** Histograms of the draws, reused from call to call (the thread's only one). */
const DRAWS = new Float64Array(2 * HISTOGRAM_BINS);

/** Draws whose uniforms are drawn together (one call of the generator rather than one per draw). */
const BATCH = 256;

/** A buffer of at least n uniforms, reused while it is long enough. */
let UNIFORMS = new Float64Array(16);
function uniformsFor(n: number): Float64Array {
  if (UNIFORMS.length < n) UNIFORMS = new Float64Array(n);
  return UNIFORMS;
}

/** P50, P95 and P99 of the annual and horizon totals (currency); `mean` is left to the caller. */
export function resampleTotals(
  seed: number,
  pattern: number,
  trials: number,
  input: TotalsInput,
): { annual: Omit<Stats, 'mean'>; horizon: Omit<Stats, 'mean'> } {
  const draws = Math.min(trials, MAX_RESAMPLES);
  const years = input.horizonYears;
  const loss = new Inverse(input.loss);
  const rng = streamFor(seed, RESAMPLE_BLOCK, pattern);
  // Each draw's uniforms in the order drawn: the monthly cost, the one-off cost, then a loss per year.
  const perDraw = 2 + years;
  const u = uniformsFor(perDraw * BATCH);
  DRAWS.fill(0);
  for (let k = 0, at = 0; k < draws; k++, at += perDraw) {
    if (k % BATCH === 0) {
      rng.fill(u, perDraw * Math.min(BATCH, draws - k));
      at = 0;
    }
    const monthly = triangularQuantile(input.monthly, u[at]!);
    const oneOff = triangularQuantile(input.oneOff, u[at + 1]!);
    const running = 12 * monthly + input.maintenanceCost;
    const first = loss.at(u[at + 2]!);
    let losses = first;
    for (let y = 1; y < years; y++) losses += loss.at(u[at + 2 + y]!);
    const annual = binOf(running + first);
    const horizon = HISTOGRAM_BINS + binOf(oneOff + years * running + losses);
    DRAWS[annual] = DRAWS[annual]! + 1;
    DRAWS[horizon] = DRAWS[horizon]! + 1;
  }
  const read = (offset: number) => {
    const view = histogramView(DRAWS, offset);
    return { p50: quantile(view, 0.5), p95: quantile(view, 0.95), p99: quantile(view, 0.99) };
  };
  return { annual: read(0), horizon: read(HISTOGRAM_BINS) };
}
