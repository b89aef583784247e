import { useMemo } from 'react';
import { formatDuration } from '../format';
import { ChartFrame } from './ChartFrame';
import { cdfStops, cdfTable } from './cdfText';
import { rtoCdfData } from './data/rtoCdf';
import { formatSecondsTick, formatShare } from './format';
import { StepCurvesPlot } from './StepCurvesPlot';
import { palette } from './theme';
import type { ChartProps } from './types';

export const RTO_HEADING = 'Outage per incident';
export const RTO_CAPTION =
  'Where a curve crosses the RTO line sets the share of incidents that recover in time: it should be above the dashed confidence line there.';

/** Per-incident RTO distribution of each pattern, with the RTO target. */
export function RtoCdfChart({ result, scenario, theme = 'auto' }: ChartProps) {
  const data = useMemo(() => rtoCdfData(result, scenario), [result, scenario]);
  const colours = palette(theme);
  const targetText = `RTO target ${formatDuration(data.target.seconds)}`;
  const confidence = formatShare(data.confidence);
  const text = {
    what: 'Outage',
    at: (x: number) => `Outage ≤ ${formatSecondsTick(x)} s${x === data.target.x ? ` (${targetText})` : ''}`,
  };
  const description =
    `Share of ordinary incidents (node, storage, network, zone) whose outage is at most x seconds, per ` +
    `pattern, on a log scale. ${targetText}; ${confidence} of incidents must meet it. Share meeting it: ` +
    data.curves.map((c) => `${c.name} ${formatShare(c.meetsTarget)}`).join(', ') +
    '.';
  const stops = cdfStops(data, text.at);
  return (
    <ChartFrame
      kind="rto"
      heading={RTO_HEADING}
      caption={RTO_CAPTION}
      theme={theme}
      table={cdfTable(data, {
        caption: `Share of ordinary incidents with an outage of at most x seconds. ${targetText}, ${confidence} required.`,
        xHeader: 'Outage ≤ x (s)',
        targetRow: `Meeting the ${formatDuration(data.target.seconds)} target (counted)`,
      })}
    >
      <StepCurvesPlot
        title={`${RTO_HEADING}: share of incidents recovered within x seconds`}
        description={description}
        palette={colours}
        curves={data.curves}
        domain={data.domain}
        xLabel="Outage per incident (s, log scale)"
        yLabel="Share of incidents ≤ x"
        formatX={formatSecondsTick}
        target={{ x: data.target.x, label: targetText }}
        level={{
          p: data.confidence,
          tick: confidence,
          legend: `${confidence} must meet the target`,
        }}
        stops={stops}
        sliderLabel="Read the outage curves"
        initialStop={stops.findIndex((s) => s.x === data.target.x)}
      />
    </ChartFrame>
  );
}
