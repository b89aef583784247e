/**
 * The app's state, in a React-free zustand store made of five slices: the scenario being edited
 * (scenarioSlice), the simulation runs (runSlice), the preset scenarios (presetSlice), the library of saved
 * scenarios with undo and redo (librarySlice) and the side-by-side comparison (compareSlice). Tests and the
 * worker bridge use it directly; components read it through `useSimulation` with a selector. Data flows one
 * way: an edit changes the scenario, the scenario change starts a run, the run's result lands here.
 *
 * With storage (the app's store: the browser's localStorage), the library is saved by zustand's `persist`
 * under LIBRARY_KEY: only the scenarios, their ids and which one is open, never results or run state.
 */
import { persist } from 'zustand/middleware';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario } from '../../models/types';
import { runSimulation } from '../worker/runSimulation';
import { type CompareSlice, createCompareSlice } from './compareSlice';
import {
  type KeyValueStorage,
  LIBRARY_KEY,
  LIBRARY_VERSION,
  LibraryStorage,
  migrateLibrary,
  RejectedLibrary,
  type SaveStatus,
  type StoredLibrary,
} from './libraryPersist';
import { createLibrarySlice, type LibrarySlice, mergeStoredLibrary, recordingEdits } from './librarySlice';
import { createPresetSlice, type FetchText, type PresetSlice } from './presetSlice';
import { createRunSlice, type RunSlice, type SimulationRunner } from './runSlice';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';

export {
  FULL_RUN_DELAY_MS,
  PREVIEW_TRIALS,
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

export type SimulationState = ScenarioSlice & RunSlice & PresetSlice & LibrarySlice & CompareSlice;

export interface SimulationStoreOptions {
  scenario?: Scenario;
  runner?: SimulationRunner;
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
  /** The clock of the set-aside records. */
  now?: () => Date;
}

const viteBase = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** A random id, from the Web Crypto API (available outside secure contexts too). */
export function randomId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return `s-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const NO_STORAGE_MESSAGE =
  'This browser does not let the planner store anything, so scenarios are not saved: they last as long as this tab.';

export type SimulationStore = StoreApi<SimulationState>;

export function createSimulationStore({
  scenario = DEFAULT_SCENARIO,
  runner = runSimulation,
  fetchText = (url) => fetch(url),
  baseUrl = viteBase,
  storage,
  createId = randomId,
  now,
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
      ...createPresetSlice(fetchText, baseUrl)(edit, get, api),
      ...createLibrarySlice({ scenario, createId, edit, saving })(set, get, api),
      ...createCompareSlice(runner)(set, get, api),
    };
  };
  if (!storage) return createStore<SimulationState>()(slices);

  let store: ReturnType<typeof persistedStore> | null = null;
  const adapter = new LibraryStorage(
    storage,
    (report) => store?.setState({ saveStatus: report.status, saveMessage: report.message }),
    now,
  );
  const persistedStore = () =>
    createStore<SimulationState>()(
      persist<SimulationState, [], [], StoredLibrary>(slices, {
        name: LIBRARY_KEY,
        version: LIBRARY_VERSION,
        storage: adapter,
        partialize: (s) => ({ entries: s.library, currentId: s.currentId }),
        migrate: (state, version) => {
          const migrated = migrateLibrary(state, version);
          if (!(migrated instanceof RejectedLibrary)) adapter.keepBeforeMigration(version);
          return migrated as StoredLibrary;
        },
        merge: (persisted, current) =>
          mergeStoredLibrary(persisted, current, { storage: adapter, createId, initialScenario: scenario }),
        onRehydrateStorage: () => (_state, error) => {
          if (error !== undefined) adapter.readFailed(error);
        },
        // Read once the store exists, so that what the reading finds can be reported in it.
        skipHydration: true,
      }),
    );
  const created = persistedStore();
  store = created;
  saving.retry = () => {
    // Stored data that could not be read is read again first; writing waits for that.
    if (adapter.isBlocked) void created.persist.rehydrate();
    adapter.retryNextWrite();
    created.setState({});
  };
  // persist reads synchronously from synchronous storage: the saved library is in the store from here on.
  void created.persist.rehydrate();
  // Another tab of the planner saved its library: its scenarios join this one's, so that the next save here
  // does not drop them (what this tab holds is kept as it is).
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== LIBRARY_KEY) return;
      const before = created.getState().scenario;
      void created.persist.rehydrate();
      // A tab nothing was done in yet takes the other tab's library whole, and opens its scenario.
      if (created.getState().scenario !== before) created.getState().refresh();
    });
  }
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
