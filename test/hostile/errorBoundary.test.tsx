// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { ErrorBoundary, ScenarioBoundary } from '../../src/components/ErrorBoundary';
import { createSimulationStore, type SimulationRunner } from '../../src/store/simulationStore';
import { SimulationStoreContext, useSimulation } from '../../src/store/useSimulation';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const runner: SimulationRunner = () => new Promise(() => undefined);

/** Draws the RTO target, and fails to for one value: a stand-in for a chart that cannot draw an input. */
function Fragile() {
  const rto = useSimulation((s) => s.scenario.targets.rtoSeconds);
  if (rto === 7) throw new Error('Invalid array length');
  return <p>RTO {rto} s</p>;
}

function renderWithStore() {
  const store = createSimulationStore({ runner, scenario: { ...DEFAULT_SCENARIO, name: 'Mine' } });
  store.getState().newScenario();
  store.getState().switchScenario(store.getState().library[0]!.id);
  render(
    <SimulationStoreContext.Provider value={store}>
      <ScenarioBoundary what="the results">
        <Fragile />
      </ScenarioBoundary>
    </SimulationStoreContext.Provider>,
  );
  return store;
}

describe('a render error never leaves a blank page', () => {
  it('shows a message with reload and reset, and keeps the library', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = renderWithStore();
    const library = store.getState().library;
    act(() => {
      store.getState().setField('targets.rtoSeconds', '7 s');
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong while showing the results');
    expect(alert).toHaveTextContent('Your saved scenarios are safe: nothing was deleted or changed.');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    // The library: the same scenarios, the open one with the edit that failed to draw.
    expect(store.getState().library.map((e) => e.id)).toEqual(library.map((e) => e.id));
    expect(store.getState().library[1]).toBe(library[1]);

    fireEvent.click(screen.getByRole('button', { name: 'Reset this scenario' }));
    expect(screen.getByText('RTO 60 s')).toBeVisible();
    expect(store.getState().scenario).toEqual({ ...DEFAULT_SCENARIO, name: 'Mine' });
    expect(store.getState().library[1]).toBe(library[1]);
    // Undo brings the inputs back (and the message with them: they still cannot be drawn).
    act(() => {
      store.getState().undo();
    });
    expect(store.getState().scenario.targets.rtoSeconds).toBe(7);
    expect(screen.getByRole('alert')).toBeVisible();
  });

  it('tries again when the inputs change', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = renderWithStore();
    act(() => {
      store.getState().setField('targets.rtoSeconds', '7 s');
    });
    expect(screen.getByRole('alert')).toBeVisible();
    act(() => {
      store.getState().setField('targets.rtoSeconds', '8 s');
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('RTO 8 s')).toBeVisible();
  });

  it('reloads on request', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const reload = vi.fn();
    const Boom = () => {
      throw new Error('boom');
    };
    render(
      <ErrorBoundary what="the planner" onReset={() => undefined} onReload={reload}>
        <Boom />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(screen.getByText('boom')).toBeInTheDocument();
  });
});
