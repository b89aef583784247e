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

/** Annual-loss quantiles by inversion: cumulative counts of the occupied bins and their midpoints. */
class Inverse {
  private readonly cumulative: Float64Array;
  private readonly values: Float64Array;

  constructor(private readonly h: HistogramView) {
    const n = h.hi - h.lo;
    this.cumulative = new Float64Array(n);
    this.values = new Float64Array(n);
    let seen = 0;
    let k = 0;
    for (let i = h.lo; i < h.hi; i++) {
      const c = h.counts[h.offset + i]!;
      if (c === 0) continue;
      seen += c;
      this.cumulative[k] = seen;
      this.values[k] = binMid(i);
      k++;
    }
    this.cumulative = this.cumulative.subarray(0, k);
    this.values = this.values.subarray(0, k);
  }

  /** The nearest-rank quantile at u (the same value `quantile` gives), by binary search. */
  at(u: number): number {
    if (this.h.total === 0) return 0;
    const rank = Math.max(1, Math.ceil(u * this.h.total));
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! >= rank) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo]!;
  }
}

/** Histograms of the draws, reused from call to call (the thread's only one). */
const DRAWS = new Float64Array(2 * HISTOGRAM_BINS);

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
  DRAWS.fill(0);
  for (let k = 0; k < draws; k++) {
    const monthly = triangularQuantile(input.monthly, rng.next());
    const oneOff = triangularQuantile(input.oneOff, rng.next());
    const running = 12 * monthly + input.maintenanceCost;
    const first = loss.at(rng.next());
    let losses = first;
    for (let y = 1; y < years; y++) losses += loss.at(rng.next());
    const annual = running + first;
    const horizon = oneOff + years * running + losses;
    DRAWS[binOf(annual)] = DRAWS[binOf(annual)]! + 1;
    DRAWS[HISTOGRAM_BINS + binOf(horizon)] = DRAWS[HISTOGRAM_BINS + binOf(horizon)]! + 1;
  }
  const read = (offset: number) => {
    const view = histogramView(DRAWS, offset);
    return { p50: quantile(view, 0.5), p95: quantile(view, 0.95), p99: quantile(view, 0.99) };
  };
  return { annual: read(0), horizon: read(HISTOGRAM_BINS) };
}
