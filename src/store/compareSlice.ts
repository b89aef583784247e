/**
 * Comparing saved scenarios side by side: which ones (two to four), and their full runs. Each compared
 * scenario runs with its own seed and its full number of trials, one run at a time (they share the worker
 * pool with the live runs). Results are kept by the scenario's content, so a scenario compared before, or a
 * copy of one, shows at once. The open scenario is not run twice: the live full run's result is used for it.
 *
 * A run estimated to take longer than SLOW_RUN_SECONDS (models/workEstimate.ts, the same estimate and speed
 * as the open scenario's runs) does not start by itself: it is held, with its estimate, until the person
 * says "Run anyway" (`runAnyway`); quick ones run as before. A scenario taken out of the comparison stops its
 * run. While a compared scenario's current inputs have no result, its last result stays at hand
 * (`compareLatest`), to be shown as the result of earlier inputs.
 */
import type { StateCreator, StoreApi } from 'zustand/vanilla';
import type { Scenario, SimulationResult } from '../../models/types';
import type { WorkEstimate } from '../../models/workEstimate';
import { isAbortError } from '../worker/runSimulation';
import { canonical } from './canonicalJson';
import { differenceProbes, probeScenario } from './compareDifferences';
import type { KeyValueStorage, LibraryEntry } from './libraryPersist';
import { estimateRun, type RunSlice, type SimulationRunner } from './runSlice';
import type { SimulationState } from './simulationStore';

/** Most scenarios compared at once (and the fewest worth comparing). */
export const COMPARE_MAX = 4;
export const COMPARE_MIN = 2;
/** Results kept for scenarios no longer compared, so that switching back is instant. */
export const COMPARE_CACHE_LIMIT = 12;

/** `held`: estimated slow, waiting for `runAnyway`. */
export type CompareRunStatus = 'queued' | 'held' | 'running' | 'done' | 'error';

export interface CompareRun {
  status: CompareRunStatus;
  /** Fraction of the run done, 0..1. */
  progress: number;
  result: SimulationResult | null;
  error: string | null;
  /** How long a held run is expected to take; only on a held run. */
  estimate?: WorkEstimate;
}

export interface CompareSlice {
  /** Ids of the scenarios compared, in the order they were picked. */
  compareIds: string[];
  /** Runs by `resultKey` of their scenario. */
  compareRuns: Record<string, CompareRun>;
  /**
   * Runs that tell what each difference does (compareDifferences.ts): the first compared scenario with one
   * input of another, and that scenario itself, at a preview's trials; by `resultKey` of what they run.
   */
  compareProbes: Record<string, CompareRun>;
  /**
   * The `resultKey` of each compared scenario's latest finished run, by scenario id: its current inputs' own
   * or, once they changed, that of earlier inputs.
   */
  compareLatest: Record<string, string>;
  /** Adds scenario `id` to the comparison (up to COMPARE_MAX), or takes it out. */
  toggleCompare: (id: string) => void;
  /** Starts the runs the compared scenarios still need; idempotent, cheap when nothing is missing. */
  runCompare: () => void;
  /** Starts the held runs of these keys (of compared scenarios or of probes), however slow. */
  runAnyway: (keys: readonly string[]) => void;
}

/**
 * A run of `scenario` about to join the queue: held with its estimate when it would be slow and the person
 * has not asked for it anyway (`confirmed`), else queued. Compared scenarios and probes run in one pass, so
 * the estimate is of one pass; except the open scenario's (`open`), whose "Run anyway" starts its own full
 * run, with the drill-free second pass when its drill log changes the model.
 */
export function gatedRun(
  state: Pick<RunSlice, 'speedFactor'>,
  scenario: Scenario,
  confirmed: boolean,
  open = false,
): CompareRun {
  const estimate = open
    ? estimateRun(state, scenario)
    : estimateRun(state, scenario, scenario.simulation.trials);
  return estimate.slow && !confirmed
    ? { status: 'held', progress: 0, result: null, error: null, estimate }
    : { status: 'queued', progress: 0, result: null, error: null };
}

/** Keys already made, by scenario (scenarios are never mutated): the comparison asks again and again. */
const resultKeys = new WeakMap<Scenario, string>();

/**
 * What a scenario's results depend on, as a key: everything but its name, description and the sources of
 * its inputs (a renamed copy, or the same figures typed for a client, has the same numbers).
 */
