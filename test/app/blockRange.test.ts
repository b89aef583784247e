import { describe, expect, it } from 'vitest';
import {
  BLOCK_TRIALS,
  blockByBlock,
  blockCount,
  mergePartials,
  summarize,
  type PartialRun,
} from '../../models/engine';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario } from '../../models/types';
import { splitBlocks, transferablesOf } from '../../src/worker/blockRange';

describe('splitBlocks', () => {
  it('splits blocks into contiguous, nearly equal ranges', () => {
    expect(splitBlocks(10, 4)).toEqual([
      [0, 3],
      [3, 6],
      [6, 8],
      [8, 10],
    ]);
    expect(splitBlocks(3, 4)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(splitBlocks(7, 1)).toEqual([[0, 7]]);
  });

  it('covers every block exactly once', () => {
    for (let total = 1; total <= 40; total += 1) {
      for (let workers = 1; workers <= 6; workers += 1) {
        const ranges = splitBlocks(total, workers);
        expect(ranges[0]?.[0]).toBe(0);
        expect(ranges.at(-1)?.[1]).toBe(total);
        for (let i = 1; i < ranges.length; i += 1) expect(ranges[i]?.[0]).toBe(ranges[i - 1]?.[1]);
        const sizes = ranges.map(([start, end]) => end - start);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(Math.min(...sizes)).toBeGreaterThan(0);
      }
    }
  });
});

describe('transferablesOf', () => {
  it('finds each typed-array buffer once', () => {
    const shared = new Float64Array(8);
    const partial = {
      trials: 3,
      a: shared,
      b: new Float64Array(shared.buffer, 0, 2),
      nested: { c: new Uint32Array(4) },
      list: [new Float32Array(2)],
    };
    const buffers = transferablesOf(partial);
    expect(buffers).toHaveLength(3);
    expect(buffers).toContain(shared.buffer);
  });
});

describe('blockByBlock', () => {
  const scenario: Scenario = { ...DEFAULT_SCENARIO, simulation: { trials: 5 * BLOCK_TRIALS, seed: 11 } };

  function drain(steps: Generator<number, PartialRun, void>): { partial: PartialRun; done: number[] } {
    const done: number[] = [];
    for (;;) {
      const next = steps.next();
      if (next.done) return { partial: next.value, done };
      done.push(next.value);
    }
  }

  it('reports each block and gives the same result however the blocks are split', () => {
    const total = blockCount(scenario.simulation.trials);
    const whole = drain(blockByBlock(scenario, 0, total));
    expect(whole.done).toEqual(Array.from({ length: total }, (_, i) => i + 1));

    for (const workers of [2, 3, 4]) {
      const parts = splitBlocks(total, workers).map(([first, end]) =>
        drain(blockByBlock(scenario, first, end)),
      );
      const merged = mergePartials(parts.reverse().map((part) => part.partial));
      expect(summarize(scenario, merged)).toEqual(summarize(scenario, whole.partial));
    }
  });
});
