import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { markedClient } from '../../models/scenario/provenance';
import type { Scenario } from '../../models/types';
import { LIBRARY_KEY } from '../../src/store/libraryPersist';
import type { SimulationStore } from '../../src/store/simulationStore';
import { FakeStorage, makeStore, makeTab, quotaError } from './helpers';

const named = (name: string, seed: number): Scenario => ({
  ...DEFAULT_SCENARIO,
  name,
  simulation: { ...DEFAULT_SCENARIO.simulation, seed },
});
/** The scenario with targets typed in: typed for the client, as the form records them. */
const withTargets = (scenario: Scenario, targets: Partial<Scenario['targets']>): Scenario => ({
  ...scenario,
  targets: { ...scenario.targets, ...targets },
  provenance: markedClient(
    scenario.provenance,
    Object.keys(targets).map((key) => `targets.${key}`),
  ),
});

const checkout = named('Checkout', 1);
const ledger = named('Ledger', 2);
const search = named('Search', 3);
const DELETED_AT = '2025-01-02T03:04:05.000Z';

/** A library of three scenarios, saved by the version before revisions (each tab reads it as revision 1). */
function sharedLibrary(): FakeStorage {
  const storage = new FakeStorage();
  const entries = [
    { id: 'c', scenario: checkout },
    { id: 'l', scenario: ledger },
    { id: 's', scenario: search },
  ];
  storage.data.set(LIBRARY_KEY, JSON.stringify({ state: { entries, currentId: 'c' }, version: 1 }));
  return storage;
}

const stored = (storage: FakeStorage) => storage.json(LIBRARY_KEY);
const library = (store: SimulationStore) => store.getState().library;

type Tab = ReturnType<typeof makeTab>;

/*
 * The story of two tabs: tab A makes a new scenario, renames it and edits it, and deletes Ledger; tab B
 * edits Search. Then A closes, and a new tab opens.
 */
const A_NAME = 'Checkout v2';
const newInA = withTargets({ ...DEFAULT_SCENARIO, name: A_NAME }, { rtoSeconds: 90 });
const searchInB = withTargets(search, { rpoSeconds: 10 });

function aCreates(a: Tab): string {
  const id = a.store.getState().newScenario();
  expect(a.store.getState().renameScenario(id, A_NAME)).toBeNull();
  return id;
}
const aEdits = (a: Tab) => expect(a.store.getState().setField('targets.rtoSeconds', '90 s')).toBe(true);
const aDeletes = (a: Tab) => expect(a.store.getState().deleteScenario('l')).toBe(true);
const bOpensSearch = (b: Tab) => expect(b.store.getState().switchScenario('s')).toBe(true);
const bEdits = (b: Tab) => expect(b.store.getState().setField('targets.rpoSeconds', '10 s')).toBe(true);

/** What is stored once both tabs are done, whatever the order: only which scenario is open differs. */
function storyEnd(newId: string, currentId: string) {
  return {
    state: {
      entries: [
        { id: 'c', rev: 1, scenario: checkout },
        { id: 's', rev: 2, scenario: searchInB },
        // Made (1), renamed (2), edited (3).
        { id: newId, rev: 3, scenario: newInA },
      ],
      deleted: [{ id: 'l', rev: 2, deletedAt: DELETED_AT }],
      currentId,
    },
    version: 2,
  };
}

function expectStoryLibrary(store: SimulationStore, newId: string) {
  expect(library(store)).toEqual([
    { id: 'c', scenario: checkout },
    { id: 's', scenario: searchInB },
    { id: newId, scenario: newInA },
  ]);
}

/** After A closes: a new tab shows A's new scenario as renamed and edited, B's edit, and no Ledger. */
function expectReload(storage: FakeStorage, newId: string, currentId: string) {
  const fresh = makeStore(storage, undefined, 'fresh');
  expectStoryLibrary(fresh, newId);
  expect(fresh.getState().currentId).toBe(currentId);
  expect(fresh.getState().loadNotices).toEqual([]);
}

