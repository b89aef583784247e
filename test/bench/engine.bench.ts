/**
 * Engine benchmark: prints figures, never passes or fails.
 *   npm run bench
 * - throughput in simulated pattern-years per second on one core (5 patterns per simulated year);
 * - the ratio of engine time to the time needed just to draw the same uniforms (the random-number floor,
 *   the fastest of three ways of drawing them, see engineFigures.ts);
 * - times for 10k, 100k and 1M trials (cost should grow linearly), and the memory a run holds.
 *
 * The engine runs as it ships: bundled into one script (the app's worker is one bundled module), measured
 * in a fresh Node process and, when Chromium is installed, in a browser page. Node 20 compiles constants at
 * the top of separately loaded ES modules less well than those of one bundle (it re-reads and re-checks
 * them in hot loops); the last figure shows the engine loaded that way, as `npm run simulate` runs it.
 *
 * `npm run bench -- --against REV [--rounds N]` instead measures this checkout and revision REV side by
 * side in the same run (against.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium';
import { benchAgainst } from './against';
import { describeThroughput, throughput } from './engineFigures';

const againstAt = process.argv.indexOf('--against');
if (againstAt >= 0) {
  const rev = process.argv[againstAt + 1];
  const roundsAt = process.argv.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(process.argv[roundsAt + 1]) : 4;
  if (!rev || !Number.isInteger(rounds) || rounds < 1) {
    console.error('usage: npm run bench -- --against REV [--rounds N]');
    process.exit(2);
  }
  await benchAgainst(rev, rounds);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'engine-bench-'));
const bundle = async (entry: string, platform: 'node' | 'browser'): Promise<string> => {
  const outfile = join(dir, `${entry}.js`);
  await build({
    entryPoints: [`test/bench/${entry}.ts`],
    bundle: true,
    platform,
    format: platform === 'node' ? 'cjs' : 'esm',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
};

try {
  const node = spawnSync(process.execPath, [await bundle('engine.node', 'node')], { stdio: 'inherit' });
  if (node.status !== 0) throw new Error(`the Node part of the benchmark failed (${node.status})`);

  if (existsSync(CHROMIUM)) {
    const script = readFileSync(await bundle('engine.browser', 'browser'), 'utf8');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    const page = await browser.newPage();
    const figures = new Promise<string>((resolve) =>
      page.on('console', (m) => {
        if (m.text().startsWith('engine-figures')) resolve(m.text());
      }),
    );
    await page.goto('about:blank');
    await page.addScriptTag({ content: script, type: 'module' });
    const lines = (await figures).split('\n').slice(1);
    console.log(`\nChromium ${browser.version()}, the same code bundled as an ES module, in a page:`);
    for (const line of lines) console.log(line);
    await browser.close();
  } else {
    console.log(`\n(No Chromium at ${CHROMIUM}: the in-browser figures are skipped.)`);
  }

  console.log('\nNode, the engine loaded as separate ES modules (as `npm run simulate` runs it):');
  for (const line of describeThroughput(throughput())) console.log(line);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
