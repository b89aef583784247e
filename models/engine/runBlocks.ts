import { addColumn, poisson, poissonHead, type Sampler } from '../random/distributions';
import type { Xoshiro128 } from '../random/xoshiro';
import { streamFor } from '../random/xoshiro';
import type { Scenario } from '../types';
import { PATTERN_IDS, SCOPE_IDS } from '../types';
import { binOfHighWord, HIGH_WORD, HISTOGRAM_BINS } from './histogram';
import { buildPlan, MAX_STRIDE, type LossPlan, type Plan, type ScopePlan } from './plan';
import {
  AUTOMATED,
  INCIDENTS,
  LOST,
  LOST_SQUARES,
  MANUAL_PATH,
  OUTAGE,
  OUTAGE_LOST,
  OUTAGE_SQUARES,
  PHASE_SUMS,
  RETURNED,
  RPO_MET,
  RTO_MET,
  scopeOffset,
  STRIDE,
} from './sums';

/**
 * The Monte Carlo kernel. One trial is one simulated year in which the same incidents strike every
 * pattern (common random numbers: differences between patterns are not blurred by different luck).
 *
 * Trials are grouped in blocks of BLOCK_TRIALS, each with its own random streams. A block is never split,
 * and its sums are kept apart and added in block order at the end, so the same seed gives the same
 * numbers, to the last bit, whatever the number of workers or the chunk size.
 */
export const BLOCK_TRIALS = 4096;

const PATTERNS = PATTERN_IDS.length;
const SCOPES = SCOPE_IDS.length;

// Histograms per pattern: outage and data lost per incident, one of each per scope (SCOPE_IDS order),
// then the year's downtime and loss.
/** Outage per incident of scope s (seconds): histogram H_RTO + s. */
export const H_RTO = 0;
/** Data lost per incident of scope s (seconds of writes): histogram H_RPO + s. */
export const H_RPO = SCOPES;
/** Annual downtime (minutes). */
export const H_DOWNTIME = 2 * SCOPES;
/** Annual loss (currency). */
export const H_LOSS = 2 * SCOPES + 1;
export const HISTOGRAMS = 2 * SCOPES + 2;

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
  plan?: Plan,
): PartialRun {
  const steps = blockByBlock(scenario, firstBlock, endBlock, plan);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onBlock?.(step.value);
  }
}

/**
 * runBlocks one block at a time: yields the number of blocks done after each, returns the partial run.
 * A caller can pause or stop between blocks (to let a page breathe, or to drop a stale run) while the
 * run keeps one set of buffers and histograms throughout. `plan` is the scenario's own unless a
 * sensitivity rerun passes one with scaled distributions.
 */
export function* blockByBlock(
  scenario: Scenario,
  firstBlock: number,
  endBlock: number,
  plan: Plan = buildPlan(scenario),
): Generator<number, PartialRun, void> {
  const { trials, seed } = scenario.simulation;
  const last = Math.min(endBlock, blockCount(trials));
  const blocks: number[] = [];
  for (let b = firstBlock; b < last; b++) blocks.push(b);
  const blockSums = new Float64Array(blocks.length * PATTERNS * STRIDE);
  const histograms = emptyHistograms();
  let uniforms = 0;
  for (const [i, block] of blocks.entries()) {
    const sums = blockSums.subarray(i * PATTERNS * STRIDE, (i + 1) * PATTERNS * STRIDE);
    countFor(histograms, i === 0);
    uniforms += runBlock(plan, seed, block, trialsInBlock(trials, block), sums);
    yield i + 1;
  }
  if (counting === histograms) putBack();
  return { seed, trials, blocks, blockSums, histograms, uniforms };
}

/** Incidents handled together: their uniforms (CHUNK × 9 × 8 bytes, 36 KiB) fit in the first-level cache. */
const CHUNK = 512;

