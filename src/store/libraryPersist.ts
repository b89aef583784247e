/**
 * Where the scenario library lives in the browser, and how it is read back. The library (scenarios with
 * their revisions, tombstones of deleted ones, which one is open) is kept under LIBRARY_KEY by zustand's
 * `persist`, through the adapter below, which never lets a storage problem reach the app: a read or a write
 * that fails becomes a message, and the work in memory is never touched by it.
 *
 * Every tab of the planner saves into the same library, so a save reads what is stored first and writes the
 * merge of that and this tab's library (see libraryMerge.ts), never this tab's library whole.
 *
 * Nothing unreadable is thrown away. Stored data that cannot be read (not JSON, not a library, a version
 * this one does not read) and stored scenarios that fail validation are copied under SET_ASIDE_KEY, with the
 * reason, before the library is written again; when even that copy cannot be made, nothing is written over
 * the stored library until it can.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { parseScenario } from '../../models/scenario/validate';
import type { Scenario } from '../../models/types';
import type { LibraryRecords, StoredEntry, Tombstone } from './libraryMerge';

export const LIBRARY_KEY = 'ha-planner:library';
export const SET_ASIDE_KEY = 'ha-planner:library:set-aside';
/**
 * Version of the stored library's shape (not of the scenario format, which has its own schemaVersion).
 * 1: scenarios and the open one's id; 2: each scenario with its revision, and tombstones of deleted ones.
 */
export const LIBRARY_VERSION = 2;

/** One saved scenario, as this tab holds it. */
export interface LibraryEntry {
  id: string;
  scenario: Scenario;
}

/** This tab's library, as `persist` hands it over to be saved: nothing else (no results, no run state). */
export interface LibrarySnapshot {
  entries: LibraryEntry[];
  currentId: string;
}

/** What is stored: every scenario with its revision, the tombstones, and the scenario open when saved. */
export interface StoredLibrary extends LibraryRecords {
  currentId: string;
}

/** A stored library as read: validated, brought up to the current version. */
export interface LibraryRead {
  records: LibraryRecords;
  /** The scenario open when it was saved, if it is one of them. */
  currentId: string | null;
  /** It was stored in an older version's shape (and wants writing in this one's). */
  migrated: boolean;
}

/** What the library needs of Web Storage; `localStorage` fits, and so does a test double. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * 'saved': every change is written; 'failed': the last write failed (the next change tries again);
 * 'paused': nothing is written, so as not to overwrite stored data that could not be read; 'off': this
 * browser gives no storage, or the store was made without one.
 */
export type SaveStatus = 'saved' | 'failed' | 'paused' | 'off';

export interface SaveReport {
  status: SaveStatus;
  /** What people should know about it; null when there is nothing to say. */
  message: string | null;
}

