/**
 * Warnings: a valid scenario whose inputs look like a mistake. They never block a run; the app and the
 * CLI show them next to the results.
 */
import type { Scenario } from '../types';
import { SCOPE_IDS } from '../types';

export function scenarioWarnings(s: Scenario): string[] {
  const warnings: string[] = [];
  const { targets, costs, assumptions } = s;
  if (costs.monthlyBudget < costs.baselineMonthlyCost) {
    warnings.push(
      `costs.monthlyBudget: ${costs.monthlyBudget} per month is below the single-node cost of ` +
        `${costs.baselineMonthlyCost} per month, so no pattern fits the budget`,
    );
  }
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
