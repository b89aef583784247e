import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario, SimulationResult } from '../../models/types';
import { COMPARE_MAX } from '../../src/store/simulationStore';
import { resultKey } from '../../src/store/compareSlice';
import type { SimulationRunner } from '../../src/store/runSlice';
import { makeStore } from './helpers';

/** A runner the test finishes by hand; each result records the seed it ran with. */
function manualRunner() {
  const calls: {
    scenario: Scenario;
    progress: (f: number) => void;
    resolve: () => void;
    reject: (e: Error) => void;
  }[] = [];
  const runner: SimulationRunner = (scenario, options) =>
    new Promise((resolve, reject) => {
      calls.push({
        scenario,
        progress: (f) => options.onProgress?.(f),
        resolve: () =>
          resolve({
            result: {
              seed: scenario.simulation.seed,
              trials: scenario.simulation.trials,
            } as SimulationResult,
            mode: 'main-thread',
          }),
        reject,
      });
    });
  return { runner, calls };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A store with three saved scenarios (seeds 1, 2, 3), the first one open and its live runs stopped. */
function threeScenarios() {
  const { runner, calls } = manualRunner();
  const store = makeStore(undefined, runner);
  const ids = [store.getState().currentId];
  store.getState().setSeed(1);
  for (const seed of [2, 3]) {
    ids.push(store.getState().newScenario());
    store.getState().setSeed(seed);
  }
  store.getState().switchScenario(ids[0]!);
  store.getState().cancel();
  calls.length = 0;
  return { store, calls, ids: ids as [string, string, string] };
}

const runOf = (store: ReturnType<typeof makeStore>, id: string) =>
  store.getState().compareRuns[resultKey(store.getState().library.find((e) => e.id === id)!.scenario)];

describe('comparing scenarios', () => {
  it('runs each compared scenario in full with its own seed, one at a time', async () => {
    const { store, calls, ids } = threeScenarios();
    store.getState().toggleCompare(ids[1]);
    store.getState().toggleCompare(ids[2]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.scenario.simulation).toEqual({ trials: DEFAULT_SCENARIO.simulation.trials, seed: 2 });
    calls[0]?.progress(0.5);
    expect(runOf(store, ids[1])).toMatchObject({ status: 'running', progress: 0.5 });
    expect(runOf(store, ids[2])).toMatchObject({ status: 'queued' });
    calls[0]?.resolve();
    await flush();
    expect(runOf(store, ids[1])).toMatchObject({ status: 'done', result: { seed: 2 } });
    expect(calls).toHaveLength(2);
    expect(calls[1]?.scenario.simulation.seed).toBe(3);
  });

  it('uses the open scenario’s live full run instead of running it again', async () => {
    const { store, calls, ids } = threeScenarios();
    store.getState().run();
    const live = calls[0]!;
    store.getState().toggleCompare(ids[0]);
    // The live run is under way: the comparison waits for it rather than running the scenario twice.
    expect(calls).toHaveLength(1);
    live.resolve();
    await flush();
    store.getState().runCompare();
    expect(runOf(store, ids[0])).toMatchObject({ status: 'done', result: { seed: 1 } });
    expect(calls).toHaveLength(1);
  });

  it('keeps results by content: a renamed scenario or a copy shows at once, and so does coming back', async () => {
    const { store, calls, ids } = threeScenarios();
    store.getState().toggleCompare(ids[1]);
    calls[0]?.resolve();
    await flush();
    store.getState().renameScenario(ids[1], 'Renamed');
    store.getState().runCompare();
    expect(runOf(store, ids[1])?.status).toBe('done');
    const copy = store.getState().duplicateScenario(ids[1])!;
    store.getState().cancel();
    store.getState().toggleCompare(copy);
    store.getState().toggleCompare(ids[1]);
    store.getState().toggleCompare(ids[1]);
    const before = calls.length;
    store.getState().runCompare();
    expect(runOf(store, copy)?.status).toBe('done');
    expect(calls.length).toBe(before);
  });

  it('compares at most COMPARE_MAX scenarios', () => {
    const { store, ids } = threeScenarios();
    for (let i = 0; i < 3; i++) store.getState().newScenario();
    for (const entry of store.getState().library) store.getState().toggleCompare(entry.id);
    expect(store.getState().compareIds).toHaveLength(COMPARE_MAX);
    store.getState().toggleCompare(ids[0]);
    expect(store.getState().compareIds).not.toContain(ids[0]);
  });

  it('reports a failed run, and tries again when the scenario is picked again', async () => {
    const { store, calls, ids } = threeScenarios();
    store.getState().toggleCompare(ids[1]);
    calls[0]?.reject(new Error('worker crashed'));
    await flush();
    expect(runOf(store, ids[1])).toMatchObject({ status: 'error', error: 'worker crashed' });
    store.getState().toggleCompare(ids[1]);
    store.getState().toggleCompare(ids[1]);
    expect(calls).toHaveLength(2);
  });

  it('never stores comparison results', () => {
    const { store, calls, ids } = threeScenarios();
    store.getState().toggleCompare(ids[1]);
    expect(calls).toHaveLength(1);
    expect(Object.keys(store.getState().compareRuns)).toHaveLength(1);
  });
});
