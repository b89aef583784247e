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

  private readonly tabs: StorageTab[] = [];

  /** A browser tab's view of this storage: see StorageTab. */
  openTab(): StorageTab {
    const tab = new StorageTab(this, (key) => {
      for (const other of this.tabs) if (other !== tab) other.announce(key);
    });
    this.tabs.push(tab);
    return tab;
  }
}

/**
 * One browser tab's view of a storage shared with other tabs. As in a browser, what one tab writes is
 * announced to the others (their `storage` event), but only when the test delivers it: `deliver()` hands
 * a tab every announcement still waiting, so a test can make one arrive late.
 */
export class StorageTab implements KeyValueStorage {
  private waiting: string[] = [];
  private listener: ((key: string | null) => void) | null = null;

  constructor(
    private readonly shared: FakeStorage,
    private readonly written: (key: string) => void,
  ) {}

  getItem(key: string): string | null {
    return this.shared.getItem(key);
  }

  setItem(key: string, value: string): void {
    this.shared.setItem(key, value);
    this.written(key);
  }

  removeItem(key: string): void {
    this.shared.removeItem(key);
    this.written(key);
  }

  announce(key: string): void {
    if (this.listener) this.waiting.push(key);
  }

  /** The `watchStorage` of a store in this tab. */
  watch = (listener: (key: string | null) => void) => {
    this.listener = listener;
    return () => {
      this.listener = null;
    };
  };

  /** Delivers the storage events waiting for this tab; returns how many there were. */
  deliver(): number {
    const keys = this.waiting;
    this.waiting = [];
    for (const key of keys) this.listener?.(key);
    return keys.length;
  }

  /** Closes the tab: nothing more reaches it. */
  close(): void {
    this.listener = null;
    this.waiting = [];
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

/** A tab of the planner on `storage`, its store's ids `prefix-1`, `prefix-2`…, and its storage events. */
export function makeTab(storage: FakeStorage, prefix: string, runner: SimulationRunner = idleRunner) {
  const tab = storage.openTab();
  const store = createSimulationStore({
    runner,
    storage: tab,
    createId: sequentialIds(prefix),
    now: () => new Date('2025-01-02T03:04:05Z'),
    watchStorage: tab.watch,
  });
  return { store, tab, deliver: () => tab.deliver() };
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
