/**
 * What the engine benchmark measures, with nothing but the engine and a clock, so that the same code runs
 * in Node and in a browser page (see engine.bench.ts).
 */
import { blockCount, runBlocks, summarize } from '../../models/engine/index';
import { Xoshiro128 } from '../../models/random/xoshiro';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario } from '../../models/types';
import { PATTERN_IDS } from '../../models/types';

/** Architectures simulated in each trial: a simulated year of each is a pattern-year. */
export const PATTERNS = PATTERN_IDS.length;

export const scenario = (trials: number): Scenario => ({
  ...DEFAULT_SCENARIO,
  simulation: { trials, seed: 7 },
});

function time<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// The random-number floor: the time to draw the engine's uniforms and nothing else, the fastest of three
// ways. How V8 compiles a loop varies with its shape, and a slow floor would flatter the engine.

/** One by one, summed (so that the work cannot be optimised away). */
function oneByOne(n: number): number {
  const rng = new Xoshiro128(1, 2, 3, 4);
  let acc = 0;
  for (let i = 0; i < n; i++) acc += rng.next();
  return acc;
}

const BATCH = 4608; // a chunk of the engine's incidents: 512 × 9 uniforms

/** In batches, into a buffer made for the purpose. */
function batched(n: number): number {
  const rng = new Xoshiro128(1, 2, 3, 4);
  const buffer = new Float64Array(BATCH);
  for (let done = 0; done < n; done += BATCH) rng.fill(buffer, Math.min(BATCH, n - done));
  return buffer[0]!;
}

/**
 * In batches into a module constant, one call a batch, as the engine draws: the compiler then knows the
 * buffer's address and length (this is the fastest way here, by a third).
 */
const BUFFER = new Float64Array(BATCH);
function drawBatch(rng: Xoshiro128, count: number): void {
  rng.fill(BUFFER, count);
}
function likeTheEngine(n: number): number {
  const rng = new Xoshiro128(1, 2, 3, 4);
  for (let done = 0; done < n; done += BATCH) drawBatch(rng, Math.min(BATCH, n - done));
  return BUFFER[0]!;
}

const FLOORS = [oneByOne, batched, likeTheEngine];

/** Milliseconds to draw n uniforms: the fastest way, each timed after a warm-up. */
function floorMs(n: number): number {
  return Math.min(...FLOORS.map((draw) => time(() => draw(n)).ms));
}

export interface Throughput {
  trials: number;
  /** Uniforms one run draws. */
  uniforms: number;
  engineMs: number[];
  floorMs: number[];
}

/**
 * The default scenario's `trials` trials, `runs` times, each run followed by its floor. Two full runs
 * first, not counted: the compiler has then seen every path of the engine.
 */
export function throughput(trials = 200_000, runs = 9): Throughput {
  const s = scenario(trials);
  for (let i = 0; i < 2; i++) runBlocks(s, 0, blockCount(trials));
  for (const draw of FLOORS) for (let i = 0; i < 3; i++) draw(5e6);
  const out: Throughput = { trials, uniforms: 0, engineMs: [], floorMs: [] };
  for (let r = 0; r < runs; r++) {
    const run = time(() => runBlocks(s, 0, blockCount(trials)));
    out.uniforms = run.value.uniforms;
    out.engineMs.push(run.ms);
    out.floorMs.push(floorMs(run.value.uniforms));
  }
  return out;
}

export const fmt = (x: number, digits = 0): string =>
  x.toLocaleString('en-US', { maximumFractionDigits: digits });

/**
 * The throughput figures as lines of text. The ratio is the median of each run's engine time over its own
 * floor's, drawn right after it: on a shared machine the speed of the processor drifts from second to
 * second, and a run and its floor see the same drift.
 */
export function describeThroughput(t: Throughput): string[] {
  const engine = median(t.engineMs);
  const floor = median(t.floorMs);
  const ratio = median(t.engineMs.map((ms, i) => ms / t.floorMs[i]!));
  const fastest = Math.min(...t.engineMs) / Math.min(...t.floorMs);
  return [
    `  engine:              ${fmt(engine, 1)} ms  →  ${fmt((PATTERNS * t.trials) / (engine / 1000))} pattern-years/s (median of ${t.engineMs.length} runs)`,
    `  random-number floor: ${fmt(floor, 1)} ms for the same ${fmt(t.uniforms)} uniforms`,
    `  engine / floor:      ${fmt(ratio, 2)}x, median of the runs' own ratios (fastest runs: ${fmt(fastest, 2)}x)`,
    `  per uniform:         floor ${fmt((floor * 1e6) / t.uniforms, 2)} ns, engine ${fmt((engine * 1e6) / t.uniforms, 2)} ns`,
  ];
}

export interface Scaling {
  trials: number;
  runMs: number;
  summarizeMs: number;
  /** Bytes of a run's state: its block sums and histograms. */
  stateBytes: number;
}

/** Median of three runs of n trials, and of summarising them. */
export function scaling(n: number): Scaling {
  const s = scenario(n);
  const runs = [0, 1, 2].map(() => time(() => runBlocks(s, 0, blockCount(n))));
  const last = runs[2]!.value;
  return {
    trials: n,
    runMs: median(runs.map((r) => r.ms)),
    summarizeMs: median(runs.map((r) => time(() => summarize(s, r.value)).ms)),
    stateBytes: last.blockSums.byteLength + last.histograms.byteLength,
  };
}

export interface Calibration {
  /** Nanoseconds of one core per trial with no incidents. */
  nsPerTrial: number;
  /** Nanoseconds of one core per incident (followed through every architecture). */
  nsPerIncident: number;
}

/**
 * The two constants of the work estimate (models/workEstimate.ts), measured: a run with no incidents
 * gives the cost of a trial, one with 50 incidents a year the cost of an incident. Medians of three runs.
 */
export function calibration(trials = 40_960): Calibration {
  const withRate = (rate: number): Scenario => ({
    ...scenario(trials),
    failureRates: { node: rate, storage: rate, network: rate, zone: rate, region: rate },
  });
  const ms = (s: Scenario) => median([0, 1, 2].map(() => time(() => runBlocks(s, 0, blockCount(trials))).ms));
  const quiet = ms(withRate(0));
  const busy = ms(withRate(10));
  return { nsPerTrial: (quiet * 1e6) / trials, nsPerIncident: ((busy - quiet) * 1e6) / (trials * 50) };
}
