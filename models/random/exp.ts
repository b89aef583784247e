/**
 * e^x in plain arithmetic, within a few units in the last place of Math.exp. Math.exp is a call out of
 * compiled code into the engine's C library; this one inlines into the sampling loops (a lognormal draw
 * is dominated by its exponential).
 *
 * Tang's method: x = (64k + j)·ln2/64 + r with |r| ≤ ln2/128, so e^x = 2^k · 2^(j/64) · e^r, where
 * 2^(j/64) comes from a table and e^r from a degree-5 Taylor polynomial (error below r^6/720 ≈ 4e-17).
 */
const BITS = 6;
const N = 1 << BITS; // table entries
const TABLE = Float64Array.from({ length: N }, (_, j) => 2 ** (j / N));
/** ln2/64 split in two: LN2_HI_N has trailing zero bits, so n·LN2_HI_N is exact for |n| < 2^21. */
const LN2_HI_N = 6.9314718036912381649e-1 / N;
const LN2_LO_N = 1.90821492927058770002e-10 / N;
const N_OVER_LN2 = N / Math.LN2;
const ROUNDER = 6755399441055744;
/** 2^k for every k whose product with the rest stays a normal number. */
const MIN_K = -1022;
const POW2 = Float64Array.from({ length: 1024 - MIN_K }, (_, i) => 2 ** (i + MIN_K));

export function exp(x: number): number {
  // Beyond ±700 (and for NaN) the result under- or overflows: leave those to the library.
  if (!(x > -700 && x < 700)) return Math.exp(x);
  // Round to the nearest integer by adding and removing 1.5·2^52 (the sum has no fraction bits left).
  const n = x * N_OVER_LN2 + ROUNDER - ROUNDER;
  const r = x - n * LN2_HI_N - n * LN2_LO_N;
  const i = n | 0;
  const j = i & (N - 1);
  const k = i >> BITS; // floor(i / N)
  const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  return POW2[k - MIN_K]! * (TABLE[j]! * p);
}
