/**
 * Warnings: a valid scenario whose inputs look like a mistake. They never block a run; the app and the
 * CLI show them next to the results.
 */
import { technology } from '../catalogue/index';
import { patternEconomics } from '../engine/costs';
import { quorumReport } from '../engine/topology';
import type { Scenario } from '../types';
import { SCOPE_IDS } from '../types';

export function scenarioWarnings(s: Scenario): string[] {
  const warnings: string[] = [];
  const { targets, costs, assumptions } = s;
  const single = singleNodeMonthly(s);
  if (single !== null && costs.monthlyBudget < single) {
    warnings.push(
      `costs.monthlyBudget: ${costs.monthlyBudget} per month is below the single-node cost of ` +
        `${single} per month, so no pattern fits the budget`,
    );
  }
  const topology = topologyWarning(s);
  if (topology) warnings.push(topology);
  if (targets.regionRtoSeconds < targets.rtoSeconds) {
    warnings.push(
      `targets.regionRtoSeconds: ${targets.regionRtoSeconds} s is shorter than targets.rtoSeconds ` +
        `(${targets.rtoSeconds} s); a regional disaster is usually allowed more time`,
    );
  }
  if (targets.regionRpoSeconds < targets.rpoSeconds) {
    warnings.push(
      `targets.regionRpoSeconds: ${targets.regionRpoSeconds} s is less than targets.rpoSeconds ` +
        `(${targets.rpoSeconds} s); a regional disaster is usually allowed more data loss`,
    );
  }
  if (targets.confidence < 0.5) {
    warnings.push(
      `targets.confidence: ${targets.confidence} lets most incidents miss the targets; ` +
        'targets usually use 0.9 or more',
    );
  }
  if (assumptions.manualPathAfterDrill > assumptions.manualPathUntested) {
    warnings.push(
      `assumptions.manualPathAfterDrill: ${assumptions.manualPathAfterDrill} is above ` +
        `assumptions.manualPathUntested (${assumptions.manualPathUntested}), so drills would make failover less reliable`,
    );
  }
  if (SCOPE_IDS.every((scope) => s.failureRates[scope] === 0)) {
    warnings.push(
      'failureRates: every rate is 0, so no incident is simulated and only infrastructure costs differ',
    );
  }
  return warnings;
}

function singleNodeMonthly(s: Scenario): number | null {
  try {
    return patternEconomics(s, 'single-node').monthly.expected;
  } catch {
    return null; // an unknown preset is reported by the validator itself
  }
}

/**
 * A consensus layer whose replicas cannot keep a majority through the loss of some region: accepted (people
 * plan such layouts on purpose), and said plainly, with what a regional outage then does.
 */
function topologyWarning(s: Scenario): string | null {
  const preset = technology(s.technology.activeActive);
  if (preset?.crossRegion?.replication !== 'consensus') return null;
  const t = s.topology;
  const report = quorumReport(t);
  if (report.fatalRegions === 0) return null;
  const witness = t.witnessRegion ? ' plus a witness region' : ' and no witness region';
  const most = Math.max(...report.perRegion);
  const share = Math.round(100 * report.lostShare * 10) / 10;
  return (
    `topology: replication factor ${t.replicationFactor} across ${t.activeActiveRegions} regions${witness} ` +
    `cannot survive the loss of a region holding ${most} of the ${t.replicationFactor} votes; ` +
    `in ${share}% of regional outages writes stop until the region returns or people recover from the ` +
    `surviving replicas (a replication factor of 3 needs three regions, or two plus a witness)`
  );
}
