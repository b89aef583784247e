/**
 * xoshiro128** (Blackman & Vigna, 2018): a small, fast generator with 128 bits of state and a period of
 * 2^128 − 1, ample for independent streams of a few thousand draws each.
 *
 * Randomness is an argument in this project: models receive a generator, never call Math.random.
 */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(s0: number, s1: number, s2: number, s3: number) {
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
    // The all-zero state is the one fixed point of the generator.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next unsigned 32-bit integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result >>> 0;
  }

  /** Uniform on the open interval (0, 1): never 0 or 1, so inverse CDFs may take logs safely. */
  next(): number {
    return (this.nextUint32() + 0.5) * TWO_POW_MINUS_32;
  }

  /**
   * out[0 … count) = the next `count` uniforms, exactly as `next()` would give them. The state lives in
   * locals for the whole loop, so a batch costs little more than the bare generator arithmetic.
   */
  fill(out: Float64Array, count: number): void {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    for (let i = 0; i < count; i++) {
      const x = Math.imul(s1, 5);
      const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      out[i] = (result + 0.5) * TWO_POW_MINUS_32;
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }
}

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** SplitMix32-style finaliser: spreads every input bit over the whole word. */
function mix32(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * One random stream of a block of trials. Each (seed, block, lane) gets its own well-mixed state, so
 * results do not depend on how blocks are spread over workers or chunks, and the lanes of a block (one
 * per kind of draw) never shift one another.
 */
export function streamFor(seed: number, block: number, lane = 0): Xoshiro128 {
  const golden = 0x9e3779b9;
  let x = mix32((seed >>> 0) ^ mix32(Math.imul(block + 1, golden)));
  let y = mix32(Math.imul(lane + 1, 0x85ebca6b));
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    x = (x + golden) | 0;
    y = (y + 0x6d2b79f5) | 0;
    words.push(mix32(x) ^ mix32(y));
  }
  return new Xoshiro128(words[0]!, words[1]!, words[2]!, words[3]!);
}
