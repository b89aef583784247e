// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario } from '../../models/types';
import { ScenarioLibrary } from '../../src/components/library/ScenarioLibrary';
import { loadUnits } from '../../src/input/unitMath';
import { LIBRARY_KEY } from '../../src/store/libraryPersist';
import { SimulationStoreContext } from '../../src/store/useSimulation';
import { FakeStorage, makeStore } from './helpers';

beforeAll(() => loadUnits());
afterEach(cleanup);

/** Ids that name properties every plain object inherits. */
const OBJECT_IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

const named = (name: string): Scenario => ({ ...DEFAULT_SCENARIO, name });

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
