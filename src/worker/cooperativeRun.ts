/**
 * Runs a range of blocks in slices, handing control back to the event loop between slices so that a
 * cancel (a worker message, or an aborted signal on the main thread) is seen within a few milliseconds.
 * Blocks are never split, so where the pauses fall has no effect on the numbers.
 */
import { blockByBlock, type PartialRun } from '../../models/engine';
import type { Scenario } from '../../models/types';

export interface CooperativeOptions {
  /** Checked before every block; true stops the run. */
  shouldStop: () => boolean;
  /** Resolves after pending events (messages, input, painting) have had their turn. */
  yieldToEvents: () => Promise<void>;
  /** Blocks done so far, after each block. */
  onProgress?: (done: number) => void;
  /** Longest time to compute between two pauses, ms. */
  sliceMs: number;
  /** Clock in ms; performance.now by default. */
  now?: () => number;
}

/** The merged partial run of blocks [firstBlock, endBlock), or null when stopped before the end. */
export function runCooperatively(
  scenario: Scenario,
  firstBlock: number,
  endBlock: number,
  options: CooperativeOptions,
): Promise<PartialRun | null> {
  return stepCooperatively(blockByBlock(scenario, firstBlock, endBlock), options);
}

/**
 * Any work done in steps (a generator yielding how far it got): its value, or null when stopped before
 * the end, pausing between steps once a slice's time is used up.
 */
export async function stepCooperatively<T>(
  steps: Generator<number, T, void>,
  { shouldStop, yieldToEvents, onProgress, sliceMs, now = () => performance.now() }: CooperativeOptions,
): Promise<T | null> {
  let sliceStart = now();
  for (;;) {
    if (shouldStop()) return null;
    const next = steps.next();
    if (next.done) return next.value;
    onProgress?.(next.value);
    if (now() - sliceStart >= sliceMs) {
      await yieldToEvents();
      sliceStart = now();
    }
  }
}
