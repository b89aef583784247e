/**
 * The charts by name, without drawing code: what the client view offers to choose from, in the order the
 * results show them. Each chart's heading is its name here, so the choice and the figure always agree.
 */
export type ChartId = 'cost' | 'break-even' | 'rto' | 'rpo' | 'loss' | 'timeline' | 'tornado';

export const CHART_NAMES: Record<ChartId, string> = {
  cost: 'Expected cost per year',
  'break-even': 'When redundancy pays for itself',
  rto: 'Outage per incident',
  rpo: 'Data lost per incident',
  loss: 'Chance of a costly year',
  timeline: 'Where the outage time goes',
  tornado: 'What the recommendation hinges on',
};

export const CHART_IDS = Object.keys(CHART_NAMES) as ChartId[];

/** The client view shows this many charts. */
export const CLIENT_CHART_COUNT = 3;

/** What a client asks first: the cost, how long an outage lasts, and the chance of a costly year. */
export const DEFAULT_CLIENT_CHARTS: readonly ChartId[] = ['cost', 'rto', 'loss'];

/** A stored choice of charts, if it is one: known ids, no repeats, at most CLIENT_CHART_COUNT. */
export function isChartChoice(value: unknown): value is ChartId[] {
  return (
    Array.isArray(value) &&
    value.length <= CLIENT_CHART_COUNT &&
    value.every((id) => typeof id === 'string' && Object.hasOwn(CHART_NAMES, id)) &&
    new Set(value).size === value.length
  );
}

/** The choice after a chart's box is ticked or cleared: in the catalogue's order, never more than three. */
export function toggleChart(choice: readonly ChartId[], id: ChartId, on: boolean): ChartId[] {
  const next = on
    ? choice.includes(id) || choice.length >= CLIENT_CHART_COUNT
      ? choice
      : [...choice, id]
    : choice.filter((c) => c !== id);
  return CHART_IDS.filter((c) => next.includes(c));
}
