import type { ComponentType } from 'react';
import type { Scenario, SimulationResult } from '../../models/types';
import { BreakEvenChart } from './BreakEvenChart';
import type { ChartId } from './catalog';
import { ChartZoom } from './ChartFrame';
import { CostStackChart } from './CostStackChart';
import { FailoverTimelineChart } from './FailoverTimelineChart';
import { LossExceedanceChart } from './LossExceedanceChart';
import { RpoCdfChart } from './RpoCdfChart';
import { RtoCdfChart } from './RtoCdfChart';
import { SensitivityFigure } from './SensitivityFigure';
import type { ChartProps } from './types';
import './styles';

const RESULT_CHARTS: Record<Exclude<ChartId, 'tornado'>, ComponentType<ChartProps>> = {
  cost: CostStackChart,
  'break-even': BreakEvenChart,
  rto: RtoCdfChart,
  rpo: RpoCdfChart,
  loss: LossExceedanceChart,
  timeline: FailoverTimelineChart,
};

/**
 * How much larger the client view draws its charts' type than the page (SVG units to CSS pixels): the
 * room reads them off a shared screen.
 */
export const CLIENT_CHART_ZOOM = 1.4;

/** The charts chosen for the client view, in the catalogue's order, their type as large as the view's. */
export function ClientCharts({
  result,
  scenario,
  charts,
}: {
  result: SimulationResult;
  scenario: Scenario;
  charts: readonly ChartId[];
}) {
  return (
    <ChartZoom.Provider value={CLIENT_CHART_ZOOM}>
      <div className="charts-grid client-charts">
        {charts.map((id) => {
          if (id === 'tornado') return <SensitivityFigure key={id} />;
          const Chart = RESULT_CHARTS[id];
          return <Chart key={id} result={result} scenario={scenario} />;
        })}
      </div>
    </ChartZoom.Provider>
  );
}
