import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import { lossExceedanceData } from './data/lossExceedance';
import { formatMoney, formatMoneyTick, formatPercent } from '../format';
import { isCompact } from './layout';
import { StepCurvesPlot } from './StepCurvesPlot';
import { palette } from './theme';
import type { ChartProps } from './types';
import { CHART_NAMES } from './catalog';

export const LOSS_HEADING = CHART_NAMES['loss'];
export const LOSS_CAPTION =
  'Read across at an amount you could not absorb: the curve gives the chance that one year’s downtime and data loss exceed it. The vertical line is your risk tolerance.';

/** P(annual loss > x) per pattern, loss in the scenario's currency on a log axis. */
export function LossExceedanceChart({ result, scenario, theme = 'auto' }: ChartProps) {
  const data = useMemo(() => lossExceedanceData(result, scenario), [result, scenario]);
  const colours = palette(theme);
  const { currency } = data;
  const names = new Map(data.curves.map((c) => [c.id, c.name]));
  const stops = data.probes.map((probe) => ({
    ...probe,
    readOut: {
      title: `Annual loss > ${formatMoney(probe.x, currency)}`,
      lines: probe.values.map((v) => `${names.get(v.id) ?? v.id}: ${formatPercent(v.p)} of years`),
    },
  }));
  const tolerance = result.riskTolerance;
  // On a log axis the tolerance shows only when it lies inside the plotted decades.
  const inside = tolerance >= data.domain[0] && tolerance <= data.domain[1];
  const beyond = result.patterns
    .map((p) => `${names.get(p.id) ?? p.id} ${formatPercent(p.tail.lossExceedsTolerance)}`)
    .join(', ');
  const description =
    `Chance that a year's loss from downtime and lost data exceeds x ${currency}, per pattern, on a log ` +
    `scale. Chance of a year beyond the risk tolerance of ${formatMoney(tolerance, currency)}: ${beyond}. ` +
    `Chance of any loss in a year: ` +
    data.curves.map((c) => `${c.name} ${formatPercent(c.anyLoss)}`).join(', ') +
    '. 95th percentile of the annual loss: ' +
    data.curves.map((c) => `${c.name} ${formatMoney(c.annualLoss.p95, currency)}`).join(', ') +
    '.';
  return (
    <ChartFrame
      kind="loss"
      heading={LOSS_HEADING}
      caption={LOSS_CAPTION}
      theme={theme}
      table={{
        caption: `Share of simulated years whose loss (downtime + data loss) exceeds x ${currency}.`,
        columns: [`Annual loss > x (${currency})`, ...data.curves.map((c) => c.name)],
        rows: [
          {
            key: 'any',
            header: 'Any loss (> 0)',
            cells: data.curves.map((c) => formatPercent(c.anyLoss)),
          },
          {
            key: 'tolerance',
            header: `Risk tolerance, ${formatMoney(tolerance, currency)}`,
            cells: data.curves.map((c) => {
              const p = result.patterns.find((r) => r.id === c.id);
              return p ? formatPercent(p.tail.lossExceedsTolerance) : '–';
            }),
          },
          ...stops.map((stop) => ({
            key: String(stop.x),
            header: formatMoney(stop.x, currency),
            cells: data.curves.map((c) => {
              const v = stop.values.find((value) => value.id === c.id);
              return v ? formatPercent(v.p) : '–';
            }),
          })),
        ],
      }}
    >
      {(width) => (
        <StepCurvesPlot
          width={width}
          title={`${LOSS_HEADING}: chance that a year's loss exceeds x`}
          description={description}
          palette={colours}
          curves={data.curves}
          domain={data.domain}
          xLabel={
            isCompact(width)
              ? `Annual loss (${currency}, log scale)`
              : `Annual loss from downtime and lost data (${currency}, log scale)`
          }
          yLabel="Share of years with loss > x"
          formatX={(x) => formatMoneyTick(x, currency)}
          target={
            inside && tolerance > 0
              ? { x: tolerance, label: `Risk tolerance ${formatMoneyTick(tolerance, currency)}` }
              : undefined
          }
          stops={stops}
          sliderLabel="Read the annual-loss curves"
        />
      )}
    </ChartFrame>
  );
}
