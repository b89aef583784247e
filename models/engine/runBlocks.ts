import { addColumn, poisson, poissonHead } from '../random/distributions';
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
    countFor(histograms);
    const drawn = runBlock(plan, seed, block, trialsInBlock(trials, block), sums);
    uniforms += drawn;
    sinceFlush += drawn;
    // A bin gains at most one count per uniform drawn, and in one block at most one per trial and incident
    // of one scope (under 2^23: 4,096 trials of at most a few thousand incidents). Flushed past 2^30, no
    // count comes near 2^31.
    if (sinceFlush > 2 ** 30) flush();
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
 * The counts being made: a module constant like the scratch arrays, for the same reason (the hottest loops
 * count into it). It holds what one run has counted since its counts were last added to its histograms
 * (`counting`, see flush), otherwise all zeros. Whole numbers of 32 bits: half the memory of doubles, and an
 * integer addition where each count waits for the one before in the same bin. A run that finds another's
 * counts here flushes them first (runs that share a thread take turns between blocks).
 */
const COUNTS = new Int32Array(PATTERNS * HISTOGRAMS * HISTOGRAM_BINS);
let counting: Float64Array | null = null;
/** Uniforms drawn since COUNTS was last flushed: a bound on any of its counts. */
let sinceFlush = 0;

/** Make COUNTS count for the run whose histograms are `run`. */
function countFor(run: Float64Array): void {
  if (counting === run) return;
  putBack();
  counting = run;
}

/**
 * Add the counts in COUNTS to their run's histograms, leaving COUNTS all zero. Bin by bin, the occupied
 * ones only: a run's histograms are mostly empty bins of fresh memory, and writing them all would make the
 * system map every page of it (a millisecond for 1.3 MB here).
 */
function flush(): void {
  sinceFlush = 0;
  if (counting === null) return;
  for (let i = 0; i < COUNTS.length; i++) {
    if (COUNTS[i] !== 0) {
      counting[i] = counting[i]! + COUNTS[i]!;
      COUNTS[i] = 0;
    }
  }
}

/** Flush, and count for no run. */
function putBack(): void {
  flush();
  counting = null;
}

/** a[i] += v, spelled so that strict index checks stay quiet in the hot loop. */
function add(a: Float64Array, i: number, v: number): void {
  a[i] = a[i]! + v;
}

/** COUNTS[b] += v. */
function count(b: number, v: number): void {
  COUNTS[b] = COUNTS[b]! + v;
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
  /**
   * The Poisson CDF at 0 … 3 (see poissonHead), then the rate. In typed memory, so that the loop reads
   * plain numbers (an object's property holds a boxed one, which a compiled loop unboxes at every use).
   */
  readonly numbers: Float64Array;

  constructor(rate: number) {
    this.numbers = Float64Array.of(...poissonHead(rate), rate);
  }
}

/** What listYears leaves: the incidents listed, the next trial, the incidents that did not fit. */
const LISTED = new Int32Array(3);

/**
 * List the cursor's next chunk of incidents in TRIAL_OF, up to the end of the block's n trials; returns how
 * many: first those carried over from the last chunk, then those of the following trials.
 */
function listIncidents(cursor: Cursor, n: number): number {
  const carried = Math.min(cursor.carry, CHUNK);
  TRIAL_OF.fill(cursor.trial - 1, 0, carried);
  cursor.carry -= carried;
  listYears(cursor.numbers, cursor.trial, n, carried);
  cursor.trial = LISTED[1]!;
  cursor.carry += LISTED[2]!;
  return LISTED[0]!;
}

/**
 * Incidents of trials `from`… into TRIAL_OF after the `first` already there, while the chunk has room for
 * four more, up to the end of the block's n trials (see LISTED). Up to 4 incidents a year are counted by
 * comparison with the Poisson CDF; two slots are written whatever the count (the next year overwrites those
 * it did not use), more only for a year with three or more.
 */
function listYears(numbers: Float64Array, from: number, n: number, first: number): void {
  const c0 = numbers[0]!;
  const c1 = numbers[1]!;
  const c2 = numbers[2]!;
  const c3 = numbers[3]!;
  const rate = numbers[4]!;
  // Years with a uniform at or below `skip` see no incident and are skipped with a branch. Only for rare
  // incidents (most years skipped: the processor predicts the branch well); otherwise −1, and every year is
  // counted without a branch (whether it sees an incident is then a coin toss).
  const skip = c0 > 0.8 ? c0 : -1;
  LISTED[2] = 0;
  let m = first;
  let t = from;
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
      count = x > c3 ? fourOrMore(rate, x, t, m) : 3;
    }
    m += count;
  }
  LISTED[0] = m;
  LISTED[1] = t;
}

/**
 * A year t with four incidents or more (its uniform x), the first four in TRIAL_OF from m: lists the rest
 * that fit in the chunk; returns how many fit, those that did not in LISTED[2]. A chunk left full ends the
 * listing loop.
 */
