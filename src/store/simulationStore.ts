/**
 * The app's simulation state, in a React-free zustand store: tests and the worker bridge use it directly,
 * components read it through `useSimulation` with a selector.
 */
import { createStore } from 'zustand/vanilla';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario, SimulationResult } from '../../models/types';
import { isAbortError, runSimulation, type RunOptions, type RunOutcome } from '../worker/runSimulation';

export type SimulationStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface SimulationState {
  scenario: Scenario;
  status: SimulationStatus;
  /** Fraction of the current run done, 0..1. */
  progress: number;
  result: SimulationResult | null;
  /** Message of the last failed run, for people; null otherwise. */
  error: string | null;
  /** Starts a run of the current scenario, cancelling one in progress. */
  run: () => void;
  /** Stops the run in progress, if any. */
  cancel: () => void;
}

export type SimulationRunner = (scenario: Scenario, options: RunOptions) => Promise<RunOutcome>;

export interface SimulationStoreOptions {
  scenario?: Scenario;
  runner?: SimulationRunner;
}

export function createSimulationStore({
  scenario = DEFAULT_SCENARIO,
  runner = runSimulation,
}: SimulationStoreOptions = {}) {
  let controller: AbortController | null = null;

  return createStore<SimulationState>()((set, get) => ({
    scenario,
    status: 'idle',
    progress: 0,
    result: null,
    error: null,

    run: () => {
      controller?.abort();
      const current = new AbortController();
      controller = current;
      set({ status: 'running', progress: 0, result: null, error: null });

      runner(get().scenario, {
        signal: current.signal,
        onProgress: (fraction) => {
          if (controller === current) set({ progress: Math.min(1, Math.max(0, fraction)) });
        },
      }).then(
        ({ result }) => {
          if (controller !== current) return;
          controller = null;
          set({ status: 'done', progress: 1, result });
        },
        (error: unknown) => {
          if (controller !== current) return;
          controller = null;
          if (isAbortError(error)) set({ status: 'cancelled' });
          else set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
        },
      );
    },

    cancel: () => {
      if (!controller) return;
      const current = controller;
      controller = null;
      current.abort();
      set({ status: 'cancelled' });
    },
  }));
}

export type SimulationStore = ReturnType<typeof createSimulationStore>;

/** The app's one store. */
export const simulationStore = createSimulationStore();
