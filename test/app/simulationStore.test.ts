import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario, SimulationResult } from '../../models/types';
import { createSimulationStore, type SimulationRunner } from '../../src/store/simulationStore';
import { abortError, runSimulation } from '../../src/worker/runSimulation';

/** A runner the test finishes by hand. */
function manualRunner() {
  const calls: {
    scenario: Scenario;
    progress: (fraction: number) => void;
    resolve: (result: SimulationResult) => void;
    reject: (error: unknown) => void;
    signal: AbortSignal | undefined;
  }[] = [];
  const runner: SimulationRunner = (scenario, options) =>
    new Promise((resolve, reject) => {
      options.signal?.addEventListener('abort', () => reject(abortError()));
      calls.push({
        scenario,
        progress: (fraction) => options.onProgress?.(fraction),
        resolve: (result) => resolve({ result, mode: 'main-thread' }),
        reject,
        signal: options.signal,
      });
    });
  return { runner, calls };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const fakeResult = { trials: 1 } as SimulationResult;

describe('simulation store', () => {
  it('starts idle with the default scenario', () => {
    const store = createSimulationStore({ runner: manualRunner().runner });
    expect(store.getState()).toMatchObject({
      scenario: DEFAULT_SCENARIO,
      status: 'idle',
      progress: 0,
      result: null,
      error: null,
    });
  });

  it('goes running → done and keeps the result', async () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    store.getState().run();
    expect(store.getState().status).toBe('running');
    calls[0]?.progress(0.5);
    expect(store.getState().progress).toBe(0.5);
    calls[0]?.resolve(fakeResult);
    await flush();
    expect(store.getState()).toMatchObject({ status: 'done', progress: 1, result: fakeResult });
  });

  it('cancels the run in progress', async () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    store.getState().run();
    store.getState().cancel();
    expect(calls[0]?.signal?.aborted).toBe(true);
    await flush();
    expect(store.getState().status).toBe('cancelled');
    expect(store.getState().result).toBeNull();
  });

  it('ignores a run that a newer one replaced', async () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    store.getState().run();
    store.getState().run();
    expect(calls[0]?.signal?.aborted).toBe(true);
    calls[1]?.resolve(fakeResult);
    await flush();
    expect(store.getState()).toMatchObject({ status: 'done', result: fakeResult });
  });

  it('reports a failed run', async () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    store.getState().run();
    calls[0]?.reject(new Error('trials must be positive'));
    await flush();
    expect(store.getState()).toMatchObject({ status: 'error', error: 'trials must be positive' });
  });
});

describe('runSimulation without workers', () => {
  const small: Scenario = { ...DEFAULT_SCENARIO, simulation: { trials: 2000, seed: 7 } };

  it('runs on the main thread and matches the result of another run', async () => {
    const progress: number[] = [];
    const first = await runSimulation(small, { workers: 0, onProgress: (f) => progress.push(f) });
    const second = await runSimulation(small, { workers: 0 });
    expect(first.mode).toBe('main-thread');
    expect(first.result.patterns).toHaveLength(4);
    expect(second.result).toEqual(first.result);
    for (const fraction of progress) expect(fraction).toBeGreaterThanOrEqual(0);
  });

  it('rejects with an AbortError when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runSimulation(small, { workers: 0, signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