export function resultKey(scenario: Scenario): string {
  const known = resultKeys.get(scenario);
  if (known !== undefined) return known;
  const { name: _name, description: _description, provenance: _provenance, ...rest } = scenario;
  const key = canonical(rest);
  resultKeys.set(scenario, key);
  return key;
}

/** The live run's result, when it is a full run of exactly this scenario. */
export function liveResultFor(
  state: Pick<SimulationState, 'result' | 'resultKind' | 'resultScenario'>,
  scenario: Scenario,
): SimulationResult | null {
  if (state.resultKind !== 'full' || state.result === null || state.resultScenario === null) return null;
  return resultKey(state.resultScenario) === resultKey(scenario) ? state.result : null;
}

/** The probe runs the comparison of `entries` wants: the base's own, then each difference's. */
export function probesWanted(entries: readonly LibraryEntry[]): Scenario[] {
  const [base, ...others] = entries;
  if (!base || others.length === 0) return [];
  const wanted = [probeScenario(base.scenario)];
  for (const other of others) {
    for (const probe of differenceProbes(base.scenario, other.scenario)) {
      if (probe.kind === 'run') wanted.push(probe.scenario);
    }
  }
  return wanted;
}

/** Most probe results kept for comparisons no longer shown. */
const PROBE_CACHE_LIMIT = 60;

/** The compared entries, in the order picked, skipping ids no longer in the library. */
export function comparedEntries(state: SimulationState): LibraryEntry[] {
  return state.compareIds
    .map((id) => state.library.find((e) => e.id === id))
    .filter((e): e is LibraryEntry => e !== undefined);
}

/** Where the choice of scenarios to compare is kept in the browser: a JSON list of their ids. */
export const COMPARE_KEY = 'ha-planner:compare';