/** One thing set aside under SET_ASIDE_KEY: a stored entry or the text of unreadable stored data. */
export interface SetAsideItem {
  /** When it was set aside, ISO 8601. */
  at: string;
  reason: string;
  entry?: unknown;
  text?: string;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/* ---------------------------------------------------------------------------------------------------------
 * Versions
 */

/** A stored library this version cannot read, with the reason; handed from `migrate` to `merge`. */
export class RejectedLibrary {
  constructor(readonly reason: string) {}
}

/**
 * Each earlier version of the stored library, with the step that turns it into the next version.
 * Version 0 is what a store that kept only the scenario being edited writes with persist's default version:
 * `{ scenario }`. It becomes a library of that one scenario. Version 1 has no revisions: each scenario is
 * at its first, and nothing is known to be deleted.
 */
const MIGRATIONS: Record<number, (state: unknown) => unknown> = {
  0: (state) => {
    if (!isObject(state) || !('scenario' in state)) {
      throw new Error('a version-0 library holds one scenario, `{ "scenario": … }`, and this one does not');
    }
    return { entries: [{ id: 'scenario-1', scenario: state.scenario }], currentId: 'scenario-1' };
  },
  1: (state) => {
    if (!isObject(state) || !Array.isArray(state['entries'])) return state;
    const entries = state['entries'].map((item: unknown) => (isObject(item) ? { ...item, rev: 1 } : item));
    return { ...state, entries, deleted: [] };
  },
};

/**
 * The stored state of `version` as the current version reads it (entries still to be validated), or a
 * RejectedLibrary saying why it cannot be read. Never throws.
 */
export function migrateLibrary(state: unknown, version: number): unknown {
  if (version > LIBRARY_VERSION) {
    return new RejectedLibrary(
      `it was saved by a newer version of HA Planner (library version ${version}; this one reads version ${LIBRARY_VERSION})`,
    );
  }
  let value = state;
  for (let v = version; v < LIBRARY_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return new RejectedLibrary(`library version ${version} is not one this version can read`);
    try {
      value = step(value);
    } catch (error) {
      return new RejectedLibrary(
        `it could not be brought up to date from version ${version}: ${errorText(error)}`,
      );
    }
  }
  return value;
}

/* ---------------------------------------------------------------------------------------------------------
 * Reading a stored library
 */

export interface SetAsideEntry {
  entry: unknown;
  /** The scenario's name if it has one, else its position: for the message. */
  label: string;
  reasons: string[];
}

export type LibraryValidation =
  | { ok: true; read: Omit<LibraryRead, 'migrated'>; setAside: SetAsideEntry[] }
  | { ok: false; reason: string };

const MAX_ID_LENGTH = 200;

const isRevision = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

/** A usable tombstone, or null: a damaged one is dropped, which at worst lets a stale tab undo a deletion. */
function readTombstone(item: unknown): Tombstone | null {
  if (!isObject(item)) return null;
  const { id, rev, deletedAt } = item;
  if (typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH || !isRevision(rev)) return null;
  return { id, rev, deletedAt: typeof deletedAt === 'string' ? deletedAt : new Date(0).toISOString() };
}

/**
 * Reads a stored library in the current version's shape: every scenario passes through the validator
 * (parseScenario), and one that fails is listed in `setAside` with the reasons instead of being used. An
 * entry whose id is missing or taken gets a new one (at revision 1); a missing or damaged revision counts as
 * the first. Never throws.
 */
export function readLibrary(state: unknown, createId: () => string): LibraryValidation {
  if (!isObject(state)) return { ok: false, reason: 'it is not a saved library' };
  const list = state['entries'];
  if (!Array.isArray(list)) return { ok: false, reason: 'it has no list of scenarios' };
  const entries: StoredEntry[] = [];
  const setAside: SetAsideEntry[] = [];
  const ids = new Set<string>();
  list.forEach((item: unknown, index) => {
    const scenario = isObject(item) ? item['scenario'] : undefined;
    const name = isObject(scenario) ? scenario['name'] : undefined;
    const label = typeof name === 'string' && name.trim() !== '' ? name : `Scenario ${index + 1}`;
    if (!isObject(item)) {
      setAside.push({ entry: item, label, reasons: ['it is not a saved scenario'] });
      return;
    }
    const parsed = parseScenario(scenario);
    if (!parsed.ok) {
      setAside.push({ entry: item, label, reasons: parsed.errors });
      return;
    }
    const given = item['id'];
    const usable =
      typeof given === 'string' && given !== '' && given.length <= MAX_ID_LENGTH && !ids.has(given);
    const id = usable ? given : createId();
    ids.add(id);
    const rev = usable && isRevision(item['rev']) ? item['rev'] : 1;
    entries.push({ id, rev, scenario: parsed.scenario });
  });
  // A tombstone for an id that also has a scenario (which no save writes) is ignored: the scenario stays.
  const deleted: Tombstone[] = [];
  const storedDeleted = state['deleted'];
  for (const item of Array.isArray(storedDeleted) ? storedDeleted : []) {
    const tombstone = readTombstone(item);
    if (tombstone && !ids.has(tombstone.id) && !deleted.some((t) => t.id === tombstone.id)) {
      deleted.push(tombstone);
    }
  }
  const current = state['currentId'];
  return {
    ok: true,
    read: {
      records: { entries, deleted },
      currentId: typeof current === 'string' && ids.has(current) ? current : null,
    },
    setAside,
  };
}

/* ---------------------------------------------------------------------------------------------------------
 * The storage adapter
 */

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

function writeFailure(error: unknown): string {
  return isQuotaError(error)
    ? 'This browser’s storage for the planner is full, so your latest changes are not saved. They are still here in this tab. Delete scenarios you no longer need (or free space in the browser), and saving starts again with your next change.'
    : `Your latest changes could not be saved in this browser (${errorText(error)}). They are still here in this tab; saving is tried again with your next change.`;
}

/**
 * How a save merges (see libraryMerge.ts). `merge` is given what is stored now (null: nothing usable), merges
 * it into this tab's library, and returns what to store and this tab's library after the merge; `settled`
 * then says whether that was written.
 */
export interface LibraryMerger {
  merge(stored: LibraryRead | null): { stored: StoredLibrary; mine: LibrarySnapshot };
  settled(written: boolean): void;
}

/**
 * The bridge between persist and Web Storage. Reads and writes never throw; what went wrong is reported
 * through `onReport` (the save status) and `takeNotices` (what was found when reading).
 *
 * A read hands persist the library as this version reads it (validated, migrated, a LibraryRead or null),
 * for the store's `merge`. A write reads what is stored first, has the `merger` merge it, and writes that.
 */
export class LibraryStorage implements PersistStorage<LibrarySnapshot> {
  /** The text last read under the library key: what gets set aside if it turns out unusable. */
  private raw: string | null = null;
  /** The text last read or written, with what it reads as: the same text is not read again. */
  private last: { text: string; read: LibraryRead | null } | null = null;
  /** Why the stored library must not be overwritten (it could not be read, or set aside); null if it may. */
  private blocked: string | null = null;
  /** This tab's library last saved (or last tried): the same one is not saved again. */
  private written: LibrarySnapshot | null = null;
  private force = false;
  private busy = false;
  private notices: string[] = [];
  /** Stored entries that failed validation and could not be set aside: written back with the library. */
  private carried: unknown[] = [];
  private report: SaveReport = { status: 'saved', message: null };
  /** Merges each save with what is stored; set by the store once it exists (nothing is written before). */
  merger: LibraryMerger | null = null;

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly onReport: (report: SaveReport) => void,
    /** Ids for stored scenarios that have none (or one already taken). */
    private readonly createId: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** True while nothing may be written over the stored library. */
  get isBlocked(): boolean {
    return this.blocked !== null;
  }

