/**
 * Engine benchmark: prints figures, never passes or fails.
 *   npm run bench
 * - throughput in simulated pattern-years per second on one core (4 patterns per simulated year);
 * - the ratio of engine time to the time needed just to draw the same uniforms (the random-number floor);
 * - times for 10k, 100k and 1M trials (cost should grow linearly);
 * - memory: the size of a run's state and the heap growth while 1M trials run.
 */
import { blockCount, runBlocks, summarize } from '../../models/engine/index';
import { Xoshiro128 } from '../../models/random/xoshiro';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario } from '../../models/types';

const scenario = (trials: number): Scenario => ({ ...DEFAULT_SCENARIO, simulation: { trials, seed: 7 } });

function time<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Draw `n` uniforms one by one and sum them (so the work cannot be optimised away). */
function floorOneByOne(n: number): number {
  const rng = new Xoshiro128(1, 2, 3, 4);
  let acc = 0;
  for (let i = 0; i < n; i++) acc += rng.next();
  return acc;
}

/** Draw `n` uniforms in batches into a buffer, as the engine does. */
function floorBatched(n: number): number {
  const rng = new Xoshiro128(1, 2, 3, 4);
  const buffer = new Float64Array(4096);
  for (let done = 0; done < n; done += buffer.length) rng.fill(buffer, Math.min(buffer.length, n - done));
  return buffer[0]!;
}

/**
 * The random-number floor: the time to draw n uniforms the faster of the two ways. How the JIT compiles a
 * bare generator loop varies from process to process (1.4 to 3.5 ns per uniform seen here); taking the
 * faster way keeps a slow floor from flattering the engine.
 */
function drawTime(n: number): number {
  return Math.min(time(() => floorOneByOne(n)).ms, time(() => floorBatched(n)).ms);
}

const fmt = (x: number, digits = 0): string => x.toLocaleString('en-US', { maximumFractionDigits: digits });

// Warm up the JIT on both paths.
runBlocks(scenario(20000), 0, blockCount(20000));
floorOneByOne(5e6);
floorBatched(5e6);

const trials = 200_000;
const engineRuns: number[] = [];
const floorRuns: number[] = [];
let uniforms = 0;
for (let r = 0; r < 5; r++) {
  const s = scenario(trials);
  const run = time(() => runBlocks(s, 0, blockCount(trials)));
  uniforms = run.value.uniforms;
  engineRuns.push(run.ms);
  floorRuns.push(drawTime(uniforms));
}
const engineMs = median(engineRuns);
const floorMs = median(floorRuns);
// Both times vary with how the JIT compiled them: the fastest runs are printed beside the medians.
const best = (xs: number[]): number => Math.min(...xs);
console.log(`Engine, default scenario, ${fmt(trials)} trials × 4 patterns, median of 5 runs on one core`);
console.log(
  `  engine:             ${fmt(engineMs, 1)} ms  →  ${fmt((4 * trials) / (engineMs / 1000))} pattern-years/s`,
);
console.log(`  random-number floor: ${fmt(floorMs, 1)} ms for the same ${fmt(uniforms)} uniforms`);
console.log(
  `  engine / floor:      ${fmt(engineMs / floorMs, 2)}x (fastest runs: ${fmt(best(engineRuns) / best(floorRuns), 2)}x)`,
);
console.log(
  `  per uniform:         floor ${fmt((floorMs * 1e6) / uniforms, 2)} ns, engine ${fmt((engineMs * 1e6) / uniforms, 2)} ns`,
);

console.log(
  '\nScaling (median of 3 runs; memory from a separate run that samples the heap after each block):',
);
let perTrialBase = 0;
for (const n of [10_000, 100_000, 1_000_000]) {
  const s = scenario(n);
  const runs = [0, 1, 2].map(() => time(() => runBlocks(s, 0, blockCount(n))));
  const runMs = median(runs.map((r) => r.ms));
  const sumMs = median(runs.map((r) => time(() => summarize(s, r.value)).ms));
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const measured = runBlocks(s, 0, blockCount(n), () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  });
  const stateBytes = measured.blockSums.byteLength + measured.histograms.byteLength;
  const perTrial = (runMs * 1e6) / n; // ns
  if (perTrialBase === 0) perTrialBase = perTrial;
  console.log(
    `  ${fmt(n).padStart(9)} trials: ${fmt(runMs, 1).padStart(8)} ms run, ${fmt(sumMs, 1).padStart(6)} ms summarize, ` +
      `${fmt(perTrial, 0)} ns/trial (×${fmt(perTrial / perTrialBase, 2)} of 10k), run state ${fmt(stateBytes / 1024)} KiB, ` +
      `heap growth ≤ ${fmt((peak - heapBefore) / 1048576, 1)} MiB`,
  );
}
console.log(`\nPeak resident memory of this process: ${fmt(process.memoryUsage().rss / 1048576, 0)} MiB`);
