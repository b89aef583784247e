/**
 * Why a value read from an entry cannot be used, in the words of the person who typed it: what they typed,
 * what the field is about, and what to enter instead ("100% is not a possible share of incidents that must
 * meet a target; enter less than 100%."), never the validator's "must be a fraction … got 1". The bounds
 * are the field table's (models/scenario/fields.ts) and the check is the validator's own (checkLeaf), so
 * the form refuses exactly what a scenario file may not hold.
 */
import type { FieldSpec } from '../../models/scenario/fields';
import type { Scenario } from '../../models/types';
import { checkLeaf } from '../../models/scenario/leafCheck';
import { SCOPE_IDS } from '../../models/types';
import { formatDuration } from '../format';
import { formatQuantity } from './formatQuantity';
import { quantityKind } from './parseQuantity';

/** What the value of each field is, as a sentence names it after "not a possible". */
const SUBJECTS = new Map<string, string>([
  ['business.downtimeCostPerMinute', 'downtime cost'],
  ['business.dataLossCostPerSecond', 'data-loss cost'],
  ['business.plannedWindowFactor', 'cost of a planned minute, as a share of an unplanned one'],
  ['business.riskTolerance', 'risk tolerance'],
  ['slo.target', 'availability objective'],
  ['targets.rtoSeconds', 'RTO target'],
  ['targets.rpoSeconds', 'RPO target'],
  ['targets.regionRtoSeconds', 'RTO target for a regional disaster'],
  ['targets.regionRpoSeconds', 'RPO target for a regional disaster'],
  ['targets.confidence', 'share of incidents that must meet a target'],
  ['costs.monthlyBudget', 'monthly budget'],
  ['costs.overBudgetTolerance', 'chance of a month over budget'],
  ['costs.nodeMonthlyCost', 'node cost'],
  ['costs.storageMonthlyCost', 'storage cost'],
  ['costs.crossRegionTransferMonthlyCost', 'cross-region transfer cost'],
  ['costs.engineerDayRate', 'engineer day rate'],
  ['horizonYears', 'cost horizon'],
  ['operations.healthCheckIntervalSeconds', 'time between health checks'],
  ['operations.healthCheckFailureThreshold', 'number of failed checks before a target is marked down'],
  ['operations.dnsTtlSeconds', 'DNS TTL'],
  ['operations.alertLatencySeconds', 'time for an alert to reach a person'],
  ['operations.humanResponseSeconds', 'time for a paged person to start acting'],
  ['operations.drillsPerYear', 'number of failover drills a year'],
  ['operations.backupIntervalSeconds', 'time between backups'],
  ...SCOPE_IDS.map((scope): [string, string] => [
    `failureRates.${scope}`,
    `number of ${scope} failures a year`,
  ]),
  ['failureDurations.regionOutage.medianHours', 'median length of a regional outage'],
  ['failureDurations.regionOutage.p95Hours', '95th percentile of the length of a regional outage'],
  ['topology.activeActiveRegions', 'number of active-active regions'],
  ['topology.replicationFactor', 'replication factor'],
  ['assumptions.manualPathAfterDrill', 'share of failovers that fall to people right after a drill'],
  ['assumptions.manualPathUntested', 'share of failovers that fall to people when never tested'],
  ['assumptions.driftYears', 'time constant of configuration drift'],
  ['assumptions.syncDegradedProbability', 'chance that a synchronous pair had fallen back to async'],
  ['simulation.trials', 'number of trials'],
  ['simulation.seed', 'seed'],
]);

/** What a field's value is called in a message: its subject, else its label in lower case. */
export function fieldSubject(spec: Pick<FieldSpec, 'path' | 'label'>): string {
  const known = SUBJECTS.get(spec.path);
  if (known !== undefined) return known;
  // "Seconds" → "seconds", but "RTO target" keeps its capitals.
  return /^[A-Z][a-z]/.test(spec.label)
    ? `${spec.label[0]?.toLowerCase() ?? ''}${spec.label.slice(1)}`
    : spec.label;
}

export interface MessageContext {
  currency: string;
  locale?: string | undefined;
}

/** A bound written in the field's own unit, with a long duration also in days: "10,000,000 s (115.7 days)". */
function bound(spec: FieldSpec, value: number, { currency, locale }: MessageContext): string {
  const exact = formatQuantity(spec, value, currency, locale);
  if (quantityKind(spec) !== 'duration' || value < 172_800) return exact;
  return exact.endsWith(' days') ? exact : `${exact} (${formatDuration(value)})`;
}

/**
 * The message for a value read from `typed` that the field does not accept, or null when it does (or when
 * what is wrong with it is not a bound: the validator's message then stands).
 */
export function rangeMessage(
  spec: FieldSpec,
  value: number,
  typed: string,
  context: MessageContext,
): string | null {
  if (checkLeaf(spec, value) === null) return null;
  const b = (limit: number) => bound(spec, limit, context);
  let enter: string | null = null;
  if (spec.exclusiveMin !== undefined && value <= spec.exclusiveMin)
    enter = `more than ${b(spec.exclusiveMin)}`;
  else if (spec.min !== undefined && value < spec.min) enter = `${b(spec.min)} or more`;
  else if (spec.smallest !== undefined && value > 0 && value < spec.smallest) {
    enter = spec.zeroAllowed ? `${b(0)} or at least ${b(spec.smallest)}` : `at least ${b(spec.smallest)}`;
  } else if (spec.exclusiveMax !== undefined && value >= spec.exclusiveMax) {
    enter = `less than ${b(spec.exclusiveMax)}`;
  } else if (spec.max !== undefined && value > spec.max) enter = `at most ${b(spec.max)}`;
  if (enter === null) return null;
  const shown = typed.trim();
  const readAs = formatQuantity(spec, value, context.currency, context.locale);
  // A value too small to write (5e-324 shows as 0) is quoted as typed, without a misleading "read as 0".
  const unwritable = value !== 0 && readAs === formatQuantity(spec, 0, context.currency, context.locale);
  const what =
    shown === readAs || shown === '' ? readAs : unwritable ? shown : `${shown} (read as ${readAs})`;
  return `${what} is not a possible ${fieldSubject(spec)}; enter ${enter}.`;
}

const MEDIAN = 'failureDurations.regionOutage.medianHours';
const P95 = 'failureDurations.regionOutage.p95Hours';

/**
 * The message for a value that fits its field but not the rest of the scenario, in the field's terms; null
 * when the scenario has no such rule for the field (the validator's message then stands). Today: a
 * regional outage's 95th percentile is at least its median.
 */
export function pairMessage(
  spec: FieldSpec,
  value: number,
  typed: string,
  scenario: Scenario,
  context: MessageContext,
): string | null {
  const { medianHours, p95Hours } = scenario.failureDurations.regionOutage;
  const hours = (h: number) => formatQuantity(spec, h, context.currency, context.locale);
  const shown = typed.trim() === '' ? hours(value) : typed.trim();
  if (spec.path === P95 && value < medianHours) {
    return `${shown} is shorter than the median regional outage (${hours(medianHours)}), and 95% of outages cannot end before half of them do; enter ${hours(medianHours)} or more, or lower the median first.`;
  }
  if (spec.path === MEDIAN && value > p95Hours) {
    return `${shown} is longer than the 95th percentile of regional outages (${hours(p95Hours)}), and half of outages cannot outlast 95% of them; enter ${hours(p95Hours)} or less, or raise the 95th percentile first.`;
  }
  return null;
}
