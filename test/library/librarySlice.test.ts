import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario } from '../../models/types';
import { HISTORY_LIMIT, type SimulationStore } from '../../src/store/simulationStore';
import { FakeStorage, makeStore, recordingRunner } from './helpers';

const named = (name: string): Scenario => ({ ...DEFAULT_SCENARIO, name });
const names = (store: SimulationStore) => store.getState().library.map((e) => e.scenario.name);

/** The open entry always holds the scenario the inputs edit. */
function expectInStep(store: SimulationStore) {
  const s = store.getState();
  expect(s.library.find((e) => e.id === s.currentId)?.scenario).toBe(s.scenario);
}

describe('openAsNew', () => {
  it('adds the scenario as a new entry and opens it, never overwriting a saved one', () => {
    const store = makeStore();
    const first = store.getState().library[0]!;
    const id = store.getState().openAsNew(named('Checkout'), 'link');
    expect(id).not.toBe(first.id);
    expect(store.getState().currentId).toBe(id);
    expect(store.getState().scenario.name).toBe('Checkout');
    expect(store.getState().library[0]).toEqual(first);

    store.getState().openAsNew(named('Checkout'), 'link');
    store.getState().openAsNew(named('Checkout'), 'link');
    store.getState().openAsNew(named('Checkout'), 'import');
    expect(names(store)).toEqual([
      'E-commerce checkout',
      'Checkout',
      'Checkout (shared)',
      'Checkout (shared 2)',
      'Checkout (imported)',
    ]);
    expect(new Set(store.getState().library.map((e) => e.id)).size).toBe(5);
    expectInStep(store);
  });

  it('keeps the seed and every figure of the scenario opened, and runs it', () => {
    const { runner, runs } = recordingRunner();
    const store = makeStore(undefined, runner);
    const shared: Scenario = { ...named('Ledger'), simulation: { trials: 20_000, seed: 99 } };
    store.getState().openAsNew(shared, 'import');
    expect(store.getState().scenario).toEqual(shared);
    expect(runs.at(-1)).toEqual(shared);
  });

  it('refuses a scenario that is not valid, and leaves the library as it was', () => {
    const store = makeStore();
    const before = store.getState().library;
    const bad = { ...named('Bad'), targets: { ...DEFAULT_SCENARIO.targets, rtoSeconds: -1 } };
    expect(() => store.getState().openAsNew(bad, 'link')).toThrow(/not a valid scenario: targets.rtoSeconds/);
    expect(store.getState().library).toBe(before);
  });

  it('keeps a suffixed name within the validator’s 120 characters', () => {
    const store = makeStore();
    const long = 'x'.repeat(120);
    store.getState().openAsNew(named(long), 'link');
    store.getState().openAsNew(named(long), 'link');
    const last = store.getState().scenario.name;
    expect([...last].length).toBeLessThanOrEqual(120);
    expect(last.endsWith(' (shared)')).toBe(true);
  });

  it('is saved like any other scenario', () => {
    const storage = new FakeStorage();
    const store = makeStore(storage);
    const id = store.getState().openAsNew(named('From a link'), 'link');
    const again = makeStore(storage, undefined, 'again').getState();
    expect(again.currentId).toBe(id);
    expect(again.scenario.name).toBe('From a link');
  });
});