describe('two tabs working on different scenarios', () => {
  it('A saves first and B hears of it at once', () => {
    const storage = sharedLibrary();
    const a = makeTab(storage, 'a');
    const b = makeTab(storage, 'b');
    const newId = aCreates(a);
    aEdits(a);
    aDeletes(a);
    b.deliver();
    expect(library(b.store).map((e) => e.id)).toEqual(['c', 's', newId]);
    bOpensSearch(b);
    bEdits(b);
    a.deliver();
    expect(stored(storage)).toEqual(storyEnd(newId, 's'));
    expectStoryLibrary(a.store, newId);
    expectStoryLibrary(b.store, newId);
    expect(a.store.getState().loadNotices).toEqual([]);
    expect(b.store.getState().loadNotices).toEqual([]);
    a.tab.close();
    expectReload(storage, newId, 's');
  });

  it('B saves first and A hears of it at once', () => {
    const storage = sharedLibrary();
    const a = makeTab(storage, 'a');
    const b = makeTab(storage, 'b');
    bOpensSearch(b);
    bEdits(b);
    a.deliver();
    expect(library(a.store)).toContainEqual({ id: 's', scenario: searchInB });
    const newId = aCreates(a);
    aEdits(a);
    aDeletes(a);
    b.deliver();
    expect(stored(storage)).toEqual(storyEnd(newId, newId));
    expectStoryLibrary(a.store, newId);
    expectStoryLibrary(b.store, newId);
    a.tab.close();
    expectReload(storage, newId, newId);
  });

  it('B saves before the news of A’s changes arrives: its save merges them, and the late news changes nothing', () => {
    const storage = sharedLibrary();
    const a = makeTab(storage, 'a');
    const b = makeTab(storage, 'b');
    const newId = aCreates(a);
    aEdits(a);
    aDeletes(a);
    // B still shows Ledger and knows nothing of A's scenario; its copy of Ledger is stale.
    expect(library(b.store).map((e) => e.id)).toEqual(['c', 'l', 's']);
    bOpensSearch(b);
    bEdits(b);
    expect(stored(storage)).toEqual(storyEnd(newId, 's'));
    expectStoryLibrary(b.store, newId);
    const before = stored(storage);
    expect(b.deliver()).toBeGreaterThan(0);
    a.deliver();
    expect(stored(storage)).toEqual(before);
    expectStoryLibrary(a.store, newId);
    expectStoryLibrary(b.store, newId);
    a.tab.close();
    expectReload(storage, newId, 's');
  });

  it('the two tabs take turns and hear of nothing until the end', () => {
    const storage = sharedLibrary();
    const a = makeTab(storage, 'a');
    const b = makeTab(storage, 'b');
    const newId = aCreates(a);
    bOpensSearch(b);
    aEdits(a);
    bEdits(b);
    aDeletes(a);
    expect(stored(storage)).toEqual(storyEnd(newId, newId));
    b.deliver();
    a.deliver();
    expect(stored(storage)).toEqual(storyEnd(newId, newId));
    expectStoryLibrary(a.store, newId);
    expectStoryLibrary(b.store, newId);
    // Each tab's open scenario is still its own.
    expect(a.store.getState().currentId).toBe(newId);
    expect(b.store.getState().currentId).toBe('s');
    a.tab.close();
    expectReload(storage, newId, newId);
  });
});

