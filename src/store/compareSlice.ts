/**
 * Comparing saved scenarios side by side: which ones (two to four), and their full runs. Each compared
 * scenario runs with its own seed and its full number of trials, one run at a time (they share the worker
 * pool with the live runs). Results are kept by the scenario's content, so a scenario compared before, or a
 * copy of one, shows at once. The open scenario is not run twice: the live full run's result is used for it.
 */
import type { StateCreator, StoreApi } from 'zustand/vanilla';
import type { Scenario, SimulationResult } from '../../models/types';
import { canonical } from './canonicalJson';
import { differenceProbes, probeScenario } from './compareDifferences';
import type { KeyValueStorage, LibraryEntry } from './libraryPersist';
import type { SimulationRunner } from './runSlice';
import type { SimulationState } from './simulationStore';

/** Most scenarios compared at once (and the fewest worth comparing). */
export const COMPARE_MAX = 4;
export const COMPARE_MIN = 2;
/** Results kept for scenarios no longer compared, so that switching back is instant. */
export const COMPARE_CACHE_LIMIT = 12;

export type CompareRunStatus = 'queued' | 'running' | 'done' | 'error';

export interface CompareRun {
  status: CompareRunStatus;
  /** Fraction of the run done, 0..1. */
  progress: number;
  result: SimulationResult | null;
  error: string | null;
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
  /** Adds scenario `id` to the comparison (up to COMPARE_MAX), or takes it out. */
  toggleCompare: (id: string) => void;
  /** Starts the runs the compared scenarios still need; idempotent, cheap when nothing is missing. */
  runCompare: () => void;
}

/**
 * What a scenario's results depend on, as a key: everything but its name, description and the sources of
 * its inputs (a renamed copy, or the same figures typed for a client, has the same numbers).
 */
export function resultKey(scenario: Scenario): string {
  const { name: _name, description: _description, provenance: _provenance, ...rest } = scenario;
  return canonical(rest);
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
    /** Key of the run in progress, if any. */
    let running: string | null = null;

    const update = (key: string, run: Partial<CompareRun>) =>
      set((s) => {
        const before = s.compareRuns[key];
        if (!before) return {};
        return { compareRuns: { ...s.compareRuns, [key]: { ...before, ...run } } };
      });

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
      running = key;
      update(key, { status: 'running', progress: 0 });
      runner(next.scenario, {
        onProgress: (fraction) => update(key, { progress: Math.min(1, Math.max(0, fraction)) }),
      }).then(
        ({ result }) => {
          running = null;
          set((state) => {
            // Moved to the end: the most recently computed result is the last one dropped.
            const runs = { ...state.compareRuns };
            delete runs[key];
            runs[key] = { status: 'done', progress: 1, result, error: null };
            return { compareRuns: trim(runs, keysOf(state)) };
          });
          pump();
        },
        (error: unknown) => {
          running = null;
          update(key, { status: 'error', error: errorText(error) });
          pump();
        },
      );
    };

    const pumpProbe = () => {
      const s = get();
      const key = [...probeScenarios.keys()].find((k) => s.compareProbes[k]?.status === 'queued');
      const scenario = key === undefined ? undefined : probeScenarios.get(key);
      if (key === undefined || scenario === undefined) return;
      running = key;
      updateProbe(key, { status: 'running', progress: 0 });
      runner(scenario, {
        onProgress: (fraction) => updateProbe(key, { progress: Math.min(1, Math.max(0, fraction)) }),
      }).then(
        ({ result }) => {
          running = null;
          updateProbe(key, { status: 'done', progress: 1, result, error: null });
          pump();
        },
        (error: unknown) => {
          running = null;
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
      for (const key of probeScenarios.keys()) {
        if (probes[key]) continue;
        if (probes === s.compareProbes) probes = { ...probes };
        probes[key] = { status: 'queued', progress: 0, result: null, error: null };
      }
      const spare = Object.keys(probes).filter((key) => !probeScenarios.has(key));
      const drop = spare.filter((key) => probes[key]?.status !== 'done');
      const excess = spare.length - drop.length - PROBE_CACHE_LIMIT;
      const done = spare.filter((key) => probes[key]?.status === 'done');
      for (const key of [...drop, ...(excess > 0 ? done.slice(0, excess) : [])]) {
        if (probes[key]?.status === 'running') continue;
        if (probes === s.compareProbes) probes = { ...probes };
        delete probes[key];
      }
      if (probes !== s.compareProbes) set({ compareProbes: probes });
    };

    const keysOf = (s: SimulationState) => new Set(comparedEntries(s).map((e) => resultKey(e.scenario)));

    return {
      compareIds: [],
      compareRuns: {},
      compareProbes: {},

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
          if (known && known.status !== 'error') continue;
          const live = liveResultFor(s, entry.scenario);
          if (live) {
            change(key, { status: 'done', progress: 1, result: live, error: null });
            continue;
          }
          // The open scenario's own runs are under way: their full result will be used.
          const liveUnderWay = s.status === 'running' || s.fullRunPending;
          if (entry.id === s.currentId && liveUnderWay) continue;
          if (known?.status === 'error') continue;
          change(key, { status: 'queued', progress: 0, result: null, error: null });
        }
        // Queued and failed runs of scenarios no longer compared are dropped (picking one again retries it);
        // results are kept, up to the limit.
        for (const [key, run] of Object.entries(runs)) {
          if ((run.status === 'queued' || run.status === 'error') && !wanted.has(key)) {
            if (runs === s.compareRuns) runs = { ...runs };
            delete runs[key];
          }
        }
        if (runs !== s.compareRuns) set({ compareRuns: trim(runs, wanted) });
        queueProbes();
        pump();
      },
    };
  };
}
