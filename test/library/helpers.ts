import type { Scenario, SimulationResult } from '../../models/types';
import type { KeyValueStorage } from '../../src/store/libraryPersist';
import { createSimulationStore, type SimulationRunner } from '../../src/store/simulationStore';
import { abortError } from '../../src/worker/runSimulation';

/** Web Storage in a Map, with switches that make reads or writes throw. */
export class FakeStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  /** Thrown by every getItem while set. */
  readError: unknown = null;
  /** Thrown by setItem while set (for the keys listed, or every key). */
  writeError: unknown = null;
  writeErrorKeys: string[] | null = null;
  writes: string[] = [];

  getItem(key: string): string | null {
    if (this.readError !== null) throw this.readError;
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.writeError !== null && (this.writeErrorKeys === null || this.writeErrorKeys.includes(key))) {
      throw this.writeError;
    }
    this.data.set(key, String(value));
    this.writes.push(key);
  }

  removeItem(key: string): void {
    this.data.delete(key);
  }

  json(key: string): unknown {
    const text = this.data.get(key);
    return text === undefined ? undefined : JSON.parse(text);
  }
}

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Runs that never finish unless cancelled: the library is tested, not the simulation. */
export const idleRunner: SimulationRunner = (_scenario, { signal }) =>
  new Promise<{ result: SimulationResult; mode: 'main-thread' }>((_, reject) => {
    signal?.addEventListener('abort', () => reject(abortError()));
  });

/** A runner that records what it was asked to run and never finishes. */
export function recordingRunner() {
  const runs: Scenario[] = [];
  const runner: SimulationRunner = (scenario, options) => {
    runs.push(scenario);
    return idleRunner(scenario, options);
  };
  return { runner, runs };
}

/** Ids id-1, id-2, … */
export function sequentialIds(prefix = 'id') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export function makeStore(
  storage?: KeyValueStorage | null,
  runner: SimulationRunner = idleRunner,
  ids = 'id',
) {
  return createSimulationStore({
    runner,
    storage,
    createId: sequentialIds(ids),
    now: () => new Date('2025-01-02T03:04:05Z'),
  });
}
