/**
 * The library of named scenarios: one of them is open (the `scenario` the inputs edit and the simulation
 * runs), the others wait. New, duplicate, rename, delete (with undo), open, and `openAsNew` for a scenario
 * that arrives from a shared link or an imported file. Every accepted edit of the open scenario is an undo
 * step of that scenario: edits reach the store through `recordingEdits`, so a value the validator refused
 * (which never becomes the scenario) is never a step. Histories live in memory only; the library itself is
 * saved in the browser (see libraryPersist.ts).
 */
import type { StateCreator, StoreApi } from 'zustand/vanilla';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { parseScenario } from '../../models/scenario/validate';
import type { Scenario } from '../../models/types';
import type { LibraryEntry, SaveStatus } from './libraryPersist';
import { capitalize, messageFor } from './scenarioPaths';
import { markedAs, namesOf, uniqueName } from './scenarioNames';
import type { RefreshOptions } from './runSlice';
import type { SimulationState } from './simulationStore';

/** Undo steps kept per scenario (and as many redo steps). */
export const HISTORY_LIMIT = 100;
export const NEW_SCENARIO_NAME = 'New scenario';

/** Earlier versions of a scenario (`past`, oldest first) and the ones undone (`future`, next first). */
export interface EditHistory {
  past: Scenario[];
  future: Scenario[];
}

/** What deleting a scenario removed, so that it can be put back. */
export interface DeletedScenario {
  entry: LibraryEntry;
  /** Its place in the list. */
  index: number;
  wasCurrent: boolean;
  history: EditHistory | undefined;
  /** The new scenario that took its place when it was the last one, if any. */
  replacement: LibraryEntry | null;
}

/** Where a scenario opened with `openAsNew` comes from. */
export type OpenOrigin = 'link' | 'import' | 'preset' | 'session';

/** A preset opened as a new scenario, until it is edited, taken back, or the notice is dismissed. */
export interface PresetOpened {
  /** The new scenario's id, and the scenario as it opened (an edit makes it another object). */
  id: string;
  scenario: Scenario;
  /** The scenario open before, which is open again if the load is taken back. */
  previousId: string;
  previousName: string;
}

export interface LibrarySlice {
  /** Every saved scenario, in the order shown. */
  library: LibraryEntry[];
  /** Id of the open scenario; its entry's scenario is always `scenario`. */
  currentId: string;
  /**
   * Undo and redo steps by scenario id (memory only). A Map, not a plain object: a stored id such as
   * `constructor` or `__proto__` must not find a property every object inherits.
   */
  histories: ReadonlyMap<string, EditHistory>;
  /** The scenario last deleted, until it is put back or the notice is dismissed. */
  lastDeleted: DeletedScenario | null;
  /** The preset last opened as a new scenario, while it can still be taken back. */
  presetOpened: PresetOpened | null;
  /** Whether the library is being saved in the browser. */
  saveStatus: SaveStatus;
  /** Why saving is failing or paused, or that it works again; null when there is nothing to say. */
  saveMessage: string | null;
  /** What was found when the saved library was read (scenarios set aside and why). */
  loadNotices: string[];
  /** Adds a scenario made from the default and opens it; returns its id. */
  newScenario: () => string;
  /** Adds a copy of scenario `id` ("… (copy)") after it and opens it; returns its id, or null if none. */
  duplicateScenario: (id: string) => string | null;
  /** Renames scenario `id`; returns why the name was refused, or null when it was taken. */
  renameScenario: (id: string, name: string) => string | null;
  /** Deletes scenario `id` (undoable with `undoDelete`); the library is never left empty. */
  deleteScenario: (id: string) => boolean;
  /** Puts the last deleted scenario back where it was; returns its id, or null if there is none. */
  undoDelete: () => string | null;
  /** Forgets the last deletion (the notice goes). */
  dismissDeleted: () => void;
  /** Opens scenario `id` for editing and runs it. */
  switchScenario: (id: string) => boolean;
  /**
   * Gives the open scenario the default inputs, keeping its name, as one edit that Undo takes back: the
   * way out when its inputs cannot be shown. Other scenarios are not touched.
   */
  resetScenario: () => void;
  /**
   * Adds `scenario` as a new entry (its name suffixed when taken: "Checkout (shared)") and opens it; never
   * overwrites a saved scenario. Returns the new id. Throws when the scenario is not valid.
   */
  openAsNew: (scenario: Scenario, origin: OpenOrigin) => string;
  /**
   * Takes back the opening of a preset: its new scenario goes (it was not edited) and the scenario open
   * before is open again. False when there is nothing to take back.
   */
  undoPresetOpened: () => boolean;
  /** Forgets the preset opened (its notice goes); the scenario stays. */
  dismissPresetOpened: () => void;
  /** Goes back one accepted edit of the open scenario; false when there is none. */
  undo: () => boolean;
  /** Goes forward one undone edit; false when there is none. */
  redo: () => boolean;
  /** Tries to save again now (and to read the saved library again if it could not be read). */
  retrySaving: () => void;
  dismissLoadNotices: () => void;
}