/*
 * Scratch memory of the kernel, one set per thread. Module constants rather than fields of an object: the
 * compiler then knows each array's address and length, and leaves out the checks it would otherwise repeat
 * in every iteration of the hot loops. One set is enough because a block is simulated in one go and nothing
 * in these arrays outlives it (runs that share a thread take turns between blocks, never within one).
 * Each `…_WORDS` array views the memory of the Float64Array before it, so a value's histogram bin is read
 * from its high word without a copy.
 */
/** One per trial of the block: its count of incidents of one scope. */
const YEAR_UNIFORMS = new Float64Array(BLOCK_TRIALS);
/** Trials of the block with and without downtime (see annualHistograms). */
const DOWN_YEARS = new Int32Array(BLOCK_TRIALS);
const QUIET_YEARS = new Int32Array(BLOCK_TRIALS);
/** The Poisson CDF of the scope being listed (see listIncidents). */
const HEAD = new Float64Array(4);
/** The trial of each incident of the chunk. */
const TRIAL_OF = new Int32Array(CHUNK);
/** Some incidents of the chunk (those that took a rarer path). */
const ROWS = new Int32Array(CHUNK);
/** Up to MAX_STRIDE uniforms per incident of the chunk (as many as the scope plan's layout says). */
const UNIFORMS = new Float64Array(CHUNK * MAX_STRIDE);
/** Seconds of outage (RTO) per incident of the chunk. */
const RTO = new Float64Array(CHUNK);
const RTO_WORDS = new Uint32Array(RTO.buffer);
/**
 * Per pattern and trial of the block: minutes of downtime, and seconds of data lost (turned into the year's
 * loss, money, once the block's incidents are all in).
 */
const DOWNTIME = new Float64Array(PATTERNS * BLOCK_TRIALS);
const LOST_SECONDS = new Float64Array(PATTERNS * BLOCK_TRIALS);
const DOWNTIME_WORDS = new Uint32Array(DOWNTIME.buffer);
const LOST_WORDS = new Uint32Array(LOST_SECONDS.buffer);

/**
 * The histograms being counted: a module constant like the scratch arrays, for the same reason (the hottest
 * loops count into them). They hold one run's counts at a time, `counting` being that run's histograms,
 * which are up to date once the counts are put back; otherwise they are all zero. A run that finds another's
 * counts here puts them back first (runs that share a thread take turns between blocks).
 */
const COUNTS = emptyHistograms();
let counting: Float64Array | null = null;

/** Make COUNTS hold the counts of the run whose histograms are `run` (`fresh`: it has none yet). */
function countFor(run: Float64Array, fresh: boolean): void {
  if (counting === run) return;
  putBack();
  if (!fresh) COUNTS.set(run);
  counting = run;
}

/**
 * Move the counts in COUNTS back to their run's histograms, leaving COUNTS all zero. Bin by bin, the
 * occupied ones only: a run's histograms are mostly empty bins of fresh memory, and writing them all would
 * make the system map every page of it (a millisecond for 1.3 MB here).
 */
