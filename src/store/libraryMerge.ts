/**
 * Merging this tab's library with the one stored now, scenario by scenario, by revision. Every tab of the
 * planner saves into the same library, so a save never writes this tab's library whole: it merges.
 *
 * Every stored scenario carries a revision, `rev`, one higher with every change written; deleting a scenario
 * leaves a tombstone, its id with the revision of the deletion, so that a tab still holding the scenario
 * learns that it went rather than bringing it back. Each tab remembers, by id, the revision it last read or
 * wrote (`known`): the base its own changes were made from. A scenario has changed here when its content
 * differs from the known revision's (or it is new here, or gone here), and in storage when the stored
 * revision is higher than the known one (or the same number with other content, which only two tabs writing
 * at the very same moment can produce). Then:
 *
 * - changed on one side only: that side's version is kept; a change made here is written one revision up,
 *   over the revision it was made from, so an edit made on the latest revision wins;
 * - changed on both sides from the same base: a conflict. Nothing is dropped: both versions are kept, and
 *   the tab that finds the conflict tells the person (see Conflict).
 *
 * The merge is a pure function of the known revisions, this tab's library and the stored records.
 */
import type { Scenario } from '../../models/types';
import { canonical } from './canonicalJson';
import type { LibraryEntry } from './libraryPersist';
import { markedAs, namesOf, uniqueName } from './scenarioNames';

/** A scenario as stored: with the revision of its content. */
export interface StoredEntry {
  id: string;
  rev: number;
  scenario: Scenario;
}

/** A deleted scenario: its id, the revision of the deletion, and when it was deleted (ISO 8601). */
export interface Tombstone {
  id: string;
  rev: number;
  deletedAt: string;
}

/** The stored library's scenarios and tombstones. */
export interface LibraryRecords {
  entries: StoredEntry[];
  deleted: Tombstone[];
}

/** One id's stored state: a scenario at a revision, or its tombstone. */
export type Revision = StoredEntry | Tombstone;

/** What this tab last read or wrote, by id: the revisions its own changes were made from. */
export type KnownRevisions = ReadonlyMap<string, Revision>;

export const EMPTY_RECORDS: LibraryRecords = { entries: [], deleted: [] };

/**
 * How long a tombstone is kept. A tombstone only matters to a tab that still holds the deleted scenario and
 * has not heard of the deletion; every open tab hears of it at once (the browser tells it when another tab
 * writes), so a tab that has not in a month is one that was not running. Such a tab would write the
 * scenario back as it last knew it: nothing is lost, the deletion is undone. A time limit rather than
 * "once every tab has seen it", because a tab cannot know which other tabs exist.
 */
export const TOMBSTONE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Suffix of the copy that keeps the other tab's version of a scenario changed in two tabs at once. */
export const OTHER_TAB = 'other tab';
/** Suffix of the copy that keeps an edit of a scenario another tab deleted meanwhile. */
export const RESTORED = 'restored';

/**
 * A scenario changed on both sides from the same base revision. What happens:
 *
 * - `edited`: changed in both tabs. This tab's version keeps the scenario, since it is the one on screen
 *   where the conflict is found; the other tab's version is kept beside it as a copy named for that tab,
 *   "Checkout (other tab)".
 * - `deleted-there`: deleted in another tab, edited here from a revision before the deletion.
 * - `deleted-here`: deleted here, edited in another tab from a revision before the deletion.
 *
 * For the last two the rule is the same whichever tab saves first: the deletion stands (a tab that had not
 * seen it does not bring the scenario back) and the edit is kept as a new scenario, "Ledger (restored)".
 * Dropping the edit would lose work that the person deleting never saw; letting it cancel the deletion would
 * undo a deliberate act without a word. The copy is named for what happened to it rather than for a tab, so
 * that it reads right in both tabs.
 */
export interface Conflict {
  kind: 'edited' | 'deleted-there' | 'deleted-here';
  /** The scenario's id, and its name as this tab has it (or had it, for `deleted-here`). */
  id: string;
  name: string;
  /** The version kept as a copy, under a new id. */
  copy: LibraryEntry;
}

export interface Merge {
  /** This tab's library after the merge, in the order shown. */
  library: LibraryEntry[];
  /** What to store: every scenario at its revision, and the tombstones still kept. */
  records: LibraryRecords;
  /** Whether the records hold anything the stored library does not: a change made here, or a conflict. */
  changedHere: boolean;
  /** Scenarios whose content came from storage: changed or added in another tab. */
  taken: string[];
  /** Scenarios of this tab deleted in another tab (and not changed here). */
  removed: string[];
  conflicts: Conflict[];
}

