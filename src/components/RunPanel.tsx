import { useRef } from 'react';
import { formatPercent } from '../format';
import { useSimulation } from '../store/useSimulation';
import type { SimulationStatus } from '../store/simulationStore';

const STATUS_TEXT: Record<SimulationStatus, string> = {
  idle: 'Ready to simulate.',
  running: 'Simulating…',
  done: 'Simulation finished.',
  cancelled: 'Simulation cancelled.',
  error: 'The simulation failed.',
};

/** The Run button, the progress bar with Cancel, and a live status line. */
export function RunPanel() {
  const status = useSimulation((state) => state.status);
  const progress = useSimulation((state) => state.progress);
  const error = useSimulation((state) => state.error);
  const run = useSimulation((state) => state.run);
  const cancel = useSimulation((state) => state.cancel);
  const runButton = useRef<HTMLButtonElement>(null);
  const running = status === 'running';

  return (
    <section className="card run-panel" aria-labelledby="run-heading">
      <h2 id="run-heading" className="visually-hidden">
        Simulation
      </h2>
      <div className="run-row">
        <button ref={runButton} type="button" className="button primary" onClick={run}>
          {running ? 'Restart simulation' : 'Run simulation'}
        </button>
        {running && (
          <div className="progress">
            <label htmlFor="run-progress">Progress {formatPercent(progress)}</label>
            <progress id="run-progress" max={1} value={progress}>
              {formatPercent(progress)}
            </progress>
            <button
              type="button"
              className="button"
              onClick={() => {
                cancel();
                runButton.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        )}
      </div>
      <p className="status" role="status" aria-live="polite">
        {STATUS_TEXT[status]}
        {status === 'error' && error ? ` ${error}` : ''}
      </p>
    </section>
  );
}
