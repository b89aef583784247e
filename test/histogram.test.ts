import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binLow,
  binOf,
  cdfPoints,
  binOfHighWord,
  HIGH_WORD,
  HISTOGRAM_BINS,
  histogramView,
  quantile,
} from '../models/engine/histogram';

describe('log-linear histogram', () => {
  it('puts zero in a bin of its own and every positive value in a bin that contains it', () => {
    expect(binOf(0)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e13, noNaN: true }), (v) => {
        const b = binOf(v);
        expect(b).toBeGreaterThan(0);
        expect(binLow(b)).toBeLessThanOrEqual(v);
        expect(binLow(b + 1)).toBeGreaterThan(v);
        // A bin spans at most 1/128 of its lower edge.
        expect(binLow(b + 1) / binLow(b)).toBeLessThanOrEqual(1 + 1 / 128 + 1e-12);
      }),
    );
  });

  it('reads quantiles within 0.4% of the exact sample quantile', () => {
    const values = Array.from({ length: 1001 }, (_, i) => 10 + i * 0.37);
    const h = new Float64Array(HISTOGRAM_BINS);
    for (const v of values) h[binOf(v)]! += 1;
    for (const q of [0.5, 0.95, 0.99]) {
      const exact = values[Math.ceil(q * values.length) - 1]!;
      expect(Math.abs(quantile(histogramView(h, 0), q) - exact) / exact).toBeLessThan(0.004);
    }
  });

  it('gives an increasing CDF that ends at 1', () => {
    const h = new Float64Array(HISTOGRAM_BINS);
    h[0] = 5;
    h[binOf(3)] = 10;
    h[binOf(300)] = 5;
    const pts = cdfPoints(histogramView(h, 0));
    expect(pts[0]).toEqual({ x: 0, p: 0.25 });
    expect(pts.at(-1)!.p).toBe(1);
    for (let i = 1; i < pts.length; i++) expect(pts[i]!.x).toBeGreaterThan(pts[i - 1]!.x);
  });
});

describe('histogramView', () => {
  it('finds the occupied bins and the count, and reads the same quantiles from them', () => {
    const counts = new Float64Array(3 * HISTOGRAM_BINS);
    const at = HISTOGRAM_BINS;
    counts[at + binOf(2)] = 3;
    counts[at + binOf(50)] = 1;
    counts[0] = 99; // another histogram's counts
    const view = histogramView(counts, at);
    expect(view).toMatchObject({ lo: binOf(2), hi: binOf(50) + 1, total: 4 });
    expect(quantile(view, 0.5)).toBeCloseTo(2, 1);
    expect(quantile(view, 1)).toBeCloseTo(50, 0);
    expect(histogramView(counts, 2 * HISTOGRAM_BINS)).toMatchObject({ lo: 0, hi: 0, total: 0 });
    expect(quantile(histogramView(counts, 2 * HISTOGRAM_BINS), 0.5)).toBe(0);
  });
});

describe('binOfHighWord', () => {
  it('gives the bin binOf gives, from the high word of a positive value', () => {
    const values = Float64Array.from([1e-300, 1e-9, 0.001, 0.5, 1, 3.7, 60, 1e6, 3e15, 1e300]);
    const words = new Uint32Array(values.buffer);
    values.forEach((v, j) => expect(binOfHighWord(words[2 * j + HIGH_WORD]!)).toBe(binOf(v)));
  });
});
