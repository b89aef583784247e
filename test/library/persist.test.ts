import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { parseScenario } from '../../models/scenario/validate';
import type { Scenario } from '../../models/types';
import { LIBRARY_KEY, LIBRARY_VERSION, SET_ASIDE_KEY } from '../../src/store/libraryPersist';
import { FakeStorage, makeStore, quotaError } from './helpers';

const named = (name: string, seed = 1): Scenario => ({
  ...DEFAULT_SCENARIO,
  name,
  simulation: { ...DEFAULT_SCENARIO.simulation, seed },
});

/** A stored library in the current version's shape (an entry without a revision reads as revision 1). */
function storeLibrary(storage: FakeStorage, entries: unknown[], currentId: string) {
  storage.data.set(
    LIBRARY_KEY,
    JSON.stringify({ state: { entries, deleted: [], currentId }, version: LIBRARY_VERSION }),
  );
}

const setAside = (storage: FakeStorage) => (storage.json(SET_ASIDE_KEY) ?? []) as Record<string, unknown>[];

describe('saving the library', () => {
  it('restores the same scenarios, ids, seeds and open scenario in a new store', () => {
    const storage = new FakeStorage();
    const first = makeStore(storage);
    first.getState().setField('targets.rtoSeconds', '90 s');
    first.getState().setSeed(123);
    const other = first.getState().newScenario();
    first.getState().setField('name', 'Ledger');
    first.getState().setSeed(4_000_000_000);
    first.getState().setField('business.downtimeCostPerMinute', '$50/min');
    const before = first.getState();

    const second = makeStore(storage, undefined, 'other');
    const after = second.getState();
    expect(after.library).toEqual(before.library);
    expect(after.currentId).toBe(other);
    expect(after.scenario).toEqual(before.scenario);
    expect(after.scenario.simulation.seed).toBe(4_000_000_000);
    expect(after.library[0]?.scenario.targets.rtoSeconds).toBe(90);
    expect(after.library[0]?.scenario.simulation.seed).toBe(123);
    expect(after.loadNotices).toEqual([]);
    expect(after.saveStatus).toBe('saved');
  });

  it('stores the library only: no results, run state, drafts or histories', () => {
    const storage = new FakeStorage();
    const store = makeStore(storage);
    store.getState().setField('targets.rtoSeconds', '90 s');
    store.getState().setField('targets.rpoSeconds', 'soon');
    store.setState({ status: 'done', progress: 1 });
    const stored = storage.json(LIBRARY_KEY) as { state: Record<string, unknown>; version: number };
    expect(stored.version).toBe(2);
    expect(Object.keys(stored.state).sort()).toEqual(['currentId', 'deleted', 'entries']);
    expect(JSON.stringify(stored)).not.toContain('soon');
  });

  it('does not write again when only run state changes', () => {
    const storage = new FakeStorage();
    const store = makeStore(storage);
    store.getState().setField('targets.rtoSeconds', '90 s');
    const writes = storage.writes.length;
    store.setState({ progress: 0.5 });
    store.setState({ progress: 0.75 });
    expect(storage.writes.length).toBe(writes);
  });

  it('starts with the default scenario when nothing is stored', () => {
    const store = makeStore(new FakeStorage());
    expect(store.getState().scenario).toBe(DEFAULT_SCENARIO);
    expect(store.getState().library).toHaveLength(1);
    expect(store.getState().loadNotices).toEqual([]);
  });
});

