/**
 * A pool of long-lived simulation workers, started on first use (one per core, at most four) and kept for
 * the life of the page, so that a run pays the start-up of a worker (fetching and compiling its module,
 * tens of milliseconds) once rather than on every keystroke of a live preview.
 *
 * Stale runs are cancelled with a message, not by terminating the workers: the worker computes in slices
 * of a few milliseconds and reads its messages between them (simulation.worker.ts), so a cancel takes
 * effect within one slice and the warm worker is ready for the next run at once. Terminating would stop a
 * run a few milliseconds sooner but throw away exactly the start-up cost the pool exists to save.
 */
import { mergePartials, type PartialRun } from '../../models/engine';
import type { AnalysisTask, AnalysisValue } from '../../models/engine/analysis';
import type { Scenario, SimulationResult } from '../../models/types';
import { splitBlocks, transferablesOf } from './blockRange';
import type { RunRequest, WorkerRequest, WorkerResponse } from './protocol';

/** What the pool needs of a worker; a DOM Worker fits, and so does a test double. */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface PoolRunOptions {
  signal?: AbortSignal | undefined;
  /** Fraction of blocks done, 0..1. */
  onProgress?: ((fraction: number) => void) | undefined;
}

/** A worker could not be used (script failed to load, crashed, message unreadable): fall back. */
export class WorkerUnavailable extends Error {}

export function abortError(): DOMException {
  return new DOMException('The simulation was cancelled.', 'AbortError');
}

interface Job {
  worker: WorkerLike;
  onMessage: (message: WorkerResponse) => void;
  onFailure: (error: Error) => void;
}

