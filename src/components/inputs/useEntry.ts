import { useCallback, useEffect, useRef, useState } from 'react';

/** Pause in typing after which an entry is committed, ms. */
export const COMMIT_DELAY_MS = 300;

/**
 * What an input shows while someone types, committed after a short pause, on Enter and on blur. Typing
 * only updates local state (nothing else re-renders); the store sees the entry once the user pauses.
 */
export function useEntry(commit: (text: string) => void, delayMs = COMMIT_DELAY_MS) {
  const [text, setText] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  /** Commits the entry now if it has not been committed yet. */
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const value = pending.current;
    pending.current = null;
    if (value !== null) commitRef.current(value);
  }, []);

  const change = useCallback(
    (value: string) => {
      setText(value);
      pending.current = value;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  /** Commits and stops showing the local text (on blur). */
  const end = useCallback(() => {
    flush();
    setText(null);
  }, [flush]);

  // An entry typed just before the field goes away is still committed.
  useEffect(() => flush, [flush]);

  return { text, change, flush, end };
}
