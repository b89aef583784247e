/**
 * Long runs are announced before they start and a shared link's long run waits for a click; results of
 * earlier inputs are labelled and never exported.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario, SimulationResult } from '../../models/types';
import {
  NS_PER_INCIDENT,
  NS_PER_TRIAL,
  SLOW_RUN_SECONDS,
  estimateWork,
  incidentsPerYear,
} from '../../models/workEstimate';
import { staleText } from '../../src/components/StaleNotice';
import { runStatusText } from '../../src/components/RunStatus';
import { openFromUrl, type UrlWindow } from '../../src/io/openFromUrl';
import { createNoticeStore } from '../../src/io/notices';
import { storeOpener } from '../../src/io/opener';
import { encodeShareLink } from '../../models/share/shareLink';
import {
  PREVIEW_TRIALS,
  createSimulationStore,
  estimateRun,
  resultsCurrent,
  type SimulationRunner,
} from '../../src/store/simulationStore';
import { abortError } from '../../src/worker/runSimulation';
import { presets } from '../io/helpers';

afterEach(() => vi.restoreAllMocks());

/** A runner the test finishes by hand. */
function manualRunner() {
  const calls: { scenario: Scenario; resolve: (result: SimulationResult) => void }[] = [];
  const runner: SimulationRunner = (scenario, options) =>
    new Promise((resolve, reject) => {
      options.signal?.addEventListener('abort', () => reject(abortError()));
      calls.push({ scenario, resolve: (result) => resolve({ result, mode: 'main-thread' }) });
    });
  return { runner, calls };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const fakeResult = (trials: number) => ({ trials, seed: 1 }) as SimulationResult;

/** 1,000 incidents a year on every scope, at 5,000,000 trials: hours of work. */
const HEAVY: Scenario = {
  ...DEFAULT_SCENARIO,
  name: 'Heavy',
  failureRates: { node: 1000, storage: 1000, network: 1000, zone: 1000, region: 1000 },
  simulation: { trials: 5_000_000, seed: 3 },
};

describe('work estimate', () => {
  it('is trials × (cost per trial + cost per incident × incidents a year), over the cores', () => {
    const incidents = incidentsPerYear(DEFAULT_SCENARIO);
    expect(incidents).toBeCloseTo(1.7, 12);
    const one = estimateWork(DEFAULT_SCENARIO);
    expect(one.seconds).toBeCloseTo((100_000 * (NS_PER_TRIAL + NS_PER_INCIDENT * incidents)) / 1e9, 12);
    expect(estimateWork(DEFAULT_SCENARIO, { cores: 4 }).seconds).toBeCloseTo(one.seconds / 4, 12);
    expect(estimateWork(DEFAULT_SCENARIO, { speedFactor: 3 }).seconds).toBeCloseTo(one.seconds * 3, 12);
    expect(estimateWork(DEFAULT_SCENARIO, { trials: 1000 }).trials).toBe(1000);
  });

  it('calls the heaviest valid scenario slow, and no preset', () => {
    const heavy = estimateWork(HEAVY, { cores: 4 });
    expect(heavy.slow).toBe(true);
    expect(heavy.seconds).toBeGreaterThan(1800);
    for (const { file, scenario } of presets()) {
      expect(estimateWork(scenario).seconds, file).toBeLessThan(SLOW_RUN_SECONDS);
    }
  });
});

describe('slow runs wait for a click', () => {
  it('an edit that makes the run slow runs the quick preview and holds the full run, with its estimate', async () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    // ~1,000 incidents a year at 100,000 trials: tens of seconds on any number of workers up to 4.
    expect(store.getState().setField('failureRates.node', '1000')).toBe(true);
    const held = store.getState().heldRun;
    expect(held?.reason).toBe('slow');
    expect(held?.estimate.slow).toBe(true);
    expect(calls.map((c) => c.scenario.simulation.trials)).toEqual([PREVIEW_TRIALS]);
    calls[0]!.resolve(fakeResult(PREVIEW_TRIALS));
    await flush();
    expect(store.getState().status).toBe('done');
    expect(calls).toHaveLength(1);
    expect(runStatusText(store.getState())).toMatch(
      /^Preview \(20,000 trials\) shown\. The full run takes about [\d.]+ (s|min) on this machine \(100,000 trials × 1,001 incidents a year\): it starts when you press “Run full simulation”\.$/,
    );
    // The click starts it.
    store.getState().run();
    expect(store.getState().heldRun).toBeNull();
    expect(calls.map((c) => c.scenario.simulation.trials)).toEqual([PREVIEW_TRIALS, 100_000]);
  });

  it('a slow scenario from a shared link runs nothing until asked, and the notice says so', () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    const notices = createNoticeStore();
    const win: UrlWindow = {
      location: { hash: encodeShareLink(HEAVY), pathname: '/', search: '' },
      history: { state: null, replaceState: () => undefined },
    };
    expect(openFromUrl(storeOpener(store), win, notices)).toBe('opened');
    expect(store.getState().scenario.name).toBe('Heavy');
    expect(calls).toHaveLength(0);
    expect(store.getState()).toMatchObject({ status: 'idle', heldRun: { reason: 'link' } });
    expect(notices.getState().notice?.text).toMatch(
      /^Opened “Heavy” from a shared link as a new scenario\. It has not been run: it takes about [\d.]+ (min|h|days) on this machine\. Press “Run full simulation” to run it\.$/,
    );
    expect(runStatusText(store.getState())).toMatch(
      /^Not run yet: this shared scenario takes about [\d.]+ (min|h|days) on this machine \(5,000,000 trials × 5,000 incidents a year\)\. Press “Run full simulation” to run it\.$/,
    );
    store.getState().run();
    expect(calls.map((c) => c.scenario.simulation.trials)).toEqual([5_000_000]);
    expect(runStatusText(store.getState())).toMatch(
      /^Full run \(5,000,000 trials\), seed 3… About [\d.]+ (min|h|days) on this machine/,
    );
  });

  it('a quick scenario from a link runs at once, as before', () => {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner });
    store.getState().openAsNew({ ...DEFAULT_SCENARIO, name: 'Quick' }, 'link');
    expect(store.getState().heldRun).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('learns the speed of this machine from runs long enough to time', async () => {
    const { runner, calls } = manualRunner();
    const scenario = { ...DEFAULT_SCENARIO, simulation: { trials: 2_000_000, seed: 1 } };
    const store = createSimulationStore({ runner, scenario });
    const estimated = estimateRun(store.getState(), scenario).seconds;
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    store.getState().run();
    now = estimated * 3 * 1000; // three times slower than estimated, in ms
    calls[0]!.resolve(fakeResult(2_000_000));
    await flush();
    expect(store.getState().speedFactor).toBeCloseTo(3, 9);
    expect(estimateRun(store.getState(), scenario).seconds).toBeCloseTo(estimated * 3, 9);
    // A run too short to time teaches nothing; one far off the estimate counts as at most 8 times off.
    store.getState().setTrials(1000);
    now += 10;
    calls.at(-1)!.resolve(fakeResult(1000));
    await flush();
    expect(store.getState().speedFactor).toBeCloseTo(3, 9);
    store.getState().setTrials(2_000_000);
    store.getState().run();
    now += estimated * 1000 * 1000;
    calls.at(-1)!.resolve(fakeResult(2_000_000));
    await flush();
    expect(store.getState().speedFactor).toBeCloseTo(Math.sqrt(3 * 8), 9);
  });
});

