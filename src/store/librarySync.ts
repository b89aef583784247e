/**
 * This tab's library and the stored one, kept together. Three moments bring them together: the first read
 * (the stored library replaces the starting one), every save (read what is stored, merge, write: see
 * LibraryStorage.setItem), and another tab's save, which the browser announces (what it stored is merged
 * into this tab's library; whatever of this tab's is not stored yet is then saved).
 *
 * Each merge is decided by mergeLibrary (libraryMerge.ts); here its outcome reaches the rest of the store:
 * the open scenario, the undo histories (which stay in this tab's memory), the comparison, and the notices
 * that tell people what happened.
 */
import type { Scenario } from '../../models/types';
import {
  type Conflict,
  EMPTY_RECORDS,
  type KnownRevisions,
  knownFrom,
  type LibraryRecords,
  type Merge,
  mergeLibrary,
} from './libraryMerge';
import type {
  LibraryEntry,
  LibraryMerger,
  LibraryRead,
  LibrarySnapshot,
  LibraryStorage,
  StoredLibrary,
} from './libraryPersist';
import { bounded, EMPTY_HISTORY, type EditHistory, openPatch, warningsOf } from './librarySlice';
import type { SimulationState, SimulationStore } from './simulationStore';

type Patch = Partial<SimulationState>;

/** What people are told of a conflict (see Conflict in libraryMerge.ts). */
export function conflictNotice({ kind, name, copy }: Conflict): string {
  const kept = copy.scenario.name;
  switch (kind) {
    case 'edited':
      return `“${name}” was changed in another tab too. Both versions are kept: this tab’s as “${name}”, the other tab’s as “${kept}”.`;
    case 'deleted-there':
      return `“${name}” was deleted in another tab while it was being changed here. The deletion stands; the changes made here are kept as “${kept}”.`;
    case 'deleted-here':
      return `“${name}” was changed in another tab while it was being deleted here. The deletion stands; the other tab’s version is kept as “${kept}”.`;
  }
}

const deletedOpenNotice = (name: string, next: string) =>
  `“${name}”, open here, was deleted in another tab; “${next}” is open instead.`;

/** `notices` followed by those of `more` it does not hold yet. */
function withNotices(notices: string[], more: readonly string[]): string[] {
  const fresh = more.filter((notice, i) => !notices.includes(notice) && more.indexOf(notice) === i);
  return fresh.length > 0 ? [...notices, ...fresh] : notices;
}

/**
 * The histories after a merge. A change that came from another tab is an undo step like any other (Undo
 * here takes it back); the history of a scenario that went goes with it, or follows this tab's changes
 * into the copy that keeps them.
 */
function mergedHistories(state: SimulationState, merge: Merge): ReadonlyMap<string, EditHistory> {
  const histories = new Map(state.histories);
  const after = new Map(merge.library.map((entry) => [entry.id, entry]));
  for (const id of merge.taken) {
    const before = state.library.find((entry) => entry.id === id);
    const now = after.get(id);
    if (!before || !now || before.scenario === now.scenario) continue;
    const history = histories.get(id) ?? EMPTY_HISTORY;
    histories.set(id, { past: bounded([...history.past, before.scenario]), future: [] });
  }
  for (const conflict of merge.conflicts) {
    const history = histories.get(conflict.id);
    if (conflict.kind === 'deleted-there' && history) histories.set(conflict.copy.id, history);
  }
  for (const id of [...histories.keys()]) if (!after.has(id)) histories.delete(id);
  return histories;
}

/**
 * The open scenario after a merge: the same one, with what another tab made of it; or, when it went, the
 * copy that keeps this tab's changes to it, else the scenario now in its place (and people are told).
 */
function mergedOpen(state: SimulationState, merge: Merge): { patch: Patch; notices: string[] } {
  const open = merge.library.find((entry) => entry.id === state.currentId);
  if (open) {
    if (open.scenario === state.scenario) return { patch: {}, notices: [] };
    const patch = {
      scenario: open.scenario,
      drafts: {},
      fieldErrors: {},
      warnings: warningsOf(open.scenario),
    };
    return { patch, notices: [] };
  }
  const moved = merge.conflicts.find((c) => c.kind === 'deleted-there' && c.id === state.currentId);
  if (moved) return { patch: openPatch(moved.copy), notices: [] };
  const index = state.library.findIndex((entry) => entry.id === state.currentId);
  const next = merge.library[Math.min(Math.max(index, 0), merge.library.length - 1)] as LibraryEntry;
  return {
    patch: openPatch(next),
    notices: [deletedOpenNotice(state.scenario.name, next.scenario.name)],
  };
}

const unchanged = (before: readonly LibraryEntry[], after: readonly LibraryEntry[]) =>
  before.length === after.length && before.every((entry, i) => entry === after[i]);

