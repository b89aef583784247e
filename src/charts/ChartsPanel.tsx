import type { Scenario, SimulationResult } from '../../models/types';
import { BreakEvenChart } from './BreakEvenChart';
import { CostStackChart } from './CostStackChart';
import { FailoverTimelineChart } from './FailoverTimelineChart';
import { LossExceedanceChart } from './LossExceedanceChart';
import { RpoCdfChart } from './RpoCdfChart';
import { RtoCdfChart } from './RtoCdfChart';
import './styles';

interface Props {
  result: SimulationResult;
  scenario: Scenario;
}

/** The six charts of a result, in a grid of one or two columns depending on the width available. */
export function ChartsPanel({ result, scenario }: Props) {
  return (
    <section className="card charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">What the simulation shows</h2>
      <div className="charts-grid">
        <CostStackChart result={result} scenario={scenario} />
        <BreakEvenChart result={result} scenario={scenario} />
        <RtoCdfChart result={result} scenario={scenario} />
        <RpoCdfChart result={result} scenario={scenario} />
        <LossExceedanceChart result={result} scenario={scenario} />
        <FailoverTimelineChart result={result} scenario={scenario} />
      </div>
    </section>
  );
}
