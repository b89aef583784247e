import { addColumn, addRows, poisson, poissonHead, sample } from '../random/distributions';
import type { Xoshiro128 } from '../random/xoshiro';
import { streamFor } from '../random/xoshiro';
import type { Scenario } from '../types';
import { PATTERN_IDS, SCOPE_IDS } from '../types';
import { binOfHighWord, countInto, HIGH_WORD, HISTOGRAM_BINS } from './histogram';
import {
  buildPlan,
  LOSS_BACKUP,
  LOSS_LAG,
  LOSS_SYNC,
  MAX_STEPS,
  type LossPlan,
  type Plan,
  type ScopePlan,
} from './plan';

/**
 * The Monte Carlo kernel. One trial is one simulated year in which the same incidents strike all four
 * patterns (common random numbers: differences between patterns are not blurred by different luck).
 *
 * Trials are grouped in blocks of BLOCK_TRIALS, each with its own random streams. A block is never split,
 * and its sums are kept apart and added in block order at the end, so the same seed gives the same
 * numbers, to the last bit, whatever the number of workers or the chunk size.
 */
export const BLOCK_TRIALS = 4096;

/** Uniforms each incident draws for each pattern: MAX_STEPS path steps, the manual branch, loss, degradation. */
export const UNIFORMS_PER_INCIDENT = MAX_STEPS + 3;

// Per-block, per-pattern sums (layout of one stride).
export const S_N_ORD = 0; // ordinary incidents
export const S_N_REG = 1; // regional incidents
export const S_RTO_ORD = 2; // Σ outage seconds, ordinary
export const S_RTO_REG = 3;
export const S_RPO_ORD = 4; // Σ seconds of data lost, ordinary
export const S_RPO_REG = 5;
export const S_RTO_ORD_OK = 6; // incidents meeting the target
export const S_RPO_ORD_OK = 7;
export const S_RTO_REG_OK = 8;
export const S_RPO_REG_OK = 9;
export const S_COVERED = 10; // incidents with an automated path
export const S_MANUAL = 11; // … that fell to people
export const S_PHASE = 12; // six phase sums (seconds), PHASE_IDS order
/**
 * Per-scope sums, SCOPE_SUMS per scope: incidents, Σ outage seconds, Σ seconds lost, Σ loss, Σ loss².
 * They give the expected annual figures by the compound-Poisson identity E[annual] = Σ rate × E[per incident],
 * which removes the noise of the incident counts from the means (see summarize).
 */
export const S_SCOPE = 18;
export const SCOPE_SUMS = 5;
export const STRIDE = S_SCOPE + SCOPE_SUMS * SCOPE_IDS.length;

// Histograms per pattern.
export const H_RTO_ORD = 0;
export const H_RPO_ORD = 1;
export const H_RTO_REG = 2;
export const H_RPO_REG = 3;
export const H_DOWNTIME = 4; // annual downtime minutes
export const H_LOSS = 5; // annual loss (currency)
export const HISTOGRAMS = 6;

const PATTERNS = PATTERN_IDS.length;
const SCOPES = SCOPE_IDS.length;

/** What a run of some blocks produced: numbers and typed arrays only, so it crosses a worker boundary. */
export interface PartialRun {
  seed: number;
  trials: number;
  /** Block indices covered, ascending. */
  blocks: number[];
  /** STRIDE × patterns sums per block, in `blocks` order. */
  blockSums: Float64Array;
  /** HISTOGRAMS × patterns histograms of HISTOGRAM_BINS counts. */
  histograms: Float64Array;
  /** Uniform draws made (for the benchmark's random-number floor). */
  uniforms: number;
}

export function blockCount(trials: number): number {
  return Math.ceil(trials / BLOCK_TRIALS);
}

export function trialsInBlock(trials: number, block: number): number {
  return Math.max(0, Math.min(BLOCK_TRIALS, trials - block * BLOCK_TRIALS));
}

export function emptyHistograms(): Float64Array {
  return new Float64Array(PATTERNS * HISTOGRAMS * HISTOGRAM_BINS);
}

export function histogramOffset(pattern: number, histogram: number): number {
  return (pattern * HISTOGRAMS + histogram) * HISTOGRAM_BINS;
}