type SetState = StoreApi<SimulationState>['setState'];
type Patch = Partial<SimulationState>;

export const EMPTY_HISTORY: EditHistory = { past: [], future: [] };

export function warningsOf(scenario: Scenario): string[] {
  const parsed = parseScenario(scenario);
  return parsed.ok ? parsed.warnings : [];
}

/** The patch that opens `entry`: its scenario becomes what the inputs edit and the simulation runs. */
export function openPatch(entry: LibraryEntry): Patch {
  return {
    currentId: entry.id,
    scenario: entry.scenario,
    drafts: {},
    fieldErrors: {},
    warnings: warningsOf(entry.scenario),
    presetId: null,
  };
}

const withScenario = (library: LibraryEntry[], id: string, scenario: Scenario): LibraryEntry[] =>
  library.map((entry) => (entry.id === id ? { id, scenario } : entry));

/** `histories` with the history of `id` replaced, or removed when `history` is undefined. */
export function withHistory(
  histories: ReadonlyMap<string, EditHistory>,
  id: string,
  history: EditHistory | undefined,
): ReadonlyMap<string, EditHistory> {
  const next = new Map(histories);
  if (history) next.set(id, history);
  else next.delete(id);
  return next;
}

export const bounded = (list: Scenario[]) =>
  list.length > HISTORY_LIMIT ? list.slice(-HISTORY_LIMIT) : list;

/** Scenario `id` becomes `after`, and what it was becomes an undo step (the redo steps go). */
function editStep(state: SimulationState, id: string, after: Scenario): Patch {
  const entry = state.library.find((e) => e.id === id);
  if (!entry) return {};
  const history = state.histories.get(id) ?? EMPTY_HISTORY;
  return {
    library: withScenario(state.library, id, after),
    histories: withHistory(state.histories, id, {
      past: bounded([...history.past, entry.scenario]),
      future: [],
    }),
  };
}

/**
 * The store's `set` for the slices that edit the scenario: a patch that changes `scenario` also updates the
 * open entry of the library and records the edit as an undo step, in the same update.
 */
export function recordingEdits(set: SetState): SetState {
  const recording = (partial: Patch | ((state: SimulationState) => Patch)) =>
    set((state) => {
      const patch = typeof partial === 'function' ? partial(state) : partial;
      const next = patch.scenario;
      if (next === undefined || next === state.scenario) return patch;
      return { ...patch, ...editStep(state, state.currentId, next) };
    });
  return recording as SetState;
}

/** How the name of a scenario opened as new is told from one it would repeat. */
const ORIGIN_SUFFIXES: Record<OpenOrigin, (n: number) => string> = {
  link: markedAs('shared'),
  import: markedAs('imported'),
  // A preset opened again, or a second session for the same client: "Payments ledger (2)".
  preset: (n) => ` (${n + 1})`,
  session: (n) => ` (${n + 1})`,
};

