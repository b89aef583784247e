/**
 * Runs of the simulation. An explicit `run()` computes the scenario's full number of trials at once. Live
 * runs (`refresh()`, called whenever the scenario changes) first compute a quick preview of at most
 * PREVIEW_TRIALS trials, then the full run once the user has paused for FULL_RUN_DELAY_MS and the preview
 * is on screen. Any newer change cancels both. The last result stays on screen until a newer one replaces
 * it, so the results never blank out while someone types; when it is for other inputs than those on screen
 * (`resultsCurrent`), the app says so and offers no export of it. Preview and full run use the scenario's
 * seed: the same scenario and seed give the same numbers every time.
 *
 * A run estimated to take longer than SLOW_RUN_SECONDS (models/workEstimate.ts) does not start by itself:
 * it is held (`heldRun`), with its estimate on screen, until "Run full simulation"; a live preview still
 * runs when it is quick. A scenario opened from a shared link runs nothing before that click.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Scenario, SimulationResult } from '../../models/types';
import { estimateWork, SLOW_RUN_SECONDS, type WorkEstimate } from '../../models/workEstimate';
import { calibrationOf } from '../drills/calibrationOf';
import { defaultWorkerCount, isAbortError, type RunOptions, type RunOutcome } from '../worker/runSimulation';
import { canonical } from './canonicalJson';
import type { SimulationState } from './simulationStore';

export type SimulationStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';
export type RunKind = 'preview' | 'full';

/** Trials of a live preview: enough for a stable recommendation, a few tens of milliseconds of work. */
export const PREVIEW_TRIALS = 20_000;
/** Quiet time after the last change before the full run starts, ms. */
export const FULL_RUN_DELAY_MS = 400;

export type SimulationRunner = (scenario: Scenario, options: RunOptions) => Promise<RunOutcome>;

/** A run that waits for a click: why, and how long it is expected to take. */
export interface HeldRun {
  /** `slow`: estimated over SLOW_RUN_SECONDS; `link`: slow, and from a shared link (nothing ran). */
  reason: 'slow' | 'link';
  estimate: WorkEstimate;
}

export interface RefreshOptions {
  /** Run nothing, not even a preview, when the full run is slow (a scenario from a shared link). */
  confirmSlow?: boolean;
}

/**
 * Runs estimated shorter than this, in seconds, teach nothing of the machine's speed: their time is mostly
 * starting workers and summarising, which the estimate (of the simulation proper) leaves out.
 */
const SHORTEST_TIMED_RUN_S = 0.5;
/** A run's time is taken as at most this many times faster or slower than estimated (one busy moment). */
const MOST_SPEED_RATIO = 8;

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
  /** The full run of the current scenario, held back because it would be slow; null when none is. */
  heldRun: HeldRun | null;
  /**
   * How much longer runs took on this machine than the estimate said (observed over estimated time of
   * the last runs long enough to time); 1 until then.
   */
  speedFactor: number;
  /** Starts a full run of the current scenario now, cancelling any run in progress. */
  run: () => void;
  /**
   * Cancels any stale run, starts a preview now and the full run after a pause; a slow full run is held
   * (and, with `confirmSlow`, the preview too).
   */
  refresh: (options?: RefreshOptions) => void;
  /** Stops the run in progress and any full run still due, if any. */
  cancel: () => void;
}

function withoutProvenance(scenario: Scenario): Omit<Scenario, 'provenance'> {
  const { provenance: _provenance, ...rest } = scenario;
  return rest;
}

function withTrials(scenario: Scenario, trials: number): Scenario {
  return { ...scenario, simulation: { ...scenario.simulation, trials } };
}

/**
 * Simulations a full run of `scenario` makes: two when its drill log changes the model (the run also
 * computes the numbers before the drills, for the recommendation before and after), else one.
 */
function fullRunPasses(scenario: Scenario): number {
  return calibrationOf(scenario).scenario === scenario ? 1 : 2;
}