/** Run blocks [firstBlock, endBlock) of the scenario's trials. `onBlock` is told after each block. */
export function runBlocks(
  scenario: Scenario,
  firstBlock: number,
  endBlock: number,
  onBlock?: (done: number) => void,
): PartialRun {
  const steps = blockByBlock(scenario, firstBlock, endBlock);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onBlock?.(step.value);
  }
}

/**
 * runBlocks one block at a time: yields the number of blocks done after each, returns the partial run.
 * A caller can pause or stop between blocks (to let a page breathe, or to drop a stale run) while the
 * run keeps one set of buffers and histograms throughout.
 */
export function* blockByBlock(
  scenario: Scenario,
  firstBlock: number,
  endBlock: number,
): Generator<number, PartialRun, void> {
  const plan = buildPlan(scenario);
  const { trials, seed } = scenario.simulation;
  const last = Math.min(endBlock, blockCount(trials));
  const blocks: number[] = [];
  for (let b = firstBlock; b < last; b++) blocks.push(b);
  const blockSums = new Float64Array(blocks.length * PATTERNS * STRIDE);
  const histograms = emptyHistograms();
  const work = scratch();
  let uniforms = 0;
  for (const [i, block] of blocks.entries()) {
    const sums = blockSums.subarray(i * PATTERNS * STRIDE, (i + 1) * PATTERNS * STRIDE);
    uniforms += runBlock(plan, seed, block, trialsInBlock(trials, block), sums, histograms, work);
    yield i + 1;
  }
  return { seed, trials, blocks, blockSums, histograms, uniforms };
}

/**
 * Reusable buffers of one run, so the hot loops allocate nothing. Each `…Words` array views the memory of
 * the Float64Array before it, so a value's histogram bin is read from its high word without a copy.
 */
interface Scratch {
  yearUniforms: Float64Array; // one per trial of the block: its count of incidents of one scope
  trialOf: Int32Array; // the trial of each incident of the chunk
  rows: Int32Array; // some incidents of the chunk (those that took a rarer path)
  uniforms: Float64Array; // UNIFORMS_PER_INCIDENT per incident of the chunk
  rto: Float64Array; // seconds, per incident of the chunk
  rpo: Float64Array;
  rtoWords: Uint32Array;
  rpoWords: Uint32Array;
  downtime: Float64Array; // minutes, per pattern and trial of the block
  loss: Float64Array; // money, per pattern and trial of the block
  downtimeWords: Uint32Array;
  lossWords: Uint32Array;
}

/** Incidents handled together: their uniforms (CHUNK × 9 × 8 bytes, 36 KiB) fit in the first-level cache. */
const CHUNK = 512;

function scratch(): Scratch {
  const rto = new Float64Array(CHUNK);
  const rpo = new Float64Array(CHUNK);
  const downtime = new Float64Array(PATTERNS * BLOCK_TRIALS);
  const loss = new Float64Array(PATTERNS * BLOCK_TRIALS);
  const words = (a: Float64Array): Uint32Array => new Uint32Array(a.buffer);
  return {
    yearUniforms: new Float64Array(BLOCK_TRIALS),
    trialOf: new Int32Array(CHUNK),
    rows: new Int32Array(CHUNK),
    uniforms: new Float64Array(CHUNK * UNIFORMS_PER_INCIDENT),
    rto,
    rpo,
    rtoWords: words(rto),
    rpoWords: words(rpo),
    downtime,
    loss,
    downtimeWords: words(downtime),
    lossWords: words(loss),
  };
}

/** a[i] += v, spelled so that strict index checks stay quiet in the hot loop. */
function add(a: Float64Array, i: number, v: number): void {
  a[i] = a[i]! + v;
}

/**
 * Simulate one block; returns the number of uniforms drawn.
 *
 * The block is walked scope by scope, in chunks of incidents; each chunk is played out for every pattern
 * (the same incidents strike all four) with the pattern's own stream for that scope, and the years'
 * downtime and loss are added up per trial. Random lanes of a block: one per scope for the incident
 * counts, one per (pattern, scope) for the incidents' draws, so a change to one scope's rate or to one
 * pattern's path never shifts another's numbers.
 */
