import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIBRARY_KEY } from '../../src/store/libraryPersist';
import type { SimulationStore } from '../../src/store/simulationStore';
import { FakeStorage, makeTab, quotaError } from './helpers';

/*
 * Two tabs on one storage do anything in any order: edit, delete, put back, make new scenarios, undo; the
 * news of each other's saves arrives whenever it does; storage may be full for a while. Every edit sets a
 * seed never used before, so each version of a scenario can be told apart.
 *
 * A version may go only because someone replaced it knowingly: a tab changed or deleted a scenario while
 * showing that version. Every other version is still in the library at the end (in its scenario, or in a
 * copy a conflict left), and both tabs show the stored library.
 */

type TabIndex = 0 | 1;
type Op =
  | { kind: 'edit' | 'delete'; tab: TabIndex; pick: number }
  | { kind: 'new' | 'undo' | 'undoDelete' | 'deliver'; tab: TabIndex }
  | { kind: 'outage'; on: boolean };

const tab = fc.constantFrom<TabIndex>(0, 1);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), tab, pick: fc.nat(7) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), tab, pick: fc.nat(7) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('new' as const, 'undo' as const, 'undoDelete' as const),
      tab,
    }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('deliver' as const), tab }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('outage' as const), on: fc.boolean() }) },
);

const seedOf = (store: SimulationStore, id: string) =>
  store.getState().library.find((e) => e.id === id)?.scenario.simulation.seed;

describe('two tabs, any interleaving', () => {
  it('never lose a version silently, and end with the same library', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40, size: 'max' }), (ops) => {
        const storage = new FakeStorage();
        const tabs = [makeTab(storage, 'a'), makeTab(storage, 'b')];
        let nextSeed = 1000;
        /** Seeds written by an edit, and those replaced knowingly since. */
        const made = new Set<number>();
        const replaced = new Set<number>();
        const replacing = (store: SimulationStore, id: string) => {
          const seed = seedOf(store, id);
          if (seed !== undefined) replaced.add(seed);
        };

        for (const step of ops) {
          if (step.kind === 'outage') {
            storage.writeError = step.on ? quotaError() : null;
            continue;
          }
          const { store, deliver } = tabs[step.tab]!;
          const state = store.getState();
          const pick = 'pick' in step ? state.library[step.pick % state.library.length]! : undefined;
          switch (step.kind) {
            case 'edit': {
              // Opening it saves, and that save may find it deleted elsewhere: the edit goes to what is open.
              state.switchScenario(pick!.id);
              replacing(store, store.getState().currentId);
              const seed = nextSeed++;
              made.add(seed);
              expect(store.getState().setSeed(seed)).toBe(true);
              break;
            }
            case 'delete':
              replacing(store, pick!.id);
              expect(state.deleteScenario(pick!.id)).toBe(true);
              break;
            case 'undo': {
              const seed = state.scenario.simulation.seed;
              if (state.undo()) replaced.add(seed);
              break;
            }
            case 'new':
              state.newScenario();
              break;
            case 'undoDelete':
              state.undoDelete();
              break;
            case 'deliver':
              deliver();
              break;
          }
          for (const { store: s } of tabs) {
            const now = s.getState();
            expect(now.library.length).toBeGreaterThan(0);
            expect(new Set(now.library.map((e) => e.id)).size).toBe(now.library.length);
            expect(now.library.find((e) => e.id === now.currentId)?.scenario).toBe(now.scenario);
          }
        }

        // Storage works again; each tab saves, and hears of the other until neither has news.
        storage.writeError = null;
        for (const { store } of tabs) store.getState().retrySaving();
        for (let round = 0; round < 10; round++) {
          if (tabs.map(({ deliver }) => deliver()).every((n) => n === 0)) break;
        }
        const stored = storage.json(LIBRARY_KEY) as {
          state: { entries: { id: string; scenario: unknown }[] };
        };
        const library = stored.state.entries.map(({ id, scenario }) => ({ id, scenario }));
        for (const { store } of tabs) expect(store.getState().library).toEqual(library);
        const seeds = new Set(
          stored.state.entries.map((e) => (e.scenario as { simulation: { seed: number } }).simulation.seed),
        );
        for (const seed of made) if (!replaced.has(seed)) expect(seeds).toContain(seed);
      }),
      { numRuns: 200 },
    );
  });
});
