import type { Scenario, SimulationResult } from '../../../models/types';
import { type CdfChartData, cdfChartData, positiveXs } from './cdf';
import { decadeCeil } from './logAxis';

/**
 * Left edge of the RPO axis, seconds of data. Most incidents of a synchronous or consensus pattern lose
 * nothing, and asynchronous replicas often lag by milliseconds; everything at or below this floor
 * (0 s included) is folded into the level the curve starts from, so the curve opens at
 * P(loss ≤ 0.01 s) rather than hiding the zero-loss share off the axis.
 */
export const RPO_FLOOR_SECONDS = 0.01;

/** Data lost per ordinary incident as a CDF per pattern, seconds of writes on a log axis. */
export function rpoCdfData(result: SimulationResult, scenario: Scenario): CdfChartData {
  const target = scenario.targets.rpoSeconds;
  const xs = positiveXs(result.patterns.map((p) => p.curves.rpo));
  // At least up to 1 s, so that a chart where nothing is lost still has a readable axis.
  const right = decadeCeil(Math.max(1, target, ...xs));
  return cdfChartData(
    result,
    (p) => ({ points: p.curves.rpo, stats: p.incidentRpoSeconds, meetsTarget: p.meetsTargets.rpo }),
    target,
    scenario.targets.confidence,
    [RPO_FLOOR_SECONDS, right],
  );
}
