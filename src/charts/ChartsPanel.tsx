import { memo, useMemo, type ComponentType } from 'react';
import type { Scenario, SimulationResult } from '../../models/types';
import { BreakEvenChart } from './BreakEvenChart';
import { CostStackChart } from './CostStackChart';
import { FailoverTimelineChart } from './FailoverTimelineChart';
import { LossExceedanceChart } from './LossExceedanceChart';
import { RpoCdfChart } from './RpoCdfChart';
import { RtoCdfChart } from './RtoCdfChart';
import { SensitivityFigure } from './SensitivityFigure';
import type { ChartProps } from './types';
import { useStaggered } from './useStaggered';
import './styles';

interface Props {
  result: SimulationResult;
  scenario: Scenario;
}

// Each chart redraws only when its own pair of result and scenario changes.
const CHARTS: ComponentType<ChartProps>[] = [
  CostStackChart,
  BreakEvenChart,
  RtoCdfChart,
  RpoCdfChart,
  LossExceedanceChart,
  FailoverTimelineChart,
].map((chart) => memo(chart));

/**
 * The seven charts of a result, in a grid of one or two columns depending on the width available. New
 * results reach the charts one chart at a time (see useStaggered); a chart not yet drawn keeps its place.
 * The seventh, what the recommendation hinges on, follows the analysis that runs after the full run.
 */
export function ChartsPanel({ result, scenario }: Props) {
  const shown = useMemo(() => ({ result, scenario }), [result, scenario]);
  const slots = useStaggered(shown, CHARTS.length);
  return (
    <section className="card charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">What the simulation shows</h2>
      <div className="charts-grid" aria-busy={slots.some((slot) => slot !== shown)}>
        {CHARTS.map((Chart, i) => {
          const slot = slots[i];
          return slot ? (
            <Chart key={i} result={slot.result} scenario={slot.scenario} />
          ) : (
            <div key={i} className="chart chart-pending" aria-hidden="true" />
          );
        })}
        <SensitivityFigure />
      </div>
    </section>
  );
}
