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
    return (this.nextUint32() + 0.5) * 2.3283064365386963e-10; // 2^-32
  }
}

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
 * The generator of one block of trials. Each (seed, block) pair gets its own well-mixed state, so results
 * do not depend on how blocks are spread over workers or chunks.
 */
export function streamFor(seed: number, block: number): Xoshiro128 {
  const golden = 0x9e3779b9;
  let x = mix32((seed >>> 0) ^ mix32(Math.imul(block + 1, golden)));
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    x = (x + golden) | 0;
    words.push(mix32(x));
  }
  return new Xoshiro128(words[0]!, words[1]!, words[2]!, words[3]!);
}
