/**
 * Runs of the simulation. An explicit `run()` computes the scenario's full number of trials at once. Live
 * runs (`refresh()`, called whenever the scenario changes) first compute a quick preview of at most
 * PREVIEW_TRIALS trials, then the full run once the user has paused for FULL_RUN_DELAY_MS and the preview
 * is on screen. Any newer change cancels both. The last result stays on screen until a newer one replaces
 * it, so the results never blank out while someone types. Preview and full run use the scenario's seed:
 * the same scenario and seed give the same numbers every time.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Scenario, SimulationResult } from '../../models/types';
import { isAbortError, type RunOptions, type RunOutcome } from '../worker/runSimulation';
import type { SimulationState } from './simulationStore';

export type SimulationStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';
export type RunKind = 'preview' | 'full';

/** Trials of a live preview: enough for a stable recommendation, a few tens of milliseconds of work. */
export const PREVIEW_TRIALS = 20_000;
/** Quiet time after the last change before the full run starts, ms. */
export const FULL_RUN_DELAY_MS = 400;

export type SimulationRunner = (scenario: Scenario, options: RunOptions) => Promise<RunOutcome>;

export interface RunSlice {
  status: SimulationStatus;
  /** Fraction of the current run done, 0..1. */
  progress: number;
  /** The result on screen: the latest finished run, kept while a newer one computes. */
  result: SimulationResult | null;
  /** Message of the last failed run, for people; null otherwise. */
  error: string | null;
  /** Kind of the run computing now, or of the last one started. */
  runKind: RunKind;
  /** Kind of the run that produced `result`. */
  resultKind: RunKind | null;
  /** The scenario whose run produced `result` (for a preview, with its preview number of trials). */
  resultScenario: Scenario | null;
  /**
   * A full run's numbers without the scenario's drill log, when the log changed the model (the
   * recommendation before the drills); null otherwise, and after a preview.
   */
  resultBefore: SimulationResult | null;
  /** A full run will follow the preview once the user pauses. */
  fullRunPending: boolean;
  /** Starts a full run of the current scenario now, cancelling any run in progress. */
  run: () => void;
  /** Cancels any stale run, starts a preview now and the full run after a pause. */
  refresh: () => void;
  /** Stops the run in progress and any full run still due, if any. */
  cancel: () => void;
}

function withTrials(scenario: Scenario, trials: number): Scenario {
  return { ...scenario, simulation: { ...scenario.simulation, trials } };
}

export function createRunSlice(runner: SimulationRunner): StateCreator<SimulationState, [], [], RunSlice> {
  return (set, get) => {
    let controller: AbortController | null = null;
    let fullRunTimer: ReturnType<typeof setTimeout> | null = null;

    /** Cancels the run in progress and the full run still due. */
    const stop = (): boolean => {
      // Whatever follows the result on screen is about to be out of date too.
      get().dropAnalysis();
      const active = controller !== null || fullRunTimer !== null;
      controller?.abort();
      controller = null;
      if (fullRunTimer !== null) clearTimeout(fullRunTimer);
      fullRunTimer = null;
      return active;
    };

    const start = (kind: RunKind, scenario: Scenario, onFinished?: () => void): void => {
      const current = new AbortController();
      controller = current;
      set({
        status: 'running',
        runKind: kind,
        progress: 0,
        error: null,
        ...(kind === 'full' ? { fullRunPending: false } : {}),
      });
      runner(scenario, {
        signal: current.signal,
        withoutDrills: kind === 'full',
        onProgress: (fraction) => {
          if (controller === current) set({ progress: Math.min(1, Math.max(0, fraction)) });
        },
      }).then(
        ({ result, before }) => {
          if (controller !== current) return;
          controller = null;
          const more = get().fullRunPending;
          set({
            status: more ? 'running' : 'done',
            progress: 1,
            result,
            resultKind: kind,
            resultScenario: scenario,
            resultBefore: before ?? null,
          });
          if (kind === 'full') get().startAnalysis();
          onFinished?.();
        },
        (error: unknown) => {
          if (controller !== current) return;
          stop();
          if (isAbortError(error)) set({ status: 'cancelled', fullRunPending: false });
          else {
            set({
              status: 'error',
              fullRunPending: false,
              error: error instanceof Error ? error.message : String(error),
            });
          }
        },
      );
    };

    return {
      status: 'idle',
      progress: 0,
      result: null,
      error: null,
      runKind: 'full',
      resultKind: null,
      resultScenario: null,
      resultBefore: null,
      fullRunPending: false,

      run: () => {
        stop();
        start('full', get().scenario);
      },

      refresh: () => {
        stop();
        const scenario = get().scenario;
        if (scenario.simulation.trials <= PREVIEW_TRIALS) {
          start('full', scenario);
          return;
        }
        // The full run waits for both: the preview on screen, and a pause in the user's typing.
        let previewShown = false;
        let paused = false;
        set({ fullRunPending: true });
        start('preview', withTrials(scenario, PREVIEW_TRIALS), () => {
          previewShown = true;
          if (paused) start('full', scenario);
        });
        fullRunTimer = setTimeout(() => {
          fullRunTimer = null;
          paused = true;
          if (previewShown) start('full', scenario);
        }, FULL_RUN_DELAY_MS);
      },

      cancel: () => {
        if (!stop()) return;
        set({ status: 'cancelled', fullRunPending: false });
      },
    };
  };
}
