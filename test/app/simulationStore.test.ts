import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { benchmarkSet } from '../../models/catalogue/index';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario, SimulationResult } from '../../models/types';
import {
  FULL_RUN_DELAY_MS,
  PREVIEW_TRIALS,
  createSimulationStore,
  type FetchText,
  type SimulationRunner,
} from '../../src/store/simulationStore';
import { abortError, runSimulation } from '../../src/worker/runSimulation';
import { runAnalysis, type Analyser } from '../../src/worker/runAnalysis';
import type { Analysis } from '../../models/engine/analysis';

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
    expect(first.result.patterns).toHaveLength(5);
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

/** A fetch that serves files from public/, and answers 404 for anything it is told is missing. */
function publicFetch(overrides: Record<string, string | number> = {}): FetchText {
  return async (url) => {
    const path = url.replace(/^\//, '');
    const override = overrides[path];
    if (typeof override === 'number') return { ok: false, status: override, text: async () => '' };
    const body = override ?? readFileSync(new URL(`../../public/${path}`, import.meta.url), 'utf8');
    return { ok: true, status: 200, text: async () => body };
  };
}

const resultOf = (trials: number, seed: number) => ({ trials, seed }) as SimulationResult;

describe('editing the scenario', () => {
  it('reads an entry into the scenario, without touching the other groups', () => {
    const { runner } = manualRunner();
    const store = createSimulationStore({ runner });
    const before = store.getState().scenario;
    expect(store.getState().setField('targets.rtoSeconds', '1.5 min')).toBe(true);
    const after = store.getState().scenario;
    expect(after.targets.rtoSeconds).toBe(90);
    expect(before.targets.rtoSeconds).toBe(60);
    expect(after.business).toBe(before.business);
    expect(store.getState().drafts['targets.rtoSeconds']).toBe('1.5 min');
    expect(store.getState().fieldErrors).toEqual({});
  });

  it('keeps the last good scenario and shows the reader’s message for an unreadable entry', () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    store.getState().setField('targets.rtoSeconds', '90 s');
    const good = store.getState().scenario;
    const runs = calls.length;
    expect(store.getState().setField('targets.rtoSeconds', 'abc')).toBe(false);
    expect(store.getState().scenario).toBe(good);
    expect(store.getState().scenario.targets.rtoSeconds).toBe(90);
    expect(store.getState().fieldErrors['targets.rtoSeconds']).toBe(
      'Write a duration such as 90 s, 1.5 min or 2 h.',
    );
    expect(store.getState().drafts['targets.rtoSeconds']).toBe('abc');
    expect(calls).toHaveLength(runs);
  });

  it('says why a value out of bounds cannot be used, in the field’s terms, then clears it on a good entry', () => {
    const store = createSimulationStore({ runner: manualRunner().runner });
    store.getState().setField('targets.rtoSeconds', '0 s');
    // The message quotes the entry as typed, and what to enter instead.
    expect(store.getState().fieldErrors['targets.rtoSeconds']).toBe(
      '0 s is not a possible RTO target; enter more than 0 s.',
    );
    store.getState().setField('targets.confidence', '100%');
    expect(store.getState().fieldErrors['targets.confidence']).toBe(
      '100% is not a possible share of incidents that must meet a target; enter less than 100%.',
    );
    // An entry that rounds to a bound says what it was read as, not only the rounded number.
    store.getState().setField('targets.confidence', '99.99999999999999%');
    expect(store.getState().fieldErrors['targets.confidence']).toBe(
      '99.99999999999999% (read as 100%) is not a possible share of incidents that must meet a target; enter less than 100%.',
    );
    store.getState().setField('operations.humanResponseSeconds', '-5 min');
    expect(store.getState().fieldErrors['operations.humanResponseSeconds']).toBe(
      '-5 min (read as -300 s) is not a possible time for a paged person to start acting; enter 0 s or more.',
    );
    store.getState().setField('targets.regionRtoSeconds', '200 days');
    expect(store.getState().fieldErrors['targets.regionRtoSeconds']).toBe(
      '200 days is not a possible RTO target for a regional disaster; enter at most 10,000,000 s (115.7 days).',
    );
    expect(store.getState().scenario).toEqual(DEFAULT_SCENARIO);
    store.getState().setField('targets.rtoSeconds', '2 min');
    expect(store.getState().fieldErrors['targets.rtoSeconds']).toBeUndefined();
    expect(store.getState().fieldErrors['targets.confidence']).toBeDefined();
    expect(store.getState().scenario.targets.rtoSeconds).toBe(120);
  });

  it('does not rerun for an entry that leaves the value as it was, and takes it as the client’s', () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    store.getState().setField('targets.rtoSeconds', '1 min');
    expect(calls).toHaveLength(0);
    expect(store.getState().scenario).toEqual({
      ...DEFAULT_SCENARIO,
      provenance: { ...DEFAULT_SCENARIO.provenance, client: ['targets.rtoSeconds'] },
    });
  });

  it('records where each input comes from: typed for the client, kept on purpose, or reset to the preset', async () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner, fetchText: publicFetch(), baseUrl: '/' });
    const sources = () => store.getState().scenario.provenance.client;
    store.getState().setField('business.downtimeCostPerMinute', '$1,000/min');
    store.getState().setField('targets.rtoSeconds', '2 min');
    expect(sources()).toEqual(['business.downtimeCostPerMinute', 'targets.rtoSeconds']);
    // A choice and a switch of benchmark set are edits too.
    store.getState().setField('slo.window', 'quarter');
    expect(sources()).toContain('slo.window');
    // A preset's value the client confirms.
    const runs = calls.length;
    store.getState().keepForClient('business.dataLossCostPerSecond');
    expect(sources()).toContain('business.dataLossCostPerSecond');
    expect(calls).toHaveLength(runs);
    // One input back to the preset's value, and its source with it.
    expect(await store.getState().resetInput('targets.rtoSeconds')).toBe(true);
    expect(store.getState().scenario.targets.rtoSeconds).toBe(60);
    expect(sources()).not.toContain('targets.rtoSeconds');
    // Every input back to the preset (name and seed kept), as one undo step.
    store.getState().setField('name', 'Acme checkout');
    expect(await store.getState().resetAllInputs()).toBe(true);
    expect(store.getState().scenario).toEqual({ ...DEFAULT_SCENARIO, name: 'Acme checkout' });
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().scenario.business.downtimeCostPerMinute).toBe(1000);
  });

  it('opens a preset with every input the preset’s, and a file of an earlier format with none known', async () => {
    const store = createSimulationStore({
      runner: manualRunner().runner,
      fetchText: publicFetch(),
      baseUrl: '/',
    });
    await store.getState().loadPreset('payments-ledger');
    expect(store.getState().scenario.provenance).toEqual({
      origin: { kind: 'preset', preset: 'payments-ledger', name: 'Payments ledger' },
      client: [],
    });
    // A file's scenario has nothing to reset to.
    const fromFile = { ...DEFAULT_SCENARIO, provenance: { origin: { kind: 'file' as const }, client: [] } };
    store.getState().openAsNew(fromFile, 'import');
    expect(await store.getState().resetInput('targets.rtoSeconds')).toBe(false);
  });

  it('takes text fields as typed, and a currency in capitals', () => {
    const store = createSimulationStore({ runner: manualRunner().runner });
    store.getState().setField('name', '  Ledger ');
    store.getState().setField('currency', 'eur');
    expect(store.getState().scenario).toMatchObject({ name: 'Ledger', currency: 'EUR' });
    store.getState().setField('currency', 'euro');
    expect(store.getState().fieldErrors['currency']).toMatch(/^Must be a three-letter ISO 4217 code/);
    store.getState().setField('schemaVersion', '2');
    expect(store.getState().fieldErrors['schemaVersion']).toBe('This field cannot be edited.');
  });

  it('forgets a draft on request', () => {
    const store = createSimulationStore({ runner: manualRunner().runner });
    store.getState().setField('targets.rtoSeconds', '90 s');
    store.getState().clearDraft('targets.rtoSeconds');
    expect(store.getState().drafts).toEqual({});
  });

  it('switches the technology choices to the defaults of a benchmark set', () => {
    const store = createSimulationStore({ runner: manualRunner().runner });
    store.getState().setChoice('technology.activeActive', 'cockroachdb');
    expect(store.getState().scenario.technology.activeActive).toBe('cockroachdb');
    store.getState().setBenchmarkSet('article');
    expect(store.getState().scenario.benchmarkSet).toBe('article');
    expect(store.getState().scenario.technology).toEqual(benchmarkSet('article').defaults);
    store.getState().setBenchmarkSet('sourced');
    expect(store.getState().scenario.technology).toEqual(benchmarkSet('sourced').defaults);
  });

  it('refuses a technology of another set or slot, with the validator’s message', () => {
    const store = createSimulationStore({ runner: manualRunner().runner });
    expect(store.getState().setChoice('technology.activeActive', 'patroni-async')).toBe(false);
    expect(store.getState().fieldErrors['technology.activeActive']).toMatch(
      /^"patroni-async" is an active-passive async technology/,
    );
    expect(store.getState().scenario.technology.activeActive).toBe('yugabytedb');
    expect(store.getState().setChoice('technology.trafficLayer', 'keepalived-vip')).toBe(true);
    expect(store.getState().fieldErrors['technology.activeActive']).toBeDefined();
  });

  it('overrides a distribution, refuses one out of order, and restores the preset', () => {
    const store = createSimulationStore({ runner: manualRunner().runner });
    const triangle = { min: 1, mode: 2, max: 3 };
    expect(store.getState().setOverride('traffic.extra', triangle)).toBe(true);
    expect(store.getState().scenario.overrides).toEqual({ 'traffic.extra': triangle });
    expect(store.getState().setOverride('traffic.extra', { min: 3, mode: 2, max: 1 })).toBe(false);
    expect(store.getState().fieldErrors['overrides["traffic.extra"]']).toBe(
      'Needs least ≤ most likely ≤ greatest; these would be 3 s, 2 s, 1 s.',
    );
    expect(store.getState().scenario.overrides).toEqual({ 'traffic.extra': triangle });
    store.getState().setOverride('traffic.extra', null);
    expect(store.getState().scenario.overrides).toEqual({});
    expect(store.getState().fieldErrors).toEqual({});
  });

  it('starts an override from the preset when one part is typed, and keeps typed parts together', () => {
    const store = createSimulationStore({ runner: manualRunner().runner });
    // Patroni's default detection is uniform 20–30 s: an override starts from 20 / 25 / 30 s.
    const preset = store.getState().scenario.technology.activePassiveAsync;
    expect(preset).toBe('patroni-async');
    store.getState().setField('overrides["active-passive-async.detection"].max', '2 min');
    const first = store.getState().scenario.overrides['active-passive-async.detection'];
    expect(first).toEqual({ min: 20, mode: 25, max: 120 });
    // A least value above the most likely one is refused …
    store.getState().setField('overrides["active-passive-async.detection"].min', '100 s');
    expect(store.getState().fieldErrors['overrides["active-passive-async.detection"].min']).toMatch(
      /^Needs least/,
    );
    expect(store.getState().scenario.overrides['active-passive-async.detection']).toEqual(first);
    // … until the most likely value is raised, which takes the typed least value with it.
    store.getState().setField('overrides["active-passive-async.detection"].mode', '110 s');
    expect(store.getState().scenario.overrides['active-passive-async.detection']).toEqual({
      min: 100,
      mode: 110,
      max: 120,
    });
    expect(store.getState().fieldErrors).toEqual({});
  });

  it('sets the seed and the number of trials', () => {
    const store = createSimulationStore({ runner: manualRunner().runner });
    expect(store.getState().setSeed(42)).toBe(true);
    expect(store.getState().setTrials(50_000)).toBe(true);
    expect(store.getState().scenario.simulation).toEqual({ seed: 42, trials: 50_000 });
    expect(store.getState().setTrials(10)).toBe(false);
    expect(store.getState().fieldErrors['simulation.trials']).toBe(
      '10 is not a possible number of trials; enter 1,000 or more.',
    );
  });
});

