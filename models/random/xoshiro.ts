/**
 * xoshiro128** (Blackman & Vigna, 2018): a small, fast generator with 128 bits of state and a period of
 * 2^128 − 1, ample for independent streams of a few thousand draws each.
 *
 * Randomness is an argument in this project: models receive a generator, never call Math.random.
 */
export class Xoshiro128 {
  /**
   * The four words of state, in typed memory rather than in four fields: the object's shape then never
   * changes (fields holding integers change representation as their values grow, and every change throws
   * away the compiled code that read them), so the sampling loops stay compiled once and for all.
   */
  private readonly state = new Int32Array(4);

  constructor(s0: number, s1: number, s2: number, s3: number) {
    const st = this.state;
    st[0] = s0;
    st[1] = s1;
    st[2] = s2;
    st[3] = s3;
    // The all-zero state is the one fixed point of the generator.
    if ((s0 | s1 | s2 | s3) === 0) st[0] = 1;
  }

  /** Next unsigned 32-bit integer. */
  nextUint32(): number {
    const st = this.state;
    const s0 = st[0]!;
    const s1 = st[1]!;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    const s2 = st[2]! ^ s0;
    const s3 = st[3]! ^ s1;
    st[0] = s0 ^ s3;
    st[1] = s1 ^ s2;
    st[2] = s2 ^ t;
    st[3] = rotl(s3, 11);
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
    const st = this.state;
    let s0 = st[0]!;
    let s1 = st[1]!;
    let s2 = st[2]!;
    let s3 = st[3]!;
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
    st[0] = s0;
    st[1] = s1;
    st[2] = s2;
    st[3] = s3;
  }
}

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/*
 * `fill` is run in full a few dozen times, in short batches, before any long one. Otherwise the first long
 * batch may be compiled in mid-loop (on-stack replacement) before the compiler has seen the stores after the
 * loop run (V8 starts recording what a function does only after its first few calls); V8 keeps that code,
 * enters it again in every later long batch and leaves it at those stores, finishing each batch in the
 * interpreter. Measured: in one process in three the engine then ran half again as long.
 */
const WARM_UP = new Float64Array(4);
for (let i = 0, rng = streamFor(0, 0); i < 64; i++) rng.fill(WARM_UP, 4);

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
