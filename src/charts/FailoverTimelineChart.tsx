import { useMemo, useState } from 'react';
import { PHASE_IDS } from '../../models/types';
import { formatDuration, formatNumber } from '../format';
import { BarsPlot } from './BarsPlot';
import { ChartFrame } from './ChartFrame';
import { failoverTimelineData, PHASE_LABELS, type TimelineView } from './data/failoverTimeline';
import { isCompact } from './layout';
import { palette } from './theme';
import type { ChartProps } from './types';
import { CHART_NAMES } from './catalog';

export const TIMELINE_HEADING = CHART_NAMES['timeline'];
export const TIMELINE_CAPTION =
  'Mean time per ordinary incident (node, storage, network, zone) in each phase. Detection speed is part of your RTO: the detection and reroute segments are set by health checks and timers. Regional disasters are not in the bars; their mean outage is listed under the chart.';

/** "Regional disaster (not in the bars), mean outage: Single node 3.2 days, …". */
function regionalNote(data: ReturnType<typeof failoverTimelineData>): string {
  const each = data.bars.map(
    (b) => `${b.name} ${b.regional ? formatDuration(b.regional.meanSeconds) : 'none simulated'}`,
  );
  return `Regional disasters, not in the bars: mean outage ${each.join('; ')}.`;
}

/** Mean time per ordinary incident in each failover phase, one stacked bar per pattern. */
export function FailoverTimelineChart({ result, scenario, theme = 'auto' }: ChartProps) {
  const [view, setView] = useState<TimelineView>('all');
  const data = useMemo(() => failoverTimelineData(result, scenario, view), [result, scenario, view]);
  const colours = palette(theme);
  const unit = data.unit === 'min' ? 'min' : 's';
  const bars = data.bars.map((bar) => ({
    ...bar,
    segments: bar.segments.map((s) => ({
      key: s.phase,
      start: s.start,
      end: s.end,
      color: colours.phases[s.phase],
    })),
    label:
      view === 'all'
        ? formatDuration(bar.totalSeconds)
        : `${formatDuration(bar.automatedSeconds)} automated, ${formatDuration(bar.totalSeconds)} in all`,
    readOut: {
      title: `${bar.name}, mean per ordinary incident`,
      lines: [
        ...bar.segments.map((s) => `${PHASE_LABELS[s.phase]}: ${formatDuration(s.seconds)}`),
        `Total: ${formatDuration(bar.totalSeconds)}`,
        bar.regional
          ? `A regional disaster (not in the bar): ${formatDuration(bar.regional.meanSeconds)} on average`
          : 'No regional disaster simulated',
      ],
    },
  }));
  const note = regionalNote(data);
  const description =
    'Mean time per ordinary incident (node, storage, network, zone) spent in each phase (detection, decision, ' +
    'promotion, traffic reroute, manual path, recovery), per pattern. Detection and reroute are part of the RTO. ' +
    data.bars
      .map(
        (b) =>
          `${b.name}: ${formatDuration(b.totalSeconds)} in all, detection ${formatDuration(b.segments[0]!.seconds)}`,
      )
      .join('; ') +
    `. ${note}`;
  return (
    <ChartFrame
      kind="timeline"
      heading={TIMELINE_HEADING}
      caption={TIMELINE_CAPTION}
      theme={theme}
      actions={
        <button
          type="button"
          className="button"
          aria-pressed={view === 'automated'}
          onClick={() => setView((v) => (v === 'all' ? 'automated' : 'all'))}
        >
          Zoom to automated failover
        </button>
      }
      table={{
        caption:
          'Mean time per ordinary incident (node, storage, network, zone) in each phase; a regional disaster apart, in the last column.',
        columns: [
          'Pattern',
          ...PHASE_IDS.map((id) => PHASE_LABELS[id]),
          'Total',
          'Regional disaster, mean outage',
        ],
        rows: data.bars.map((bar) => ({
          key: bar.id,
          header: bar.name,
          cells: [
            ...bar.segments.map((s) => formatDuration(s.seconds)),
            formatDuration(bar.totalSeconds),
            bar.regional ? formatDuration(bar.regional.meanSeconds) : 'none simulated',
          ],
        })),
      }}
    >
      {(width) => {
        // A narrow chart has room for a shorter axis title only.
        const xLabel = isCompact(width)
          ? view === 'all'
            ? `Mean per incident (${unit})`
            : `Automated phases (${unit}; longer bars cut)`
          : view === 'all'
            ? `Mean time per ordinary incident (${unit})`
            : `Mean time per ordinary incident, automated phases (${unit}; longer bars cut)`;
        return (
          <BarsPlot
            width={width}
            title={`${TIMELINE_HEADING}: mean time per ordinary incident by phase`}
            description={description}
            palette={colours}
            bars={bars}
            axisMax={data.axisMax}
            xLabel={xLabel}
            formatTick={formatNumber}
            legend={PHASE_IDS.map((id) => ({
              key: id,
              label: PHASE_LABELS[id],
              color: colours.phases[id],
              mark: 'box' as const,
            }))}
            legendColumns={3}
            notes={[note]}
          />
        );
      }}
    </ChartFrame>
  );
}
