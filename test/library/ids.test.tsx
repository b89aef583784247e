// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario } from '../../models/types';
import { ScenarioLibrary } from '../../src/components/library/ScenarioLibrary';
import { LIBRARY_KEY } from '../../src/store/libraryPersist';
import type { SimulationStore } from '../../src/store/simulationStore';
import { SimulationStoreContext } from '../../src/store/useSimulation';
import { FakeStorage, makeStore, makeTab } from './helpers';

afterEach(cleanup);

/** Ids that name properties every plain object inherits. */
const OBJECT_IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

const named = (name: string): Scenario => ({ ...DEFAULT_SCENARIO, name });
const library = (store: SimulationStore) => store.getState().library;

/** A library saved with those ids, as the version before revisions wrote it. */
function storageWithObjectIds(): FakeStorage {
  const storage = new FakeStorage();
  const entries = OBJECT_IDS.map((id) => ({ id, scenario: named(`Scenario ${id}`) }));
  storage.data.set(LIBRARY_KEY, JSON.stringify({ state: { entries, currentId: 'constructor' }, version: 1 }));
  return storage;
}

describe('scenario ids that are names of object properties', () => {
  it('load, open, take edits, undo and redo like any other id', () => {
    const store = makeStore(storageWithObjectIds());
    expect(store.getState().library.map((e) => e.id)).toEqual(OBJECT_IDS);
    expect(store.getState().currentId).toBe('constructor');
    expect(store.getState().loadNotices).toEqual([]);
    for (const id of OBJECT_IDS) {
      expect(store.getState().switchScenario(id)).toBe(true);
      expect(store.getState().scenario.name).toBe(`Scenario ${id}`);
      expect(store.getState().undo()).toBe(false);
      expect(store.getState().redo()).toBe(false);
      expect(store.getState().setField('targets.rtoSeconds', '90 s')).toBe(true);
      expect(store.getState().renameScenario(id, `Renamed ${id}`)).toBeNull();
      expect(store.getState().undo()).toBe(true);
      expect(store.getState().undo()).toBe(true);
      expect(store.getState().scenario.targets.rtoSeconds).toBe(60);
      expect(store.getState().undo()).toBe(false);
      expect(store.getState().redo()).toBe(true);
      expect(store.getState().scenario.targets.rtoSeconds).toBe(90);
      expect(store.getState().scenario.name).toBe(`Scenario ${id}`);
    }
    // Each kept its own history.
    store.getState().switchScenario('toString');
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().scenario.name).toBe('Renamed toString');
  });

  it('are deleted and put back with their history', () => {
    const store = makeStore(storageWithObjectIds());
    store.getState().switchScenario('__proto__');
    store.getState().setField('targets.rtoSeconds', '90 s');
    expect(store.getState().deleteScenario('__proto__')).toBe(true);
    expect(store.getState().library.map((e) => e.id)).not.toContain('__proto__');
    expect(store.getState().undoDelete()).toBe('__proto__');
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().scenario.targets.rtoSeconds).toBe(60);
  });

  it('are merged between two tabs like any other id', () => {
    const storage = storageWithObjectIds();
    const a = makeTab(storage, 'a');
    const b = makeTab(storage, 'b');
    expect(a.store.getState().setField('targets.rtoSeconds', '90 s')).toBe(true);
    expect(a.store.getState().deleteScenario('__proto__')).toBe(true);
    expect(b.store.getState().switchScenario('toString')).toBe(true);
    expect(b.store.getState().setField('targets.rpoSeconds', '10 s')).toBe(true);
    a.deliver();
    b.deliver();
    const fresh = makeStore(storage, undefined, 'fresh').getState();
    expect(fresh.library.map((e) => e.id)).toEqual(['constructor', 'toString', 'hasOwnProperty', 'valueOf']);
    const byId = new Map(fresh.library.map((e) => [e.id, e.scenario]));
    expect(byId.get('constructor')?.targets.rtoSeconds).toBe(90);
    expect(byId.get('toString')?.targets.rpoSeconds).toBe(10);
    expect(library(a.store)).toEqual(fresh.library);
    expect(library(b.store)).toEqual(fresh.library);
    expect(storage.json(LIBRARY_KEY)).toMatchObject({ state: { deleted: [{ id: '__proto__', rev: 2 }] } });
  });

  it('show in the scenario list, and each one opens from it, with Undo and Redo working', () => {
    const store = makeStore(storageWithObjectIds());
    render(
      <SimulationStoreContext.Provider value={store}>
        <ScenarioLibrary />
      </SimulationStoreContext.Provider>,
    );
    const list = screen.getByRole('list', { name: 'Scenarios' });
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    for (const id of OBJECT_IDS) {
      fireEvent.click(within(list).getByRole('button', { name: new RegExp(`^Scenario ${id}(Open)?$`) }));
      expect(store.getState().currentId).toBe(id);
      expect(undo.getAttribute('aria-disabled')).toBe('true');
      expect(redo.getAttribute('aria-disabled')).toBe('true');
      act(() => {
        store.getState().setField('targets.rtoSeconds', '90 s');
      });
      expect(undo.getAttribute('aria-disabled')).toBe('false');
      fireEvent.click(undo);
      expect(store.getState().scenario.targets.rtoSeconds).toBe(60);
      expect(redo.getAttribute('aria-disabled')).toBe('false');
      fireEvent.click(redo);
      expect(store.getState().scenario.targets.rtoSeconds).toBe(90);
    }
    expect(within(list).getAllByRole('listitem')).toHaveLength(OBJECT_IDS.length);
  });
});