describe('live runs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const settle = () => vi.advanceTimersByTimeAsync(0);

  it('runs a preview at once and the full run after a pause, with the same seed', async () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    store.getState().setField('targets.rtoSeconds', '90 s');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.scenario.simulation).toEqual({
      trials: PREVIEW_TRIALS,
      seed: DEFAULT_SCENARIO.simulation.seed,
    });
    expect(calls[0]?.scenario.targets.rtoSeconds).toBe(90);
    expect(store.getState()).toMatchObject({ status: 'running', runKind: 'preview', fullRunPending: true });

    calls[0]?.resolve(resultOf(PREVIEW_TRIALS, 1));
    await settle();
    expect(store.getState()).toMatchObject({ status: 'running', resultKind: 'preview', progress: 1 });
    expect(store.getState().result?.trials).toBe(PREVIEW_TRIALS);

    await vi.advanceTimersByTimeAsync(FULL_RUN_DELAY_MS - 1);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.scenario.simulation).toEqual(DEFAULT_SCENARIO.simulation);
    expect(calls[1]?.scenario.targets.rtoSeconds).toBe(90);
    expect(store.getState()).toMatchObject({ runKind: 'full', fullRunPending: false, resultKind: 'preview' });

    calls[1]?.resolve(resultOf(100_000, 1));
    await settle();
    expect(store.getState()).toMatchObject({ status: 'done', resultKind: 'full', progress: 1 });
  });

  it('waits for a slow preview before the full run', async () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    store.getState().setField('targets.rtoSeconds', '90 s');
    await vi.advanceTimersByTimeAsync(FULL_RUN_DELAY_MS * 3);
    expect(calls).toHaveLength(1);
    calls[0]?.resolve(resultOf(PREVIEW_TRIALS, 1));
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.scenario.simulation.trials).toBe(DEFAULT_SCENARIO.simulation.trials);
  });

  it('cancels stale runs while the user types, and runs in full only the last scenario', async () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    store.getState().setField('targets.rtoSeconds', '9');
    await vi.advanceTimersByTimeAsync(200);
    store.getState().setField('targets.rtoSeconds', '90');
    expect(calls[0]?.signal?.aborted).toBe(true);
    expect(calls[1]?.signal?.aborted).toBe(false);
    calls[1]?.resolve(resultOf(PREVIEW_TRIALS, 2));
    await vi.advanceTimersByTimeAsync(FULL_RUN_DELAY_MS);
    expect(calls).toHaveLength(3);
    expect(calls[2]?.scenario.targets.rtoSeconds).toBe(90);
    expect(calls[2]?.scenario.simulation.trials).toBe(DEFAULT_SCENARIO.simulation.trials);
    // A stale preview that answers late changes nothing.
    calls[0]?.resolve(resultOf(PREVIEW_TRIALS, 99));
    await settle();
    expect(store.getState().result?.seed).toBe(2);
  });

  it('keeps the last result on screen while a new run computes', async () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    store.getState().run();
    calls[0]?.resolve(resultOf(100_000, 1));
    await settle();
    const shown = store.getState().result;
    store.getState().setField('targets.rtoSeconds', '90 s');
    expect(store.getState().status).toBe('running');
    expect(store.getState().result).toBe(shown);
    store.getState().setField('targets.rtoSeconds', 'abc');
    expect(store.getState().result).toBe(shown);
  });

  it('runs a small scenario in full at once, with no preview', async () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    store.getState().setTrials(10_000);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.scenario.simulation.trials).toBe(10_000);
    expect(store.getState()).toMatchObject({ runKind: 'full', fullRunPending: false });
    await vi.advanceTimersByTimeAsync(FULL_RUN_DELAY_MS * 2);
    expect(calls).toHaveLength(1);
  });

  it('cancels the full run still due', async () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    store.getState().setField('targets.rtoSeconds', '90 s');
    calls[0]?.resolve(resultOf(PREVIEW_TRIALS, 1));
    await settle();
    store.getState().cancel();
    expect(store.getState()).toMatchObject({
      status: 'cancelled',
      fullRunPending: false,
      resultKind: 'preview',
    });
    await vi.advanceTimersByTimeAsync(FULL_RUN_DELAY_MS * 2);
    expect(calls).toHaveLength(1);
  });

  it('gives the same scenario to the runner for the same inputs', () => {
    const a = manualRunner();
    const b = manualRunner();
    const first = createSimulationStore({ runner: a.runner });
    const second = createSimulationStore({ runner: b.runner });
    first.getState().setField('targets.rtoSeconds', '1.5 min');
    second.getState().setField('targets.rtoSeconds', '90 s');
    expect(a.calls[0]?.scenario).toEqual(b.calls[0]?.scenario);
  });
});