export interface LibraryOptions {
  /** The scenario the library starts with when nothing is saved. */
  scenario: Scenario;
  createId: () => string;
  /** The store's `set` that records edits (see `recordingEdits`). */
  edit: SetState;
  /** Saving in the browser, when the store has storage. */
  saving: { status: SaveStatus; message: string | null; retry: () => void };
}

export function createLibrarySlice(
  options: LibraryOptions,
): StateCreator<SimulationState, [], [], LibrarySlice> {
  const { createId, edit } = options;
  return (set, get) => {
    /** Adds `entry` after position `after` (at the end by default) and opens it. */
    const addAndOpen = (entry: LibraryEntry, after?: number, run?: RefreshOptions): string => {
      set((s) => {
        const at = after === undefined ? s.library.length : after + 1;
        return { library: [...s.library.slice(0, at), entry, ...s.library.slice(at)], ...openPatch(entry) };
      });
      get().refresh(run);
      return entry.id;
    };

    /** Moves through the open scenario's history: undo takes from `past`, redo from `future`. */
    const travel = (direction: 'undo' | 'redo'): boolean => {
      const s = get();
      const history = s.histories.get(s.currentId) ?? EMPTY_HISTORY;
      const target = direction === 'undo' ? history.past.at(-1) : history.future[0];
      if (!target) return false;
      const next: EditHistory =
        direction === 'undo'
          ? {
              past: history.past.slice(0, -1),
              future: [s.scenario, ...history.future].slice(0, HISTORY_LIMIT),
            }
          : { past: bounded([...history.past, s.scenario]), future: history.future.slice(1) };
      set({
        scenario: target,
        library: withScenario(s.library, s.currentId, target),
        histories: withHistory(s.histories, s.currentId, next),
        drafts: {},
        fieldErrors: {},
        warnings: warningsOf(target),
      });
      get().refresh();
      return true;
    };

    const firstId = createId();
    return {
      library: [{ id: firstId, scenario: options.scenario }],
      currentId: firstId,
      histories: new Map(),
      lastDeleted: null,
      presetOpened: null,
      saveStatus: options.saving.status,
      saveMessage: options.saving.message,
      loadNotices: [],

      newScenario: () => {
        const name = uniqueName(NEW_SCENARIO_NAME, namesOf(get().library), (n) => ` ${n + 1}`);
        return addAndOpen({ id: createId(), scenario: { ...DEFAULT_SCENARIO, name } });
      },

      duplicateScenario: (id) => {
        const { library } = get();
        const index = library.findIndex((e) => e.id === id);
        const original = library[index];
        if (!original) return null;
        const base = original.scenario.name.replace(/ \(copy(?: \d+)?\)$/, '');
        const name = uniqueName(base, namesOf(library), markedAs('copy'), false);
        return addAndOpen({ id: createId(), scenario: { ...original.scenario, name } }, index);
      },

      renameScenario: (id, text) => {
        const s = get();
        const entry = s.library.find((e) => e.id === id);
        if (!entry) return 'There is no such scenario.';
        const name = text.trim();
        if (name === entry.scenario.name) return null;
        const candidate = { ...entry.scenario, name };
        const parsed = parseScenario(candidate);
        if (!parsed.ok)
          return messageFor(parsed.errors, ['name']) ?? capitalize(parsed.errors[0] ?? 'Not valid.');
        if (id === s.currentId) {
          // The same edit as typing in the Name field: an undo step of the open scenario.
          edit((state) => ({
            scenario: candidate,
            drafts: withoutKey(state.drafts, 'name'),
            fieldErrors: withoutKey(state.fieldErrors, 'name'),
          }));
        } else {
          set((state) => editStep(state, id, candidate));
        }
        return null;
      },

      deleteScenario: (id) => {
        const s = get();
        const index = s.library.findIndex((e) => e.id === id);
        const entry = s.library[index];
        if (!entry) return false;
        const wasCurrent = id === s.currentId;
        let library = s.library.filter((e) => e.id !== id);
        let replacement: LibraryEntry | null = null;
        if (library.length === 0) {
          replacement = { id: createId(), scenario: { ...DEFAULT_SCENARIO, name: NEW_SCENARIO_NAME } };
          library = [replacement];
        }
        const next = library[Math.min(index, library.length - 1)] as LibraryEntry;
        set({
          library,
          histories: withHistory(s.histories, id, undefined),
          lastDeleted: { entry, index, wasCurrent, history: s.histories.get(id), replacement },
          compareIds: s.compareIds.filter((c) => c !== id),
          ...(wasCurrent ? openPatch(next) : {}),
        });
        if (wasCurrent) get().refresh();
        return true;
      },

      undoDelete: () => {
        const s = get();
        const deleted = s.lastDeleted;
        if (!deleted) return null;
        let library = s.library;
        // The blank scenario that stood in for an emptied library goes again, unless it was worked on.
        const stand = deleted.replacement;
        if (stand && library.length === 1 && library[0]?.scenario === stand.scenario) library = [];
        const at = Math.min(deleted.index, library.length);
        library = [...library.slice(0, at), deleted.entry, ...library.slice(at)];
        const histories = deleted.history
          ? withHistory(s.histories, deleted.entry.id, deleted.history)
          : s.histories;
        const reopen = deleted.wasCurrent || !library.some((e) => e.id === s.currentId);
        set({ library, histories, lastDeleted: null, ...(reopen ? openPatch(deleted.entry) : {}) });
        if (reopen) get().refresh();
        return deleted.entry.id;
      },

      dismissDeleted: () => set({ lastDeleted: null }),

      switchScenario: (id) => {
        const s = get();
        const entry = s.library.find((e) => e.id === id);
        if (!entry) return false;
        if (id === s.currentId) return true;
        set(openPatch(entry));
        get().refresh();
        return true;
      },

      resetScenario: () => {
        const { scenario } = get();
        edit({
          scenario: { ...DEFAULT_SCENARIO, name: scenario.name },
          drafts: {},
          fieldErrors: {},
          warnings: warningsOf(DEFAULT_SCENARIO),
          presetId: null,
        });
        get().refresh();
      },

      openAsNew: (scenario, origin) => {
        const parsed = parseScenario(scenario);
        if (!parsed.ok) throw new Error(`not a valid scenario: ${parsed.errors[0] ?? 'unknown problem'}`);
        const name = uniqueName(parsed.scenario.name, namesOf(get().library), ORIGIN_SUFFIXES[origin]);
        // Someone else's link must not start a long run in this browser unasked.
        return addAndOpen({ id: createId(), scenario: { ...parsed.scenario, name } }, undefined, {
          confirmSlow: origin === 'link',
        });
      },

      undoPresetOpened: () => {
        const s = get();
        const opened = s.presetOpened;
        const entry = opened && s.library.find((e) => e.id === opened.id);
        // Only a scenario as it opened is taken back: an edited one is work, and stays.
        if (!opened || !entry || entry.scenario !== opened.scenario) {
          set({ presetOpened: null });
          return false;
        }
        const library = s.library.filter((e) => e.id !== opened.id);
        const previous = library.find((e) => e.id === opened.previousId) ?? library[0];
        if (!previous) {
          set({ presetOpened: null });
          return false;
        }
        set({
          library,
          histories: withHistory(s.histories, opened.id, undefined),
          compareIds: s.compareIds.filter((c) => c !== opened.id),
          presetOpened: null,
          ...(s.currentId === opened.id ? openPatch(previous) : {}),
        });
        if (s.currentId === opened.id) get().refresh();
        return true;
      },

      dismissPresetOpened: () => set({ presetOpened: null }),

      undo: () => travel('undo'),
      redo: () => travel('redo'),

      retrySaving: () => options.saving.retry(),

      dismissLoadNotices: () => set({ loadNotices: [] }),
    };
  };
}

function withoutKey(record: Record<string, string>, key: string): Record<string, string> {
  if (!(key in record)) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}
