import type { Dist, SourcedDist } from '../types';

/** Small constructors that keep the catalogue tables readable. All values in seconds unless named. */

export const fixed = (value: number): Dist => ({ kind: 'fixed', value });
export const uniform = (min: number, max: number): Dist => ({ kind: 'uniform', min, max });
export const triangular = (min: number, mode: number, max: number): Dist => ({
  kind: 'triangular',
  min,
  mode,
  max,
});
/** Lognormal fixed by its median and 95th percentile, capped at `max`. */
export const lognormal = (median: number, p95: number, max: number): Dist => ({
  kind: 'lognormal',
  median,
  p95,
  max,
});

/** A value read in the cited figures (the shape may be the usual reading of a quoted range). */
export function sourced(dist: Dist, figures: string[], note?: string): SourcedDist {
  return note === undefined
    ? { dist, figures, assumption: false }
    : { dist, figures, assumption: false, note };
}

/** A value (or a split into phases) that is our assumption; `figures` are the anchors it leans on. */
export function assumed(dist: Dist, figures: string[], note: string): SourcedDist {
  return { dist, figures, assumption: true, note };
}
