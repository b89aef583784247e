import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario, SimulationResult } from '../../models/types';
import { COMPARE_MAX, PREVIEW_TRIALS } from '../../src/store/simulationStore';
import { COMPARE_KEY, gatedRun, resultKey } from '../../src/store/compareSlice';
import { probeScenario } from '../../src/store/compareDifferences';
import type { SimulationRunner } from '../../src/store/runSlice';
import { abortError } from '../../src/worker/runSimulation';
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
      options.signal?.addEventListener('abort', () => reject(abortError()));
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

/** 1,000 incidents a year on every scope, at 5,000,000 trials: hours of work on any machine. */
const HEAVY: Scenario = {
  ...DEFAULT_SCENARIO,
  name: 'Heavy',
  failureRates: { node: 1000, storage: 1000, network: 1000, zone: 1000, region: 1000 },
  simulation: { trials: 5_000_000, seed: 7 },
};

/** The three scenarios, and HEAVY saved as a fourth; the first one open and its live runs stopped. */
function withHeavy(heavy: Scenario = HEAVY) {
  const setup = threeScenarios();
  const heavyId = setup.store.getState().openAsNew(heavy, 'import');
  setup.store.getState().switchScenario(setup.ids[0]);
  setup.store.getState().cancel();
  setup.calls.length = 0;
  return { ...setup, heavyId };
}

const keyOf = (store: ReturnType<typeof makeStore>, id: string) =>
  resultKey(store.getState().library.find((e) => e.id === id)!.scenario);

/** Finishes every run started, and those they start in turn, until none is left. */
async function finishAll(calls: ReturnType<typeof manualRunner>['calls'], from = 0) {
  for (let i = from; i < calls.length; i++) {
    calls[i]?.resolve();
    await flush();
  }
}