describe('one scenario edited in two tabs from the same revision', () => {
  it.each([
    ['A', 'B'],
    ['B', 'A'],
  ])(
    'keeps both when %s saves first: the second tab keeps its own, the other as a copy, and says so',
    (first) => {
      const storage = sharedLibrary();
      const a = makeTab(storage, 'a');
      const b = makeTab(storage, 'b');
      const [early, late] = first === 'A' ? [a, b] : [b, a];
      const inA = withTargets(checkout, { rtoSeconds: 90 });
      const inB = withTargets(checkout, { rpoSeconds: 10 });
      const edit = (tab: Tab) =>
        tab === a
          ? a.store.getState().setField('targets.rtoSeconds', '90 s')
          : b.store.getState().setField('targets.rpoSeconds', '10 s');
      edit(early);
      edit(late);
      const [lateVersion, earlyVersion] = late === a ? [inA, inB] : [inB, inA];
      // The late tab's ids: its starting scenario took "-1", the copy takes "-2".
      const copyId = late === a ? 'a-2' : 'b-2';
      const copy = { ...earlyVersion, name: 'Checkout (other tab)' };
      expect(stored(storage)).toEqual({
        state: {
          entries: [
            { id: 'c', rev: 3, scenario: lateVersion },
            { id: copyId, rev: 1, scenario: copy },
            { id: 'l', rev: 1, scenario: ledger },
            { id: 's', rev: 1, scenario: search },
          ],
          deleted: [],
          currentId: 'c',
        },
        version: 2,
      });
      expect(late.store.getState().scenario).toEqual(lateVersion);
      expect(late.store.getState().loadNotices).toEqual([
        '“Checkout” was changed in another tab too. Both versions are kept: this tab’s as “Checkout”, the other tab’s as “Checkout (other tab)”.',
      ]);

      // The early tab hears of it: its scenario shows the late tab's version, its own is the copy; Undo there
      // takes the change that came in back, as a new revision.
      early.deliver();
      expect(library(early.store)).toEqual(library(late.store));
      expect(early.store.getState().scenario).toEqual(lateVersion);
      expect(early.store.getState().undo()).toBe(true);
      expect(early.store.getState().scenario).toEqual(earlyVersion);
      late.deliver();
      expect(late.store.getState().scenario).toEqual(earlyVersion);
      expect(late.store.getState().loadNotices).toHaveLength(1);

      const fresh = makeStore(storage, undefined, 'fresh').getState();
      expect(fresh.library).toEqual([
        { id: 'c', scenario: earlyVersion },
        { id: copyId, scenario: copy },
        { id: 'l', scenario: ledger },
        { id: 's', scenario: search },
      ]);
      expect((stored(storage) as { state: { entries: { rev: number }[] } }).state.entries[0]?.rev).toBe(4);
    },
  );

  it('keeps both when the conflict is found on hearing from the other tab (this tab’s save had failed)', () => {
    const storage = sharedLibrary();
    const a = makeTab(storage, 'a');
    const b = makeTab(storage, 'b');
    storage.writeError = quotaError();
    b.store.getState().setField('targets.rpoSeconds', '10 s');
    expect(b.store.getState().saveStatus).toBe('failed');
    storage.writeError = null;
    a.store.getState().setField('targets.rtoSeconds', '90 s');
    b.deliver();
    // B merged A's save, found the conflict, and saved its own version with the copy straight away.
    expect(stored(storage)).toEqual({
      state: {
        entries: [
          { id: 'c', rev: 3, scenario: withTargets(checkout, { rpoSeconds: 10 }) },
          {
            id: 'b-2',
            rev: 1,
            scenario: { ...withTargets(checkout, { rtoSeconds: 90 }), name: 'Checkout (other tab)' },
          },
          { id: 'l', rev: 1, scenario: ledger },
          { id: 's', rev: 1, scenario: search },
        ],
        deleted: [],
        currentId: 'c',
      },
      version: 2,
    });
    expect(b.store.getState().saveStatus).toBe('saved');
    expect(b.store.getState().loadNotices).toHaveLength(1);
    a.deliver();
    expect(library(a.store)).toEqual(library(b.store));
  });
});

/*
 * A scenario deleted in one tab and edited in the other from before the deletion: the deletion stands and
 * the edit is kept as "Ledger (restored)", whichever tab saves first.
 */