function runBlock(
  plan: Plan,
  seed: number,
  block: number,
  n: number,
  sums: Float64Array,
  hist: Float64Array,
  w: Scratch,
): number {
  const { trialOf, yearUniforms, downtime, loss } = w;
  downtime.fill(0);
  loss.fill(0);
  let draws = 0;

  for (let s = 0; s < SCOPES; s++) {
    const rate = plan.rates[s]!;
    const [c0, c1, c2, c3] = poissonHead(rate);
    const lanes = PATTERN_IDS.map((_, p) => streamFor(seed, block, SCOPES * (1 + p) + s));
    const flush = (m: number): void => {
      for (let p = 0; p < PATTERNS; p++) {
        incidents(plan, plan.patterns[p]!.scopes[s]!, p, s, lanes[p]!, m, w, sums, hist);
      }
      draws += PATTERNS * UNIFORMS_PER_INCIDENT * m;
    };
    // How many incidents of this scope strike in each trial; the trial of each incident is listed, and
    // played out a chunk at a time. Up to 4 incidents a year are listed without a branch.
    streamFor(seed, block, s).fill(yearUniforms, n);
    draws += n;
    let m = 0;
    for (let t = 0; t < n; t++) {
      const x = yearUniforms[t]!;
      if (x <= c0) continue; // most years see no incident of a given scope
      let count = +(x > c0) + +(x > c1) + +(x > c2) + +(x > c3);
      if (count === 4) count = poisson(rate, x);
      if (count <= 4) {
        trialOf[m] = t;
        trialOf[m + 1] = t;
        trialOf[m + 2] = t;
        trialOf[m + 3] = t;
        m += count;
        if (m > CHUNK - 4) {
          flush(m);
          m = 0;
        }
      } else {
        for (; count > 0; count--) {
          trialOf[m++] = t;
          if (m > CHUNK - 4) {
            flush(m);
            m = 0;
          }
        }
      }
    }
    if (m > 0) flush(m);
  }

  for (let p = 0; p < PATTERNS; p++) {
    const from = p * BLOCK_TRIALS;
    countInto(
      hist,
      histogramOffset(p, H_DOWNTIME),
      downtime.subarray(from),
      w.downtimeWords.subarray(2 * from),
      n,
    );
    countInto(hist, histogramOffset(p, H_LOSS), loss.subarray(from), w.lossWords.subarray(2 * from), n);
  }
  return draws;
}

// Where each incident's uniforms sit: MAX_STEPS path steps, then the manual branch, loss and degradation.
const U_BRANCH = MAX_STEPS;
const U_LOSS = MAX_STEPS + 1;
const U_DEGRADED = MAX_STEPS + 2;
const MINUTES_PER_SECOND = 1 / 60;

/**
 * Play the chunk's m incidents of one scope out for one pattern: each incident's outage (RTO) and data
 * lost (RPO) go to the pattern's histograms, its minutes and money to its trial's year in w.downtime and
 * w.loss, and its counts and sums to the pattern's block sums.
 *
 * The work goes column by column (one path step for all incidents, then the next) so that each loop
 * samples a single distribution.
 */
