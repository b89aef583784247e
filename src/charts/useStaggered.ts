import { useEffect, useState } from 'react';

/**
 * `count` copies of `value` that take up a new value one after the other, each in a task of its own:
 * slot i shows the new value only once slot i − 1 has been drawn. Six charts then cost the page six short
 * tasks instead of one long one, so typing and scrolling never wait for all of them. Slots are null until
 * they first get a value.
 */
export function useStaggered<T>(value: T, count: number): (T | null)[] {
  const [slots, setSlots] = useState<(T | null)[]>(() => Array.from({ length: count }, () => null));
  const next = slots.findIndex((slot) => slot !== value);
  useEffect(() => {
    if (next < 0) return;
    const timer = setTimeout(() => setSlots((old) => old.map((slot, i) => (i === next ? value : slot))), 0);
    return () => clearTimeout(timer);
  }, [next, value]);
  return slots;
}
