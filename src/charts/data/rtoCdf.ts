import type { Scenario, SimulationResult } from '../../../models/types';
import { type CdfChartData, cdfChartData, positiveXs } from './cdf';
import { decadeDomain } from './logAxis';

/**
 * Outage per ordinary incident (node, storage, network, zone) as a CDF per pattern, seconds on a log
 * axis: outages run from about a second (a lease handover) to many hours (a rebuild from backup).
 * An outage of 0 s cannot sit on a log axis; its share becomes the level the curve starts from.
 */
export function rtoCdfData(result: SimulationResult, scenario: Scenario): CdfChartData {
  const target = scenario.targets.rtoSeconds;
  const domain = decadeDomain([...positiveXs(result.patterns.map((p) => p.curves.rto)), target], [1, 100]);
  return cdfChartData(
    result,
    (p) => ({ points: p.curves.rto, stats: p.incidentRtoSeconds, meetsTarget: p.meetsTargets.rto }),
    target,
    scenario.targets.confidence,
    domain,
  );
}
