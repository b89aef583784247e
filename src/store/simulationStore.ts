/**
 * The app's state, in a React-free zustand store made of six slices: the scenario being edited
 * (scenarioSlice), the simulation runs (runSlice), the analyses that follow a full run (analysisSlice),
 * the preset scenarios (presetSlice), the library of saved scenarios with undo and redo (librarySlice), the
 * side-by-side comparison (compareSlice) and the edits of the scenario's drill log (drillSlice). Tests and the
 * worker bridge use it directly; components read it through `useSimulation` with a selector. Data flows one
 * way: an edit changes the scenario, the scenario change starts a run, the run's result lands here.
 *
 * With storage (the app's store: the browser's localStorage), the library is saved by zustand's `persist`
 * under LIBRARY_KEY: only the scenarios, their ids and revisions and which one is open, never results or run
 * state. Other tabs of the planner save into the same library: every save merges with what they stored, and
 * what they store is merged into this tab's library as soon as the browser says so (librarySync.ts).
 */
import { persist } from 'zustand/middleware';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario } from '../../models/types';
import { runAnalysis, type Analyser } from '../worker/runAnalysis';
import { abortError, runSimulation } from '../worker/runSimulation';
import { type AnalysisSlice, createAnalysisSlice } from './analysisSlice';
import { type CompareSlice, createCompareSlice, keepCompareIds } from './compareSlice';
import { createDrillSlice, type DrillSlice } from './drillSlice';
import {
  type KeyValueStorage,
  LIBRARY_KEY,
  LIBRARY_VERSION,
  type LibraryRead,
  type LibrarySnapshot,
  LibraryStorage,
  type SaveStatus,
} from './libraryPersist';
import { createLibrarySlice, type LibrarySlice, NEW_SCENARIO_NAME, recordingEdits } from './librarySlice';
import { LibrarySync } from './librarySync';
import { createPresetSlice, type FetchText, type PresetSlice } from './presetSlice';
import { createRunSlice, type RunSlice, type SimulationRunner } from './runSlice';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';

export {
  FULL_RUN_DELAY_MS,
  PREVIEW_TRIALS,
  estimateRun,
  resultsCurrent,
  type HeldRun,
  type RunKind,
  type SimulationRunner,
  type SimulationStatus,
} from './runSlice';
export { TECHNOLOGY_PATHS, type TechnologyPath } from './scenarioSlice';
export type { FetchText, PresetInfo } from './presetSlice';
export {
  LIBRARY_KEY,
  SET_ASIDE_KEY,
  type KeyValueStorage,
  type LibraryEntry,
  type SaveStatus,
} from './libraryPersist';
export { HISTORY_LIMIT, type OpenOrigin } from './librarySlice';
export { COMPARE_MAX, COMPARE_MIN } from './compareSlice';

export type SimulationState = ScenarioSlice &
  RunSlice &
  AnalysisSlice &
  PresetSlice &
  LibrarySlice &
  CompareSlice &
  DrillSlice;

export interface SimulationStoreOptions {
  scenario?: Scenario;
  runner?: SimulationRunner;
  /**
   * How the analyses after a full run are made: on the workers by default, but only with the default
   * runner (a store given another runner, as tests give it, analyses nothing unless given an analyser).
   */
  analyser?: Analyser;
  /** How preset files are fetched; the browser's fetch by default. */
  fetchText?: FetchText;
  /** Where the site is served from, ending in "/"; Vite's base by default. */
  baseUrl?: string;
  /**
   * Where the library is saved. Left out: not saved (tests). null: saving was wanted but this browser
   * gives no storage, which the library says.
   */
  storage?: KeyValueStorage | null | undefined;
  /** New scenario ids; random by default. */
  createId?: () => string;
  /** The clock of the set-aside records and of deletions. */
  now?: () => Date;
  /**
   * Calls `listener` whenever another tab changed the stored library (with the key changed, null when
   * storage was cleared); returns what stops it. The browser's `storage` event by default.
   */
  watchStorage?: (listener: (key: string | null) => void) => () => void;
}