function fourOrMore(rate: number, x: number, t: number, m: number): number {
  const count = poisson(rate, x);
  const fits = Math.min(count, CHUNK - m);
  TRIAL_OF.fill(t, m + 4, m + fits);
  LISTED[2] = count - fits;
  return fits;
}

/*
 * listYears is run at load on a few made-up years, at a high rate and a low one, so that its rarer paths
 * (a year skipped; three, four or more incidents) have been seen before it is compiled. Met for the first
 * time later, in a scenario whose rates are all low, they would throw its compiled code away in mid-run
 * (see incidents). A few dozen times: V8 starts recording what a function does only after its first few
 * calls. What it leaves in the scratch memory is overwritten before any use.
 */
YEAR_UNIFORMS.set([0.1, 0.5, 0.9, 0.95, 0.99, 0.999, 0.9999999]);
for (let i = 0; i < 32; i++) listYears(new Cursor(i % 2 === 0 ? 1 : 0.05).numbers, 0, 7, 0);

/**
 * The year's histograms of one pattern: annual downtime (minutes) and annual loss (money: the downtime's
 * cost plus the data lost's).
 */
function annualHistograms(plan: Plan, pattern: number, n: number): void {
  const downtimeAt = histogramOffset(pattern, H_DOWNTIME);
  const lossAt = histogramOffset(pattern, H_LOSS);
  const some = years(pattern * BLOCK_TRIALS, n, plan.downtimeCostPerMinute, plan.dataLossCostPerSecond);
  const noLoss = countDownYears(downtimeAt, lossAt, some) + countQuietYears(lossAt, n - some);
  count(downtimeAt, n - some);
  count(lossAt, noLoss);
}

/**
 * The years of trials from … from + n: their loss in LOST_SECONDS (money from now on), and those with
 * downtime listed in DOWN_YEARS, the others in QUIET_YEARS, without a branch (whether a year had an
 * incident is a coin toss the processor cannot predict); returns how many had downtime.
 */
function years(from: number, n: number, perMinute: number, perSecondLost: number): number {
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
  return some;
}

/** The downtime and loss of the years in DOWN_YEARS into their histograms; returns how many lost nothing. */
function countDownYears(downtimeAt: number, lossAt: number, some: number): number {
  let noLoss = 0;
  for (let i = 0; i < some; i++) {
    const t = DOWN_YEARS[i]!;
    const b = downtimeAt + binOfHighWord(DOWNTIME_WORDS[2 * t + HIGH_WORD]!);
    COUNTS[b] = COUNTS[b]! + 1;
    noLoss += countLoss(lossAt, t);
  }
  return noLoss;
}

/**
 * The loss of the years in QUIET_YEARS into its histogram (a year without downtime may still have lost
 * data, in outages of no length); returns how many lost nothing.
 */
function countQuietYears(lossAt: number, none: number): number {
  let noLoss = 0;
  for (let i = 0; i < none; i++) noLoss += countLoss(lossAt, QUIET_YEARS[i]!);
  return noLoss;
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
 * samples a single distribution.
 *
 * The functions of the kernel follow two rules, for V8's sake, so that the same code runs at the same speed
 * in every process. A function with a loop over incidents or trials has no path that only some scenarios
 * or scopes take (such a path, met for the first time after the function was compiled, throws the compiled
 * code away); the choices between paths are made in functions without such a loop, like this one. A function whose first call runs
 * a long loop is compiled in mid-loop (on-stack replacement); if its ordinary compiled code is later thrown
 * away, V8 goes on entering that mid-loop code from unoptimised code, call after call. Measured: with the
 * outage tally in this function, one process in two ran the engine a third slower.
 */
function incidents(
  sp: ScopePlan,
  pattern: number,
  scope: number,
  rng: Xoshiro128,
  m: number,
  sums: Float64Array,
): void {
  drawUniforms(rng, m * sp.layout.stride);
  const o = pattern * STRIDE;
  const sc = o + scopeOffset(scope);
  outages(sp, m, sums, o, sc);
  add(sums, sc + RETURNED, race(sp, m));
  tallyOutages(sp.rtoTarget, histogramOffset(pattern, H_RTO + scope), pattern * BLOCK_TRIALS, m);
  add(sums, sc + INCIDENTS, m);
  add(sums, sc + OUTAGE, TALLY[0]!);
  add(sums, sc + OUTAGE_SQUARES, TALLY[1]!);
  add(sums, sc + RTO_MET, TALLY[3]!);
  tallyLosses(sp, pattern, scope, sc, m, sums);
}

/**
 * What a tally loop adds up, read by its caller: the values' sum, the sum of their squares, the sum of
 * their products with the outages (data lost only), and how many met the target.
 */
const TALLY = new Float64Array(4);

/**
 * The chunk's outages into their histogram (from `at`) and TALLY, their minutes into their years (the
 * pattern's trials start at `year` in DOWNTIME).
 */
function tallyOutages(target: number, at: number, year: number, m: number): void {
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
  count(at, zeros);
  TALLY[0] = total;
  TALLY[1] = squares;
  TALLY[3] = ok;
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
    n = listManual(sp.layout.branch, sp.pManual, stride, m);
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
    scatterRows(n);
  }
  if (phases >= 0) {
    for (let i = 0; i < first.length; i++) add(sums, phases + first[i]!.phase, COLUMN_SUMS[i]!);
  }
}

