/**
 * The planner's speed as a person meets it (prints figures; never passes or fails):
 *   npm run perf
 * - initial JavaScript (gzip) of the built app, and that the PDF code is not part of it;
 * - time from an input change to updated results in Chromium, for the quick preview and for the full run
 *   at the scenario's default trial count (median of repeated edits);
 * - Lighthouse scores of the built app (mobile), median of three runs: performance, accessibility, best
 *   practices, SEO, and the timings behind performance.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium';
import { chromium } from '@playwright/test';

const PORT = 4181;
const URL = `http://localhost:${PORT}/`;

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function bundleReport(): void {
  const html = readFileSync('dist/index.html', 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const all = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  let total = 0;
  console.log('Initial JavaScript (loaded by index.html):');
  for (const file of initial) {
    const bytes = readFileSync(join('dist', file));
    const gz = gzipSync(bytes).length;
    total += gz;
    console.log(`  ${file.padEnd(44)} ${kB(bytes.length).padStart(10)} raw  ${kB(gz).padStart(9)} gzip`);
  }
  console.log(`  total initial JavaScript: ${kB(total)} gzip (bar: under 200 kB)`);
  const lazy = all.filter((f) => !initial.includes(`assets/${f}`));
  console.log('Loaded on demand:');
  for (const file of lazy) {
    const bytes = readFileSync(join('dist/assets', file));
    console.log(
      `  assets/${file.padEnd(37)} ${kB(bytes.length).padStart(10)} raw  ${kB(gzipSync(bytes).length).padStart(9)} gzip`,
    );
  }
  const pdfInInitial = initial.some((f) =>
    /jspdf/i.test(readFileSync(join('dist', f), 'utf8').slice(0, 2_000_000)),
  );
  console.log(`  PDF code in the initial bundle: ${pdfInInitial ? 'YES' : 'no'}`);
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(URL)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('preview server did not start');
}

/** Time from typing a new downtime cost to the results of the given run kind being on screen. */
async function inputToResults(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(URL);
  const results = page.locator('[data-run-seq]');
  await results.first().waitFor();
  await page.waitForFunction(() => document.querySelector('[data-run-kind="full"]') !== null, null, {
    timeout: 60_000,
  });
  const field = page.getByLabel('Downtime cost', { exact: false }).first();
  const preview: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < 12; i++) {
    const value = `${5000 + 100 * i}`;
    await field.fill(value);
    const seq = Number(await results.first().getAttribute('data-run-seq'));
    // Commit the entry and time, inside the page, until the next preview and the next full result land.
    // A string, not a function: the TypeScript runner would wrap named functions in helpers the page lacks.
    const [p, f] = (await page.evaluate(`(async () => {
      const seq = ${seq};
      const t0 = performance.now();
      const input = document.activeElement;
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      input.blur();
      const el = () => document.querySelector('[data-run-seq]');
      const until = (pred) => new Promise((resolve) => {
        const tick = () => (pred() ? resolve(performance.now() - t0) : requestAnimationFrame(tick));
        tick();
      });
      const previewMs = await until(() => Number(el().dataset.runSeq) > seq);
      const fullMs = await until(() => Number(el().dataset.runSeq) > seq && el().dataset.runKind === 'full');
      return [previewMs, fullMs];
    })()`)) as [number, number];
    preview.push(p);
    full.push(f);
    await field.focus();
  }
  await browser.close();
  console.log('\nInput change → updated results, Chromium, 1366×900, default scenario (median of 12 edits):');
  console.log(
    `  first results on screen (preview run): ${median(preview).toFixed(0)} ms (bar: under 100 ms)`,
  );
  console.log(
    `  full run at the default trial count:   ${median(full).toFixed(0)} ms (includes the pause before it starts)`,
  );
}

/**
 * What the recommendation hinges on: from a full result landing to the tornado on screen (the sensitivity
 * analysis with all its reruns, on the page's workers, at the preview's trial count), median of 5.
 */
async function sensitivityTime(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(URL);
  const field = page.getByLabel('Downtime cost', { exact: false }).first();
  const times: number[] = [];
  let reruns = 0;
  for (let i = 0; i < 5; i++) {
    await page.locator('[data-reruns]').waitFor({ timeout: 60_000 });
    await field.fill(`${6000 + 100 * i}`);
    // Commit the entry; from the moment the full result lands, time until its tornado is on screen.
    const [ms, n] = (await page.evaluate(`(async () => {
      const el = () => document.querySelector('[data-run-seq]');
      const seq = Number(el().dataset.runSeq);
      const input = document.activeElement;
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      input.blur();
      const until = (pred) => new Promise((resolve) => {
        const tick = () => (pred() ? resolve(performance.now()) : requestAnimationFrame(tick));
        tick();
      });
      const old = document.querySelector('[data-reruns]');
      const landed = await until(() => Number(el().dataset.runSeq) > seq && el().dataset.runKind === 'full');
      const slot = () => document.querySelector('[data-reruns]');
      const shown = await until(() => slot() !== null && slot() !== old);
      return [shown - landed, Number(slot().dataset.reruns)];
    })()`)) as [number, number];
    times.push(ms);
    reruns = n;
    await field.focus();
  }
  await browser.close();
  console.log(
    `\nSensitivity analysis, Chromium, default scenario, from the full result to the tornado on screen: ${median(times).toFixed(0)} ms for ${reruns} simulations (median of 5; bar: under 1,500 ms with at least 24 reruns)`,
  );
}

/** Lighthouse runs: its simulated throttling scales the tasks it sees, so scores vary from run to run. */
const LIGHTHOUSE_RUNS = 3;

async function lighthouseReport(): Promise<void> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const run = await lighthouse(URL, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (run) runs.push(run.lhr);
    }
    console.log(
      `\nLighthouse (mobile emulation, simulated throttling), median of ${runs.length} runs [each run]:`,
    );
    const show = (values: (number | undefined)[], format: (x: number) => string): string => {
      const known = values.filter((v): v is number => v !== undefined);
      return known.length ? `${format(median(known))}  [${known.map(format).join(', ')}]` : 'n/a';
    };
    for (const [key, bar] of [
      ['performance', 0.95],
      ['accessibility', 1],
      ['best-practices', 1],
      ['seo', 1],
    ] as const) {
      const scores = runs.map((lhr) => lhr.categories[key]?.score ?? undefined);
      console.log(`  ${key.padEnd(15)} ${show(scores, (x) => String(x))} (bar: ${bar})`);
    }
    for (const [id, unit, scale] of [
      ['first-contentful-paint', 's', 1000],
      ['largest-contentful-paint', 's', 1000],
      ['total-blocking-time', 'ms', 1],
      ['cumulative-layout-shift', '', 1],
    ] as const) {
      const values = runs.map((lhr) => lhr.audits[id]?.numericValue);
      const digits = unit === 's' ? 1 : unit === 'ms' ? 0 : 3;
      console.log(
        `  ${id.padEnd(26)} ${show(values, (x) => `${(x / scale).toFixed(digits)}${unit && ' ' + unit}`)}`,
      );
    }
  } finally {
    await chrome.kill();
  }
}

let server: ChildProcess | undefined;
try {
  if (!existsSync('dist/index.html') || process.argv.includes('--build')) {
    spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
  bundleReport();
  server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  await waitForServer();
  await inputToResults();
  await sensitivityTime();
  await lighthouseReport();
} finally {
  if (server?.pid) process.kill(-server.pid);
}