function putBack(): void {
  if (counting === null) return;
  for (let i = 0; i < COUNTS.length; i++) {
    if (COUNTS[i] !== 0) {
      counting[i] = COUNTS[i]!;
      COUNTS[i] = 0;
    }
  }
  counting = null;
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
function runBlock(plan: Plan, seed: number, block: number, n: number, sums: Float64Array): number {
  DOWNTIME.fill(0);
  LOST_SECONDS.fill(0);
  let draws = 0;
  for (let s = 0; s < SCOPES; s++) draws += playScope(plan, seed, block, s, n, sums);
  for (let p = 0; p < PATTERNS; p++) annualHistograms(plan, p, n);
  return draws;
}

/**
 * The incidents of one scope in the block: how many strike each trial, then the incidents themselves, a
 * chunk at a time, for every pattern. Returns the number of uniforms drawn.
 */
function playScope(
  plan: Plan,
  seed: number,
  block: number,
  scope: number,
  n: number,
  sums: Float64Array,
): number {
  streamFor(seed, block, scope).fill(YEAR_UNIFORMS, n);
  const lanes = PATTERN_IDS.map((_, p) => streamFor(seed, block, SCOPES * (1 + p) + scope));
  let uniformsPerIncident = 0;
  for (let p = 0; p < PATTERNS; p++) uniformsPerIncident += plan.patterns[p]!.scopes[scope]!.layout.stride;
  const cursor = new Cursor(plan.rates[scope]!);
  let incidentsDrawn = 0;
  while (cursor.trial < n || cursor.carry > 0) {
    const m = listIncidents(cursor, n);
    for (let p = 0; p < PATTERNS; p++) {
      incidents(plan.patterns[p]!.scopes[scope]!, p, scope, lanes[p]!, m, sums);
    }
    incidentsDrawn += m;
  }
  return n + uniformsPerIncident * incidentsDrawn;
}

/**
 * How far the listing of one scope's incidents has got (see listIncidents): trial after trial, a chunk at a
 * time, the count of a trial's incidents coming from its uniform in YEAR_UNIFORMS.
 */
class Cursor {
  /** The next trial to count. */
  trial = 0;
  /** Incidents of the trial before it that did not fit in the last chunk. */
  carry = 0;
  /** The Poisson CDF at 0 … 3 (see poissonHead). */
  readonly head: readonly number[];

  constructor(readonly rate: number) {
    this.head = poissonHead(rate);
  }
}

/**
 * List the cursor's next chunk of incidents in TRIAL_OF, up to the end of the block's n trials; returns how
 * many. Up to 4 incidents a year are counted by comparison with the Poisson CDF; two slots are written
 * whatever the count (the next year overwrites those it did not use), more only for a year with three or
 * more.
 */
function listIncidents(cursor: Cursor, n: number): number {
  // Read from typed memory: the loop then holds plain numbers (a property holds a boxed one, which the
  // compiled loop would unbox again at every use).
  HEAD.set(cursor.head);
  const c0 = HEAD[0]!;
  const c1 = HEAD[1]!;
  const c2 = HEAD[2]!;
  const c3 = HEAD[3]!;
  // Years with a uniform at or below `skip` see no incident and are skipped with a branch. Only for rare
  // incidents (most years skipped: the processor predicts the branch well); otherwise −1, and every year is
  // counted without a branch (whether it sees an incident is then a coin toss).
  const skip = c0 > 0.8 ? c0 : -1;
  let m = 0;
  for (; cursor.carry > 0 && m < CHUNK; cursor.carry--) TRIAL_OF[m++] = cursor.trial - 1;
  let t = cursor.trial;
  for (; t < n && m <= CHUNK - 4; t++) {
    const x = YEAR_UNIFORMS[t]!;
    if (x <= skip) continue;
    let count = +(x > c0) + +(x > c1);
    TRIAL_OF[m] = t;
    TRIAL_OF[m + 1] = t;
    if (x > c2) {
      // Three or more: rare (fewer than one year in twelve at one incident a year), so a branch.
      TRIAL_OF[m + 2] = t;
      TRIAL_OF[m + 3] = t;
      count = x > c3 ? 4 : 3;
    }
    if (count === 4) {
      count = poisson(cursor.rate, x);
      const fits = Math.min(count, CHUNK - m);
      for (let i = 4; i < fits; i++) TRIAL_OF[m + i] = t;
      if (count > fits) {
        cursor.carry = count - fits;
        m = CHUNK;
        t++;
        break;
      }
    }
    m += count;
  }
  cursor.trial = t;
  return m;
}

/**
 * The year's histograms of one pattern: annual downtime (minutes) and annual loss (money: the downtime's
 * cost plus the data lost's).
 */
function annualHistograms(plan: Plan, pattern: number, n: number): void {
  const from = pattern * BLOCK_TRIALS;
  const perMinute = plan.downtimeCostPerMinute;
  const perSecondLost = plan.dataLossCostPerSecond;
  const downtimeAt = histogramOffset(pattern, H_DOWNTIME);
  const lossAt = histogramOffset(pattern, H_LOSS);
  // The years with downtime are listed first, without a branch (whether a year had an incident is a coin
  // toss the processor cannot predict); then each list is counted, the rest tallied as zeros apart (see
  // binOfHighWord).
  let some = 0;
  let none = 0;
  for (let t = from; t < from + n; t++) {
    const minutes = DOWNTIME[t]!;
    LOST_SECONDS[t] = minutes * perMinute + LOST_SECONDS[t]! * perSecondLost;
    const down = +(minutes > 0);
    DOWN_YEARS[some] = t;
    QUIET_YEARS[none] = t;
    some += down;
    none += 1 - down;
  }
  let noLoss = 0;
  for (let i = 0; i < some; i++) {
    const t = DOWN_YEARS[i]!;
    const b = downtimeAt + binOfHighWord(DOWNTIME_WORDS[2 * t + HIGH_WORD]!);
    COUNTS[b] = COUNTS[b]! + 1;
    noLoss += countLoss(lossAt, t);
  }
  // A year without downtime may still have lost data (in outages of no length).
  for (let i = 0; i < none; i++) noLoss += countLoss(lossAt, QUIET_YEARS[i]!);
  add(COUNTS, downtimeAt, none);
  add(COUNTS, lossAt, noLoss);
}

/** Count year t's loss into the histogram at lossAt; returns 1 for a year without loss (tallied apart). */
function countLoss(lossAt: number, t: number): number {
  if (!(LOST_SECONDS[t]! > 0)) return 1;
  const b = lossAt + binOfHighWord(LOST_WORDS[2 * t + HIGH_WORD]!);
  COUNTS[b] = COUNTS[b]! + 1;
  return 0;
}

const MINUTES_PER_SECOND = 1 / 60;

/**
 * Play the chunk's m incidents of one scope out for one pattern: each incident's outage (RTO) and data
 * lost (RPO) go to the pattern's histograms, its minutes and seconds lost to its trial's year, and its
 * counts and sums to the pattern's block sums.
 *
 * The work goes column by column (one path step for all incidents, then the next) so that each loop
 * samples a single distribution. The outage tally stays in this function: whole, it is too large for V8 to
 * inline into the scope's loop, so it is always compiled on its own, with the batch of uniforms drawn
 * straight into UNIFORMS (split up, what got inlined where varied from process to process, and with it
 * the speed, by a third).
 */
function incidents(
  sp: ScopePlan,
  pattern: number,
  scope: number,
  rng: Xoshiro128,
  m: number,
  sums: Float64Array,
): void {
  const stride = sp.layout.stride;
  drawUniforms(rng, m * stride);
  const o = pattern * STRIDE;
  const sc = o + scopeOffset(scope);
  outages(sp, m, sums, o, sc);
  const raced = sp.race !== null;
  if (raced) add(sums, sc + RETURNED, race(sp.race!, sp.layout.race, stride, m));

  // The outages into the pattern's histogram and sums, their minutes into their years.
  const target = sp.rtoTarget;
  const at = histogramOffset(pattern, H_RTO + scope);
  const year = pattern * BLOCK_TRIALS;
  let total = 0;
  let squares = 0;
  let ok = 0;
  let zeros = 0;
  for (let j = 0; j < m; j++) {
    const r = RTO[j]!;
    total += r;
    squares += r * r;
    ok += +(r <= target);
    const y = year + TRIAL_OF[j]!;
    DOWNTIME[y] = DOWNTIME[y]! + r * MINUTES_PER_SECOND;
    // Zeros are tallied apart (see binOfHighWord).
    if (r > 0) {
      const b = at + binOfHighWord(RTO_WORDS[2 * j + HIGH_WORD]!);
      COUNTS[b] = COUNTS[b]! + 1;
    } else zeros++;
  }
  add(COUNTS, at, zeros);
  add(sums, sc + INCIDENTS, m);
  add(sums, sc + OUTAGE, total);
  add(sums, sc + OUTAGE_SQUARES, squares);
  add(sums, sc + RTO_MET, ok);

  tallyLosses(sp, pattern, scope, sc, m, raced, sums);
}

/**
 * UNIFORMS[0 … count) = the stream's next `count` uniforms. A function of its own, so that the generator's
 * loop is compiled into it with UNIFORMS as a known constant (its address and length), as the benchmark's
 * floor draws; compiled for any array, the same loop runs markedly slower.
 */
function drawUniforms(rng: Xoshiro128, count: number): void {
  rng.fill(UNIFORMS, count);
}

/** Sums of the path steps of the first path (automated, or people where nothing is automated). */
const COLUMN_SUMS = new Float64Array(MAX_STRIDE);

/**
 * RTO[j] = seconds of outage of incident j. Every incident is first played out on the first path; those
 * whose automation fell to people (branch uniform < pManual) are then taken back off it and played out on
 * the manual path. The time spent in each phase goes to the pattern's phase sums (ordinary scopes only: the
 * timeline is of ordinary incidents), the counts of automated and manual incidents to the scope's sums.
 */
function outages(sp: ScopePlan, m: number, sums: Float64Array, o: number, sc: number): void {
  const stride = sp.layout.stride;
  // RTO starts at zero; where automation may fall to people, the same pass lists the incidents it did.
  let n = 0;
  if (sp.auto === null) RTO.fill(0, 0, m);
  else {
    const pManual = sp.pManual;
    for (let j = 0, k = sp.layout.branch; j < m; j++, k += stride) {
      RTO[j] = 0;
      ROWS[n] = j;
      n += +(UNIFORMS[k]! < pManual);
    }
    add(sums, sc + AUTOMATED, m);
    add(sums, sc + MANUAL_PATH, n);
  }
  const phases = sp.region ? -1 : o + PHASE_SUMS;
  const first = sp.auto ?? sp.fallback;
  for (let i = 0; i < first.length; i++)
    COLUMN_SUMS[i] = addColumn(first[i]!.sampler, UNIFORMS, i, stride, m, RTO);
  if (n > 0) {
    // Their first path's time comes off its phases, and their outage is the manual path's alone.
    gatherRows(n, stride);
    for (let i = 0; i < first.length; i++) {
      add(COLUMN_SUMS, i, -addColumn(first[i]!.sampler, GATHERED, i, stride, n, ROW_VALUES));
    }
    ROW_VALUES.fill(0, 0, n);
    const fallback = sp.fallback;
    for (let i = 0; i < fallback.length; i++) {
      const time = addColumn(fallback[i]!.sampler, GATHERED, i, stride, n, ROW_VALUES);
      if (phases >= 0) add(sums, phases + fallback[i]!.phase, time);
    }
    for (let r = 0; r < n; r++) RTO[ROWS[r]!] = ROW_VALUES[r]!;
  }
  if (phases >= 0) {
    for (let i = 0; i < first.length; i++) add(sums, phases + first[i]!.phase, COLUMN_SUMS[i]!);
  }
}

/** The failure's own duration of each incident of the chunk (seconds), and whether it ended first. */
const RACE = new Float64Array(CHUNK);
const ENDED = new Float64Array(CHUNK);

/**
 * The regional race: the outage ends when the region returns, if that comes before the path's recovery.
 * RTO[j] becomes the sooner of the two, ENDED[j] is 1 where the region returned first; returns how many did.
 */
function race(duration: Sampler, at: number, stride: number, m: number): number {
  RACE.fill(0, 0, m);
  addColumn(duration, UNIFORMS, at, stride, m, RACE);
  let returned = 0;
  for (let j = 0; j < m; j++) {
    const d = RACE[j]!;
    const r = RTO[j]!;
    const first = +(d < r);
    ENDED[j] = first;
    RTO[j] = Math.min(d, r);
    returned += first;
  }
  return returned;
}

/**
 * The chunk's data lost (RPO) into the pattern's histogram and sums, the seconds lost into their years.
 * Only the incidents that lose data are visited; the others meet the target with a zero.
 */
function tallyLosses(
  sp: ScopePlan,
  pattern: number,
  scope: number,
  sc: number,
  m: number,
  raced: boolean,
  sums: Float64Array,
): void {
  const at = histogramOffset(pattern, H_RPO + scope);
  const n = lose(sp, m, raced);
  add(COUNTS, at, m - n);
  add(sums, sc + RPO_MET, m - n);
  if (n === 0) return;
  const target = sp.rpoTarget;
  const year = pattern * BLOCK_TRIALS;
  let total = 0;
  let squares = 0;
  let withOutage = 0; // Σ outage × data lost
  let ok = 0;
  let zeros = 0;
  for (let r = 0; r < n; r++) {
    const j = ROWS[r]!;
    const q = ROW_VALUES[r]!;
    total += q;
    squares += q * q;
    withOutage += q * RTO[j]!;
    ok += +(q <= target);
    const y = year + TRIAL_OF[j]!;
    LOST_SECONDS[y] = LOST_SECONDS[y]! + q;
    if (q > 0) {
      const b = at + binOfHighWord(ROW_VALUE_WORDS[2 * r + HIGH_WORD]!);
      COUNTS[b] = COUNTS[b]! + 1;
    } else zeros++;
  }
  add(COUNTS, at, zeros);
  add(sums, sc + LOST, total);
  add(sums, sc + LOST_SQUARES, squares);
  add(sums, sc + OUTAGE_LOST, withOutage);
  add(sums, sc + RPO_MET, ok);
}

/**
 * The incidents of the chunk that lose committed data, and how much: ROWS[r] and ROW_VALUES[r] (seconds)
 * for r below the count returned. An incident loses data when the loss's share uniform (or, for a lost
 * quorum, its branch uniform) falls below the share, and, where the region may return first, it did not.
 * No sampler: none lose any.
 */
function lose(sp: ScopePlan, m: number, raced: boolean): number {
  const { sampler, share, byBranch }: LossPlan = sp.loss;
  if (sampler === null) return 0;
  const { stride, loss } = sp.layout;
  if (share >= 1 && !raced) {
    for (let j = 0; j < m; j++) {
      ROWS[j] = j;
      ROW_VALUES[j] = 0;
    }
    addColumn(sampler, UNIFORMS, loss, stride, m, ROW_VALUES);
    return m;
  }
  const at = byBranch ? sp.layout.branch : sp.layout.share;
  let n = 0;
  for (let j = 0, k = at; j < m; j++, k += stride) {
    ROWS[n] = j;
    const chosen = at < 0 ? 1 : +(UNIFORMS[k]! < share);
    n += raced ? chosen * (1 - ENDED[j]!) : chosen;
  }
  gatherRows(n, stride);
  ROW_VALUES.fill(0, 0, n);
  addColumn(sampler, GATHERED, loss, stride, n, ROW_VALUES);
  return n;
}

/**
 * Some incidents of the chunk (those in ROWS): their uniforms side by side, `stride` each as in UNIFORMS,
 * so that a few scattered incidents are sampled by columns too, and values drawn for them.
 */
const GATHERED = new Float64Array(CHUNK * MAX_STRIDE);
const ROW_VALUES = new Float64Array(CHUNK);
const ROW_VALUE_WORDS = new Uint32Array(ROW_VALUES.buffer);

/** GATHERED = the uniforms of incidents ROWS[0 … n). */
function gatherRows(n: number, stride: number): void {
  for (let r = 0; r < n; r++) {
    for (let i = 0, from = ROWS[r]! * stride, to = r * stride; i < stride; i++) {
      GATHERED[to + i] = UNIFORMS[from + i]!;
    }
  }
}
