/**
 * One round of `npm run bench -- --against REV`, run in a fresh process, bundled into one script against
 * the models/ of one checkout: the throughput figures as one line of JSON, for engine.bench.ts to set side
 * by side with the other checkout's.
 */
import { PATTERNS, throughput } from './engineFigures';

const t = throughput(200_000, 5);
console.log(
  JSON.stringify({ patterns: PATTERNS, trials: t.trials, engineMs: t.engineMs, floorMs: t.floorMs }),
);
