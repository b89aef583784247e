import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario, SimulationResult } from '../../models/types';
import { COMPARE_MAX, PREVIEW_TRIALS } from '../../src/store/simulationStore';
import { COMPARE_KEY, resultKey } from '../../src/store/compareSlice';
import type { SimulationRunner } from '../../src/store/runSlice';
import { FakeStorage, makeStore } from './helpers';

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

describe('what each difference does', () => {
  it('is simulated after the compared scenarios: the first one alone, then with each input of the other', async () => {
    const { store, calls, ids } = threeScenarios();
    store.getState().switchScenario(ids[1]);
    store.getState().setField('business.downtimeCostPerMinute', '$1,000/min');
    store.getState().switchScenario(ids[0]);
    store.getState().cancel();
    calls.length = 0;
    store.getState().toggleCompare(ids[0]);
    store.getState().toggleCompare(ids[1]);
    // The full runs first, one at a time.
    for (let i = 0; i < 2; i++) {
      calls[i]?.resolve();
      await flush();
    }
    const probes = calls.slice(2).map((c) => c.scenario);
    expect(probes).toHaveLength(1);
    expect(probes[0]?.simulation).toEqual({ seed: 1, trials: PREVIEW_TRIALS });
    expect(probes[0]?.business.downtimeCostPerMinute).toBe(DEFAULT_SCENARIO.business.downtimeCostPerMinute);
    calls[2]?.resolve();
    await flush();
    // Then the base with the other's downtime cost, and its seed.
    expect(calls[3]?.scenario.business.downtimeCostPerMinute).toBe(1000);
    expect(calls[3]?.scenario.simulation).toEqual({ seed: 1, trials: PREVIEW_TRIALS });
    calls[3]?.resolve();
    await flush();
    const done = Object.values(store.getState().compareProbes).map((r) => r.status);
    expect(done).toEqual(['done', 'done']);
    // The seed differs too, but is not simulated alone: nothing more runs.
    expect(calls).toHaveLength(4);
  });
});

describe('the compared scenarios after a reload', () => {
  it('are those picked before, skipping any no longer saved', () => {
    const storage = new FakeStorage();
    const first = makeStore(storage);
    const ids = [first.getState().currentId, first.getState().newScenario(), first.getState().newScenario()];
    first.getState().toggleCompare(ids[2]!);
    first.getState().toggleCompare(ids[0]!);
    expect(JSON.parse(storage.data.get(COMPARE_KEY) ?? '[]')).toEqual([ids[2], ids[0]]);

    const reloaded = makeStore(storage, undefined, 'again');
    expect(reloaded.getState().compareIds).toEqual([ids[2], ids[0]]);

    reloaded.getState().deleteScenario(ids[2]!);
    storage.data.set(COMPARE_KEY, JSON.stringify([ids[2], 'gone', 7, ids[0], ids[0]]));
    expect(makeStore(storage, undefined, 'third').getState().compareIds).toEqual([ids[0]]);
  });

  it('start empty when what is stored is not a list', () => {
    const storage = new FakeStorage();
    storage.data.set(COMPARE_KEY, '{not json');
    expect(makeStore(storage).getState().compareIds).toEqual([]);
  });
});
