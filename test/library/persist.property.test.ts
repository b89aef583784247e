import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { parseScenario } from '../../models/scenario/validate';
import { LIBRARY_KEY } from '../../src/store/libraryPersist';
import { FakeStorage, makeStore, quotaError } from './helpers';

/** Text that looks more or less like a stored library: random JSON, near misses, and plain noise. */
const storedText = fc.oneof(
  fc.string(),
  fc.json(),
  fc
    .record({
      state: fc.oneof(
        fc.anything(),
        fc.record({
          entries: fc.array(
            fc.oneof(
              fc.anything(),
              fc.record({ id: fc.oneof(fc.string(), fc.integer()), scenario: fc.anything() }),
              fc.record({ id: fc.string(), scenario: fc.constant(DEFAULT_SCENARIO) }),
            ),
            { maxLength: 4 },
          ),
          currentId: fc.oneof(fc.string(), fc.anything()),
        }),
      ),
      version: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.anything()),
    })
    .map((value) => JSON.stringify(value) ?? 'null'),
);

describe('whatever is stored under the library key', () => {
  it('creating the store never throws, and the open scenario is valid and in the library', () => {
    fc.assert(
      fc.property(storedText, fc.boolean(), (text, fullStorage) => {
        const storage = new FakeStorage();
        storage.data.set(LIBRARY_KEY, text);
        if (fullStorage) storage.writeError = quotaError();
        const store = makeStore(storage);
        const state = store.getState();
        expect(parseScenario(state.scenario).ok).toBe(true);
        expect(state.library.length).toBeGreaterThan(0);
        expect(state.library.find((e) => e.id === state.currentId)?.scenario).toBe(state.scenario);
        // The work in memory is never lost to storage: an edit goes in, and stays.
        expect(state.setField('targets.rtoSeconds', '97 s')).toBe(true);
        expect(store.getState().scenario.targets.rtoSeconds).toBe(97);
        expect(store.getState().library.find((e) => e.id === store.getState().currentId)?.scenario).toBe(
          store.getState().scenario,
        );
      }),
      { numRuns: 300 },
    );
  });
});