describe('a deletion and a stale edit of the same scenario', () => {
  const ledgerInB = withTargets(ledger, { rpoSeconds: 10 });
  const restored = { ...ledgerInB, name: 'Ledger (restored)' };

  function tabsWithLedgerOpenInB() {
    const storage = sharedLibrary();
    const a = makeTab(storage, 'a');
    const b = makeTab(storage, 'b');
    expect(b.store.getState().switchScenario('l')).toBe(true);
    a.deliver();
    return { storage, a, b };
  }

  it('deleted first: the tombstone stands, and the edit made without knowing of it is kept as a copy', () => {
    const { storage, a, b } = tabsWithLedgerOpenInB();
    aDeletes(a);
    bEdits(b);
    expect(stored(storage)).toEqual({
      state: {
        entries: [
          { id: 'c', rev: 1, scenario: checkout },
          { id: 'b-2', rev: 1, scenario: restored },
          { id: 's', rev: 1, scenario: search },
        ],
        deleted: [{ id: 'l', rev: 2, deletedAt: DELETED_AT }],
        currentId: 'b-2',
      },
      version: 2,
    });
    // B goes on with its own changes, in the copy, with their history; and is told.
    expect(b.store.getState().currentId).toBe('b-2');
    expect(b.store.getState().scenario).toEqual(restored);
    expect(b.store.getState().loadNotices).toEqual([
      '“Ledger” was deleted in another tab while it was being changed here. The deletion stands; the changes made here are kept as “Ledger (restored)”.',
    ]);
    expect(b.store.getState().undo()).toBe(true);
    expect(b.store.getState().scenario.targets.rpoSeconds).toBe(ledger.targets.rpoSeconds);
    expect(b.store.getState().redo()).toBe(true);

    a.deliver();
    b.deliver();
    expect(library(a.store)).toEqual(library(b.store));
    expect(makeStore(storage, undefined, 'fresh').getState().library).toEqual([
      { id: 'c', scenario: checkout },
      { id: 'b-2', scenario: restored },
      { id: 's', scenario: search },
    ]);
  });

  it('edited first: the deletion made without knowing of the edit stands, and the edit is kept as a copy', () => {
    const { storage, a, b } = tabsWithLedgerOpenInB();
    bEdits(b);
    aDeletes(a);
    expect(stored(storage)).toEqual({
      state: {
        entries: [
          { id: 'c', rev: 1, scenario: checkout },
          { id: 'a-2', rev: 1, scenario: restored },
          { id: 's', rev: 1, scenario: search },
        ],
        deleted: [{ id: 'l', rev: 3, deletedAt: DELETED_AT }],
        currentId: 'c',
      },
      version: 2,
    });
    expect(a.store.getState().loadNotices).toEqual([
      '“Ledger” was changed in another tab while it was being deleted here. The deletion stands; the other tab’s version is kept as “Ledger (restored)”.',
    ]);
    // B hears of it: its open scenario went, and the copy of its changes, in the same place, opens.
    b.deliver();
    expect(library(b.store)).toEqual(library(a.store));
    expect(b.store.getState().currentId).toBe('a-2');
    expect(b.store.getState().loadNotices).toEqual([
      '“Ledger”, open here, was deleted in another tab; “Ledger (restored)” is open instead.',
    ]);
    a.deliver();
    expect(makeStore(storage, undefined, 'fresh').getState().library).toEqual([
      { id: 'c', scenario: checkout },
      { id: 'a-2', scenario: restored },
      { id: 's', scenario: search },
    ]);
  });

  it('a tab that heard of the deletion drops the scenario; putting it back afterwards brings it back everywhere', () => {
    const { storage, a, b } = tabsWithLedgerOpenInB();
    aDeletes(a);
    b.deliver();
    expect(library(b.store).map((e) => e.id)).toEqual(['c', 's']);
    expect(b.store.getState().currentId).toBe('s');
    expect(b.store.getState().loadNotices).toEqual([
      '“Ledger”, open here, was deleted in another tab; “Search” is open instead.',
    ]);
    // Undo of the deletion is a change made on the latest revision (the tombstone): it wins.
    expect(a.store.getState().undoDelete()).toBe('l');
    b.deliver();
    expect(library(b.store).map((e) => e.id)).toEqual(['c', 'l', 's']);
    expect(stored(storage)).toMatchObject({
      state: { entries: [{ id: 'c' }, { id: 'l', rev: 3, scenario: ledger }, { id: 's' }], deleted: [] },
    });
  });
});

describe('tombstones', () => {
  it('are kept for 30 days, then dropped at the next save', () => {
    const storage = new FakeStorage();
    const state = {
      entries: [{ id: 'c', rev: 1, scenario: checkout }],
      deleted: [
        { id: 'old', rev: 4, deletedAt: '2024-12-01T00:00:00.000Z' },
        { id: 'recent', rev: 2, deletedAt: '2024-12-20T00:00:00.000Z' },
      ],
      currentId: 'c',
    };
    storage.data.set(LIBRARY_KEY, JSON.stringify({ state, version: 2 }));
    const store = makeStore(storage);
    store.getState().setField('targets.rtoSeconds', '90 s');
    expect(stored(storage)).toEqual({
      state: {
        entries: [{ id: 'c', rev: 2, scenario: withTargets(checkout, { rtoSeconds: 90 }) }],
        deleted: [{ id: 'recent', rev: 2, deletedAt: '2024-12-20T00:00:00.000Z' }],
        currentId: 'c',
      },
      version: 2,
    });
  });

  it('keep a scenario deleted when a tab that never heard of the deletion saves', () => {
    const storage = sharedLibrary();
    const a = makeTab(storage, 'a');
    const b = makeTab(storage, 'b');
    aDeletes(a);
    // B never hears; it saves a change of another scenario with its stale Ledger in memory.
    bOpensSearch(b);
    expect(library(b.store).map((e) => e.id)).toEqual(['c', 's']);
    expect(stored(storage)).toMatchObject({ state: { deleted: [{ id: 'l', rev: 2 }] } });
    expect(
      makeStore(storage, undefined, 'fresh')
        .getState()
        .library.map((e) => e.id),
    ).toEqual(['c', 's']);
  });
});
