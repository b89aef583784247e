import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario } from '../../models/types';
import {
  knownFrom,
  type LibraryRecords,
  mergedOrder,
  mergeLibrary,
  type Revision,
} from '../../src/store/libraryMerge';
import { sequentialIds } from './helpers';

const named = (name: string, seed = 1): Scenario => ({
  ...DEFAULT_SCENARIO,
  name,
  simulation: { ...DEFAULT_SCENARIO.simulation, seed },
});
const NOW = new Date('2025-01-02T03:04:05Z');
const options = () => ({
  createId: sequentialIds('copy'),
  now: NOW,
  standIn: () => ({ id: 'stand-in', scenario: named('New scenario') }),
});
const records = (...revisions: Revision[]): LibraryRecords => ({
  entries: revisions.filter((r) => 'scenario' in r) as LibraryRecords['entries'],
  deleted: revisions.filter((r) => !('scenario' in r)) as LibraryRecords['deleted'],
});

const x1 = { id: 'x', rev: 1, scenario: named('X', 1) };
const y1 = { id: 'y', rev: 1, scenario: named('Y', 1) };
const base = records(x1, y1);

describe('mergeLibrary', () => {
  it('writes a change made here one revision up, and takes a change made elsewhere', () => {
    const mine = [{ id: 'x', scenario: named('X', 2) }, y1];
    const stored = records(x1, { ...y1, rev: 2, scenario: named('Y', 2) });
    const merge = mergeLibrary(knownFrom(base), mine, stored, options());
    expect(merge.records).toEqual({
      entries: [
        { id: 'x', rev: 2, scenario: named('X', 2) },
        { id: 'y', rev: 2, scenario: named('Y', 2) },
      ],
      deleted: [],
    });
    expect(merge.taken).toEqual(['y']);
    expect(merge.conflicts).toEqual([]);
    expect(merge.changedHere).toBe(true);
  });

  it('changes nothing, and has nothing to write, when neither side changed', () => {
    const mine = [
      { id: 'x', scenario: x1.scenario },
      { id: 'y', scenario: y1.scenario },
    ];
    const merge = mergeLibrary(knownFrom(base), mine, base, options());
    expect(merge.library).toEqual(mine);
    expect(merge.library[0]).toBe(mine[0]);
    expect(merge.changedHere).toBe(false);
  });

  it('counts the same content as no change, whatever the order of its keys', () => {
    const reversed = (value: unknown): unknown =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([k, v]) => [k, reversed(v)]),
          )
        : value;
    const reordered = reversed(x1.scenario) as Scenario;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(x1.scenario));
    const merge = mergeLibrary(knownFrom(base), [{ id: 'x', scenario: reordered }, y1], base, options());
    expect(merge.changedHere).toBe(false);
  });

  it('keeps both versions of a scenario changed on both sides, the other tab’s as a named copy', () => {
    const mine = [{ id: 'x', scenario: named('X', 2) }, y1];
    const stored = records({ ...x1, rev: 2, scenario: named('X', 3) }, y1);
    const merge = mergeLibrary(knownFrom(base), mine, stored, options());
    expect(merge.records.entries).toEqual([
      { id: 'x', rev: 3, scenario: named('X', 2) },
      { id: 'copy-1', rev: 1, scenario: named('X (other tab)', 3) },
      { id: 'y', rev: 1, scenario: y1.scenario },
    ]);
    expect(merge.conflicts).toEqual([
      { kind: 'edited', id: 'x', name: 'X', copy: { id: 'copy-1', scenario: named('X (other tab)', 3) } },
    ]);
  });

  it('takes identical changes made on both sides as one', () => {
    const mine = [{ id: 'x', scenario: named('X', 2) }, y1];
    const stored = records({ ...x1, rev: 2, scenario: named('X', 2) }, y1);
    const merge = mergeLibrary(knownFrom(base), mine, stored, options());
    expect(merge.conflicts).toEqual([]);
    expect(merge.records.entries[0]).toEqual({ id: 'x', rev: 2, scenario: named('X', 2) });
  });

  it('treats the same revision number with other content as a change on both sides', () => {
    const known = knownFrom(records({ ...x1, rev: 2, scenario: named('X', 2) }, y1));
    const mine = [{ id: 'x', scenario: named('X', 2) }, y1];
    const stored = records({ ...x1, rev: 2, scenario: named('X', 9) }, y1);
    const merge = mergeLibrary(known, mine, stored, options());
    expect(merge.taken).toEqual(['x']);
    expect(merge.library[0]?.scenario).toEqual(named('X', 9));
  });

  it('deletes with a tombstone; a stale copy elsewhere does not bring the scenario back', () => {
    const deleted = mergeLibrary(knownFrom(base), [y1], base, options());
    const tombstone = { id: 'x', rev: 2, deletedAt: NOW.toISOString() };
    expect(deleted.records).toEqual({ entries: [y1], deleted: [tombstone] });
    // Another tab still knows revision 1 of x, unchanged: it drops it.
    const stale = mergeLibrary(knownFrom(base), [x1, y1], deleted.records, options());
    expect(stale.library.map((e) => e.id)).toEqual(['y']);
    expect(stale.removed).toEqual(['x']);
    expect(stale.records.deleted).toEqual([tombstone]);
  });

  it('keeps a stale edit of a deleted scenario as "… (restored)", whichever side deleted', () => {
    const tombstone = { id: 'x', rev: 2, deletedAt: NOW.toISOString() };
    const edited = { id: 'x', scenario: named('X', 2) };
    const there = mergeLibrary(knownFrom(base), [edited, y1], records(tombstone, y1), options());
    expect(there.records).toEqual({
      entries: [{ id: 'copy-1', rev: 1, scenario: named('X (restored)', 2) }, y1],
      deleted: [tombstone],
    });
    expect(there.conflicts.map((c) => c.kind)).toEqual(['deleted-there']);

    const here = mergeLibrary(
      knownFrom(base),
      [y1],
      records({ ...x1, rev: 2, scenario: named('X', 2) }, y1),
      {
        ...options(),
      },
    );
    expect(here.records).toEqual({
      entries: [{ id: 'copy-1', rev: 1, scenario: named('X (restored)', 2) }, y1],
      deleted: [{ ...tombstone, rev: 3 }],
    });
    expect(here.conflicts.map((c) => c.kind)).toEqual(['deleted-here']);
  });

  it('brings back a scenario put back after its deletion was stored: a change on the latest revision', () => {
    const tombstone = { id: 'x', rev: 2, deletedAt: NOW.toISOString() };
    const afterDelete = records(tombstone, y1);
    const merge = mergeLibrary(knownFrom(afterDelete), [x1, y1], afterDelete, options());
    expect(merge.records).toEqual({ entries: [{ ...x1, rev: 3 }, y1], deleted: [] });
  });

  it('never leaves the library empty', () => {
    const tombstone = { id: 'x', rev: 2, deletedAt: NOW.toISOString() };
    const only = records(x1);
    const merge = mergeLibrary(knownFrom(only), [x1], records(tombstone), options());
    expect(merge.library).toEqual([{ id: 'stand-in', scenario: named('New scenario') }]);
    expect(merge.records.entries).toEqual([{ id: 'stand-in', rev: 1, scenario: named('New scenario') }]);
  });
});

describe('mergedOrder', () => {
  it('keeps the stored order and puts each scenario only this tab has after the one before it here', () => {
    expect(mergedOrder(['a', 'b', 'c'], ['a', 'n', 'b'])).toEqual(['a', 'n', 'b', 'c']);
    expect(mergedOrder(['a', 'b'], ['a', 'b', 'n', 'm'])).toEqual(['a', 'b', 'n', 'm']);
  });

  it('puts a scenario at the head of this tab’s list before the first one both have (one put back stays)', () => {
    expect(mergedOrder(['b', 'c'], ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
  });

  it('puts the scenarios of a tab that shares none with storage after the stored ones', () => {
    expect(mergedOrder(['s'], ['a', 'b'])).toEqual(['s', 'a', 'b']);
  });
});