/**
 * RTO[j] = 0 for every incident j of the chunk, and ROWS = those whose branch uniform (in column `branch`)
 * falls below pManual, their automation having fallen to people; returns how many.
 */
function listManual(branch: number, pManual: number, stride: number, m: number): number {
  let n = 0;
  for (let j = 0, k = branch; j < m; j++, k += stride) {
    RTO[j] = 0;
    ROWS[n] = j;
    n += +(UNIFORMS[k]! < pManual);
  }
  return n;
}

/** RTO of the incidents in ROWS[0 … n) = their ROW_VALUES. */
function scatterRows(n: number): void {
  for (let r = 0; r < n; r++) RTO[ROWS[r]!] = ROW_VALUES[r]!;
}

/** The failure's own duration of each incident of the chunk (seconds), and whether it ended first. */
const RACE = new Float64Array(CHUNK);
const ENDED = new Int32Array(CHUNK);

/**
 * The regional race: the outage ends when the region returns, if that comes before the path's recovery.
 * RTO[j] becomes the sooner of the two, ENDED[j] is 1 where the region returned first; returns how many did
 * (none where nothing races the recovery).
 */
function race(sp: ScopePlan, m: number): number {
  const duration = sp.race;
  if (duration === null) return 0;
  RACE.fill(0, 0, m);
  addColumn(duration, UNIFORMS, sp.layout.race, sp.layout.stride, m, RACE);
  return endFirst(m);
}

/** ENDED[j] = 1 where the region returned (RACE) before the recovery (RTO), RTO[j] the sooner; how many did. */
function endFirst(m: number): number {
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
  sums: Float64Array,
): void {
  const at = histogramOffset(pattern, H_RPO + scope);
  const n = lose(sp, m);
  count(at, m - n);
  countLosses(sp.rpoTarget, at, pattern * BLOCK_TRIALS, n);
  add(sums, sc + LOST, TALLY[0]!);
  add(sums, sc + LOST_SQUARES, TALLY[1]!);
  add(sums, sc + OUTAGE_LOST, TALLY[2]!);
  add(sums, sc + RPO_MET, m - n + TALLY[3]!);
}

/**
 * The n incidents in ROWS that lost data (ROW_VALUES seconds) into their histogram (from `at`) and TALLY,
 * the seconds into their years (the pattern's trials start at `year` in LOST_SECONDS).
 */
function countLosses(target: number, at: number, year: number, n: number): void {
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
  count(at, zeros);
  TALLY[0] = total;
  TALLY[1] = squares;
  TALLY[2] = withOutage;
  TALLY[3] = ok;
}

/**
 * The incidents of the chunk that lose committed data, and how much: ROWS[r] and ROW_VALUES[r] (seconds)
 * for r below the count returned. An incident loses data when the loss's share uniform (or, for a lost
 * quorum, its branch uniform) falls below the share, and, where the region may return first, it did not.
 * No sampler: none lose any.
 */
function lose(sp: ScopePlan, m: number): number {
  const { sampler, share, byBranch }: LossPlan = sp.loss;
  if (sampler === null) return 0;
  const { stride, loss } = sp.layout;
  const raced = sp.race !== null;
  if (share >= 1 && !raced) {
    everyRow(m);
    addColumn(sampler, UNIFORMS, loss, stride, m, ROW_VALUES);
    return m;
  }
  // Where every incident is chosen (no share uniform), any of its uniforms is below 2.
  const at = byBranch ? sp.layout.branch : sp.layout.share;
  const column = at < 0 ? loss : at;
  const below = at < 0 ? 2 : share;
  const n = raced ? chooseUnended(column, below, stride, m) : choose(column, below, stride, m);
  gatherRows(n, stride);
  ROW_VALUES.fill(0, 0, n);
  addColumn(sampler, GATHERED, loss, stride, n, ROW_VALUES);
  return n;
}

/** ROWS[j] = j and ROW_VALUES[j] = 0 for every incident j of the chunk. */
function everyRow(m: number): void {
  for (let j = 0; j < m; j++) {
    ROWS[j] = j;
    ROW_VALUES[j] = 0;
  }
}

/** ROWS = the incidents whose uniform in `column` is below `below`; returns how many. */
function choose(column: number, below: number, stride: number, m: number): number {
  let n = 0;
  for (let j = 0, k = column; j < m; j++, k += stride) {
    ROWS[n] = j;
    n += +(UNIFORMS[k]! < below);
  }
  return n;
}

/** As choose, leaving out the incidents that ended with the region's return (ENDED, see race). */
function chooseUnended(column: number, below: number, stride: number, m: number): number {
  let n = 0;
  for (let j = 0, k = column; j < m; j++, k += stride) {
    ROWS[n] = j;
    n += +(UNIFORMS[k]! < below) & (1 - ENDED[j]!);
  }
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