describe('a slow compared run', () => {
  it('is held with its estimate unless asked for anyway, at the speed the live runs use', () => {
    const state = { speedFactor: 1 };
    const held = gatedRun(state, HEAVY, false);
    expect(held).toMatchObject({ status: 'held', progress: 0, result: null });
    expect(held.estimate).toMatchObject({ slow: true, trials: 5_000_000, incidentsPerYear: 5000 });
    expect(gatedRun(state, HEAVY, true)).toEqual({
      status: 'queued',
      progress: 0,
      result: null,
      error: null,
    });
    expect(gatedRun(state, DEFAULT_SCENARIO, false).status).toBe('queued');
    // A machine that proved a thousand times faster than the estimate runs it at once.
    expect(gatedRun({ speedFactor: 1e-4 }, HEAVY, false).status).toBe('queued');
  });

  it('counts both passes of the open scenario’s full run when its drill log changes the model', () => {
    const state = { speedFactor: 1 };
    const drill = {
      date: '2026-03-14',
      scope: 'node',
      architecture: 'active-passive-async',
      outcome: 'automated',
      outageSeconds: 40,
      dataLossSeconds: 0.3,
    } as const;
    const logged: Scenario = { ...HEAVY, drillLog: { drills: [drill] } };
    const once = gatedRun(state, logged, false).estimate!.seconds;
    expect(gatedRun(state, logged, false, true).estimate!.seconds).toBeCloseTo(2 * once, 6);
    // Without a log, the open scenario's run is one pass too.
    expect(gatedRun(state, HEAVY, false, true).estimate!.seconds).toBe(
      gatedRun(state, HEAVY, false).estimate!.seconds,
    );
  });

  it('waits for “Run anyway” while the quick ones run as before', async () => {
    const { store, calls, ids, heavyId } = withHeavy();
    store.getState().toggleCompare(ids[1]);
    store.getState().toggleCompare(heavyId);
    expect(runOf(store, heavyId)).toMatchObject({ status: 'held', estimate: { slow: true } });
    expect(calls.map((c) => c.scenario.simulation.seed)).toEqual([2]);
    // The quick one, and the quick runs of what each difference does alone, finish; the held one never starts.
    await finishAll(calls);
    expect(runOf(store, ids[1])?.status).toBe('done');
    expect(runOf(store, heavyId)?.status).toBe('held');
    expect(calls.some((c) => c.scenario.simulation.trials === 5_000_000)).toBe(false);

    const started = calls.length;
    store.getState().runAnyway([keyOf(store, heavyId)]);
    expect(calls).toHaveLength(started + 1);
    expect(calls[started]?.scenario.simulation).toEqual({ trials: 5_000_000, seed: 7 });
    expect(runOf(store, heavyId)?.status).toBe('running');
    calls[started]?.resolve();
    await flush();
    expect(runOf(store, heavyId)).toMatchObject({ status: 'done', result: { seed: 7 } });
  });

  it('of the open scenario is held as its live run is, and its live full run serves both when asked', async () => {
    const { store, calls, ids, heavyId } = withHeavy();
    store.getState().switchScenario(heavyId);
    expect(store.getState().heldRun?.reason).toBe('slow');
    expect(calls).toHaveLength(0);
    store.getState().toggleCompare(ids[1]);
    store.getState().toggleCompare(heavyId);
    expect(runOf(store, heavyId)?.status).toBe('held');
    await finishAll(calls);
    expect(calls.some((c) => c.scenario.simulation.trials === 5_000_000)).toBe(false);

    // “Run anyway” on the open scenario's card is its “Run full simulation”.
    store.getState().run();
    store.getState().runCompare();
    const full = calls.filter((c) => c.scenario.simulation.trials === 5_000_000);
    expect(full).toHaveLength(1);
    full[0]?.resolve();
    await flush();
    store.getState().runCompare();
    expect(runOf(store, heavyId)).toMatchObject({ status: 'done', result: { seed: 7 } });
    expect(calls.filter((c) => c.scenario.simulation.trials === 5_000_000)).toHaveLength(1);
  });

  it('of a difference simulated alone is held too, and “Run anyway” runs those asked for', async () => {
    // Half a minute or more even at the preview's trials, on any number of workers up to four.
    const base: Scenario = { ...HEAVY, name: 'Base', simulation: { trials: 2 * PREVIEW_TRIALS, seed: 7 } };
    const other: Scenario = {
      ...base,
      name: 'Other',
      business: { ...base.business, downtimeCostPerMinute: 10 },
      simulation: { ...base.simulation, seed: 8 },
    };
    const { store, calls } = threeScenarios();
    const baseId = store.getState().openAsNew(base, 'import');
    const otherId = store.getState().openAsNew(other, 'import');
    store.getState().cancel();
    calls.length = 0;
    store.getState().toggleCompare(baseId);
    store.getState().toggleCompare(otherId);
    // Both full runs are held, and so are the base alone and the base with the other's downtime cost.
    expect(calls).toHaveLength(0);
    const probes = store.getState().compareProbes;
    const reference = resultKey(probeScenario(base));
    const cost = resultKey({ ...probeScenario(base), business: other.business });
    expect(Object.keys(probes).sort()).toEqual([reference, cost].sort());
    for (const run of Object.values(probes))
      expect(run).toMatchObject({ status: 'held', estimate: { slow: true } });

    store.getState().runAnyway([keyOf(store, baseId), keyOf(store, otherId)]);
    await finishAll(calls);
    expect(calls).toHaveLength(2);
    expect(store.getState().compareProbes[reference]?.status).toBe('held');
    store.getState().runAnyway([reference, cost]);
    await finishAll(calls, 2);
    expect(calls).toHaveLength(4);
    expect(Object.values(store.getState().compareProbes).map((r) => r.status)).toEqual(['done', 'done']);
  });

  it('stops when its scenario is taken out of the comparison, and the next one starts', async () => {
    const { store, calls, ids } = threeScenarios();
    store.getState().toggleCompare(ids[1]);
    store.getState().toggleCompare(ids[2]);
    expect(runOf(store, ids[1])?.status).toBe('running');
    store.getState().toggleCompare(ids[1]);
    await flush();
    expect(runOf(store, ids[1])).toBeUndefined();
    expect(calls.map((c) => c.scenario.simulation.seed)).toEqual([2, 3]);
    expect(runOf(store, ids[2])?.status).toBe('running');
    // Picked again, it queues afresh.
    store.getState().toggleCompare(ids[1]);
    expect(runOf(store, ids[1])?.status).toBe('queued');
  });

  it('asked for, is asked for again once taken out of the comparison and picked again', () => {
    const { store, ids, heavyId } = withHeavy();
    store.getState().toggleCompare(ids[1]);
    store.getState().toggleCompare(heavyId);
    store.getState().runAnyway([keyOf(store, heavyId)]);
    // Queued behind the quick one.
    expect(runOf(store, heavyId)?.status).toBe('queued');
    store.getState().toggleCompare(heavyId);
    store.getState().toggleCompare(heavyId);
    expect(runOf(store, heavyId)?.status).toBe('held');
  });

  it('after an edit keeps the earlier result at hand, to be shown as that of earlier inputs', async () => {
    const { store, calls, ids } = threeScenarios();
    store.getState().toggleCompare(ids[1]);
    store.getState().toggleCompare(ids[2]);
    await finishAll(calls);
    const before = keyOf(store, ids[1]);
    expect(store.getState().compareLatest[ids[1]]).toBe(before);

    // The compared scenario, opened and made slow: its new inputs are held, its old result stays.
    store.getState().switchScenario(ids[1]);
    for (const scope of ['node', 'storage', 'network', 'zone', 'region']) {
      expect(store.getState().setField(`failureRates.${scope}`, '1000')).toBe(true);
    }
    expect(store.getState().setTrials(5_000_000)).toBe(true);
    store.getState().runCompare();
    const after = keyOf(store, ids[1]);
    expect(after).not.toBe(before);
    expect(store.getState().compareRuns[after]?.status).toBe('held');
    expect(store.getState().compareLatest[ids[1]]).toBe(before);
    expect(store.getState().compareRuns[before]).toMatchObject({ status: 'done', result: { seed: 2 } });
  });
});
