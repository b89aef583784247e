// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SimulationResult } from '../../models/types';
import { RunStatus } from '../../src/components/RunStatus';
import {
  createSimulationStore,
  type SimulationRunner,
  type SimulationState,
} from '../../src/store/simulationStore';
import { SimulationStoreContext } from '../../src/store/useSimulation';

afterEach(cleanup);

const runner: SimulationRunner = () => new Promise(() => undefined);

function renderStatus(state: Partial<SimulationState>) {
  const store = createSimulationStore({ runner });
  store.setState(state);
  render(
    <SimulationStoreContext.Provider value={store}>
      <RunStatus />
    </SimulationStoreContext.Provider>,
  );
  return store;
}

describe('RunStatus', () => {
  it('says a preview is computing, with its size', () => {
    renderStatus({ status: 'running', runKind: 'preview', progress: 0.4, fullRunPending: true });
    expect(screen.getByRole('status').textContent).toBe('Preview (20,000 trials)…');
    expect(screen.getByRole('progressbar', { name: 'Progress 40%' })).toBeTruthy();
  });

  it('says when the preview is on screen and the full run waits for a pause', () => {
    renderStatus({ status: 'running', runKind: 'preview', progress: 1, fullRunPending: true });
    expect(screen.getByRole('status').textContent).toBe(
      'Preview (20,000 trials) shown; the full run of 100,000 trials starts when you pause.',
    );
  });

  it('names the full run, its seed, and the run behind the results shown', () => {
    renderStatus({
      status: 'running',
      runKind: 'full',
      progress: 0.5,
      result: { trials: 20_000, seed: 20261125 } as SimulationResult,
      resultKind: 'preview',
    });
    expect(screen.getByRole('status').textContent).toBe('Full run (100,000 trials), seed 20261125…');
    expect(screen.getByText('Results shown: preview of 20,000 trials, seed 20261125.')).toBeTruthy();
  });

  it('cancels a run and offers a full run', () => {
    const cancel = vi.fn();
    const run = vi.fn();
    renderStatus({ status: 'running', runKind: 'full', cancel, run });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Run full simulation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Run full simulation' }));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('disables Cancel when nothing runs', () => {
    renderStatus({ status: 'done' });
    expect(screen.getByRole('status').textContent).toBe('Full run (100,000 trials), seed 20261125: done.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveProperty('disabled', true);
  });
});
