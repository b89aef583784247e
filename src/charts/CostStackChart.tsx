import { useMemo } from 'react';
import { formatMoney, formatMoneyTick } from '../format';
import { BarsPlot } from './BarsPlot';
import { ChartFrame } from './ChartFrame';
import { COST_PART_LABELS, COST_PARTS, costStackData } from './data/costStack';
import { palette } from './theme';
import type { ChartProps } from './types';

export const COST_HEADING = 'Expected cost per year';
export const COST_CAPTION =
  'Over the cost horizon, one-off costs spread across its years: the shortest bar is the cheapest architecture overall. The budget line limits the infrastructure segment only.';

/** Expected cost per year over the horizon, stacked by kind of cost, with a P95 whisker and the budget. */
export function CostStackChart({ result, scenario, theme = 'auto' }: ChartProps) {
  const data = useMemo(() => costStackData(result, scenario), [result, scenario]);
  const colours = palette(theme);
  const { currency } = data;
  const money = (v: number) => formatMoney(v, currency);
  const budget = `${data.budgetLabel} ${formatMoney(data.budgetPerYear, currency)}`;
  const bars = data.bars.map((bar) => ({
    ...bar,
    segments: bar.segments.map((s) => ({
      key: s.part,
      start: s.start,
      end: s.end,
      color: colours.costParts[s.part],
    })),
    label:
      formatMoney(bar.total, currency) + (bar.p95Clipped ? ` · P95 ${formatMoney(bar.p95, currency)} →` : ''),
    whisker: { to: bar.p95, clipped: bar.p95Clipped },
    readOut: {
      title: bar.name,
      lines: [
        ...bar.segments.map((s) => `${COST_PART_LABELS[s.part]}: ${money(s.value)}/yr`),
        `Expected total: ${money(bar.total)}/yr`,
        `P95 of the horizon total, per year: ${money(bar.p95)}/yr`,
      ],
    },
  }));
  const description =
    `Expected cost per year over the ${result.horizonYears}-year horizon in ${currency} per architecture, as infrastructure, ` +
    `one-off cost spread over the horizon, planned maintenance, downtime loss and data loss, with the 95th percentile ` +
    `as a whisker and the ${budget}. ` +
    data.bars
      .map(
        (b) =>
          `${b.name}: ${money(b.total)} expected, ${money(b.p95)} P95${b.recommended ? ' (recommended)' : ''}`,
      )
      .join('; ') +
    '.';
  return (
    <ChartFrame
      kind="cost"
      heading={COST_HEADING}
      caption={COST_CAPTION}
      theme={theme}
      table={{
        caption: `Expected cost per year over the ${result.horizonYears}-year horizon per architecture, ${currency} per year. ${budget}/yr applies to infrastructure.`,
        columns: [
          'Architecture',
          ...COST_PARTS.map((part) => COST_PART_LABELS[part]),
          'Expected total',
          'P95 total',
        ],
        rows: data.bars.map((bar) => ({
          key: bar.id,
          header: bar.name,
          cells: [...bar.segments.map((s) => money(s.value)), money(bar.total), money(bar.p95)],
        })),
      }}
    >
      <BarsPlot
        title={`${COST_HEADING}: expected total per year by architecture`}
        description={description}
        palette={colours}
        bars={bars}
        axisMax={data.axisMax}
        xLabel={`Expected cost per year (${currency}/yr)`}
        formatTick={(v) => formatMoneyTick(v, currency)}
        reference={{ x: data.budgetPerYear, label: budget }}
        legend={[
          ...COST_PARTS.map((part) => ({
            key: part,
            label: COST_PART_LABELS[part],
            color: colours.costParts[part],
            mark: 'box' as const,
          })),
          {
            key: 'p95',
            label: 'P95 of the horizon total, per year',
            color: colours.text,
            mark: 'whisker' as const,
          },
          {
            key: 'budget',
            label: data.budgetLabel,
            color: colours.reference,
            mark: 'line' as const,
            dash: '6 3',
          },
        ]}
        legendColumns={3}
      />
    </ChartFrame>
  );
}