  getItem(name: string): StorageValue<LibrarySnapshot> {
    this.busy = true;
    try {
      // persist hands `state` to the store's `merge` untouched: there it is read as the LibraryRead it is.
      return { state: this.read(name) as unknown as LibrarySnapshot, version: LIBRARY_VERSION };
    } finally {
      this.busy = false;
    }
  }

  /**
   * What is stored now, validated and in this version's shape; null when nothing usable is: nothing stored,
   * or stored data that could not be read (set aside, or when it could not be, `blocked`).
   */
  private read(name: string): LibraryRead | null {
    let text: string | null;
    try {
      text = this.storage.getItem(name);
    } catch (error) {
      this.raw = null;
      this.last = null;
      this.blocked = `Your saved scenarios could not be read from this browser’s storage (${errorText(error)}).`;
      this.setReport({
        status: 'paused',
        message: `${this.blocked} Nothing is written over them. What you do here stays in this tab but is not saved until they can be read: try again once the browser allows it.`,
      });
      return null;
    }
    if (this.last !== null && this.last.text === text && this.blocked === null) return this.last.read;
    this.raw = text;
    this.blocked = null;
    this.carried = [];
    if (this.report.status === 'paused') this.setReport({ status: 'saved', message: null });
    if (text === null) {
      this.last = null;
      return null;
    }
    const read = this.parse(text);
    this.last = this.blocked === null ? { text, read } : null;
    return read;
  }

