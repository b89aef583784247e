import { useCallback, useState } from 'react';

/**
 * How this browser likes the page laid out (inputs folded away, the charts of the client view, the
 * client view's key): kept in the browser's storage, never in the scenario, which is the client's and
 * travels with it. A storage that refuses (private mode, disabled) keeps the choice for the visit only.
 */
type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The stored value of `key` if `accept` takes it, else `fallback`. */
export function readPreference<T>(key: string, accept: (value: unknown) => value is T, fallback: T): T {
  try {
    const raw = storage()?.getItem(key);
    if (raw === null || raw === undefined) return fallback;
    const value: unknown = JSON.parse(raw);
    return accept(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

export function writePreference(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Kept for this visit only.
  }
}

/** A preference as React state: read once, written on every change. */
export function useStoredPreference<T>(
  key: string,
  accept: (value: unknown) => value is T,
  fallback: T,
): [T, (value: T) => void] {
  const [value, setValue] = useState(() => readPreference(key, accept, fallback));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      writePreference(key, next);
    },
    [key],
  );
  return [value, set];
}

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
