import type { PhaseId, Scenario, SimulationResult } from '../../../models/types';
import { PHASE_IDS } from '../../../models/types';
import { type SeriesInfo, seriesInfo } from './series';

export const PHASE_LABELS: Record<PhaseId, string> = {
  detection: 'Detection',
  decision: 'Decision',
  promotion: 'Promotion',
  reroute: 'Traffic reroute',
  manual: 'Manual path',
  recovery: 'Recovery',
};

/** The phases an automated failover goes through, without people and without repair. */
export const AUTOMATED_PHASES: readonly PhaseId[] = ['detection', 'decision', 'promotion', 'reroute'];

/** One phase of the mean incident, in the chart's unit (seconds or minutes). */
export interface PhaseSegment {
  phase: PhaseId;
  start: number;
  end: number;
  /** The same duration in seconds, for read-outs. */
  seconds: number;
}

export interface TimelineBar extends SeriesInfo {
  /** The phases of an ordinary incident (node, storage, network, zone): a regional disaster is apart. */
  segments: PhaseSegment[];
  /** Sum of the phase means, seconds. */
  totalSeconds: number;
  /** Sum of the automated phases (detection to reroute), seconds. */
  automatedSeconds: number;
  /**
   * A regional disaster, told apart from the bars: its mean outage (seconds) and how many a simulated
   * year holds; null when none was simulated.
   */
  regional: { meanSeconds: number; perYear: number } | null;
}

/** The whole incident, or zoomed to the automated phases (the rest is cut at the axis). */
export type TimelineView = 'all' | 'automated';

export interface FailoverTimelineData {
  /** Unit of the axis: minutes once the longest bar passes `MINUTES_FROM` seconds. */
  unit: 's' | 'min';
  /** Seconds per unit of the axis: 1 or 60. */
  secondsPerUnit: number;
  /** Right end of the axis, in the unit. */
  axisMax: number;
  bars: TimelineBar[];
}

/** Past 5 minutes, tick labels in seconds grow to four digits: switch to minutes. */
export const MINUTES_FROM = 300;

/**
 * Mean seconds per ordinary incident (node, storage, network, zone) in each phase, stacked in the order a
 * failover runs through them; a regional disaster lasts hours to days, is waited out or rebuilt rather than
 * failed over in these phases, and would swamp the mean, so it is given apart (`regional`). The detection and reroute segments are set by health checks and timers, and they are part of
 * the RTO as much as the promotion itself. The 'automated' view sets the axis by the automated phases
 * alone, where those segments are otherwise thin next to manual work and repairs.
 */
export function failoverTimelineData(
  result: SimulationResult,
  _scenario: Scenario,
  view: TimelineView = 'all',
): FailoverTimelineData {
  const shown = view === 'all' ? PHASE_IDS : AUTOMATED_PHASES;
  const longest = Math.max(
    0,
    ...result.patterns.map((p) => shown.reduce((sum, id) => sum + p.phaseMeansSeconds[id], 0)),
  );
  const secondsPerUnit = longest > MINUTES_FROM ? 60 : 1;
  const bars = result.patterns.map((pattern): TimelineBar => {
    let end = 0;
    const segments = PHASE_IDS.map((phase): PhaseSegment => {
      const seconds = pattern.phaseMeansSeconds[phase];
      const start = end;
      end += seconds / secondsPerUnit;
      return { phase, start, end, seconds };
    });
    const sumOf = (ids: readonly PhaseId[]) =>
      ids.reduce((sum, id) => sum + pattern.phaseMeansSeconds[id], 0);
    const region = pattern.perScope.region;
    return {
      ...seriesInfo(result, pattern),
      segments,
      totalSeconds: sumOf(PHASE_IDS),
      automatedSeconds: sumOf(AUTOMATED_PHASES),
      regional:
        region.incidentsPerYear > 0
          ? { meanSeconds: region.outageSeconds.mean, perYear: region.incidentsPerYear }
          : null,
    };
  });
  return {
    unit: secondsPerUnit === 60 ? 'min' : 's',
    secondsPerUnit,
    axisMax: longest > 0 ? longest / secondsPerUnit : 1,
    bars,
  };
}
