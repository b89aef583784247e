/**
 * The main-thread side of the simulation: run the blocks on the page's persistent worker pool, and have a
 * worker merge their partial runs and summarise them. Without workers (or when they fail to start) the same
 * blocks run here, in small slices with pauses so the page stays responsive, and are summarised here. The
 * result is the same either way: blocks are seeded by their index.
 */
import { blockCount, mergePartials, summarize, windowScenario, type PartialRun } from '../../models/engine';
import type { Scenario, SimulationResult } from '../../models/types';
import { calibrationOf } from '../drills/calibrationOf';
import { runCooperatively } from './cooperativeRun';
import { abortError, WorkerPool } from './workerPool';

export { abortError } from './workerPool';

export interface RunOptions {
  /** Aborting stops the run: workers are told to cancel and the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Fraction of blocks done, 0..1. */
  onProgress?: (fraction: number) => void;
  /** Number of workers; default min(hardware threads, 4). 0 runs on the main thread. */
  workers?: number;
  /** The pool to run on; the page's shared pool by default. */
  pool?: WorkerPool;
  /**
   * Also run the scenario as it is without its drill log, when the log changed the model: the numbers
   * before the drills (RunOutcome.before). The same seed, so the two differ only by the drills.
   */
  withoutDrills?: boolean;
}

/** Where a run took place, for diagnostics and tests. */
export type RunMode = 'workers' | 'main-thread';

export interface RunOutcome {
  result: SimulationResult;
  mode: RunMode;
  /** The run without the drill log, when asked for and the log changed the model. */
  before?: SimulationResult | null;
}

/** The most workers worth starting: beyond four, start-up and merging eat the gain on typical machines. */
const MAX_WORKERS = 4;

/** Time the main-thread fallback may compute before it lets the browser paint and handle input, ms. */
const MAIN_THREAD_SLICE_MS = 30;

export function defaultWorkerCount(): number {
  const threads = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Math.min(threads || 2, MAX_WORKERS);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

let sharedPool: WorkerPool | null = null;

/** The page's worker pool, created on first use; its workers start when a run first needs them. */
export function workerPool(): WorkerPool {
  sharedPool ??= new WorkerPool(
    () => new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' }),
    MAX_WORKERS,
  );
  return sharedPool;
}

/**
 * Runs every block of `scenario`, its model recalibrated by its drill log (models/calibration), then of
 * its availability windows (`windowScenario`: the same kernel over windows of a month or a quarter), and
 * summarises them; with `withoutDrills`, then the scenario without the log. Progress counts every block.
 */
export async function runSimulation(scenario: Scenario, options: RunOptions = {}): Promise<RunOutcome> {
  const calibrated = calibrationOf(scenario).scenario;
  const twice = options.withoutDrills === true && calibrated !== scenario;
  const { onProgress } = options;
  const after = await runOnce(calibrated, {
    ...options,
    ...(twice && onProgress ? { onProgress: (f: number) => onProgress(f / 2) } : {}),
  });
  if (!twice) return after;
  const before = await runOnce(scenario, {
    ...options,
    ...(onProgress ? { onProgress: (f: number) => onProgress(0.5 + f / 2) } : {}),
  });
  return { ...after, before: before.result };
}

/** Runs every block of the scenario as given and summarises them. */
async function runOnce(scenario: Scenario, options: RunOptions): Promise<RunOutcome> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw abortError();
  const total = blockCount(scenario.simulation.trials);
  const workers = options.workers ?? defaultWorkerCount();
  const share = (offset: number) => (fraction: number) => onProgress?.((offset + fraction) / 2);

  let mode = 'main-thread' as RunMode;
  const pool = options.pool ?? (workers > 0 && typeof Worker !== 'undefined' ? workerPool() : null);
  const runOne = async (s: Scenario, offset: number): Promise<PartialRun[]> => {
    const opts = { ...(signal ? { signal } : {}), onProgress: share(offset) };
    const parts = pool && workers > 0 ? await pool.runParts(s, total, workers, opts) : null;
    if (parts) {
      mode = 'workers';
      return parts;
    }
    opts.onProgress(0);
    return [await runOnMainThread(s, total, opts)];
  };
  const run = await runOne(scenario, 0);
  const windows = await runOne(windowScenario(scenario), 1);
  // Merging the histograms and summarising them happen on a worker; here, only when there is none (the
  // parts then run again here if they had already moved to a worker that failed). Then drawing the numbers
  // gets a task of its own, so that it never holds up input for long.
  const summarized =
    pool && mode === 'workers'
      ? await pool.summarize(scenario, run, windows, signal ? { signal } : {})
      : null;
  let result: SimulationResult;
  if (summarized) result = summarized;
  else {
    const here = async (parts: PartialRun[], s: Scenario, offset: number) =>
      parts.some((p) => p.histograms.length === 0)
        ? [await runOnMainThread(s, total, { ...(signal ? { signal } : {}), onProgress: share(offset) })]
        : parts;
    const whole = mergePartials(await here(run, scenario, 0));
    const windowed = mergePartials(await here(windows, windowScenario(scenario), 1));
    await pause();
    if (signal?.aborted) throw abortError();
    result = summarize(scenario, whole, windowed);
  }
  await pause();
  if (signal?.aborted) throw abortError();
  return { result, mode };
}

/** Runs every block on this thread, pausing every few milliseconds so that painting and input go on. */
async function runOnMainThread(
  scenario: Scenario,
  total: number,
  { signal, onProgress }: RunOptions,
): Promise<PartialRun> {
  const partial = await runCooperatively(scenario, 0, total, {
    shouldStop: () => signal?.aborted === true,
    yieldToEvents: pause,
    sliceMs: MAIN_THREAD_SLICE_MS,
    onProgress: (done) => onProgress?.(done / total),
  });
  if (!partial) throw abortError();
  return partial;
}

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
