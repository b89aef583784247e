/**
 * The reader of entries with arithmetic (mathInstance.ts), loaded on demand: mathjs is most of its weight,
 * and the first page does without it. `loadArithmetic()` starts the load, and the inputs start it as soon as
 * they appear, long before anyone has typed a sum. An entry with arithmetic read before it has arrived
 * throws `ArithmeticLoading`, and the caller reads it again once `loadArithmetic()` resolves. Everything
 * else (numbers, units, `$12k/h`, `quarterly`, `99.95%`, `1 h 30 min`) is read by the hand-written parser
 * at once, with nothing to load.
 */
import type { ArithmeticResult, Word } from './mathInstance';

type Evaluate = (text: string, word: (name: string) => Word) => ArithmeticResult;

let evaluate: Evaluate | null = null;
let loading: Promise<void> | null = null;

/** Thrown by a reading asked for before the arithmetic reader has loaded. */
export class ArithmeticLoading extends Error {
  constructor() {
    super('The arithmetic reader is still loading.');
  }
}

/** Loads the arithmetic reader (once); resolves when entries with arithmetic can be read. */
export function loadArithmetic(): Promise<void> {
  loading ??= import('./mathInstance').then(
    (module) => {
      evaluate = module.evaluateArithmetic;
    },
    (error: unknown) => {
      // A failed chunk load may succeed later (a flaky network): let the next call try again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function arithmeticReady(): boolean {
  return evaluate !== null;
}

/** Reads an entry with arithmetic; throws ArithmeticLoading (and starts the load) when not loaded yet. */
export function readArithmetic(text: string, word: (name: string) => Word): ArithmeticResult {
  if (!evaluate) {
    void loadArithmetic().catch(() => undefined);
    throw new ArithmeticLoading();
  }
  return evaluate(text, word);
}