function incidents(
  plan: Plan,
  sp: ScopePlan,
  pattern: number,
  scope: number,
  rng: Xoshiro128,
  m: number,
  w: Scratch,
  sums: Float64Array,
  hist: Float64Array,
): void {
  const { uniforms: u, trialOf, rto, rpo, downtime, loss } = w;
  const o = pattern * STRIDE;
  rng.fill(u, m * UNIFORMS_PER_INCIDENT);

  // Every incident is first played out on the first path: automated failover, or, where nothing is
  // automated, people. Those whose automation fell to people (U_BRANCH < pManual) are then taken back
  // off it and played out on the manual path.
  const U = UNIFORMS_PER_INCIDENT;
  const first = sp.auto ?? sp.fallback;
  rto.fill(0, 0, m);
  const phases = first.map((st, i) => addColumn(st.sampler, u, i, U, m, rto));
  if (sp.auto !== null) {
    const manual = w.rows;
    let n = 0;
    for (let j = 0, k = U_BRANCH; j < m; j++, k += U) if (u[k]! < sp.pManual) manual[n++] = j;
    for (let i = 0; i < n; i++) {
      const j = manual[i]!;
      first.forEach((st, step) => (phases[step]! -= sample(st.sampler, u[j * U + step]!)));
      rto[j] = 0;
    }
    sp.fallback.forEach((st, step) =>
      add(sums, o + S_PHASE + st.phase, addRows(st.sampler, u, step, U, manual, n, rto)),
    );
    add(sums, o + S_COVERED, m);
    add(sums, o + S_MANUAL, n);
  }
  first.forEach((st, step) => add(sums, o + S_PHASE + st.phase, phases[step]!));
  lose(sp.loss, u, m, w, rpo);

  const region = sp.region;
  const rtoTarget = region ? plan.regionRtoSeconds : plan.rtoSeconds;
  const rpoTarget = region ? plan.regionRpoSeconds : plan.rpoSeconds;
  const perSecond = plan.downtimeCostPerMinute / 60;
  const d = plan.dataLossCostPerSecond;
  const { rtoWords, rpoWords } = w;
  const rtoAt = histogramOffset(pattern, region ? H_RTO_REG : H_RTO_ORD);
  const rpoAt = histogramOffset(pattern, region ? H_RPO_REG : H_RPO_ORD);
  const year = pattern * BLOCK_TRIALS;
  let rtoSum = 0;
  let rpoSum = 0;
  let rtoOk = 0;
  let rpoOk = 0;
  let moneySum = 0;
  let moneySquares = 0;
  let rtoZeros = 0;
  let rpoZeros = 0;
  for (let j = 0; j < m; j++) {
    const r = rto[j]!;
    const q = rpo[j]!;
    const money = r * perSecond + q * d;
    rtoSum += r;
    rpoSum += q;
    rtoOk += r <= rtoTarget ? 1 : 0;
    rpoOk += q <= rpoTarget ? 1 : 0;
    moneySum += money;
    moneySquares += money * money;
    const y = year + trialOf[j]!;
    downtime[y] = downtime[y]! + r * MINUTES_PER_SECOND;
    loss[y] = loss[y]! + money;
    // Histograms; zeros are tallied apart (see countInto).
    if (r > 0) {
      const at = rtoAt + binOfHighWord(rtoWords[2 * j + HIGH_WORD]!);
      hist[at] = hist[at]! + 1;
    } else rtoZeros++;
    if (q > 0) {
      const at = rpoAt + binOfHighWord(rpoWords[2 * j + HIGH_WORD]!);
      hist[at] = hist[at]! + 1;
    } else rpoZeros++;
  }
  add(hist, rtoAt, rtoZeros);
  add(hist, rpoAt, rpoZeros);

  add(sums, o + (region ? S_N_REG : S_N_ORD), m);
  add(sums, o + (region ? S_RTO_REG : S_RTO_ORD), rtoSum);
  add(sums, o + (region ? S_RPO_REG : S_RPO_ORD), rpoSum);
  add(sums, o + (region ? S_RTO_REG_OK : S_RTO_ORD_OK), rtoOk);
  add(sums, o + (region ? S_RPO_REG_OK : S_RPO_ORD_OK), rpoOk);
  const sc = o + S_SCOPE + scope * SCOPE_SUMS;
  add(sums, sc, m);
  add(sums, sc + 1, rtoSum);
  add(sums, sc + 2, rpoSum);
  add(sums, sc + 3, moneySum);
  add(sums, sc + 4, moneySquares);
}

/** out[j] = seconds of committed data incident j lost (RPO), for j < m. */
function lose(loss: LossPlan, u: Float64Array, m: number, w: Scratch, out: Float64Array): void {
  const U = UNIFORMS_PER_INCIDENT;
  out.fill(0, 0, m);
  switch (loss.kind) {
    case LOSS_LAG:
      addColumn(loss.lag!, u, U_LOSS, U, m, out);
      break;
    case LOSS_SYNC: {
      // Synchronous, unless the standby had fallen behind and replication had fallen back to async.
      const degraded = w.rows;
      let n = 0;
      for (let j = 0, k = U_DEGRADED; j < m; j++, k += U) if (u[k]! < loss.pDegraded) degraded[n++] = j;
      addRows(loss.lag!, u, U_LOSS, U, degraded, n, out);
      break;
    }
    case LOSS_BACKUP: // restored from the last backup
      for (let j = 0, k = U_LOSS; j < m; j++, k += U) out[j] = u[k]! * loss.backupSeconds;
      break;
  }
}
