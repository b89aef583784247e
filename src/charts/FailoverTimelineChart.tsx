import { useMemo, useState } from 'react';
import { PHASE_IDS } from '../../models/types';
import { formatNumber } from '../format';
import { BarsPlot } from './BarsPlot';
import { ChartFrame } from './ChartFrame';
import { failoverTimelineData, PHASE_LABELS, type TimelineView } from './data/failoverTimeline';
import { formatDuration } from '../format';
import { palette } from './theme';
import type { ChartProps } from './types';

export const TIMELINE_HEADING = 'Where the outage time goes';
export const TIMELINE_CAPTION =
  'Detection speed is part of your RTO: the detection and reroute segments are set by health checks and timers.';

/** Mean seconds per incident in each failover phase, one stacked bar per pattern. */
export function FailoverTimelineChart({ result, scenario, theme = 'auto' }: ChartProps) {
  const [view, setView] = useState<TimelineView>('all');
  const data = useMemo(() => failoverTimelineData(result, scenario, view), [result, scenario, view]);
  const colours = palette(theme);
  const unit = data.unit === 'min' ? 'min' : 's';
  const inUnit = (v: number) => `${formatNumber(v)} ${unit}`;
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
        ? inUnit(bar.totalSeconds / data.secondsPerUnit)
        : `${inUnit(bar.automatedSeconds / data.secondsPerUnit)} automated, ${formatDuration(bar.totalSeconds)} in all`,
    readOut: {
      title: `${bar.name}, mean per incident`,
      lines: [
        ...bar.segments.map((s) => `${PHASE_LABELS[s.phase]}: ${formatDuration(s.seconds)}`),
        `Total: ${formatDuration(bar.totalSeconds)}`,
      ],
    },
  }));
  const description =
    'Mean seconds per incident spent in each phase (detection, decision, promotion, traffic reroute, manual ' +
    'path, recovery), per pattern. Detection and reroute are part of the RTO. ' +
    data.bars
      .map(
        (b) =>
          `${b.name}: ${formatDuration(b.totalSeconds)} in all, detection ${formatDuration(b.segments[0]!.seconds)}`,
      )
      .join('; ') +
    '.';
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
        caption: 'Mean seconds per incident in each phase, all failure scopes.',
        columns: ['Pattern', ...PHASE_IDS.map((id) => `${PHASE_LABELS[id]} (s)`), 'Total (s)'],
        rows: data.bars.map((bar) => ({
          key: bar.id,
          header: bar.name,
          cells: [...bar.segments.map((s) => formatNumber(s.seconds)), formatNumber(bar.totalSeconds)],
        })),
      }}
    >
      <BarsPlot
        title={`${TIMELINE_HEADING}: mean time per incident by phase`}
        description={description}
        palette={colours}
        bars={bars}
        axisMax={data.axisMax}
        xLabel={
          view === 'all'
            ? `Mean time per incident (${unit})`
            : `Mean time per incident, automated phases (${unit}; longer bars cut)`
        }
        formatTick={formatNumber}
        legend={PHASE_IDS.map((id) => ({
          key: id,
          label: PHASE_LABELS[id],
          color: colours.phases[id],
          mark: 'box' as const,
        }))}
        legendColumns={3}
      />
    </ChartFrame>
  );
}