const viteBase = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** A random id, from the Web Crypto API (available outside secure contexts too). */
export function randomId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return `s-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The browser's `storage` event, fired in every other tab of the page's origin when one writes. */
function storageEvents(listener: (key: string | null) => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const onStorage = (event: StorageEvent) => listener(event.key);
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** An analyser that never finishes: the analysis stays "running" until the next run cancels it. */
const noAnalysis: Analyser = (_scenario, _result, { signal }) =>
  new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(abortError())));

const NO_STORAGE_MESSAGE =
  'This browser does not let the planner store anything, so scenarios are not saved: they last as long as this tab.';

export type SimulationStore = StoreApi<SimulationState>;

export function createSimulationStore({
  scenario = DEFAULT_SCENARIO,
  runner = runSimulation,
  analyser = runner === runSimulation ? runAnalysis : noAnalysis,
  fetchText = (url) => fetch(url),
  baseUrl = viteBase,
  storage,
  createId = randomId,
  now = () => new Date(),
  watchStorage = storageEvents,
}: SimulationStoreOptions = {}): SimulationStore {
  const saving = {
    status: (storage ? 'saved' : 'off') as SaveStatus,
    message: storage === null ? NO_STORAGE_MESSAGE : null,
    retry: () => undefined as void,
  };
  const slices: StateCreator<SimulationState> = (set, get, api) => {
    const edit = recordingEdits(set);
    return {
      ...createScenarioSlice(scenario)(edit, get, api),
      ...createRunSlice(runner)(set, get, api),
      ...createAnalysisSlice(analyser)(set, get, api),
      ...createPresetSlice(fetchText, baseUrl)(edit, get, api),
      ...createLibrarySlice({ scenario, createId, edit, saving })(set, get, api),
      ...createCompareSlice(runner)(set, get, api),
      ...createDrillSlice()(edit, get, api),
    };
  };
  if (!storage) return createStore<SimulationState>()(slices);

  let store: SimulationStore | null = null;
  const adapter = new LibraryStorage(
    storage,
    (report) => store?.setState({ saveStatus: report.status, saveMessage: report.message }),
    createId,
    now,
  );
  const sync = new LibrarySync({
    storage: adapter,
    createId,
    now,
    initialScenario: scenario,
    standIn: () => ({ id: createId(), scenario: { ...DEFAULT_SCENARIO, name: NEW_SCENARIO_NAME } }),
    store: () => store,
  });
  adapter.merger = sync;
  const persistedStore = () =>
    createStore<SimulationState>()(
      persist<SimulationState, [], [], LibrarySnapshot>(slices, {
        name: LIBRARY_KEY,
        version: LIBRARY_VERSION,
        storage: adapter,
        partialize: (s) => ({ entries: s.library, currentId: s.currentId }),
        // The adapter reads, migrates and validates: what reaches `merge` is a LibraryRead, or null.
        merge: (persisted, current) => sync.mergeStored(persisted as unknown as LibraryRead | null, current),
        onRehydrateStorage: () => (_state, error) => {
          if (error !== undefined) adapter.readFailed(error);
        },
        // Read once the store exists, so that what the reading finds can be reported in it.
        skipHydration: true,
      }),
    );
  const created = persistedStore();
  store = created;
  /** Saves now, even if nothing changed here since the last save (a save merges, so it is never wasted). */
  const save = () => {
    adapter.retryNextWrite();
    created.setState({});
  };
  /** Reads the stored library into this one; saves what this tab holds that it lacks. */
  const takeStored = () => {
    const before = created.getState().scenario;
    void created.persist.rehydrate();
    const after = created.getState();
    if (sync.hasUnsaved) save();
    else if (!adapter.isBlocked)
      adapter.matchesStored({ entries: after.library, currentId: after.currentId });
    if (after.scenario !== before) created.getState().refresh();
  };
  saving.retry = () => {
    // Stored data that could not be read is read again first; writing waits for that.
    if (adapter.isBlocked) takeStored();
    save();
  };
  // persist reads synchronously from synchronous storage: the saved library is in the store from here on
  // (and a library stored in an older shape is written in this one's).
  takeStored();
  // Another tab saved: its changes join this tab's library, scenario by scenario.
  watchStorage((key) => {
    if (key === LIBRARY_KEY || key === null) takeStored();
  });
  // The scenarios picked for comparison are there again after a reload.
  keepCompareIds(created, storage);
  return created;
}

/** The browser's localStorage, or null where it cannot be used (disabled, or refused to this page). */
export function browserStorage(): KeyValueStorage | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

/** The app's one store, saving its library in the browser. */
export const simulationStore = createSimulationStore({
  storage: typeof window === 'undefined' ? undefined : browserStorage(),
});