describe('new, duplicate, rename, open', () => {
  it('makes new scenarios from the default with free names', () => {
    const store = makeStore();
    store.getState().newScenario();
    store.getState().newScenario();
    expect(names(store)).toEqual(['E-commerce checkout', 'New scenario', 'New scenario 2']);
    expect(store.getState().scenario).toEqual({ ...DEFAULT_SCENARIO, name: 'New scenario 2' });
  });

  it('duplicates after the original, opens the copy, and leaves the original alone', () => {
    const store = makeStore();
    const original = store.getState().currentId;
    store.getState().setField('targets.rtoSeconds', '90 s');
    const copy = store.getState().duplicateScenario(original)!;
    expect(names(store)).toEqual(['E-commerce checkout', 'E-commerce checkout (copy)']);
    expect(store.getState().currentId).toBe(copy);
    store.getState().setField('targets.rtoSeconds', '3 min');
    expect(store.getState().library[0]?.scenario.targets.rtoSeconds).toBe(90);
    store.getState().duplicateScenario(copy);
    expect(names(store)[2]).toBe('E-commerce checkout (copy 2)');
    expect(store.getState().duplicateScenario('nope')).toBeNull();
  });

  it('renames the open scenario as an undoable edit, and another one in place', () => {
    const store = makeStore();
    const first = store.getState().currentId;
    expect(store.getState().renameScenario(first, '  Checkout v2 ')).toBeNull();
    expect(store.getState().scenario.name).toBe('Checkout v2');
    const other = store.getState().newScenario();
    expect(store.getState().renameScenario(first, 'Checkout v3')).toBeNull();
    expect(names(store)).toEqual(['Checkout v3', 'New scenario']);
    expect(store.getState().currentId).toBe(other);
    expect(store.getState().renameScenario(first, '   ')).toBe('Must not be empty, got ""');
    expect(store.getState().renameScenario(first, 'y'.repeat(121))).toMatch(/at most 120 characters/);
    expect(names(store)[0]).toBe('Checkout v3');
    store.getState().switchScenario(first);
    store.getState().undo();
    expect(store.getState().scenario.name).toBe('Checkout v2');
    expectInStep(store);
  });

  it('keeps markup in a name as plain text', () => {
    const store = makeStore();
    const name = '<img src=x onerror=alert(1)>';
    expect(store.getState().renameScenario(store.getState().currentId, name)).toBeNull();
    expect(store.getState().scenario.name).toBe(name);
  });

  it('opens another scenario: its inputs, no leftover entries, and a run of it', () => {
    const { runner, runs } = recordingRunner();
    const store = makeStore(undefined, runner);
    const first = store.getState().currentId;
    store.getState().newScenario();
    store.getState().setField('targets.rtoSeconds', 'soon');
    expect(store.getState().fieldErrors).not.toEqual({});
    expect(store.getState().switchScenario(first)).toBe(true);
    expect(store.getState().scenario).toBe(DEFAULT_SCENARIO);
    expect(store.getState().fieldErrors).toEqual({});
    expect(store.getState().drafts).toEqual({});
    expect(runs.at(-1)?.name).toBe('E-commerce checkout');
    expect(store.getState().switchScenario('nope')).toBe(false);
  });
});

describe('delete and undo', () => {
  it('deletes the open scenario, opens its neighbour, and puts it back on undo', () => {
    const store = makeStore();
    const a = store.getState().currentId;
    const b = store.getState().newScenario();
    const c = store.getState().newScenario();
    store.getState().switchScenario(b);
    store.getState().setField('targets.rtoSeconds', '90 s');
    const edited = store.getState().scenario;

    expect(store.getState().deleteScenario(b)).toBe(true);
    expect(store.getState().library.map((e) => e.id)).toEqual([a, c]);
    expect(store.getState().currentId).toBe(c);
    expect(store.getState().lastDeleted?.entry.scenario).toBe(edited);

    expect(store.getState().undoDelete()).toBe(b);
    expect(store.getState().library.map((e) => e.id)).toEqual([a, b, c]);
    expect(store.getState().currentId).toBe(b);
    expect(store.getState().scenario).toBe(edited);
    expect(store.getState().lastDeleted).toBeNull();
    // Its undo history came back with it.
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().scenario.targets.rtoSeconds).toBe(60);
    expectInStep(store);
  });

  it('deletes a scenario that is not open without changing the open one', () => {
    const store = makeStore();
    const a = store.getState().currentId;
    const b = store.getState().newScenario();
    store.getState().deleteScenario(a);
    expect(store.getState().currentId).toBe(b);
    store.getState().undoDelete();
    expect(store.getState().library.map((e) => e.id)).toEqual([a, b]);
    expect(store.getState().currentId).toBe(b);
  });

  it('never leaves the library empty, and takes the stand-in away again on undo', () => {
    const store = makeStore();
    const only = store.getState().currentId;
    store.getState().deleteScenario(only);
    expect(names(store)).toEqual(['New scenario']);
    expect(store.getState().undoDelete()).toBe(only);
    expect(store.getState().library.map((e) => e.id)).toEqual([only]);
    expect(store.getState().scenario).toBe(DEFAULT_SCENARIO);
  });

  it('takes a deleted scenario out of the comparison', () => {
    const store = makeStore();
    const a = store.getState().currentId;
    const b = store.getState().newScenario();
    store.getState().toggleCompare(a);
    store.getState().toggleCompare(b);
    store.getState().deleteScenario(a);
    expect(store.getState().compareIds).toEqual([b]);
  });

  it('survives a reload only if undone before it', () => {
    const storage = new FakeStorage();
    const store = makeStore(storage);
    const b = store.getState().newScenario();
    store.getState().deleteScenario(b);
    expect(makeStore(storage, undefined, 'r1').getState().library).toHaveLength(1);
    store.getState().undoDelete();
    expect(
      makeStore(storage, undefined, 'r2')
        .getState()
        .library.map((e) => e.id),
    ).toContain(b);
  });
});