/**
 * What a merge changes in the store, or null when it changes nothing here (only this tab's changes go
 * out). `notices` are what reading found, added to those of the merge.
 */
export function mergePatch(state: SimulationState, merge: Merge, notices: readonly string[]): Patch | null {
  const all = [...notices, ...merge.conflicts.map(conflictNotice)];
  if (unchanged(state.library, merge.library)) {
    return all.length > 0 ? { loadNotices: withNotices(state.loadNotices, all) } : null;
  }
  const ids = new Set(merge.library.map((entry) => entry.id));
  const open = mergedOpen(state, merge);
  const lastDeleted = state.lastDeleted && ids.has(state.lastDeleted.entry.id) ? null : state.lastDeleted;
  return {
    library: merge.library,
    histories: mergedHistories(state, merge),
    compareIds: state.compareIds.filter((id) => ids.has(id)),
    lastDeleted,
    ...open.patch,
    loadNotices: withNotices(state.loadNotices, [...all, ...open.notices]),
  };
}

export interface LibrarySyncOptions {
  storage: LibraryStorage;
  createId: () => string;
  now: () => Date;
  /** The scenario the library starts with when nothing is saved. */
  initialScenario: Scenario;
  /** The library a merge would leave empty starts again from this (a new scenario). */
  standIn: () => LibraryEntry;
  /** The store, once it exists. */
  store: () => SimulationStore | null;
}

/**
 * This tab's side of the shared library: the revisions it last read or wrote (the base of its changes),
 * and the merges of reading and saving.
 */
export class LibrarySync implements LibraryMerger {
  private known: KnownRevisions = new Map();
  /** The save being written: what it read and what it writes, until it is settled. */
  private saving: { seen: LibraryRecords; stored: LibraryRecords } | null = null;
  private unsaved = false;

  constructor(private readonly options: LibrarySyncOptions) {}

  /** Whether this tab holds something the stored library lacks (a change made here, a conflict's copy). */
  get hasUnsaved(): boolean {
    return this.unsaved;
  }

  private merge3(mine: readonly LibraryEntry[], stored: LibraryRecords): Merge {
    const { createId, now, standIn } = this.options;
    return mergeLibrary(this.known, mine, stored, { createId, now: now(), standIn });
  }

  /**
   * A tab nothing was done in yet (its starting scenario untouched, nothing read or written) takes the
   * stored library whole.
   */
  private untouched(state: SimulationState): boolean {
    const [only, ...more] = state.library;
    return (
      this.known.size === 0 &&
      more.length === 0 &&
      only?.scenario === this.options.initialScenario &&
      state.histories.size === 0
    );
  }

  /**
   * persist's `merge`: what a read found (on load, when another tab saved, on a retry) into the store's
   * state. Nothing is written here; `hasUnsaved` says whether a save should follow.
   */
  mergeStored(read: LibraryRead | null, current: SimulationState): SimulationState {
    const notices = this.options.storage.takeNotices();
    const loadNotices = withNotices(current.loadNotices, notices);
    if (read === null) return { ...current, loadNotices };
    if (this.untouched(current)) {
      this.known = knownFrom(read.records);
      this.unsaved = read.migrated;
      const library = read.records.entries.map(({ id, scenario }) => ({ id, scenario }));
      const open = library.find((entry) => entry.id === read.currentId) ?? library[0];
      if (!open) return { ...current, loadNotices };
      return {
        ...current,
        ...openPatch(open),
        library,
        histories: new Map(),
        lastDeleted: null,
        compareIds: [],
        loadNotices,
      };
    }
    const merge = this.merge3(current.library, read.records);
    this.known = knownFrom(read.records);
    this.unsaved = read.migrated || merge.changedHere;
    return { ...current, ...mergePatch(current, merge, notices) };
  }

  /** LibraryMerger: a save merges what is stored now into the store, and hands back what to write. */
  merge(stored: LibraryRead | null): { stored: StoredLibrary; mine: LibrarySnapshot } {
    const store = this.options.store();
    if (!store) throw new Error('the library is saved before its store exists');
    const before = store.getState();
    const seen = stored?.records ?? EMPTY_RECORDS;
    const merge = this.merge3(before.library, seen);
    const patch = mergePatch(before, merge, this.options.storage.takeNotices());
    if (patch) store.setState(patch);
    const after = store.getState();
    if (after.scenario !== before.scenario) after.refresh();
    this.saving = { seen, stored: merge.records };
    return {
      stored: { ...merge.records, currentId: after.currentId },
      mine: { entries: after.library, currentId: after.currentId },
    };
  }

  /** LibraryMerger: written, this tab knows what it wrote; not, what it read (its changes still to save). */
  settled(written: boolean): void {
    if (!this.saving) return;
    this.known = knownFrom(written ? this.saving.stored : this.saving.seen);
    this.unsaved = !written;
    this.saving = null;
  }
}
