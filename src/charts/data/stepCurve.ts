import type { CurvePoint } from '../../../models/types';

/**
 * A cumulative curve ready for a log x axis that starts at `left`.
 *
 * The engine's points are exact at their x (upper edges of histogram bins), and thinned to about
 * one point per 1% of probability. Drawn as steps that hold each level until the next point, a CDF
 * is never overstated (P(X ≤ x) ≥ the level shown) and an exceedance curve never understated: the
 * conservative reading for a target or a risk.
 */
export interface StepCurve {
  /** Level at the left edge of the axis: that of the last point at or below `left`. */
  start: number;
  /** The points right of `left`, x ascending. */
  points: CurvePoint[];
}

/**
 * Points at or below `left` (x = 0 among them, which a log axis cannot place) fold into the starting
 * level; `emptyLevel` is the level when there are none: 0 for P(X ≤ x), 1 for P(X > x).
 */
export function stepCurve(points: readonly CurvePoint[], left: number, emptyLevel: number): StepCurve {
  let start = emptyLevel;
  const rest: CurvePoint[] = [];
  for (const point of points) {
    if (point.x <= left) start = point.p;
    else rest.push({ x: point.x, p: point.p });
  }
  return { start, points: rest };
}

/** The level the step curve shows at x (x ≥ the axis's left edge). */
export function levelAt(curve: StepCurve, x: number): number {
  let level = curve.start;
  for (const point of curve.points) {
    if (point.x > x) break;
    level = point.p;
  }
  return level;
}

/** The level at x = 0 of an engine curve (P(X ≤ 0) = P(X = 0) for a CDF), or `emptyLevel`. */
export function levelAtZero(points: readonly CurvePoint[], emptyLevel: number): number {
  const first = points[0];
  return first !== undefined && first.x === 0 ? first.p : emptyLevel;
}
