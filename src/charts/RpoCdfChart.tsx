import { useMemo } from 'react';
import { formatDuration, formatPercent } from '../format';
import { RPO_FLOOR_SECONDS, rpoCdfData } from './data/rpoCdf';
import { TargetCdfChart } from './TargetCdfChart';
import type { ChartProps } from './types';
import { CHART_NAMES } from './catalog';

export const RPO_HEADING = CHART_NAMES['rpo'];
export const RPO_CAPTION =
  'A curve that starts high means most incidents lose no data at all; the RPO line shows the share that stays within the target.';

/** Per-incident RPO (seconds of writes lost) distribution of each pattern, with the RPO target. */
export function RpoCdfChart({ result, scenario, theme = 'auto' }: ChartProps) {
  const data = useMemo(() => rpoCdfData(result, scenario), [result, scenario]);
  const target = data.target.seconds;
  const targetText = target > 0 ? `RPO target ${formatDuration(target)}` : 'RPO target 0 s (no loss)';
  const confidence = formatPercent(data.confidence);
  const floor = formatDuration(RPO_FLOOR_SECONDS);
  const heading = (x: number) => {
    const note =
      x === data.target.x ? ` (${targetText})` : x === RPO_FLOOR_SECONDS ? ' (no loss included)' : '';
    return `Data lost ≤ ${formatDuration(x)}${note}`;
  };
  const description =
    `Share of ordinary incidents (regional disasters apart) that lose at most x of committed writes, per pattern, on a log ` +
    `scale from ${floor}; incidents that lose nothing are counted from the start of each curve. ` +
    `No data lost: ` +
    data.curves.map((c) => `${c.name} ${formatPercent(c.zeroShare)}`).join(', ') +
    `. ${targetText}, ${confidence} required; meeting it: ` +
    data.curves.map((c) => `${c.name} ${formatPercent(c.meetsTarget)}`).join(', ') +
    '.';
  return (
    <TargetCdfChart
      kind="rpo"
      heading={RPO_HEADING}
      caption={RPO_CAPTION}
      theme={theme}
      data={data}
      targetText={targetText}
      title={`${RPO_HEADING}: share of ordinary incidents losing at most a given time of writes`}
      description={description}
      xLabel={`Writes lost per ordinary incident (log scale from ${floor}, which includes no loss)`}
      shortXLabel={`Writes lost per incident (log scale)`}
      sliderLabel="Read the data-loss curves"
      stopHeading={heading}
      table={{
        caption: `Share of ordinary incidents (regional disasters apart) losing at most x of writes. ${targetText}, ${confidence} required.`,
        xHeader: 'Data lost ≤ x',
        zeroRow: 'No data lost (0 s)',
        targetRow: `Meeting the RPO target (counted)`,
      }}
    />
  );
}
