import { describe, expect, it } from 'vitest';
import {
  BLOCK_TRIALS,
  blockCount,
  mergePartials,
  runBlocks,
  simulate,
  summarize,
} from '../models/engine/index';
import { scenarioWith } from './helpers';

// Five whole blocks and a short sixth, so that uneven splits are exercised.
const trials = 5 * BLOCK_TRIALS + 123;
const scenario = scenarioWith({ simulation: { trials, seed: 314159 } });
const blocks = blockCount(trials);

describe('same seed, same numbers', () => {
  const whole = simulate(scenario);

  it('gives identical results on a second run', () => {
    expect(simulate(scenario)).toEqual(whole);
  });

  it('gives identical results whatever the split across workers and the merge order', () => {
    const splits = [
      [0, 1, 6],
      [0, 3, 4, 6],
      [0, 2, 3, 5, 6],
    ];
    for (const cuts of splits) {
      const parts = cuts.slice(0, -1).map((from, i) => runBlocks(scenario, from, cuts[i + 1]!));
      expect(summarize(scenario, mergePartials([...parts].reverse()))).toEqual(whole);
    }
  });

  it('gives identical results whatever the chunk size (one block at a time)', () => {
    const parts = Array.from({ length: blocks }, (_, b) => runBlocks(scenario, b, b + 1));
    expect(summarize(scenario, mergePartials(parts))).toEqual(whole);
  });

  it('reports progress after each block', () => {
    const seen: number[] = [];
    runBlocks(scenario, 0, blocks, (done) => seen.push(done));
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('gives different numbers for a different seed', () => {
    const other = simulate(scenarioWith({ simulation: { trials, seed: 271828 } }));
    expect(other.patterns[1]!.annualLoss.mean).not.toBe(whole.patterns[1]!.annualLoss.mean);
  });

  it('refuses an incomplete or duplicated run instead of reporting partial numbers', () => {
    expect(() => summarize(scenario, runBlocks(scenario, 0, 3))).toThrow(/covers 3 of 6 blocks/);
    expect(() => mergePartials([runBlocks(scenario, 0, 2), runBlocks(scenario, 1, 3)])).toThrow(
      /appears twice/,
    );
  });

  it('records the seed and trials in the result', () => {
    expect(whole.seed).toBe(314159);
    expect(whole.trials).toBe(trials);
  });
});