describe('presets', () => {
  it('lists the presets of public/scenarios/index.json', async () => {
    const store = createSimulationStore({
      runner: manualRunner().runner,
      fetchText: publicFetch(),
      baseUrl: '/',
    });
    await store.getState().loadPresets();
    expect(store.getState().presetsStatus).toBe('ready');
    expect(store.getState().presets.map((p) => p.id)).toContain('payments-ledger');
  });

  it('opens a preset as a new scenario named after it, leaves the open one as it was, and runs it', async () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner, fetchText: publicFetch(), baseUrl: '/' });
    store.getState().setField('targets.rtoSeconds', '90 s');
    store.getState().setField('targets.rpoSeconds', 'abc');
    const before = store.getState().scenario;
    const firstId = store.getState().currentId;
    expect(await store.getState().loadPreset('payments-ledger')).toBe(true);
    expect(store.getState()).toMatchObject({ presetId: 'payments-ledger', drafts: {}, fieldErrors: {} });
    expect(store.getState().scenario.name).toBe('Payments ledger');
    expect(store.getState().scenario.targets.rpoSeconds).toBe(0);
    expect(store.getState().currentId).not.toBe(firstId);
    expect(store.getState().library.map((e) => e.scenario.name)).toEqual([
      'E-commerce checkout',
      'Payments ledger',
    ]);
    expect(store.getState().library[0]?.scenario).toBe(before);
    expect(calls.at(-1)?.scenario.name).toBe('Payments ledger');
    // Loaded again, it is another scenario again.
    await store.getState().loadPreset('payments-ledger');
    expect(store.getState().scenario.name).toBe('Payments ledger (2)');
  });

  it('takes a preset’s load back while it is untouched, and not once it is edited', async () => {
    const store = createSimulationStore({
      runner: manualRunner().runner,
      fetchText: publicFetch(),
      baseUrl: '/',
    });
    const firstId = store.getState().currentId;
    await store.getState().loadPreset('b2b-saas');
    expect(store.getState().presetOpened).toMatchObject({
      previousId: firstId,
      previousName: 'E-commerce checkout',
    });
    expect(store.getState().undoPresetOpened()).toBe(true);
    expect(store.getState().currentId).toBe(firstId);
    expect(store.getState().library).toHaveLength(1);
    expect(store.getState().presetOpened).toBeNull();

    await store.getState().loadPreset('b2b-saas');
    store.getState().setField('targets.rtoSeconds', '7 min');
    expect(store.getState().undoPresetOpened()).toBe(false);
    expect(store.getState().library).toHaveLength(2);
    expect(store.getState().scenario.targets.rtoSeconds).toBe(420);
  });

  it('leaves the scenario untouched when a preset cannot be fetched', async () => {
    const store = createSimulationStore({
      runner: manualRunner().runner,
      fetchText: publicFetch({ 'scenarios/payments-ledger.json': 404 }),
      baseUrl: '/',
    });
    const before = store.getState().scenario;
    expect(await store.getState().loadPreset('payments-ledger')).toBe(false);
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().presetError).toBe('Could not load “Payments ledger”: the server answered 404.');
    expect(store.getState().presetLoading).toBe(false);
  });

  it('leaves the scenario untouched when a preset is not a valid scenario', async () => {
    const store = createSimulationStore({
      runner: manualRunner().runner,
      fetchText: publicFetch({
        'scenarios/b2b-saas.json': '{"schemaVersion": 1, "targets": {"rtoSeconds": -1}}',
      }),
      baseUrl: '/',
    });
    const before = store.getState().scenario;
    expect(await store.getState().loadPreset('b2b-saas')).toBe(false);
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().presetError).toMatch(
      /^“B2B SaaS application” is not a valid scenario: targets.rtoSeconds: must be a positive/,
    );
  });

  it('reports an unknown preset and an unreadable list', async () => {
    const store = createSimulationStore({
      runner: manualRunner().runner,
      fetchText: publicFetch(),
      baseUrl: '/',
    });
    expect(await store.getState().loadPreset('nope')).toBe(false);
    expect(store.getState().presetError).toBe('There is no preset “nope”.');
    const broken = createSimulationStore({
      runner: manualRunner().runner,
      fetchText: publicFetch({
        'scenarios/index.json': '[{"id": "x", "file": "../../etc/passwd", "name": "x"}]',
      }),
      baseUrl: '/',
    });
    await broken.getState().loadPresets();
    expect(broken.getState().presetError).toBe(
      'Could not load the list of presets: the list of presets is empty.',
    );
  });
});