export interface MergeOptions {
  /** Ids for the copies that conflicts leave. */
  createId: () => string;
  /** The clock of tombstones. */
  now: Date;
  /**
   * A new scenario for a library the merge would leave empty (every scenario deleted in other tabs, which
   * each keep one): a library is never empty.
   */
  standIn: () => LibraryEntry;
}

export const isTombstone = (revision: Revision): revision is Tombstone => !('scenario' in revision);

/** Same content: the same object, or the same JSON whatever the order of keys. */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return a === b || canonical(a) === canonical(b);
}

function sameRevision(a: Revision, b: Revision): boolean {
  if (isTombstone(a) || isTombstone(b)) return isTombstone(a) && isTombstone(b);
  return sameScenario(a.scenario, b.scenario);
}

/** The records as known revisions, by id. */
export function knownFrom(records: LibraryRecords): Map<string, Revision> {
  const known = new Map<string, Revision>();
  for (const tombstone of records.deleted) known.set(tombstone.id, tombstone);
  for (const entry of records.entries) known.set(entry.id, entry);
  return known;
}

/**
 * The order of the merged library: the stored order, with the scenarios only this tab has placed after the
 * one before them here (those at the head of this tab's list go before the first scenario both have, and
 * when there is none, after the stored ones). Put back where it was, a scenario stays there.
 */
export function mergedOrder(stored: readonly string[], mine: readonly string[]): string[] {
  const order = [...stored];
  const placed = new Set(order);
  let previous: string | null = null;
  let leading: string[] = [];
  for (const id of mine) {
    if (placed.has(id)) {
      if (previous === null) order.splice(order.indexOf(id), 0, ...leading);
      leading = [];
    } else if (previous === null) {
      leading.push(id);
    } else {
      order.splice(order.indexOf(previous) + 1, 0, id);
    }
    placed.add(id);
    if (leading.length === 0) previous = id;
  }
  order.push(...leading);
  return order;
}

/** What the merge keeps of one id. */
type Outcome =
  | { kind: 'live'; scenario: Scenario; rev: number }
  | { kind: 'deleted'; tombstone: Tombstone }
  | { kind: 'none' };

interface Decision {
  outcome: Outcome;
  /** The version kept as a copy (after a conflict), with the kind of conflict. */
  copy?: { kind: Conflict['kind']; scenario: Scenario; name: string };
  /** Whose version is kept: this tab's, the stored one, or either (they agree, or neither changed). */
  source: 'here' | 'stored' | 'same';
}

/** The three-way decision for one id: known revision, this tab's entry, stored revision. */
function decide(
  id: string,
  known: Revision | undefined,
  mine: LibraryEntry | undefined,
  stored: Revision | undefined,
  now: Date,
): Decision {
  const knownRev = known?.rev ?? 0;
  const knownScenario = known && !isTombstone(known) ? known.scenario : undefined;
  const changedHere = mine
    ? knownScenario === undefined || !sameScenario(mine.scenario, knownScenario)
    : knownScenario !== undefined;
  const changedThere =
    stored !== undefined &&
    (known === undefined ||
      stored.rev > known.rev ||
      (stored.rev === known.rev && !sameRevision(stored, known)));
  const deletion = (rev: number): Outcome => ({
    kind: 'deleted',
    tombstone: { id, rev, deletedAt: now.toISOString() },
  });

  if (!changedHere && !changedThere) {
    // As this tab knows it (a stored revision older than the known one is a storage that went back).
    if (mine) return { outcome: { kind: 'live', scenario: mine.scenario, rev: knownRev }, source: 'same' };
    if (known && isTombstone(known))
      return { outcome: { kind: 'deleted', tombstone: known }, source: 'same' };
    return { outcome: { kind: 'none' }, source: 'same' };
  }
  if (!changedThere) {
    const rev = Math.max(knownRev, stored?.rev ?? 0) + 1;
    const outcome: Outcome = mine ? { kind: 'live', scenario: mine.scenario, rev } : deletion(rev);
    return { outcome, source: 'here' };
  }
  // Changed in storage (`stored` is defined from here on).
  const theirs = stored as Revision;
  const taken: Outcome = isTombstone(theirs)
    ? { kind: 'deleted', tombstone: theirs }
    : { kind: 'live', scenario: theirs.scenario, rev: theirs.rev };
  if (!changedHere) return { outcome: taken, source: 'stored' };

  // Changed on both sides.
  if (mine && !isTombstone(theirs)) {
    if (sameScenario(mine.scenario, theirs.scenario)) {
      return { outcome: { kind: 'live', scenario: mine.scenario, rev: theirs.rev }, source: 'same' };
    }
    return {
      outcome: { kind: 'live', scenario: mine.scenario, rev: theirs.rev + 1 },
      copy: { kind: 'edited', scenario: theirs.scenario, name: mine.scenario.name },
      source: 'here',
    };
  }
  if (mine) {
    return {
      outcome: taken,
      copy: { kind: 'deleted-there', scenario: mine.scenario, name: mine.scenario.name },
      source: 'stored',
    };
  }
  if (!isTombstone(theirs)) {
    return {
      outcome: deletion(theirs.rev + 1),
      copy: { kind: 'deleted-here', scenario: theirs.scenario, name: knownScenario?.name ?? '' },
      source: 'here',
    };
  }
  // Deleted on both sides.
  return { outcome: taken, source: 'same' };
}

