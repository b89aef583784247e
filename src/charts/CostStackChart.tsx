import { useMemo } from 'react';
import { formatMoney, formatMoneyRate, formatMoneyTick } from '../format';
import { BarsPlot, LIMIT_DASH } from './BarsPlot';
import { CHART_NAMES } from './catalog';
import { ChartFrame } from './ChartFrame';
import { COST_PART_LABELS, COST_PARTS, costStackData } from './data/costStack';
import { isCompact } from './layout';
import { palette } from './theme';
import type { ChartProps } from './types';

export const COST_HEADING = CHART_NAMES['cost'];
export const COST_CAPTION =
  'Over the cost horizon, one-off costs spread across its years: the shortest bar is the cheapest architecture overall. The budget limits infrastructure alone: the capped line under each bar runs from zero to it, for the grey infrastructure segment above to stay within.';

/**
 * Expected cost per year over the horizon, stacked by kind of cost, with a P95 whisker, and the budget
 * as a limit on each bar's infrastructure segment.
 */
export function CostStackChart({ result, scenario, theme = 'auto' }: ChartProps) {
  const data = useMemo(() => costStackData(result, scenario), [result, scenario]);
  const colours = palette(theme);
  const { currency } = data;
  const money = (v: number) => formatMoney(v, currency);
  const budget = `${data.budgetLabel} ${formatMoneyRate(data.budgetPerYear, currency, 'yr')}`;
  const bars = data.bars.map((bar) => ({
    ...bar,
    segments: bar.segments.map((s) => ({
      key: s.part,
      start: s.start,
      end: s.end,
      color: colours.costParts[s.part],
    })),
    label:
      money(bar.total) +
      (bar.p95Clipped ? ` · P95 ${money(bar.p95)} →` : '') +
      (bar.overBudget ? ' · over budget' : ''),
    whisker: { to: bar.p95, clipped: bar.p95Clipped },
    readOut: {
      title: bar.name,
      lines: [
        ...bar.segments.map(
          (s) => `${COST_PART_LABELS[s.part]}: ${formatMoneyRate(s.value, currency, 'yr')}`,
        ),
        `Expected total: ${formatMoneyRate(bar.total, currency, 'yr')}`,
        `P95 of the horizon total, per year: ${formatMoneyRate(bar.p95, currency, 'yr')}`,
        `Infrastructure ${formatMoneyRate(bar.segments[0]!.value, currency, 'yr')} against the ${formatMoneyRate(data.budgetPerYear, currency, 'yr')} budget${bar.overBudget ? ': over budget' : ''}`,
      ],
    },
  }));
  const description =
    `Expected cost per year over the ${result.horizonYears}-year horizon in ${currency} per architecture, as infrastructure, ` +
    `one-off cost spread over the horizon, planned maintenance, downtime loss and data loss, with the 95th percentile ` +
    `as a whisker and the ${budget} as a line under each infrastructure segment. ` +
    data.bars
      .map(
        (b) =>
          `${b.name}: ${money(b.total)} expected, ${money(b.p95)} P95, infrastructure ${money(b.segments[0]!.value)}${b.overBudget ? ' (over budget)' : ''}${b.tag ? ` (${b.tag})` : ''}`,
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
        caption: `Expected cost per year over the ${result.horizonYears}-year horizon per architecture, ${currency} per year. The ${budget} applies to infrastructure alone.`,
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
      {(width) => (
        <BarsPlot
          width={width}
          title={`${COST_HEADING}: expected total per year by architecture`}
          description={description}
          palette={colours}
          bars={bars}
          axisMax={data.axisMax}
          xLabel={
            isCompact(width) ? `Cost per year (${currency}/yr)` : `Expected cost per year (${currency}/yr)`
          }
          formatTick={(v) => formatMoneyTick(v, currency)}
          firstSegmentLimit={data.budgetPerYear}
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
              label: `Infrastructure budget ${formatMoneyRate(data.budgetPerYear, currency, 'yr')}`,
              color: colours.reference,
              mark: 'limit' as const,
              dash: LIMIT_DASH,
            },
          ]}
          legendColumns={3}
        />
      )}
    </ChartFrame>
  );
}
