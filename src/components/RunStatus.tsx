import { useRef } from 'react';
import { formatCount, formatPercent } from '../format';
import { estimateRun, PREVIEW_TRIALS, type RunKind, type SimulationState } from '../store/simulationStore';
import { useSimulation, useSimulationStore } from '../store/useSimulation';
import { describeEstimate, notRunYetText } from './heldRunText';
import './runStatus.css';

/** "full run of 100,000 trials, seed 42" or "preview of 20,000 trials, seed 42". */
function describeRun(kind: RunKind, trials: number, seed: number): string {
  return `${kind === 'preview' ? 'preview' : 'full run'} of ${formatCount(trials)} trials, seed ${seed}`;
}

/** The sentence for what the simulation is doing now. */
export function runStatusText(state: SimulationState): string {
  const { status, runKind, progress, fullRunPending, error, scenario, heldRun } = state;
  const { trials, seed } = scenario.simulation;
  const preview = `Preview (${formatCount(Math.min(trials, PREVIEW_TRIALS))} trials)`;
  const full = `Full run (${formatCount(trials)} trials), seed ${seed}`;
  if (heldRun && status !== 'running') {
    const took = describeEstimate(heldRun.estimate);
    if (heldRun.reason === 'link') {
      return notRunYetText('this shared scenario', took, 'Run full simulation');
    }
    const shown = status === 'done' ? `${preview} shown. ` : '';
    return `${shown}The full run takes ${took}: it starts when you press “Run full simulation”.`;
  }
  switch (status) {
    case 'running':
      if (runKind === 'full') {
        const estimate = estimateRun(state, scenario);
        return estimate.slow ? `${full}… ${capitalize(describeEstimate(estimate))}.` : `${full}…`;
      }
      return progress >= 1 && fullRunPending
        ? `${preview} shown; the full run of ${formatCount(trials)} trials starts when you pause.`
        : `${preview}…`;
    case 'done':
      return `${full}: done.`;
    case 'cancelled':
      return 'Simulation cancelled.';
    case 'error':
      return `The simulation failed. ${error ?? ''}`.trim();
    case 'idle':
      return 'Ready to simulate.';
  }
}

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * What the simulation is doing: preview or full run, its progress with a Cancel button, the seed, and which
 * run the results on screen come from. The layout never changes size, so nothing below it moves.
 * `aria-busy` is true until the full run is in, and `data-run-kind` names the run behind the results shown
 * ("preview" or "full"), so that a script (or a test) can wait for the full numbers.
 */
export function RunStatus() {
  const store = useSimulationStore();
  const text = useSimulation(runStatusText);
  const status = useSimulation((s) => s.status);
  const progress = useSimulation((s) => s.progress);
  const result = useSimulation((s) => s.result);
  const resultKind = useSimulation((s) => s.resultKind);
  const runButton = useRef<HTMLButtonElement>(null);
  const running = status === 'running';
  const shown =
    result && resultKind
      ? `Results shown: ${describeRun(resultKind, result.trials, result.seed)}.`
      : 'No results yet.';

  return (
    <section
      className="card run-status"
      aria-labelledby="run-status-heading"
      aria-busy={running}
      data-run-kind={resultKind ?? undefined}
    >
      <h2 id="run-status-heading" className="visually-hidden">
        Simulation status
      </h2>
      <p className="run-status-text" role="status" aria-live="polite" aria-atomic="true">
        {text}
      </p>
      <div className="run-status-row">
        <label htmlFor="run-status-progress" className="run-status-label">
          Progress {formatPercent(progress)}
        </label>
        <progress id="run-status-progress" max={1} value={progress}>
          {formatPercent(progress)}
        </progress>
        <button
          type="button"
          className="button"
          disabled={!running}
          onClick={() => {
            store.getState().cancel();
            runButton.current?.focus();
          }}
        >
          Cancel
        </button>
        <button ref={runButton} type="button" className="button" onClick={() => store.getState().run()}>
          Run full simulation
        </button>
      </div>
      <p className="run-status-shown">{shown}</p>
    </section>
  );
}