/** Tombstones younger than TOMBSTONE_DAYS. */
function fresh(tombstone: Tombstone, now: Date): boolean {
  const at = Date.parse(tombstone.deletedAt);
  return !Number.isFinite(at) || now.getTime() - at < TOMBSTONE_DAYS * DAY_MS;
}

/**
 * Merges `mine` (this tab's library) with `stored` (what is stored now), given the revisions this tab last
 * knew. See the top of this file for the rules.
 */
export function mergeLibrary(
  known: KnownRevisions,
  mine: readonly LibraryEntry[],
  stored: LibraryRecords,
  options: MergeOptions,
): Merge {
  const mineById = new Map(mine.map((entry) => [entry.id, entry]));
  const storedById = knownFrom(stored);
  const order = mergedOrder(
    stored.entries.map((e) => e.id),
    mine.map((e) => e.id),
  );
  const ids = new Set([...order, ...storedById.keys(), ...known.keys()]);

  const decisions = new Map<string, Decision>();
  for (const id of ids) {
    decisions.set(id, decide(id, known.get(id), mineById.get(id), storedById.get(id), options.now));
  }

  const library: LibraryEntry[] = [];
  const revisions = new Map<string, number>();
  const conflicts: Conflict[] = [];
  const taken: string[] = [];
  const removed: string[] = [];
  const names = new Set([...namesOf(mine), ...stored.entries.map((e) => e.scenario.name)]);
  for (const id of order) {
    const decision = decisions.get(id) as Decision;
    const { outcome } = decision;
    const before = mineById.get(id);
    if (outcome.kind === 'live') {
      const keep =
        before && before.scenario === outcome.scenario ? before : { id, scenario: outcome.scenario };
      library.push(keep);
      revisions.set(id, outcome.rev);
      if (decision.source === 'stored') taken.push(id);
    } else if (before && decision.source === 'stored' && !decision.copy) {
      removed.push(id);
    }
    if (decision.copy) {
      const { kind, scenario } = decision.copy;
      const name = uniqueName(
        scenario.name,
        names,
        markedAs(kind === 'edited' ? OTHER_TAB : RESTORED),
        false,
      );
      names.add(name);
      const copy: LibraryEntry = { id: options.createId(), scenario: { ...scenario, name } };
      library.push(copy);
      revisions.set(copy.id, 1);
      conflicts.push({ kind, id, name: decision.copy.name, copy });
    }
  }

  if (library.length === 0) {
    const entry = options.standIn();
    library.push(entry);
    revisions.set(entry.id, 1);
  }

  // The stored tombstones first, in their order, then those of this merge.
  const tombstones: Tombstone[] = [];
  for (const id of new Set([...stored.deleted.map((t) => t.id), ...ids])) {
    const outcome = decisions.get(id)?.outcome;
    if (outcome?.kind === 'deleted' && fresh(outcome.tombstone, options.now))
      tombstones.push(outcome.tombstone);
  }

  const records: LibraryRecords = {
    entries: library.map((entry) => ({
      id: entry.id,
      rev: revisions.get(entry.id) as number,
      scenario: entry.scenario,
    })),
    deleted: tombstones,
  };
  return {
    library,
    records,
    changedHere: conflicts.length > 0 || differsFromStored(records, storedById),
    taken,
    removed,
    conflicts,
  };
}

/** Whether `records` hold a scenario or a tombstone that `stored` does not (order aside). */
function differsFromStored(records: LibraryRecords, stored: ReadonlyMap<string, Revision>): boolean {
  const same = (revision: Revision) => {
    const there = stored.get(revision.id);
    return there !== undefined && there.rev === revision.rev && sameRevision(there, revision);
  };
  return !records.entries.every(same) || !records.deleted.every(same);
}
