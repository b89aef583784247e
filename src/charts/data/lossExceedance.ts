import type { PatternId, Scenario, SimulationResult, Stats } from '../../../models/types';
import { positiveXs } from './cdf';
import { decadeDomain, logStops, sortedUnique } from './logAxis';
import { type SeriesInfo, seriesInfo } from './series';
import { levelAt, levelAtZero, type StepCurve, stepCurve } from './stepCurve';

/** One pattern's chance that a year's loss exceeds x (currency on x, probability on y). */
export interface ExceedanceCurve extends SeriesInfo, StepCurve {
  /** P(annual loss > 0): the share of years with any loss at all, fraction. */
  anyLoss: number;
  empty: boolean;
  /** Annual loss (downtime + data loss), currency per year. */
  annualLoss: Stats;
}

export interface LossExceedanceData {
  currency: string;
  /** Log x domain, currency, whole decades. */
  domain: [number, number];
  curves: ExceedanceCurve[];
  /** Keyboard / pointer stops: x (currency) and each pattern's P(loss > x). */
  probes: { x: number; values: { id: PatternId; p: number }[] }[];
}

/**
 * P(annual loss > x) per pattern. Losses span a few hundred to millions, hence the log axis; a year
 * without loss (x = 0) cannot sit on it, so each curve starts at P(loss > 0).
 */
export function lossExceedanceData(result: SimulationResult, scenario: Scenario): LossExceedanceData {
  const domain = decadeDomain(positiveXs(result.patterns.map((p) => p.curves.lossExceedance)), [1, 1000]);
  const curves = result.patterns.map((pattern): ExceedanceCurve => {
    const points = pattern.curves.lossExceedance;
    return {
      ...seriesInfo(result, pattern),
      // No point at or below the left edge means every year lost more than it: level 1.
      ...stepCurve(points, domain[0], 1),
      anyLoss: levelAtZero(points, 1),
      empty: points.length === 0,
      annualLoss: pattern.annualLoss,
    };
  });
  const probes = sortedUnique(logStops(domain[0], domain[1])).map((x) => ({
    x,
    values: curves.filter((c) => !c.empty).map((c) => ({ id: c.id, p: levelAt(c, x) })),
  }));
  return { currency: scenario.currency, domain, curves, probes };
}
