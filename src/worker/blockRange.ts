/**
 * The work itself, free of any thread: run a range of blocks one at a time, reporting after each.
 * The worker drains it in one go; the main-thread fallback drains it with pauses in between.
 */
import { mergePartials, runBlocks, type PartialRun } from '../../models/engine';
import type { Scenario } from '../../models/types';

/**
 * Runs blocks [firstBlock, endBlock) of `scenario`. Yields the number of blocks done after each block and
 * returns the merged partial run.
 */
export function* runBlockRange(
  scenario: Scenario,
  firstBlock: number,
  endBlock: number,
): Generator<number, PartialRun, void> {
  const parts: PartialRun[] = [];
  for (let block = firstBlock; block < endBlock; block += 1) {
    parts.push(runBlocks(scenario, block, block + 1));
    yield block + 1 - firstBlock;
  }
  return mergePartials(parts);
}

/**
 * Splits `total` blocks into at most `workers` contiguous ranges of nearly equal size, in order.
 * splitBlocks(10, 4) = [[0, 3], [3, 6], [6, 8], [8, 10]].
 */
export function splitBlocks(total: number, workers: number): [number, number][] {
  const count = Math.max(1, Math.min(Math.floor(workers), total));
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < count; i += 1) {
    const size = Math.floor(total / count) + (i < total % count ? 1 : 0);
    ranges.push([start, start + size]);
    start += size;
  }
  return ranges;
}

/** Buffers of every typed array inside `value`, so that a partial run moves to another thread without a copy. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (item: unknown, depth: number): void => {
    if (depth > 8 || item === null || typeof item !== 'object') return;
    if (ArrayBuffer.isView(item)) {
      if (item.buffer instanceof ArrayBuffer) buffers.add(item.buffer);
      return;
    }
    for (const child of Object.values(item)) visit(child, depth + 1);
  };
  visit(value, 0);
  return [...buffers];
}
