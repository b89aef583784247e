import { describe, expect, it } from 'vitest';
import {
  BLOCK_TRIALS,
  blockByBlock,
  blockCount,
  mergePartials,
  runBlocks,
  type PartialRun,
  simulate,
  summarize,
} from '../models/engine/index';
import { HISTOGRAM_BINS } from '../models/engine/histogram';
import { H_DOWNTIME, H_LOSS, H_RPO, H_RTO, histogramOffset } from '../models/engine/runBlocks';
import { readTotals } from '../models/engine/sums';
import { poisson } from '../models/random/distributions';
import { streamFor } from '../models/random/xoshiro';
import { PATTERN_IDS, SCOPE_IDS } from '../models/types';
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

  // The same run without its availability windows: what summarize gives from the main run alone.
  const plain = summarize(scenario, runBlocks(scenario, 0, blocks));

  it('gives the same figures from a run with or without its windows, bar the windows’ own', () => {
    expect({ ...plain, patterns: plain.patterns.map((p) => ({ ...p, slo: null })) }).toEqual({
      ...whole,
      patterns: whole.patterns.map((p) => ({ ...p, slo: null })),
    });
    expect(plain.patterns.every((p) => p.slo === null)).toBe(true);
  });

  it('gives identical results whatever the split across workers and the merge order', () => {
    const splits = [
      [0, 1, 6],
      [0, 3, 4, 6],
      [0, 2, 3, 5, 6],
    ];
    for (const cuts of splits) {
      const parts = cuts.slice(0, -1).map((from, i) => runBlocks(scenario, from, cuts[i + 1]!));
      expect(summarize(scenario, mergePartials([...parts].reverse()))).toEqual(plain);
    }
  });

  it('gives identical results whatever the chunk size (one block at a time)', () => {
    const parts = Array.from({ length: blocks }, (_, b) => runBlocks(scenario, b, b + 1));
    expect(summarize(scenario, mergePartials(parts))).toEqual(plain);
  });

  it('gives identical results when two runs take turns on one thread', () => {
    const other = scenarioWith({ simulation: { trials: 3 * BLOCK_TRIALS, seed: 5 } });
    const runs = [blockByBlock(scenario, 0, blocks), blockByBlock(other, 0, 3)];
    const results: (PartialRun | undefined)[] = [undefined, undefined];
    while (results.includes(undefined)) {
      runs.forEach((run, i) => {
        if (results[i] !== undefined) return;
        const step = run.next();
        if (step.done) results[i] = step.value;
      });
    }
    // Bytes compared directly: a deep equality of 400,000-element arrays, value by value, takes seconds.
    const same = (a: PartialRun | undefined, b: PartialRun) => {
      expect({ ...a, blockSums: null, histograms: null }).toEqual({
        ...b,
        blockSums: null,
        histograms: null,
      });
      expect(Buffer.from(a!.blockSums.buffer).equals(Buffer.from(b.blockSums.buffer))).toBe(true);
      expect(Buffer.from(a!.histograms.buffer).equals(Buffer.from(b.histograms.buffer))).toBe(true);
    };
    same(results[0], runBlocks(scenario, 0, blocks));
    same(results[1], runBlocks(other, 0, 3));
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

describe('incident counts', () => {
  // The count of each trial's incidents comes from the scope's year stream, one uniform a trial. Rates of
  // 3 a year give many years with more than 4; 1,000 a year (the largest allowed) years that overflow a
  // chunk of 512 incidents and carry on into the next.
  it.each([0.05, 3, 1000])('lists every incident of every year at %s a year', (rate) => {
    const trials = 300;
    const s = scenarioWith({
      failureRates: { node: rate, storage: 0, network: 0, zone: 0, region: 0 },
      simulation: { trials, seed: 99 },
    });
    const run = runBlocks(s, 0, 1);
    const years = streamFor(99, 0, SCOPE_IDS.indexOf('node'));
    let expected = 0;
    for (let t = 0; t < trials; t++) expected += poisson(rate, years.next());
    for (const totals of readTotals(run.blockSums, run.blocks.length)) {
      expect(totals.scopes.node.incidents).toBe(expected);
    }
  });
});

describe('histogram counts', () => {
  // Each trial is one year in each pattern's annual histograms, each incident one count in its pattern's
  // outage and data-lost histograms, whatever the costs (a cost of zero makes many years cost nothing).
  const total = (h: Float64Array, offset: number): number =>
    h.subarray(offset, offset + HISTOGRAM_BINS).reduce((a, c) => a + c, 0);
  it.each([
    ['the default scenario', {}],
    ['downtime that costs nothing', { business: { downtimeCostPerMinute: 0 } }],
    ['data loss that costs nothing', { business: { dataLossCostPerSecond: 0 } }],
  ])('count every year and every incident once: %s', (_, patch) => {
    const trials = 2 * BLOCK_TRIALS + 77;
    const s = scenarioWith({ ...patch, simulation: { trials, seed: 3 } });
    const run = runBlocks(s, 0, blockCount(trials));
    const totals = readTotals(run.blockSums, run.blocks.length);
    for (let p = 0; p < PATTERN_IDS.length; p++) {
      const scopes = totals[p]!.scopes;
      const h = run.histograms;
      expect(total(h, histogramOffset(p, H_DOWNTIME))).toBe(trials);
      expect(total(h, histogramOffset(p, H_LOSS))).toBe(trials);
      SCOPE_IDS.forEach((scope, s) => {
        expect(scopes[scope].incidents).toBeGreaterThan(0);
        expect(total(h, histogramOffset(p, H_RTO + s))).toBe(scopes[scope].incidents);
        expect(total(h, histogramOffset(p, H_RPO + s))).toBe(scopes[scope].incidents);
      });
    }
  });
});
