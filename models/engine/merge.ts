import { PATTERN_IDS } from '../types';
import type { PartialRun } from './runBlocks';
import { STRIDE } from './sums';

const PER_BLOCK = PATTERN_IDS.length * STRIDE;

/**
 * Combine partial runs of the same scenario and seed. Blocks are re-ordered by index and histogram counts
 * added, so any split of the blocks, merged in any order, gives the same run.
 */
export function mergePartials(parts: readonly PartialRun[]): PartialRun {
  const first = parts[0];
  if (!first) throw new Error('mergePartials: nothing to merge');
  const entries: { block: number; part: PartialRun; index: number }[] = [];
  for (const part of parts) {
    if (part.seed !== first.seed || part.trials !== first.trials) {
      throw new Error('mergePartials: parts come from different runs (seed or trials differ)');
    }
    part.blocks.forEach((block, index) => entries.push({ block, part, index }));
  }
  entries.sort((a, b) => a.block - b.block);
  const blockSums = new Float64Array(entries.length * PER_BLOCK);
  entries.forEach((e, i) => {
    if (i > 0 && entries[i - 1]!.block === e.block)
      throw new Error(`mergePartials: block ${e.block} appears twice`);
    blockSums.set(e.part.blockSums.subarray(e.index * PER_BLOCK, (e.index + 1) * PER_BLOCK), i * PER_BLOCK);
  });
  // The first part's counts copied whole (a native copy), the others added to them: the same sums, in the
  // same order, as adding every part to zeros, with one pass fewer over 3 MB on the page's main thread.
  const histograms = first.histograms.slice();
  for (const part of parts.slice(1)) {
    const h = part.histograms;
    for (let i = 0; i < h.length; i++) histograms[i] = histograms[i]! + h[i]!;
  }
  return {
    seed: first.seed,
    trials: first.trials,
    blocks: entries.map((e) => e.block),
    blockSums,
    histograms,
    uniforms: parts.reduce((s, p) => s + p.uniforms, 0),
  };
}