describe('versions', () => {
  it('migrates a version-0 blob (a single scenario) into a library of that scenario', () => {
    const storage = new FakeStorage();
    const text = JSON.stringify({ state: { scenario: named('Old save', 77) }, version: 0 });
    storage.data.set(LIBRARY_KEY, text);
    const store = makeStore(storage);
    expect(store.getState().library).toHaveLength(1);
    expect(store.getState().scenario).toEqual(named('Old save', 77));
    // Written back in the current shape, with the old text kept aside.
    expect(storage.json(LIBRARY_KEY)).toEqual({
      state: {
        entries: [{ id: 'scenario-1', rev: 1, scenario: named('Old save', 77) }],
        deleted: [],
        currentId: 'scenario-1',
      },
      version: 2,
    });
    expect(setAside(storage)).toEqual([
      expect.objectContaining({ text, reason: expect.stringMatching(/library version 0/) }),
    ]);
    expect(store.getState().loadNotices).toEqual([]);
  });

  it('migrates a version-1 library: every scenario at its first revision, the old text kept aside', () => {
    const storage = new FakeStorage();
    const entries = [
      { id: 'a', scenario: named('One', 1) },
      { id: 'b', scenario: named('Two', 2) },
    ];
    const text = JSON.stringify({ state: { entries, currentId: 'b' }, version: 1 });
    storage.data.set(LIBRARY_KEY, text);
    const store = makeStore(storage);
    expect(store.getState().library).toEqual(entries);
    expect(store.getState().currentId).toBe('b');
    expect(store.getState().loadNotices).toEqual([]);
    expect(storage.json(LIBRARY_KEY)).toEqual({
      state: { entries: entries.map((e) => ({ ...e, rev: 1 })), deleted: [], currentId: 'b' },
      version: 2,
    });
    expect(setAside(storage)).toEqual([
      expect.objectContaining({
        text,
        reason: expect.stringMatching(/library version 1, before .* version 2/),
      }),
    ]);
  });

  it('rejects a version-0 blob of another shape with a message, and keeps it aside', () => {
    const storage = new FakeStorage();
    const text = JSON.stringify({ state: { scenarios: [] }, version: 0 });
    storage.data.set(LIBRARY_KEY, text);
    const store = makeStore(storage);
    expect(store.getState().scenario).toBe(DEFAULT_SCENARIO);
    expect(store.getState().loadNotices).toEqual([
      expect.stringMatching(/could not be brought up to date from version 0/),
    ]);
    expect(setAside(storage)).toEqual([expect.objectContaining({ text })]);
  });

  it('does not read a library saved by a newer version, and keeps it aside', () => {
    const storage = new FakeStorage();
    const text = JSON.stringify({ state: { entries: [], currentId: 'x', more: true }, version: 3 });
    storage.data.set(LIBRARY_KEY, text);
    const store = makeStore(storage);
    expect(store.getState().loadNotices[0]).toMatch(
      /saved by a newer version of HA Planner \(library version 3/,
    );
    expect(setAside(storage)[0]?.['text']).toBe(text);
  });
});

describe('storage that cannot be read', () => {
  it.each([
    ['invalid JSON', '{"state": {"entries": [', /not valid JSON/],
    ['a JSON value that is not a library', '[1, 2, 3]', /not a saved library/],
    [
      'a library without a list',
      JSON.stringify({ state: { entries: 5 }, version: 2 }),
      /no list of scenarios/,
    ],
    ['no version', JSON.stringify({ state: { entries: [] } }), /no valid version/],
  ])('sets aside %s, says so, and starts a new library', (_what, text, reason) => {
    const storage = new FakeStorage();
    storage.data.set(LIBRARY_KEY, text);
    const store = makeStore(storage);
    expect(store.getState().scenario).toBe(DEFAULT_SCENARIO);
    expect(store.getState().loadNotices).toHaveLength(1);
    expect(store.getState().loadNotices[0]).toMatch(reason);
    expect(store.getState().loadNotices[0]).toContain(SET_ASIDE_KEY);
    expect(setAside(storage)[0]?.['text']).toBe(text);
    // Saving goes on: the next edit is written.
    store.getState().setField('targets.rtoSeconds', '90 s');
    expect(storage.json(LIBRARY_KEY)).toMatchObject({ version: 2 });
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('sets aside a stored scenario that fails validation, keeps the others, and says which and why', () => {
    const storage = new FakeStorage();
    const bad = { id: 'b', scenario: { ...named('Broken <img src=x>'), targets: { rtoSeconds: -5 } } };
    storeLibrary(
      storage,
      [{ id: 'a', scenario: named('Good one', 5) }, bad, { id: 'c', scenario: named('Also good') }],
      'b',
    );
    const store = makeStore(storage);
    const state = store.getState();
    expect(state.library.map((e) => e.id)).toEqual(['a', 'c']);
    // The open one was set aside: the first one left is opened.
    expect(state.currentId).toBe('a');
    expect(state.scenario).toEqual(named('Good one', 5));
    expect(state.loadNotices).toHaveLength(1);
    expect(state.loadNotices[0]).toContain('“Broken <img src=x>” was set aside');
    expect(state.loadNotices[0]).toContain(
      'targets.rtoSeconds: must be a positive number of seconds, got -5',
    );
    expect(setAside(storage)).toEqual([expect.objectContaining({ entry: bad })]);
    // The main key no longer lists it once written again; it stays in the set-aside key.
    store.getState().setField('targets.rtoSeconds', '90 s');
    const stored = storage.json(LIBRARY_KEY) as { state: { entries: { id: string }[] } };
    expect(stored.state.entries.map((e) => e.id)).toEqual(['a', 'c']);
    expect(setAside(storage)).toHaveLength(1);
  });

  it('keeps a failing scenario in the saved library when it cannot be set aside', () => {
    const storage = new FakeStorage();
    const bad = { id: 'b', scenario: { name: 'Broken', schemaVersion: 9 } };
    storeLibrary(storage, [{ id: 'a', scenario: named('Good') }, bad], 'a');
    storage.writeError = quotaError();
    storage.writeErrorKeys = [SET_ASIDE_KEY];
    const store = makeStore(storage);
    expect(store.getState().loadNotices[0]).toMatch(/“Broken” is not valid .* stays in the saved library/);
    store.getState().setField('targets.rtoSeconds', '90 s');
    const stored = storage.json(LIBRARY_KEY) as { state: { entries: unknown[] } };
    expect(stored.state.entries).toHaveLength(2);
    expect(stored.state.entries[1]).toEqual(bad);
  });

  it('gives a new id to an entry whose id is missing or taken', () => {
    const storage = new FakeStorage();
    storeLibrary(
      storage,
      [
        { id: 'a', scenario: named('One') },
        { id: 'a', scenario: named('Two') },
        { scenario: named('Three') },
      ],
      'a',
    );
    const store = makeStore(storage);
    const ids = store.getState().library.map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
    expect(store.getState().library.map((e) => e.scenario.name)).toEqual(['One', 'Two', 'Three']);
  });

  it('does not write over a library it could not read, keeps the work in memory, and merges once it can', () => {
    const storage = new FakeStorage();
    storeLibrary(storage, [{ id: 'saved', scenario: named('Saved earlier', 9) }], 'saved');
    const stored = storage.data.get(LIBRARY_KEY);
    storage.readError = new DOMException('The operation is insecure.', 'SecurityError');
    const store = makeStore(storage);
    expect(store.getState().saveStatus).toBe('paused');
    expect(store.getState().saveMessage).toMatch(
      /could not be read .*The operation is insecure.*Nothing is written over them/,
    );
    // Work goes on in memory; nothing is written.
    expect(store.getState().setField('targets.rtoSeconds', '90 s')).toBe(true);
    store.getState().newScenario();
    expect(storage.data.get(LIBRARY_KEY)).toBe(stored);
    // Reading works again: the saved scenarios join the work, and saving resumes.
    storage.readError = null;
    store.getState().retrySaving();
    const names = store.getState().library.map((e) => e.scenario.name);
    expect(names).toEqual(['Saved earlier', 'E-commerce checkout', 'New scenario']);
    expect(store.getState().scenario.name).toBe('New scenario');
    expect(store.getState().saveStatus).toBe('saved');
    const written = storage.json(LIBRARY_KEY) as { state: { entries: unknown[] } };
    expect(written.state.entries).toHaveLength(3);
  });

  it('reports a full storage, keeps the edits in memory, and saves again when there is room', () => {
    const storage = new FakeStorage();
    const store = makeStore(storage);
    store.getState().setField('targets.rtoSeconds', '90 s');
    storage.writeError = quotaError();
    expect(store.getState().setField('targets.rtoSeconds', '2 min')).toBe(true);
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().saveMessage).toMatch(/storage for the planner is full/);
    expect(store.getState().scenario.targets.rtoSeconds).toBe(120);
    expect(store.getState().library[0]?.scenario.targets.rtoSeconds).toBe(120);
    // Run-state changes do not retry the same write over and over.
    const tries = storage.writes.length;
    store.setState({ progress: 0.5 });
    expect(storage.writes.length).toBe(tries);
    // Room again: the next change is saved, and people are told.
    storage.writeError = null;
    store.getState().setField('targets.rpoSeconds', '10 s');
    expect(store.getState().saveStatus).toBe('saved');
    expect(store.getState().saveMessage).toMatch(/Saving works again/);
    const restored = makeStore(storage, undefined, 'again').getState();
    expect(restored.scenario.targets).toMatchObject({ rtoSeconds: 120, rpoSeconds: 10 });
  });

  it('retries a failed write on demand', () => {
    const storage = new FakeStorage();
    const store = makeStore(storage);
    storage.writeError = quotaError();
    store.getState().setField('targets.rtoSeconds', '90 s');
    expect(store.getState().saveStatus).toBe('failed');
    storage.writeError = null;
    store.getState().retrySaving();
    expect(store.getState().saveStatus).toBe('saved');
    expect(
      (storage.json(LIBRARY_KEY) as { state: { entries: { scenario: Scenario }[] } }).state.entries[0]
        ?.scenario.targets.rtoSeconds,
    ).toBe(90);
  });

  it('says when the browser gives no storage at all', () => {
    const store = makeStore(null);
    expect(store.getState().saveStatus).toBe('off');
    expect(store.getState().saveMessage).toMatch(/not saved/);
    expect(parseScenario(store.getState().scenario).ok).toBe(true);
  });
});
