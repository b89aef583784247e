/** Names for scenarios added to the library: the name wanted, or a free variant of it. */
import type { LibraryEntry } from './libraryPersist';

/** Longest scenario name the validator takes, characters (code points). */
export const MAX_NAME = 120;

const codePoints = (text: string) => [...text];

/** `base`, or, when taken, `base` with the first free suffix; the result fits the validator's length. */
export function uniqueName(
  base: string,
  taken: ReadonlySet<string>,
  suffix: (n: number) => string,
  keepBase = true,
): string {
  if (keepBase && !taken.has(base)) return base;
  for (let n = 1; ; n++) {
    const end = suffix(n);
    const room = MAX_NAME - codePoints(end).length;
    const chars = codePoints(base);
    const head = chars.length > room ? chars.slice(0, room).join('').trimEnd() : base;
    if (!taken.has(head + end)) return head + end;
  }
}

/** The names in use in `library`. */
export const namesOf = (library: readonly LibraryEntry[]) => new Set(library.map((e) => e.scenario.name));

/** " (word)", then " (word 2)", " (word 3)"…: the suffixes of a name marked as a copy of some kind. */
export const markedAs =
  (word: string) =>
  (n: number): string =>
    n === 1 ? ` (${word})` : ` (${word} ${n})`;
