/** How blocks of trials are shared out among workers, and how their partial runs cross to the page. */

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
