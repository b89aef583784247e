import { useMemo } from 'react';
import { formatDuration, formatPercent } from '../format';
import { rtoCdfData } from './data/rtoCdf';
import { TargetCdfChart } from './TargetCdfChart';
import type { ChartProps } from './types';
import { CHART_NAMES } from './catalog';

export const RTO_HEADING = CHART_NAMES['rto'];
export const RTO_CAPTION =
  'Where a curve crosses the RTO line sets the share of incidents that recover in time: it should be above the dashed confidence line there.';

/** Per-incident RTO distribution of each pattern, with the RTO target. */
export function RtoCdfChart({ result, scenario, theme = 'auto' }: ChartProps) {
  const data = useMemo(() => rtoCdfData(result, scenario), [result, scenario]);
  const targetText = `RTO target ${formatDuration(data.target.seconds)}`;
  const confidence = formatPercent(data.confidence);
  const description =
    `Share of ordinary incidents (node, storage, network, zone; regional disasters apart) whose outage is at most x, per ` +
    `pattern, on a log scale. ${targetText}; ${confidence} of incidents must meet it. Share meeting it: ` +
    data.curves.map((c) => `${c.name} ${formatPercent(c.meetsTarget)}`).join(', ') +
    '.';
  return (
    <TargetCdfChart
      kind="rto"
      heading={RTO_HEADING}
      caption={RTO_CAPTION}
      theme={theme}
      data={data}
      targetText={targetText}
      title={`${RTO_HEADING}: share of ordinary incidents recovered within a given time`}
      description={description}
      xLabel="Outage per ordinary incident (log scale; regional disasters apart)"
      shortXLabel="Outage per incident (log scale)"
      sliderLabel="Read the outage curves"
      stopHeading={(x) => `Outage ≤ ${formatDuration(x)}${x === data.target.x ? ` (${targetText})` : ''}`}
      table={{
        caption: `Share of ordinary incidents (regional disasters apart) with an outage of at most x. ${targetText}, ${confidence} required.`,
        xHeader: 'Outage ≤ x',
        targetRow: `Meeting the ${formatDuration(data.target.seconds)} target (counted)`,
      }}
    />
  );
}
