import type { Calibration } from '../../../models/calibration/calibrate';
import { patternName } from '../../../models/patterns';
import type { CurvePoint, Drill, DrillOutcome, PatternId, SimulationResult } from '../../../models/types';
import { positiveXs } from './cdf';
import { decadeDomain } from './logAxis';
import { levelAt, stepCurve, type StepCurve } from './stepCurve';

/** One measured drill on the chart: its outage and its plotting position among the drills. */
export interface DrillPoint {
  /** Position in the log, 0-based. */
  index: number;
  date: string;
  outcome: DrillOutcome;
  /** Outage, seconds. */
  x: number;
  /** (i − ½)/n for the i-th fastest of n drills: where an empirical CDF puts it. */
  p: number;
  /** Slower than the calibrated model's 99th percentile. */
  review: boolean;
  /** Share of modelled incidents with an outage of at most x, before and after the drills. */
  before: number | null;
  after: number;
}

export interface DrillCdfData {
  pattern: PatternId;
  name: string;
  /** Log x domain, seconds, whole decades. */
  domain: [number, number];
  /** The model's outage per ordinary incident without the drills (null until that run is in). */
  before: StepCurve | null;
  after: StepCurve;
  points: DrillPoint[];
}

/**
 * Outage per ordinary incident of an architecture, modelled (before and after its drills) and measured
 * (its used drills of ordinary scopes), or null when it has no such drill. Regional drills are compared
 * in the table of figures, not here: the results keep no curve of regional outages.
 */
export function drillCdfData(
  pattern: PatternId,
  drills: readonly Drill[],
  calibration: Calibration,
  after: SimulationResult,
  before: SimulationResult | null,
): DrillCdfData | null {
  const used = calibration.reviews.filter((r) => {
    const d = drills[r.index];
    return r.used && d?.architecture === pattern && d.scope !== 'region' && d.outageSeconds > 0;
  });
  if (used.length === 0) return null;
  const curveOf = (result: SimulationResult | null): readonly CurvePoint[] | null =>
    result?.patterns.find((p) => p.id === pattern)?.curves.rto ?? null;
  const afterPoints = curveOf(after) ?? [];
  const beforePoints = curveOf(before);
  const measured = used.map((r) => drills[r.index]!.outageSeconds);
  const domain = decadeDomain([...positiveXs([afterPoints, beforePoints ?? []]), ...measured], [1, 1000]);
  const afterCurve = stepCurve(afterPoints, domain[0], 0);
  const beforeCurve = beforePoints ? stepCurve(beforePoints, domain[0], 0) : null;
  const sorted = [...used].sort(
    (a, b) => drills[a.index]!.outageSeconds - drills[b.index]!.outageSeconds || a.index - b.index,
  );
  const points = sorted.map((r, i): DrillPoint => {
    const d = drills[r.index]!;
    return {
      index: r.index,
      date: d.date,
      outcome: d.outcome,
      x: d.outageSeconds,
      p: (i + 0.5) / sorted.length,
      review: r.review.length > 0,
      before: beforeCurve ? levelAt(beforeCurve, d.outageSeconds) : null,
      after: levelAt(afterCurve, d.outageSeconds),
    };
  });
  return { pattern, name: patternName(pattern), domain, before: beforeCurve, after: afterCurve, points };
}