export class WorkerPool {
  private readonly workers: WorkerLike[] = [];
  private readonly jobs = new Map<number, Job>();
  /** Workers that have answered at least once, so their script loads in this browser. */
  private readonly answered = new WeakSet<WorkerLike>();
  private nextId = 1;
  /** Set when a worker fails before ever answering: workers cannot run here, so stop trying. */
  private unavailable = false;

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly maxSize: number,
  ) {}

  /** Workers started so far. */
  get size(): number {
    return this.workers.length;
  }

  /**
   * Runs blocks [0, total) of `scenario` on up to `count` workers and merges their partial runs.
   * Resolves to null when workers cannot be used here (the caller falls back to the main thread); rejects
   * with an AbortError on abort, or with the model's error.
   */
  async run(
    scenario: Scenario,
    total: number,
    count: number,
    options: PoolRunOptions = {},
  ): Promise<PartialRun | null> {
    const parts = await this.runParts(scenario, total, count, options);
    return parts && mergePartials(parts);
  }

  /** As `run`, but the workers' partial runs as they came, not merged (see `summarize`). */
  async runParts(
    scenario: Scenario,
    total: number,
    count: number,
    { signal, onProgress }: PoolRunOptions = {},
  ): Promise<PartialRun[] | null> {
    if (signal?.aborted) throw abortError();
    const workers = this.unavailable ? null : this.take(Math.min(count, total));
    if (!workers) return null;
    const ranges = splitBlocks(total, workers.length);
    const doneByRange = ranges.map(() => 0);
    const report = () => onProgress?.(doneByRange.reduce((sum, done) => sum + done, 0) / total);
    const ids: number[] = [];

    const parts = ranges.map(
      ([firstBlock, endBlock], index) =>
        new Promise<PartialRun>((resolve, reject) => {
          const worker = workers[index] as WorkerLike;
          const id = this.nextId++;
          ids.push(id);
          this.jobs.set(id, {
            worker,
            onFailure: reject,
            onMessage: (message) => {
              if (message.type === 'progress') {
                doneByRange[index] = message.done;
                report();
              } else if (message.type === 'done') {
                this.jobs.delete(id);
                doneByRange[index] = endBlock - firstBlock;
                report();
                resolve(message.partial);
              } else if (message.type === 'error') {
                this.jobs.delete(id);
                reject(new Error(message.message));
              } else {
                this.jobs.delete(id);
                reject(abortError());
              }
            },
          });
          const request: RunRequest = { type: 'run', id, scenario, firstBlock, endBlock };
          worker.postMessage(request);
        }),
    );

    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(abortError());
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([Promise.all(parts), aborted]);
    } catch (error) {
      if (error instanceof WorkerUnavailable && !signal?.aborted) return null;
      throw error;
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      // Whatever is still computing belongs to a run nobody waits for any more.
      for (const id of ids) {
        const job = this.jobs.get(id);
        if (!job) continue;
        this.jobs.delete(id);
        job.worker.postMessage({ type: 'cancel', id });
      }
      for (const part of parts) part.catch(() => undefined);
    }
  }

  /**
   * Runs one analysis task on the least busy worker (started as needed, up to `count`). Resolves to null
   * when workers cannot be used here; rejects with an AbortError on abort, or with the model's error.
   */
  analyse(
    scenario: Scenario,
    task: AnalysisTask,
    count: number,
    { signal, onProgress }: PoolRunOptions = {},
  ): Promise<AnalysisValue | null> {
    return this.single(
      count,
      signal,
      (id) => ({ type: 'analyse', id, scenario, task }),
      (message) => (message.type === 'analysed' ? message.value : undefined),
      onProgress,
    );
  }

  /**
   * Merges the partial runs of `scenario` (`parts`) and of its availability windows (`windows`) and
   * summarises them, on a worker: there the code is warm, and the page's thread stays free to draw. The
   * parts' arrays move to the worker (copying megabytes of counts would hold up this thread): they are
   * empty here afterwards. Null when workers cannot be used here.
   */
  summarize(
    scenario: Scenario,
    parts: PartialRun[],
    windows: PartialRun[],
    { signal }: PoolRunOptions = {},
  ): Promise<SimulationResult | null> {
    return this.single(
      1,
      signal,
      (id) => ({ type: 'summarize', id, scenario, parts, windows }),
      (message) => (message.type === 'summary' ? message.result : undefined),
      undefined,
      transferablesOf([parts, windows]),
    );
  }

  /**
   * Sends one request to the least busy of the first `count` workers and waits for its answer: the value
   * `read` finds in it, an error, or word that it was cancelled. Null when workers cannot be used here.
   */
  private async single<T>(
    count: number,
    signal: AbortSignal | undefined,
    request: (id: number) => WorkerRequest,
    read: (message: WorkerResponse) => T | undefined,
    onProgress?: (fraction: number) => void,
    transfer: Transferable[] = [],
  ): Promise<T | null> {
    if (signal?.aborted) throw abortError();
    const workers = this.unavailable ? null : this.take(count);
    if (!workers) return null;
    const busy = (w: WorkerLike) => [...this.jobs.values()].filter((j) => j.worker === w).length;
    const worker = workers.reduce((a, b) => (busy(b) < busy(a) ? b : a));
    const id = this.nextId++;
    const answer = new Promise<T>((resolve, reject) => {
      this.jobs.set(id, {
        worker,
        onFailure: reject,
        onMessage: (message) => {
          if (message.type === 'progress') {
            onProgress?.(message.done / message.total);
            return;
          }
          this.jobs.delete(id);
          const value = read(message);
          if (value !== undefined) resolve(value);
          else if (message.type === 'error') reject(new Error(message.message));
          else reject(abortError());
        },
      });
      worker.postMessage(request(id), transfer);
    });
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(abortError());
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([answer, aborted]);
    } catch (error) {
      if (error instanceof WorkerUnavailable && !signal?.aborted) return null;
      throw error;
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      if (this.jobs.has(id)) {
        this.jobs.get(id)!.worker.postMessage({ type: 'cancel', id });
        this.jobs.delete(id);
      }
      answer.catch(() => undefined);
    }
  }

  /** Stops every worker; the next run starts new ones. */
  dispose(): void {
    for (const worker of [...this.workers]) this.fail(worker, 'The simulation workers were stopped.');
  }

  /** The first `count` workers, started as needed; null when a worker cannot be created. */
  private take(count: number): WorkerLike[] | null {
    const wanted = Math.max(1, Math.min(Math.floor(count), this.maxSize));
    try {
      while (this.workers.length < wanted) this.workers.push(this.start());
    } catch {
      this.unavailable = true;
      return null;
    }
    return this.workers.slice(0, wanted);
  }

  private start(): WorkerLike {
    const worker = this.spawn();
    worker.addEventListener('message', (event) => {
      this.answered.add(worker);
      const message = (event as MessageEvent<WorkerResponse>).data;
      this.jobs.get(message.id)?.onMessage(message);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const text = 'message' in event && typeof event.message === 'string' ? event.message : '';
      const message = text || 'A simulation worker failed.';
      if (!this.answered.has(worker)) {
        // It never answered, so it could not load: neither will the others. Stop them all, stop trying.
        this.unavailable = true;
        for (const other of [...this.workers]) this.fail(other, message);
      }
      this.fail(worker, message);
    });
    worker.addEventListener('messageerror', () => {
      this.fail(worker, 'A simulation worker sent a message that could not be read.');
    });
    return worker;
  }

  /** Drops a broken worker; its jobs fail so that their runs fall back to the main thread. */
  private fail(worker: WorkerLike, message: string): void {
    const index = this.workers.indexOf(worker);
    if (index >= 0) this.workers.splice(index, 1);
    worker.terminate();
    for (const [id, job] of [...this.jobs]) {
      if (job.worker !== worker) continue;
      this.jobs.delete(id);
      job.onFailure(new WorkerUnavailable(message));
    }
  }
}
