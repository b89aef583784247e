/**
 * The engine benchmark's Node part, run by engine.bench.ts bundled into one script in a fresh process:
 * throughput and floor, then times for 10k, 100k and 1M trials and the memory a run holds.
 */
import { blockCount, runBlocks } from '../../models/engine/index';
import { NS_PER_INCIDENT, NS_PER_TRIAL } from '../../models/workEstimate';
import {
  calibration,
  describeThroughput,
  fmt,
  PATTERNS,
  scaling,
  scenario,
  throughput,
} from './engineFigures';

const t = throughput();
console.log(`Node ${process.version}, the engine bundled into one script, default scenario,`);
console.log(
  `${fmt(t.trials)} trials × ${PATTERNS} patterns, median of ${t.engineMs.length} runs on one core:`,
);
for (const line of describeThroughput(t)) console.log(line);

console.log(
  '\nScaling (median of 3 runs; memory from a separate run that samples the heap after each block):',
);
let perTrialBase = 0;
for (const n of [10_000, 100_000, 1_000_000]) {
  const s = scaling(n);
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  runBlocks(scenario(n), 0, blockCount(n), () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  });
  const perTrial = (s.runMs * 1e6) / n; // ns
  if (perTrialBase === 0) perTrialBase = perTrial;
  console.log(
    `  ${fmt(n).padStart(9)} trials: ${fmt(s.runMs, 1).padStart(8)} ms run, ${fmt(s.summarizeMs, 1).padStart(6)} ms summarize, ` +
      `${fmt(perTrial, 0)} ns/trial (×${fmt(perTrial / perTrialBase, 2)} of 10k), run state ${fmt(s.stateBytes / 1024)} KiB, ` +
      `heap growth ≤ ${fmt((peak - heapBefore) / 1048576, 1)} MiB`,
  );
}
console.log(`Peak resident memory of this process: ${fmt(process.memoryUsage().rss / 1048576, 0)} MiB`);

const c = calibration();
console.log('\nEstimate calibration (one core; the app warns before runs estimated over 10 s):');
console.log(
  `  per trial:    ${fmt(c.nsPerTrial, 0)} ns measured, ${NS_PER_TRIAL} ns in models/workEstimate.ts`,
);
console.log(
  `  per incident: ${fmt(c.nsPerIncident, 0)} ns measured, ${NS_PER_INCIDENT} ns in models/workEstimate.ts`,
);
