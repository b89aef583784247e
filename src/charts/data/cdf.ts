import type { CurvePoint, PatternId, PatternResult, SimulationResult, Stats } from '../../../models/types';
import { logStops, sortedUnique } from './logAxis';
import { type SeriesInfo, seriesInfo } from './series';
import { levelAt, levelAtZero, type StepCurve, stepCurve } from './stepCurve';

/** One pattern's per-incident distribution (RTO or RPO), seconds on x, share of incidents on y. */
export interface CdfCurve extends SeriesInfo, StepCurve {
  /** Share of incidents at exactly 0 s (no outage, or no data lost), fraction. */
  zeroShare: number;
  /** true when the pattern had no incident to measure: nothing is drawn. */
  empty: boolean;
  /** Mean and percentiles per incident, seconds. */
  stats: Stats;
  /** Share of incidents that meet the target, fraction (counted exactly by the simulation). */
  meetsTarget: number;
}

/** A keyboard / pointer stop: an x and every pattern's level there. */
export interface CdfProbe {
  /** Seconds. */
  x: number;
  values: { id: PatternId; p: number }[];
}

export interface CdfChartData {
  /** Log x domain, seconds, whole decades. */
  domain: [number, number];
  /** The target (seconds) and where it is drawn: at the target, or at the left edge when below it. */
  target: { seconds: number; x: number };
  /** Share of incidents that must meet the target, fraction (drawn as a horizontal line). */
  confidence: number;
  curves: CdfCurve[];
  probes: CdfProbe[];
}

/** What a CDF chart takes from a pattern: its curve, its statistics and its share meeting the target. */
export interface CdfSource {
  points: readonly CurvePoint[];
  stats: Stats;
  meetsTarget: number;
}

export function cdfChartData(
  result: SimulationResult,
  pick: (pattern: PatternResult) => CdfSource,
  targetSeconds: number,
  confidence: number,
  domain: [number, number],
): CdfChartData {
  const [left, right] = domain;
  const curves = result.patterns.map((pattern): CdfCurve => {
    const source = pick(pattern);
    return {
      ...seriesInfo(result, pattern),
      ...stepCurve(source.points, left, 0),
      zeroShare: levelAtZero(source.points, 0),
      empty: source.points.length === 0,
      stats: source.stats,
      meetsTarget: source.meetsTarget,
    };
  });
  const targetX = Math.min(Math.max(targetSeconds, left), right);
  const probes = sortedUnique([...logStops(left, right), targetX]).map((x) => ({
    x,
    values: curves.filter((c) => !c.empty).map((c) => ({ id: c.id, p: levelAt(c, x) })),
  }));
  return { domain, target: { seconds: targetSeconds, x: targetX }, confidence, curves, probes };
}

/** Every positive x of the given curves, seconds (for choosing a domain). */
export function positiveXs(curves: readonly (readonly CurvePoint[])[]): number[] {
  return curves.flatMap((points) => points.filter((p) => p.x > 0).map((p) => p.x));
}