describe('the analyses after a full run', () => {
  /** An analyser the test finishes by hand. */
  function manualAnalyser() {
    const calls: {
      result: SimulationResult;
      resolve: (a: Analysis) => void;
      signal: AbortSignal | undefined;
    }[] = [];
    const analyser: Analyser = (_scenario, result, options) =>
      new Promise((resolve, reject) => {
        options.signal?.addEventListener('abort', () => reject(abortError()));
        calls.push({ result, resolve, signal: options.signal });
      });
    return { analyser, calls };
  }
  const analysis: Analysis = { remedies: [] };

  it('start once a full run lands, and belong to its result', async () => {
    const { runner, calls } = manualRunner();
    const { analyser, calls: analyses } = manualAnalyser();
    const store = createSimulationStore({ runner, analyser });
    store.getState().run();
    expect(store.getState().analysisStatus).toBe('idle');
    calls[0]!.resolve(fakeResult);
    await flush();
    expect(store.getState().analysisStatus).toBe('running');
    expect(analyses[0]!.result).toBe(fakeResult);
    analyses[0]!.resolve(analysis);
    await flush();
    expect(store.getState()).toMatchObject({ analysisStatus: 'done', analysis, analysisFor: fakeResult });
  });

  it('stop without a word when the scenario changes, and say so when cancelled', async () => {
    const { runner, calls } = manualRunner();
    const { analyser, calls: analyses } = manualAnalyser();
    const store = createSimulationStore({ runner, analyser });
    store.getState().run();
    calls[0]!.resolve(fakeResult);
    await flush();
    store.getState().setField('targets.rtoSeconds', '90 s');
    expect(analyses[0]!.signal?.aborted).toBe(true);
    expect(store.getState().analysisStatus).toBe('idle');
    store.getState().run();
    calls.at(-1)!.resolve({ trials: 2 } as SimulationResult);
    await flush();
    store.getState().cancelAnalysis();
    expect(store.getState().analysisStatus).toBe('cancelled');
  });

  it('run for real on this thread: the remedies and what the choice hinges on', async () => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, simulation: { trials: 4096, seed: 3 } };
    const store = createSimulationStore({
      scenario,
      runner: (s, o) => runSimulation(s, { ...o, workers: 0 }),
      analyser: (s, r, o) => runAnalysis(s, r, { ...o, workers: 0 }),
    });
    store.getState().run();
    await vi.waitFor(() => expect(store.getState().analysisStatus).toBe('done'), { timeout: 60_000 });
    const { analysis: done, analysisFor, result } = store.getState();
    expect(analysisFor).toBe(result);
    expect(done!.sensitivity!.recommended).toBe(result!.recommendation.pattern);
    expect(done!.sensitivity!.drivers.length).toBeGreaterThanOrEqual(8);
  });
});
