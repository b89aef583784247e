/**
 * Fields whose default value comes from a benchmark figure, with the figure ids, so that the form can show
 * where a number comes from and how far to trust it. Fields not listed have no public source: their
 * defaults are examples to replace.
 */
const FIELD_FIGURES = new Map<string, readonly string[]>([
  // Gartner's widely quoted $5,600 per minute.
  ['business.downtimeCostPerMinute', ['DT-1']],
  // The article's "5 seconds or less".
  ['operations.healthCheckIntervalSeconds', ['ART-13']],
  // The article's "within 60 seconds".
  ['operations.alertLatencySeconds', ['ART-14']],
  // The article's "at least once per quarter".
  ['operations.drillsPerYear', ['ART-15']],
  ['failureRates.node', ['FR-4']],
  ['failureRates.storage', ['FR-1']],
  ['failureRates.network', ['FR-4']],
  ['failureRates.zone', ['FR-5']],
  ['failureRates.region', ['FR-5']],
]);

/** Ids of the figures behind a field's default; empty when it has none. */
export function fieldFigures(path: string): readonly string[] {
  return FIELD_FIGURES.get(path) ?? [];
}
