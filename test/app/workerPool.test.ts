import { describe, expect, it } from 'vitest';
import { blockCount, mergePartials, summarize } from '../../models/engine';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario } from '../../models/types';
import { runCooperatively } from '../../src/worker/cooperativeRun';
import type { SummarizeRequest, WorkerRequest, WorkerResponse } from '../../src/worker/protocol';
import { runSimulation } from '../../src/worker/runSimulation';
import { WorkerPool, type WorkerLike } from '../../src/worker/workerPool';

const small: Scenario = { ...DEFAULT_SCENARIO, simulation: { trials: 5 * 4096, seed: 11 } };
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Behaviour = 'works' | 'fails-to-load' | 'model-error' | 'crashes-summarising';

/** Stands in for simulation.worker.ts: the same queue, slices and cancel checks, on this thread. */
class FakeWorker implements WorkerLike {
  readonly received: WorkerRequest[] = [];
  terminated = false;
  private readonly listeners = new Map<string, ((event: Event) => void)[]>();
  private readonly cancelled = new Set<number>();
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly behaviour: Behaviour) {}

  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(message: WorkerRequest): void {
    this.received.push(message);
    if (message.type === 'cancel') {
      this.cancelled.add(message.id);
      return;
    }
    if (this.behaviour === 'fails-to-load') {
      setTimeout(
        () => this.emit('error', Object.assign(new Event('error'), { message: 'script failed' })),
        0,
      );
      return;
    }
    if (message.type === 'summarize' && this.behaviour === 'crashes-summarising') {
      // As a real worker's would, the parts' arrays have moved to it: they are empty on the page's side.
      for (const part of [...message.parts, ...message.windows]) part.histograms = new Float64Array(0);
      setTimeout(() => this.emit('error', Object.assign(new Event('error'), { message: 'crashed' })), 0);
      return;
    }
    if (message.type === 'summarize') {
      const { id, scenario, parts, windows } = message;
      this.chain = this.chain.then(async () => {
        await pause();
        if (this.cancelled.has(id)) return this.answer({ type: 'cancelled', id });
        const result = summarize(scenario, mergePartials(parts), mergePartials(windows));
        this.answer({ type: 'summary', id, result });
      });
      return;
    }
    if (message.type !== 'run') throw new Error(`the fake worker only runs blocks, got '${message.type}'`);
    this.chain = this.chain.then(() =>
      this.serve(message.id, message.scenario, message.firstBlock, message.endBlock),
    );
  }

  terminate(): void {
    this.terminated = true;
  }

  private async serve(id: number, scenario: Scenario, first: number, end: number): Promise<void> {
    await pause();
    if (this.behaviour === 'model-error') return this.answer({ type: 'error', id, message: 'model says no' });
    const partial = await runCooperatively(scenario, first, end, {
      shouldStop: () => this.cancelled.has(id) || this.terminated,
      yieldToEvents: pause,
      sliceMs: 0,
      onProgress: (done) => this.answer({ type: 'progress', id, done, total: end - first }),
    });
    this.answer(partial ? { type: 'done', id, partial } : { type: 'cancelled', id });
  }

  private answer(message: WorkerResponse): void {
    if (!this.terminated) this.emit('message', new MessageEvent('message', { data: message }));
  }

  private emit(type: string, event: Event): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

function fakePool(behaviour: Behaviour, size = 4) {
  const workers: FakeWorker[] = [];
  const pool = new WorkerPool(() => {
    const worker = new FakeWorker(behaviour);
    workers.push(worker);
    return worker;
  }, size);
  return { pool, workers };
}

describe('cooperative runs', () => {
  it('pauses between blocks and stops when asked', async () => {
    let pauses = 0;
    let blocks = 0;
    const stopped = await runCooperatively(small, 0, 5, {
      shouldStop: () => blocks >= 2,
      yieldToEvents: async () => {
        pauses += 1;
      },
      onProgress: (done) => {
        blocks = done;
      },
      sliceMs: 0,
    });
    expect(stopped).toBeNull();
    expect(blocks).toBe(2);
    expect(pauses).toBe(2);
  });
});

describe('worker pool', () => {
  it('gives the main thread’s numbers, and keeps its workers from run to run', async () => {
    const { pool, workers } = fakePool('works');
    const progress: number[] = [];
    const first = await runSimulation(small, { pool, workers: 2, onProgress: (f) => progress.push(f) });
    const second = await runSimulation(small, { pool, workers: 2 });
    const alone = await runSimulation(small, { workers: 0 });
    expect(first.mode).toBe('workers');
    expect(first.result).toEqual(alone.result);
    expect(second.result).toEqual(alone.result);
    expect(workers).toHaveLength(2);
    expect(workers.every((w) => !w.terminated)).toBe(true);
    expect(progress.at(-1)).toBe(1);
    // Each run was merged and summarised by a worker, from every worker's parts of the run and its windows.
    const summaries = workers
      .flatMap((w) => w.received)
      .filter((m): m is SummarizeRequest => m.type === 'summarize');
    expect(summaries).toHaveLength(2);
    expect(summaries.map((m) => [m.parts.length, m.windows.length])).toEqual([
      [2, 2],
      [2, 2],
    ]);
  });

  it('runs the blocks again here when the worker summarising them fails', async () => {
    const { pool } = fakePool('crashes-summarising');
    const crashed = await runSimulation(small, { pool, workers: 2 });
    const alone = await runSimulation(small, { workers: 0 });
    expect(crashed.result).toEqual(alone.result);
  });

  it('starts no more workers than blocks, and at most its size', async () => {
    const { pool, workers } = fakePool('works', 3);
    await pool.run(small, 2, 8);
    expect(workers).toHaveLength(2);
    await pool.run(small, blockCount(small.simulation.trials), 8);
    expect(workers).toHaveLength(3);
  });

  it('cancels a stale run with a message and keeps the workers warm', async () => {
    const { pool, workers } = fakePool('works', 2);
    const controller = new AbortController();
    const run = pool.run(small, 5, 2, { signal: controller.signal });
    await pause();
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const cancels = workers.flatMap((w) => w.received.filter((m) => m.type === 'cancel'));
    expect(cancels).toHaveLength(2);
    expect(workers.every((w) => !w.terminated)).toBe(true);
    const next = await pool.run(small, 5, 2);
    expect(next).not.toBeNull();
    expect(workers).toHaveLength(2);
  });

  it('falls back to the main thread when workers cannot load, and stops trying', async () => {
    const { pool, workers } = fakePool('fails-to-load', 2);
    const outcome = await runSimulation(small, { pool, workers: 2 });
    expect(outcome.mode).toBe('main-thread');
    expect(outcome.result).toEqual((await runSimulation(small, { workers: 0 })).result);
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(await pool.run(small, 5, 2)).toBeNull();
    expect(workers).toHaveLength(2);
  });

  it('rejects with the model’s error', async () => {
    const { pool } = fakePool('model-error', 2);
    await expect(pool.run(small, 5, 2)).rejects.toThrow('model says no');
  });
});