/**
 * The estimate of a run of `scenario` (or of a preview of `trials` of it) in this app, on its workers;
 * a full run counts each of its passes.
 */
export function estimateRun(
  state: Pick<RunSlice, 'speedFactor'>,
  scenario: Scenario,
  trials?: number,
): WorkEstimate {
  const once = estimateWork(scenario, {
    cores: defaultWorkerCount(),
    speedFactor: state.speedFactor,
    ...(trials === undefined ? {} : { trials }),
  });
  const passes = trials === undefined ? fullRunPasses(scenario) : 1;
  if (passes === 1) return once;
  const seconds = once.seconds * passes;
  return { ...once, seconds, slow: seconds > SLOW_RUN_SECONDS };
}

/** The last answer of resultsCurrent, by the identity of what it compared (scenarios are never mutated). */
let lastCurrent: {
  resultScenario: Scenario;
  scenario: Scenario;
  kind: RunKind | null;
  current: boolean;
} | null = null;

/**
 * Whether the results on screen are those of the inputs on screen: the same scenario, with a preview's
 * own number of trials. False when there are none. Components ask on every change of the store (a run's
 * progress included), so the comparison of the two scenarios, two serialisations, is made once per pair.
 */
export function resultsCurrent(
  state: Pick<SimulationState, 'result' | 'resultScenario' | 'resultKind' | 'scenario'>,
): boolean {
  const { result, resultScenario, resultKind, scenario } = state;
  if (!result || !resultScenario) return false;
  if (resultScenario === scenario) return true;
  const last = lastCurrent;
  if (
    last &&
    last.resultScenario === resultScenario &&
    last.scenario === scenario &&
    last.kind === resultKind
  )
    return last.current;
  const expected =
    resultKind === 'preview' ? withTrials(scenario, resultScenario.simulation.trials) : scenario;
  // Where the inputs came from changes no number: marking one as the client's keeps the results current.
  const current = canonical(withoutProvenance(resultScenario)) === canonical(withoutProvenance(expected));
  lastCurrent = { resultScenario, scenario, kind: resultKind, current };
  return current;
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
      const started = performance.now();
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
            speedFactor: learnedSpeed(
              get().speedFactor,
              scenario,
              (performance.now() - started) / 1000 / (kind === 'full' ? fullRunPasses(scenario) : 1),
            ),
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
      heldRun: null,
      speedFactor: 1,

      run: () => {
        stop();
        set({ heldRun: null });
        start('full', get().scenario);
      },

      refresh: ({ confirmSlow = false } = {}) => {
        stop();
        const scenario = get().scenario;
        const estimate = estimateRun(get(), scenario);
        if (estimate.slow) {
          const previewTrials = Math.min(scenario.simulation.trials, PREVIEW_TRIALS);
          const quickPreview =
            !confirmSlow &&
            previewTrials < scenario.simulation.trials &&
            !estimateRun(get(), scenario, previewTrials).slow;
          set({
            heldRun: { reason: confirmSlow ? 'link' : 'slow', estimate },
            fullRunPending: false,
            ...(quickPreview ? {} : { status: 'idle', progress: 0 }),
          });
          if (quickPreview) start('preview', withTrials(scenario, previewTrials));
          return;
        }
        set({ heldRun: null });
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

/**
 * The speed factor after a simulation of `scenario` that took `seconds`: the ratio of its time to the estimate,
 * averaged with the earlier factor so that one slow moment does not swing every later estimate.
 */
function learnedSpeed(previous: number, scenario: Scenario, seconds: number): number {
  const estimated = estimateWork(scenario, { cores: defaultWorkerCount() }).seconds;
  if (!(estimated >= SHORTEST_TIMED_RUN_S) || !(seconds > 0)) return previous;
  const ratio = Math.min(MOST_SPEED_RATIO, Math.max(1 / MOST_SPEED_RATIO, seconds / estimated));
  return previous === 1 ? ratio : Math.sqrt(previous * ratio);
}