describe('results of earlier inputs', () => {
  async function doneStore() {
    const { runner, calls } = manualRunner();
    const store = createSimulationStore({ runner, scenario: { ...DEFAULT_SCENARIO } });
    store.getState().run();
    calls[0]!.resolve(fakeResult(100_000));
    await flush();
    return { store, calls };
  }

  it('are current after a full run of the inputs on screen', async () => {
    const { store } = await doneStore();
    expect(resultsCurrent(store.getState())).toBe(true);
    expect(staleText(store.getState())).toBeNull();
  });

  it('are labelled after an edit and Cancel, and stay labelled until a run of the new inputs', async () => {
    const { store, calls } = await doneStore();
    store.getState().setField('targets.rtoSeconds', '1 h');
    // The live preview of the new inputs is a moment: no label flickers meanwhile.
    expect(store.getState().status).toBe('running');
    expect(staleText(store.getState())).toBeNull();
    store.getState().cancel();
    await flush();
    expect(resultsCurrent(store.getState())).toBe(false);
    expect(staleText(store.getState())).toBe(
      'Results are for earlier inputs: the run of the current inputs was cancelled. Press “Run full simulation” to bring them up to date; until then they cannot be exported.',
    );
    store.getState().run();
    expect(staleText(store.getState())).toBe(
      'Results are for earlier inputs: the current inputs are being simulated.',
    );
    calls.at(-1)!.resolve(fakeResult(100_000));
    await flush();
    expect(resultsCurrent(store.getState())).toBe(true);
    expect(staleText(store.getState())).toBeNull();
  });

  it('undoing the edit makes them current again; a preview is current for its own trials', async () => {
    const { store, calls } = await doneStore();
    store.getState().setField('targets.rtoSeconds', '1 h');
    store.getState().cancel();
    await flush();
    store.getState().setField('targets.rtoSeconds', '60 s');
    store.getState().cancel();
    await flush();
    expect(resultsCurrent(store.getState())).toBe(true);
    store.getState().setField('targets.rtoSeconds', '2 min');
    const preview = calls.at(-1)!;
    expect(preview.scenario.simulation.trials).toBe(PREVIEW_TRIALS);
    preview.resolve(fakeResult(PREVIEW_TRIALS));
    await flush();
    expect(store.getState().resultKind).toBe('preview');
    expect(resultsCurrent(store.getState())).toBe(true);
  });
});
