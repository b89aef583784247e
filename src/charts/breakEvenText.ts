import type { PatternId } from '../../models/types';
import type { BreakEvenData } from './data/breakEven';
import { formatMoney, formatMoneyRate } from '../format';

/** Read-out stops: each pattern's total, the lowest one marked, and what the stop is (yours, a crossing). */
export function breakEvenStops(
  data: BreakEvenData,
  names: Map<PatternId, string>,
  perMinute: (v: number) => string,
) {
  return data.probes.map((probe) => {
    const lowest = Math.min(...probe.values.map((v) => v.y));
    const crossing = data.crossings.find((c) => c.x === probe.x);
    const note =
      probe.x === data.scenarioCost
        ? ' (your downtime cost)'
        : crossing
          ? ` (break-even: ${crossing.fromName} = ${crossing.toName})`
          : '';
    return {
      x: probe.x,
      values: probe.values,
      readOut: {
        title: `At ${perMinute(probe.x)}${note}`,
        lines: probe.values.map(
          (v) =>
            `${names.get(v.id) ?? v.id}: ${formatMoneyRate(v.y, data.currency, 'yr')}${v.y === lowest ? ' (lowest)' : ''}`,
        ),
      },
    };
  });
}

/** The SVG description: the range, each total at the scenario cost, and the crossings. */
export function describeBreakEven(
  data: BreakEvenData,
  names: Map<PatternId, string>,
  perMinute: (v: number) => string,
): string {
  const at = data.atScenarioCost
    .map((v) => `${names.get(v.id) ?? v.id} ${formatMoney(v.y, data.currency)}`)
    .join(', ');
  const crossings =
    data.crossings.length === 0
      ? 'No two lines cross in this range.'
      : 'Break-even costs: ' +
        data.crossings.map((c) => `${c.fromName} = ${c.toName} at ${perMinute(c.x)}`).join('; ') +
        '.';
  return (
    `Expected annual total in ${data.currency} per year of each pattern as the downtime cost per minute ` +
    `grows from 0 to ${perMinute(data.domain[1])}. At your ${perMinute(data.scenarioCost)}: ${at}. ${crossings}`
  );
}