  /** Reads stored text; what cannot be read is set aside. */
  private parse(text: string): LibraryRead | null {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.setAsideRaw('it is not valid JSON');
      return null;
    }
    const version = isObject(value) ? value['version'] : undefined;
    if (!isObject(value) || !isObject(value['state'])) {
      this.setAsideRaw('it is not a saved library');
      return null;
    }
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
      this.setAsideRaw('it has no valid version number');
      return null;
    }
    const migrated = migrateLibrary(value['state'], version);
    if (migrated instanceof RejectedLibrary) {
      this.setAsideRaw(migrated.reason);
      return null;
    }
    if (version < LIBRARY_VERSION) this.keepBeforeMigration(version);
    const checked = readLibrary(migrated, this.createId);
    if (!checked.ok) {
      this.setAsideRaw(checked.reason);
      return null;
    }
    this.setAsideEntries(checked.setAside);
    return { ...checked.read, migrated: version < LIBRARY_VERSION };
  }

  /**
   * Saves this tab's library: reads what is stored, has it merged, writes the merge. Not while reading
   * (persist writes what it has just read), nor over stored data that could not be read.
   */
  setItem(name: string, value: StorageValue<LibrarySnapshot>): void {
    if (this.busy || this.blocked !== null || this.merger === null) return;
    const { entries, currentId } = value.state;
    const same = this.written?.entries === entries && this.written.currentId === currentId;
    if (same && !this.force) return;
    this.force = false;
    this.busy = true;
    try {
      const stored = this.read(name);
      if (this.blocked !== null) return;
      let merged: ReturnType<LibraryMerger['merge']>;
      try {
        merged = this.merger.merge(stored);
      } catch (error) {
        // Nothing is written that was not merged; the work stays in this tab, and the next change tries again.
        this.setReport({ status: 'failed', message: writeFailure(error) });
        return;
      }
      // Written or not, this library is not saved again on every change of run state; its next change is.
      this.written = merged.mine;
      this.write(name, merged.stored);
    } finally {
      this.busy = false;
    }
  }

  private write(name: string, library: StoredLibrary): void {
    const merger = this.merger as LibraryMerger;
    const state =
      this.carried.length > 0 ? { ...library, entries: [...library.entries, ...this.carried] } : library;
    const text = JSON.stringify({ state, version: LIBRARY_VERSION });
    try {
      this.storage.setItem(name, text);
    } catch (error) {
      merger.settled(false);
      this.setReport({ status: 'failed', message: writeFailure(error) });
      return;
    }
    const { entries, deleted, currentId } = library;
    this.last = { text, read: { records: { entries, deleted }, currentId, migrated: false } };
    merger.settled(true);
    if (this.report.status !== 'saved' || this.report.message !== null) {
      const resumed = this.report.status === 'failed';
      this.setReport({
        status: 'saved',
        message: resumed ? 'Saving works again: every scenario is saved in this browser.' : null,
      });
    }
  }

  removeItem(name: string): void {
    try {
      this.storage.removeItem(name);
    } catch {
      // Nothing to lose: the library stays in memory.
    }
  }

  /**
   * This tab's library holds nothing the stored one lacks (it was just merged from it): no need to save it
   * until it changes, which would only echo the other tab's save back to it.
   */
  matchesStored(library: LibrarySnapshot): void {
    this.written = library;
  }

  /** The next write goes ahead even if the library has not changed since the last one. */
  retryNextWrite(): void {
    this.force = true;
  }

  /** What was found while reading, for people; each message once. */
  takeNotices(): string[] {
    const notices = this.notices;
    this.notices = [];
    return notices;
  }

  /**
   * Copies the text last read under the library key under SET_ASIDE_KEY. When that fails, the library
   * key is left alone from now on (until a later read succeeds), so the text is not lost.
   */
  private setAsideRaw(reason: string): void {
    const text = this.raw;
    if (text === null) return;
    const kept = this.keep([{ at: this.now().toISOString(), reason, text }]);
    if (kept) {
      this.notices.push(
        `Your saved scenarios could not be read (${reason}). The stored data was set aside in this browser’s storage under “${SET_ASIDE_KEY}”, and a new library was started.`,
      );
      return;
    }
    this.blocked = `Your saved scenarios could not be read (${reason}), and could not be set aside either.`;
    this.setReport({
      status: 'paused',
      message: `${this.blocked} Nothing is written over them, so what you do here stays in this tab but is not saved.`,
    });
  }

  /**
   * Keeps a copy of the text last read before a migration writes the library in the current version's
   * shape; when the copy cannot be made, the stored library is not overwritten.
   */
  private keepBeforeMigration(version: number): void {
    const text = this.raw;
    if (text === null) return;
    const reason = `saved by library version ${version}, before it was brought up to version ${LIBRARY_VERSION}`;
    if (this.keep([{ at: this.now().toISOString(), reason, text }])) return;
    this.blocked = `Your saved scenarios are in an older format and could not be copied aside before being updated.`;
    this.setReport({
      status: 'paused',
      message: `${this.blocked} Nothing is written over them, so what you do here stays in this tab but is not saved.`,
    });
  }

  /** Reading stopped on an unexpected error: the stored library is left alone, and people are told. */
  readFailed(error: unknown): void {
    this.blocked = `Your saved scenarios could not be read (${errorText(error)}).`;
    this.setReport({
      status: 'paused',
      message: `${this.blocked} Nothing is written over them, so what you do here stays in this tab but is not saved.`,
    });
  }

  /** Sets aside stored scenarios that failed validation; those that cannot be are kept in the library. */
  private setAsideEntries(items: readonly SetAsideEntry[]): void {
    if (items.length === 0) return;
    const at = this.now().toISOString();
    const kept = this.keep(items.map((item) => ({ at, reason: item.reasons.join('; '), entry: item.entry })));
    for (const item of items) {
      const shown = item.reasons.slice(0, 3).join('; ');
      const more = item.reasons.length > 3 ? ` (and ${item.reasons.length - 3} more)` : '';
      this.notices.push(
        kept
          ? `The saved scenario “${item.label}” was set aside because it is not valid: ${shown}${more}. It is kept in this browser’s storage under “${SET_ASIDE_KEY}”.`
          : `The saved scenario “${item.label}” is not valid (${shown}${more}), so it is not shown. It could not be set aside, so it stays in the saved library, unused.`,
      );
    }
    if (!kept) this.carried.push(...items.map((item) => item.entry));
  }

  /** Adds items to SET_ASIDE_KEY, keeping what is there and skipping what is already there. */
  private keep(items: SetAsideItem[]): boolean {
    try {
      const before = this.storage.getItem(SET_ASIDE_KEY);
      let list: unknown[] = [];
      if (before !== null) {
        try {
          const value: unknown = JSON.parse(before);
          list = Array.isArray(value) ? value : [{ reason: 'set aside earlier', entry: value }];
        } catch {
          list = [{ reason: 'set aside earlier, not JSON', text: before }];
        }
      }
      const contentOf = (item: unknown) =>
        isObject(item) ? JSON.stringify(item['text'] ?? item['entry'] ?? null) : JSON.stringify(item);
      const seen = new Set(list.map(contentOf));
      const fresh = items.filter((item) => !seen.has(contentOf(item)));
      if (fresh.length > 0) this.storage.setItem(SET_ASIDE_KEY, JSON.stringify([...list, ...fresh]));
      return true;
    } catch {
      return false;
    }
  }

  private setReport(report: SaveReport): void {
    if (report.status === this.report.status && report.message === this.report.message) return;
    this.report = report;
    this.onReport(report);
  }
}
