/**
 * The engine benchmark's browser part, run by engine.bench.ts in a Chromium page, bundled as an ES module
 * as the app's worker is: the throughput figures, printed to the console.
 */
import { describeThroughput, throughput } from './engineFigures';

const t = throughput();
console.log(['engine-figures', ...describeThroughput(t)].join('\n'));
