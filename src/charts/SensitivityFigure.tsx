import { formatPercent } from '../format';
import { useSimulation, useSimulationStore } from '../store/useSimulation';
import { TORNADO_CAPTION, TORNADO_HEADING, TornadoChart } from './TornadoChart';

/**
 * The seventh chart: what the recommendation hinges on, from the analysis the store runs after each full
 * run. Until it is in, the figure says how far it got, with a Cancel button (and a button to start it
 * again once cancelled); it never shows an analysis of other inputs than the results beside it.
 */
export function SensitivityFigure() {
  const store = useSimulationStore();
  const status = useSimulation((s) => s.analysisStatus);
  const progress = useSimulation((s) => s.analysisProgress);
  const error = useSimulation((s) => s.analysisError);
  const sensitivity = useSimulation((s) =>
    s.analysisFor === s.result ? (s.analysis?.sensitivity ?? null) : null,
  );
  const scenario = useSimulation((s) => s.resultScenario);
  const fullResult = useSimulation((s) => s.resultKind === 'full');

  if (sensitivity && scenario) {
    return (
      <div className="chart-slot" data-reruns={sensitivity.reruns}>
        <TornadoChart
          sensitivity={sensitivity}
          currency={scenario.currency}
          horizonYears={scenario.horizonYears}
        />
      </div>
    );
  }
  const message =
    status === 'running'
      ? `Rerunning the simulation with each uncertain input moved… ${formatPercent(progress)}`
      : status === 'cancelled'
        ? 'Stopped before it finished.'
        : status === 'error'
          ? `It failed: ${error ?? 'no message'}`
          : fullResult
            ? 'Not worked out for these results.'
            : 'Worked out once the full run is in.';
  return (
    <figure className="chart chart-waiting" data-chart="tornado" aria-busy={status === 'running'}>
      <figcaption>
        <h3>{TORNADO_HEADING}</h3>
        <p className="chart-caption">{TORNADO_CAPTION}</p>
      </figcaption>
      <p className="note" role="status">
        {message}
      </p>
      {status === 'running' && (
        <>
          <progress max={1} value={progress} aria-label="Sensitivity analysis progress" />
          <button type="button" className="button" onClick={() => store.getState().cancelAnalysis()}>
            Cancel the sensitivity analysis
          </button>
        </>
      )}
      {status !== 'running' && fullResult && (
        <button type="button" className="button" onClick={() => store.getState().startAnalysis()}>
          Work out what the recommendation hinges on
        </button>
      )}
    </figure>
  );
}