/** The ids stored under COMPARE_KEY that name scenarios of `library`, in order, at most COMPARE_MAX. */
export function readCompareIds(storage: KeyValueStorage, library: readonly LibraryEntry[]): string[] {
  let value: unknown;
  try {
    value = JSON.parse(storage.getItem(COMPARE_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const ids = value.filter(
    (id, i): id is string =>
      typeof id === 'string' && value.indexOf(id) === i && library.some((e) => e.id === id),
  );
  return ids.slice(0, COMPARE_MAX);
}

/**
 * Keeps the compared scenarios across reloads: the stored choice is taken up now (what this tab picked
 * already stays first), and every change is written. A write that fails costs only the choice: nothing
 * else is kept under this key.
 */
export function keepCompareIds(store: StoreApi<SimulationState>, storage: KeyValueStorage): void {
  const state = store.getState();
  const stored = readCompareIds(storage, state.library);
  const ids = [...new Set([...state.compareIds, ...stored])].slice(0, COMPARE_MAX);
  if (ids.length !== state.compareIds.length) store.setState({ compareIds: ids });
  store.subscribe((next, previous) => {
    if (next.compareIds === previous.compareIds) return;
    try {
      storage.setItem(COMPARE_KEY, JSON.stringify(next.compareIds));
    } catch {
      // The choice is still on screen; it is only not remembered.
    }
  });
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createCompareSlice(
  runner: SimulationRunner,
): StateCreator<SimulationState, [], [], CompareSlice> {
  return (set, get) => {
    /** Key of the run in progress, if any, what it runs, and how to stop it. */
    let running: string | null = null;
    let runningProbe = false;
    let controller: AbortController | null = null;
    /** Keys the person asked to run however slow they are. */
    const confirmed = new Set<string>();

    const update = (key: string, run: Partial<CompareRun>) =>
      set((s) => {
        const before = s.compareRuns[key];
        if (!before) return {};
        return { compareRuns: { ...s.compareRuns, [key]: { ...before, ...run } } };
      });

    /** The latest finished run of each compared scenario, after `runs`; the same object when unchanged. */
    const latestAfter = (s: SimulationState, runs: Record<string, CompareRun>) => {
      const latest: Record<string, string> = {};
      for (const entry of comparedEntries(s)) {
        const key = resultKey(entry.scenario);
        const earlier = s.compareLatest[entry.id];
        if (runs[key]?.status === 'done') latest[entry.id] = key;
        else if (earlier !== undefined && runs[earlier]?.status === 'done') latest[entry.id] = earlier;
      }
      return canonical(latest) === canonical(s.compareLatest) ? s.compareLatest : latest;
    };

    /** Drops the oldest results of scenarios not compared now, beyond the cache limit. */
    const trim = (runs: Record<string, CompareRun>, keep: ReadonlySet<string>) => {
      const spare = Object.keys(runs).filter((key) => !keep.has(key) && runs[key]?.status === 'done');
      const excess = spare.length - COMPARE_CACHE_LIMIT;
      if (excess <= 0) return runs;
      const copy = { ...runs };
      for (const key of spare.slice(0, excess)) delete copy[key];
      return copy;
    };

    /** The probe scenarios last wanted, by key: what a queued probe runs. */
    let probeScenarios = new Map<string, Scenario>();

    const updateProbe = (key: string, run: Partial<CompareRun>) =>
      set((s) => {
        const before = s.compareProbes[key];
        if (!before) return {};
        return { compareProbes: { ...s.compareProbes, [key]: { ...before, ...run } } };
      });

    /** Notes the run of `key` as the one in progress; its signal stops it. */
    const begin = (key: string, probe: boolean): AbortController => {
      running = key;
      runningProbe = probe;
      controller = new AbortController();
      return controller;
    };
    const finish = () => {
      running = null;
      controller = null;
    };

    /**
     * Starts the next queued run, if none is running: the compared scenarios' full runs first, then the
     * probes that tell their differences apart.
     */
    const pump = () => {
      if (running !== null) return;
      const s = get();
      const next = comparedEntries(s).find((e) => s.compareRuns[resultKey(e.scenario)]?.status === 'queued');
      if (!next) {
        pumpProbe();
        return;
      }
      const key = resultKey(next.scenario);
      const current = begin(key, false);
      update(key, { status: 'running', progress: 0 });
      runner(next.scenario, {
        signal: current.signal,
        onProgress: (fraction) => update(key, { progress: Math.min(1, Math.max(0, fraction)) }),
      }).then(
        ({ result }) => {
          finish();
          set((state) => {
            // Moved to the end: the most recently computed result is the last one dropped.
            const runs = { ...state.compareRuns };
            delete runs[key];
            runs[key] = { status: 'done', progress: 1, result, error: null };
            const latest = latestAfter(state, runs);
            return { compareRuns: trim(runs, keepOf(state, latest)), compareLatest: latest };
          });
          pump();
        },
        (error: unknown) => {
          finish();
          if (isAbortError(error)) return dropStopped('compareRuns', key);
          update(key, { status: 'error', error: errorText(error) });
          pump();
        },
      );
    };

    /**
     * A run stopped because it is no longer wanted (its scenario taken out of the comparison): its entry
     * goes, and so does "Run anyway"; wanted again, it is queued, or held and asked for again.
     */
    const dropStopped = (field: 'compareRuns' | 'compareProbes', key: string) => {
      confirmed.delete(key);
      set((state) => {
        const rest = { ...state[field] };
        delete rest[key];
        return field === 'compareRuns' ? { compareRuns: rest } : { compareProbes: rest };
      });
      get().runCompare();
    };

    const pumpProbe = () => {
      const s = get();
      const key = [...probeScenarios.keys()].find((k) => s.compareProbes[k]?.status === 'queued');
      const scenario = key === undefined ? undefined : probeScenarios.get(key);
      if (key === undefined || scenario === undefined) return;
      const current = begin(key, true);
      updateProbe(key, { status: 'running', progress: 0 });
      runner(scenario, {
        signal: current.signal,
        onProgress: (fraction) => updateProbe(key, { progress: Math.min(1, Math.max(0, fraction)) }),
      }).then(
        ({ result }) => {
          finish();
          updateProbe(key, { status: 'done', progress: 1, result, error: null });
          pump();
        },
        (error: unknown) => {
          finish();
          if (isAbortError(error)) return dropStopped('compareProbes', key);
          updateProbe(key, { status: 'error', error: errorText(error) });
          pump();
        },
      );
    };

    /** Queues the probes the comparison wants and lacks; drops those of others beyond the cache limit. */
    const queueProbes = () => {
      const s = get();
      probeScenarios = new Map(probesWanted(comparedEntries(s)).map((p) => [resultKey(p), p]));
      let probes = s.compareProbes;
      for (const [key, scenario] of probeScenarios) {
        const known = probes[key];
        if (known && known.status !== 'held') continue;
        const next = gatedRun(s, scenario, confirmed.has(key));
        if (known?.status === next.status) continue;
        if (probes === s.compareProbes) probes = { ...probes };
        probes[key] = next;
      }
      const spare = Object.keys(probes).filter((key) => !probeScenarios.has(key));
      const drop = spare.filter((key) => probes[key]?.status !== 'done');
      const excess = spare.length - drop.length - PROBE_CACHE_LIMIT;
      const done = spare.filter((key) => probes[key]?.status === 'done');
      for (const key of [...drop, ...(excess > 0 ? done.slice(0, excess) : [])]) {
        if (probes[key]?.status === 'running') continue;
        if (probes === s.compareProbes) probes = { ...probes };
        delete probes[key];
        confirmed.delete(key);
      }
      if (probes !== s.compareProbes) set({ compareProbes: probes });
      if (runningProbe && running !== null && !probeScenarios.has(running)) controller?.abort();
    };

    /** `runs` with the held runs of `keys` queued; the same object when none is held. */
    const release = (runs: Record<string, CompareRun>, keys: readonly string[]) => {
      let next = runs;
      for (const key of keys) {
        if (runs[key]?.status !== 'held') continue;
        if (next === runs) next = { ...runs };
        next[key] = { status: 'queued', progress: 0, result: null, error: null };
      }
      return next;
    };

    const keysOf = (s: SimulationState) => new Set(comparedEntries(s).map((e) => resultKey(e.scenario)));
    /** The results not to drop: those of the compared scenarios' inputs, and their latest. */
    const keepOf = (s: SimulationState, latest: Record<string, string>) =>
      new Set([...keysOf(s), ...Object.values(latest)]);

    return {
      compareIds: [],
      compareRuns: {},
      compareProbes: {},
      compareLatest: {},

      toggleCompare: (id) => {
        const s = get();
        if (s.compareIds.includes(id)) set({ compareIds: s.compareIds.filter((c) => c !== id) });
        else if (s.compareIds.length < COMPARE_MAX && s.library.some((e) => e.id === id)) {
          set({ compareIds: [...s.compareIds, id] });
        }
        get().runCompare();
      },

      runCompare: () => {
        const s = get();
        const wanted = keysOf(s);
        let runs = s.compareRuns;
        const change = (key: string, run: CompareRun) => {
          if (runs === s.compareRuns) runs = { ...runs };
          runs[key] = run;
        };
        for (const entry of comparedEntries(s)) {
          const key = resultKey(entry.scenario);
          const known = runs[key];
          if (known && known.status !== 'error' && known.status !== 'held') continue;
          const live = liveResultFor(s, entry.scenario);
          if (live) {
            change(key, { status: 'done', progress: 1, result: live, error: null });
            continue;
          }
          // The open scenario's own runs are under way: their full result will be used.
          const liveUnderWay = s.status === 'running' || s.fullRunPending;
          if (entry.id === s.currentId && liveUnderWay) continue;
          if (known?.status === 'error') continue;
          const next = gatedRun(s, entry.scenario, confirmed.has(key), entry.id === s.currentId);
          if (known?.status !== next.status) change(key, next);
        }
        // Queued, held and failed runs of scenarios no longer compared are dropped (picking one again
        // retries it); results are kept, up to the limit, and the latest of each compared scenario with them.
        for (const [key, run] of Object.entries(runs)) {
          if (run.status !== 'running' && run.status !== 'done' && !wanted.has(key)) {
            if (runs === s.compareRuns) runs = { ...runs };
            delete runs[key];
            // “Run anyway” holds while the scenario is compared: picked again, a slow one asks again.
            confirmed.delete(key);
          }
        }
        const latest = latestAfter(s, runs);
        if (runs !== s.compareRuns) set({ compareRuns: trim(runs, keepOf(s, latest)) });
        if (latest !== s.compareLatest) set({ compareLatest: latest });
        if (!runningProbe && running !== null && !wanted.has(running)) controller?.abort();
        queueProbes();
        pump();
      },

      runAnyway: (keys) => {
        for (const key of keys) confirmed.add(key);
        set((s) => ({
          compareRuns: release(s.compareRuns, keys),
          compareProbes: release(s.compareProbes, keys),
        }));
        pump();
      },
    };
  };
}
