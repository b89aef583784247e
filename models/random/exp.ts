/**
 * e^x and ln x in plain arithmetic (additions, multiplications, divisions and table look-ups, which IEEE 754
 * rounds the same way everywhere), within a few units in the last place of Math.exp and Math.log. Engines
 * are free to compute Math.exp, Math.log and `**` differently, and do by a unit in the last place now and
 * then: with these the simulation gives the same numbers to the last bit in every browser and in Node. They
 * also inline into the sampling loops, where the library functions are calls out of compiled code.
 *
 * Tang's method: x = (64k + j)·ln2/64 + r with |r| ≤ ln2/128, so e^x = 2^k · 2^(j/64) · e^r, where
 * 2^(j/64) comes from a table and e^r from a degree-5 Taylor polynomial (error below r^6/720 ≈ 4e-17).
 */
const BITS = 6;
const N = 1 << BITS; // table entries
/**
 * 2^(j/64), correctly rounded: written out, not computed, because engines' `**` with a fractional exponent
 * is not correctly rounded and differs between versions, and the numbers must be the same in every browser
 * and in Node. (`2 ** (j / 64)` misses by a unit in the last place for nine of these in Node 20.)
 */
const TABLE = Float64Array.of(
  1.0,
  1.0108892860517005,
  1.0218971486541166,
  1.0330248790212284,
  1.0442737824274138,
  1.0556451783605572,
  1.0671404006768237,
  1.0787607977571199,
  1.0905077326652577,
  1.102382583307841,
  1.1143867425958924,
  1.1265216186082418,
  1.1387886347566916,
  1.1511892299529827,
  1.1637248587775775,
  1.1763969916502812,
  1.189207115002721,
  1.202156731452703,
  1.215247359980469,
  1.22848053610687,
  1.241857812073484,
  1.255380757024691,
  1.2690509571917332,
  1.2828700160787783,
  1.2968395546510096,
  1.3109612115247644,
  1.3252366431597413,
  1.339667524053303,
  1.3542555469368927,
  1.3690024229745905,
  1.383909881963832,
  1.3989796725383112,
  1.4142135623730951,
  1.42961333839197,
  1.4451808069770467,
  1.460917794180647,
  1.4768261459394993,
  1.4929077282912648,
  1.5091644275934228,
  1.5255981507445384,
  1.5422108254079407,
  1.559004400237837,
  1.5759808451078865,
  1.593142151342267,
  1.6104903319492543,
  1.6280274218573478,
  1.645755478153965,
  1.6636765803267364,
  1.681792830507429,
  1.7001063537185235,
  1.718619298122478,
  1.7373338352737062,
  1.7562521603732995,
  1.7753764925265212,
  1.7947090750031072,
  1.8142521755003989,
  1.8340080864093424,
  1.8539791250833855,
  1.8741676341103,
  1.8945759815869656,
  1.9152065613971474,
  1.9360617934922943,
  1.9571441241754002,
  1.978456026387951,
);
/** ln2/64 split in two: LN2_HI_N has trailing zero bits, so n·LN2_HI_N is exact for |n| < 2^21. */
const LN2_HI_N = 6.9314718036912381649e-1 / N;
const LN2_LO_N = 1.90821492927058770002e-10 / N;
const N_OVER_LN2 = N / Math.LN2;
const ROUNDER = 6755399441055744;
/** 2^k for every k whose product with the rest stays a normal number. */
const MIN_K = -1022;
const POW2 = new Float64Array(1024 - MIN_K);
// Exact powers of two by halving and doubling from 1: no library call, the same everywhere.
POW2[-MIN_K] = 1;
for (let k = -1; k >= MIN_K; k--) POW2[k - MIN_K] = POW2[k + 1 - MIN_K]! / 2;
for (let k = 1; k < 1024; k++) POW2[k - MIN_K] = POW2[k - 1 - MIN_K]! * 2;

/** Past these, e^x is 0 (below the least subnormal) or +∞ (above the largest double). */
const UNDER = -745.2;
const OVER = 709.8;

export function exp(x: number): number {
  if (!(x > -700 && x < 700)) return expFar(x);
  // Round to the nearest integer by adding and removing 1.5·2^52 (the sum has no fraction bits left).
  const n = x * N_OVER_LN2 + ROUNDER - ROUNDER;
  const r = x - n * LN2_HI_N - n * LN2_LO_N;
  const i = n | 0;
  const j = i & (N - 1);
  const k = i >> BITS; // floor(i / N)
  const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  return POW2[k - MIN_K]! * (TABLE[j]! * p);
}

/** e^x beyond ±700: the same steps, the power of two applied in two halves to stay in range. */
function expFar(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < UNDER) return 0;
  if (x > OVER) return Infinity;
  const n = x * N_OVER_LN2 + ROUNDER - ROUNDER;
  const r = x - n * LN2_HI_N - n * LN2_LO_N;
  const i = n | 0;
  const j = i & (N - 1);
  const k = i >> BITS;
  const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  const half = k >> 1; // floor(k / 2): both halves lie in the table's range
  return pow2(k - half) * (pow2(half) * (TABLE[j]! * p));
}

/** 2^k exactly, for whole k from −1022 to 1023. */
export function pow2(k: number): number {
  return POW2[k - MIN_K]!;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// Typed arrays use the platform's byte order; the high word of a double is U32[1] on little-endian.
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const SQRT_HALF = Math.SQRT1_2;

/**
 * ln x: x = m·2^e with √½ ≤ m < √2 (the exponent read from the bits, subnormals scaled by 2^54 first),
 * ln m = 2·atanh(s) with s = (m − 1)/(m + 1), |s| < 0.1716, summed as 2s(1 + s²/3 + s⁴/5 + … + s²⁰/21)
 * (the next term is below 1e-18 of the sum), and ln x = e·ln2_hi + (ln m + e·ln2_lo).
 */
export function log(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54
    e = -54;
  }
  F64[0] = x;
  const high = U32[HIGH]!;
  e += (high >>> 20) - 1023;
  // The same mantissa with the exponent of 1: m in [1, 2).
  U32[HIGH] = (high & 0x000fffff) | 0x3ff00000;
  let m = F64[0];
  if (m >= 2 * SQRT_HALF) {
    m /= 2;
    e += 1;
  }
  const s = (m - 1) / (m + 1);
  const z = s * s;
  const series =
    1 +
    z *
      (1 / 3 +
        z *
          (1 / 5 +
            z *
              (1 / 7 +
                z *
                  (1 / 9 +
                    z * (1 / 11 + z * (1 / 13 + z * (1 / 15 + z * (1 / 17 + z * (1 / 19 + z / 21)))))))));
  return e * LN2_HI + (2 * s * series + e * LN2_LO);
}
