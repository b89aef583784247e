import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addColumn, compileDist, poisson, poissonHead, sample } from '../models/random/distributions';
import { exp } from '../models/random/exp';
import { streamFor, Xoshiro128 } from '../models/random/xoshiro';
import type { Dist } from '../models/types';

const EPS = Number.EPSILON;

describe('exp', () => {
  it('is within 4 units in the last place of Math.exp', () => {
    fc.assert(
      fc.property(fc.double({ min: -745, max: 709, noNaN: true }), (x) => {
        const want = Math.exp(x);
        if (want < 2.2250738585072014e-308) return Math.abs(exp(x) - want) <= 1e-300;
        return Math.abs(exp(x) - want) <= 4 * EPS * want;
      }),
      { numRuns: 20000 },
    );
  });

  it('is exact where it must be, and leaves the extremes to the library', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(800)).toBe(Infinity);
    expect(exp(-800)).toBe(0);
    expect(exp(Number.NaN)).toBeNaN();
  });
});

describe('Xoshiro128.fill', () => {
  it('gives the very uniforms next() gives, and leaves the stream where next() would', () => {
    const a = new Xoshiro128(5, 6, 7, 8);
    const b = new Xoshiro128(5, 6, 7, 8);
    const out = new Float64Array(1000);
    a.fill(out, 999);
    for (let i = 0; i < 999; i++) expect(out[i]).toBe(b.next());
    expect(out[999]).toBe(0);
    expect(a.next()).toBe(b.next());
  });
});

describe('streamFor lanes', () => {
  it('gives every (seed, block, lane) its own reproducible stream', () => {
    const first = (seed: number, block: number, lane: number) => streamFor(seed, block, lane).nextUint32();
    const seen = new Set<number>();
    for (let block = 0; block < 20; block++) {
      for (let lane = 0; lane < 25; lane++) {
        expect(first(7, block, lane)).toBe(first(7, block, lane));
        seen.add(first(7, block, lane));
      }
    }
    expect(seen.size).toBe(500);
    expect(streamFor(7, 3).nextUint32()).toBe(first(7, 3, 0));
  });
});

describe('addColumn', () => {
  const dists: Dist[] = [
    { kind: 'fixed', value: 0 },
    { kind: 'fixed', value: 4.5 },
    { kind: 'uniform', min: 2, max: 9 },
    { kind: 'triangular', min: 1, mode: 3, max: 10 },
    { kind: 'triangular', min: 5, mode: 5, max: 8 },
    { kind: 'triangular', min: 5, mode: 8, max: 8 },
    { kind: 'lognormal', median: 3, p95: 40, max: 120 },
    {
      kind: 'mixture',
      parts: [
        { weight: 0.7, label: 'quick', dist: { kind: 'uniform', min: 1, max: 2 } },
        { weight: 0.3, label: 'slow', dist: { kind: 'triangular', min: 10, mode: 20, max: 60 } },
      ],
    },
    {
      kind: 'mixture',
      parts: [
        { weight: 0.75, label: 'restart', dist: { kind: 'triangular', min: 30, mode: 60, max: 300 } },
        { weight: 0.25, label: 'replace', dist: { kind: 'triangular', min: 300, mode: 600, max: 900 } },
      ],
    },
    {
      kind: 'mixture',
      parts: [
        { weight: 3, label: 'restart', dist: { kind: 'triangular', min: 30, mode: 60, max: 300 } },
        { weight: 0, label: 'never', dist: { kind: 'fixed', value: 1e6 } },
        { weight: 1, label: 'replace', dist: { kind: 'triangular', min: 300, mode: 600, max: 900 } },
        { weight: 1, label: 'fixed', dist: { kind: 'fixed', value: 42 } },
      ],
    },
  ];

  it.each(dists.map((d) => [d.kind, d] as const))(
    '%s: addColumn adds the values sample gives, and returns their sum',
    (_, dist) => {
      const s = compileDist(dist);
      const stride = 3;
      const m = 400;
      const u = new Float64Array(m * stride);
      streamFor(1, 2).fill(u, u.length);
      const value = (j: number) => sample(s, u[2 + j * stride]!);

      const out = new Float64Array(m).fill(1);
      const sum = addColumn(s, u, 2, stride, m, out);
      let want = 0;
      for (let j = 0; j < m; j++) {
        expect(out[j]).toBe(1 + value(j));
        want += value(j);
      }
      expect(sum).toBeCloseTo(want, 9);
    },
  );

  it('keeps triangular draws inside [min, max] and on the right side of the mode', () => {
    const s = compileDist({ kind: 'triangular', min: 1, mode: 3, max: 10 });
    const c = (3 - 1) / 9;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true, minExcluded: true, maxExcluded: true }), (u) => {
        const v = sample(s, u);
        return v >= 1 && v <= 10 && (u < c ? v <= 3 + 1e-12 : v >= 3 - 1e-12);
      }),
    );
  });
});

describe('poissonHead', () => {
  it('counts as poisson does: points below u while under 4, else poisson says at least 4', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 250, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true, minExcluded: true, maxExcluded: true }),
        (lambda, u) => {
          const head = poissonHead(lambda);
          const below = head.filter((c) => u > c).length;
          const n = poisson(lambda, u);
          return below < 4 ? n === below : lambda > 200 || n >= 4;
        },
      ),
      { numRuns: 20000 },
    );
  });
});