describe('undo and redo of edits', () => {
  it('steps back and forth through accepted edits, and runs each scenario it lands on', () => {
    const { runner, runs } = recordingRunner();
    const store = makeStore(undefined, runner);
    store.getState().setField('targets.rtoSeconds', '90 s');
    store.getState().setField('targets.rtoSeconds', '2 min');
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().scenario.targets.rtoSeconds).toBe(90);
    expect(runs.at(-1)?.targets.rtoSeconds).toBe(90);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().scenario).toBe(DEFAULT_SCENARIO);
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().scenario.targets.rtoSeconds).toBe(120);
    expect(store.getState().redo()).toBe(false);
    expectInStep(store);
  });

  it('does not count a refused entry as a step, and clears what was typed on undo', () => {
    const store = makeStore();
    store.getState().setField('targets.rtoSeconds', '90 s');
    store.getState().setField('targets.rtoSeconds', 'soon');
    store.getState().setField('targets.rpoSeconds', '-3 s');
    store.getState().setField('targets.rtoSeconds', '1.5 min'); // the same value: no step
    expect(store.getState().histories.get(store.getState().currentId)?.past).toHaveLength(1);
    store.getState().setField('targets.rtoSeconds', 'later');
    store.getState().undo();
    expect(store.getState().scenario).toBe(DEFAULT_SCENARIO);
    expect(store.getState().fieldErrors).toEqual({});
    expect(store.getState().drafts).toEqual({});
  });

  it('drops the redo steps on a new edit', () => {
    const store = makeStore();
    store.getState().setField('targets.rtoSeconds', '90 s');
    store.getState().undo();
    store.getState().setField('targets.rpoSeconds', '10 s');
    expect(store.getState().redo()).toBe(false);
    expect(store.getState().scenario.targets).toMatchObject({ rtoSeconds: 60, rpoSeconds: 10 });
  });

  it('records presets, overrides, technology and seed changes as steps too', () => {
    const store = makeStore();
    store.getState().setSeed(5);
    store.getState().setBenchmarkSet('article');
    store.getState().setOverride('traffic.extra' as never, { min: 1, mode: 2, max: 3 });
    const steps = store.getState().histories.get(store.getState().currentId)?.past.length ?? 0;
    expect(steps).toBeGreaterThanOrEqual(2);
    while (store.getState().undo());
    expect(store.getState().scenario).toBe(DEFAULT_SCENARIO);
  });

  it('keeps a history per scenario', () => {
    const store = makeStore();
    const a = store.getState().currentId;
    store.getState().setField('targets.rtoSeconds', '90 s');
    const b = store.getState().newScenario();
    expect(store.getState().undo()).toBe(false);
    store.getState().setField('targets.rpoSeconds', '10 s');
    store.getState().switchScenario(a);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().scenario.targets.rtoSeconds).toBe(60);
    store.getState().switchScenario(b);
    expect(store.getState().scenario.targets.rpoSeconds).toBe(10);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().scenario.targets.rpoSeconds).toBe(5);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    const store = makeStore();
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) store.getState().setSeed(i);
    let undone = 0;
    while (store.getState().undo()) undone++;
    expect(undone).toBe(HISTORY_LIMIT);
    expect(store.getState().scenario.simulation.seed).toBe(20);
  });

  it('saves what undo lands on', () => {
    const storage = new FakeStorage();
    const store = makeStore(storage);
    store.getState().setField('targets.rtoSeconds', '90 s');
    store.getState().undo();
    expect(makeStore(storage, undefined, 'r').getState().scenario).toEqual(DEFAULT_SCENARIO);
  });
});
