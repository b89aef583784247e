/**
 * The main-thread side of the simulation: split the blocks across module workers, merge their partial runs and
 * summarise. Without workers (or when they fail to start) the same blocks run here, in small chunks with
 * pauses so the page stays responsive. The result is the same either way: blocks are seeded by their index.
 */
import { blockCount, mergePartials, summarize, type PartialRun } from '../../models/engine';
import type { Scenario, SimulationResult } from '../../models/types';
import { runBlockRange, splitBlocks } from './blockRange';
import type { RunRequest, WorkerResponse } from './protocol';

export interface RunOptions {
  /** Aborting stops the run: workers are terminated and the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Fraction of blocks done, 0..1. */
  onProgress?: (fraction: number) => void;
  /** Number of workers; default min(hardware threads, 4). 0 runs on the main thread. */
  workers?: number;
}

/** Where a run took place, for diagnostics and tests. */
export type RunMode = 'workers' | 'main-thread';

export interface RunOutcome {
  result: SimulationResult;
  mode: RunMode;
}

/** The most workers worth starting: beyond four, start-up and merging eat the gain on typical machines. */
const MAX_WORKERS = 4;

/** Time the main-thread fallback may compute before it lets the browser paint and handle input, ms. */
const MAIN_THREAD_SLICE_MS = 30;

export function defaultWorkerCount(): number {
  const threads = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Math.min(threads || 2, MAX_WORKERS);
}

export function abortError(): DOMException {
  return new DOMException('The simulation was cancelled.', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Runs every block of `scenario` and summarises them. */
export async function runSimulation(scenario: Scenario, options: RunOptions = {}): Promise<RunOutcome> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw abortError();
  const total = blockCount(scenario.simulation.trials);
  const workers = options.workers ?? defaultWorkerCount();

  let partial: PartialRun;
  let mode: RunMode = 'main-thread';
  const canUseWorkers = workers > 0 && typeof Worker !== 'undefined';
  const fromWorkers = canUseWorkers ? await runInWorkers(scenario, total, workers, options) : null;
  if (fromWorkers) {
    partial = fromWorkers;
    mode = 'workers';
  } else {
    onProgress?.(0);
    partial = await runOnMainThread(scenario, total, options);
  }
  if (signal?.aborted) throw abortError();
  return { result: summarize(scenario, partial), mode };
}

/** Thrown inside `runInWorkers` when the workers themselves cannot run (not when the model fails). */
class WorkerUnavailable extends Error {}

/**
 * Runs the blocks in module workers. Resolves to null when workers cannot be used (creation refused, script
 * failed to load) so the caller can fall back; rejects on a model error or on abort.
 */
async function runInWorkers(
  scenario: Scenario,
  total: number,
  workerCount: number,
  { signal, onProgress }: RunOptions,
): Promise<PartialRun | null> {
  const ranges = splitBlocks(total, workerCount);
  const pool: Worker[] = [];
  const stopAll = () => {
    for (const worker of pool) worker.terminate();
  };
  try {
    for (let i = 0; i < ranges.length; i += 1) {
      pool.push(new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' }));
    }
  } catch {
    stopAll();
    return null;
  }

  const doneByWorker = ranges.map(() => 0);
  const report = () => onProgress?.(doneByWorker.reduce((sum, done) => sum + done, 0) / total);

  const jobs = pool.map(
    (worker, index) =>
      new Promise<PartialRun>((resolve, reject) => {
        const [firstBlock, endBlock] = ranges[index] ?? [0, 0];
        const id = index + 1;
        worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
          const message = event.data;
          if (message.id !== id) return;
          if (message.type === 'progress') {
            doneByWorker[index] = message.done;
            report();
          } else if (message.type === 'done') {
            doneByWorker[index] = endBlock - firstBlock;
            report();
            resolve(message.partial);
          } else {
            reject(new Error(message.message));
          }
        });
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          reject(new WorkerUnavailable(event.message || 'The simulation worker failed to start.'));
        });
        worker.addEventListener('messageerror', () => {
          reject(new WorkerUnavailable('A simulation worker sent a message that could not be read.'));
        });
        const request: RunRequest = { type: 'run', id, scenario, firstBlock, endBlock };
        worker.postMessage(request);
      }),
  );

  const aborted = new Promise<never>((_, reject) => {
    if (!signal) return;
    const onAbort = () => reject(abortError());
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  // Keep an abort that lands after the run from surfacing as an unhandled rejection.
  aborted.catch(() => undefined);

  try {
    const parts = await Promise.race([Promise.all(jobs), aborted]);
    return mergePartials(parts);
  } catch (error) {
    if (error instanceof WorkerUnavailable && !signal?.aborted) return null;
    throw error;
  } finally {
    stopAll();
  }
}

/** Runs every block on this thread, pausing every few milliseconds so that painting and input go on. */
async function runOnMainThread(scenario: Scenario, total: number, { signal, onProgress }: RunOptions) {
  const steps = runBlockRange(scenario, 0, total);
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= MAIN_THREAD_SLICE_MS) {
      onProgress?.(next.value / total);
      await pause();
      if (signal?.aborted) throw abortError();
      sliceStart = performance.now();
    }
  }
}

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
