/**
 * How long the PDF proposal takes, as a person meets it (prints figures; never passes or fails):
 *   npx tsx test/bench/pdf.bench.ts
 * - builds the app when dist/ is missing, serves it with `vite preview` on port 4180;
 * - in Chromium, for each preset scenario of public/scenarios/index.json: loads it, waits for its
 *   results, and times "Download PDF" → download event (the first export also loads the PDF code and
 *   the fonts; later ones reuse them);
 * - sizes (raw and gzip) of the PDF code and font files in dist/assets, and whether the initial bundle
 *   contains jsPDF.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium';
import { chromium, type Page } from '@playwright/test';

const PORT = 4180;
const URL = `http://localhost:${PORT}/`;
/** Exports per preset: the first and the median of the rest are printed. */
const REPEATS = 3;

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number): string => (Number.isFinite(x) ? `${Math.round(x)} ms` : '—');

interface Preset {
  id: string;
  name: string;
}

// ---------------------------------------------------------------------------------------------------------
// Bundle

/** Files a chunk imports, statically or with import(), by their names in dist/assets. */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(join('dist/assets', file), 'utf8');
  const names = (re: RegExp) => [...code.matchAll(re)].map((m) => m[1]!.replace(/^.*\//, ''));
  return {
    static: names(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g),
    dynamic: names(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g),
  };
}

/**
 * A chunk and everything it reaches (statically, or also dynamically), without going through the chunks
 * of `stop` (the initial bundle, whose own lazy imports belong to other features).
 */
function closure(start: string[], followDynamic: boolean, stop: Set<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || stop.has(file) || !existsSync(join('dist/assets', file))) continue;
    seen.add(file);
    const { static: s, dynamic: d } = importsOf(file);
    queue.push(...s, ...(followDynamic ? d : []));
  }
  return seen;
}

function sizeLine(file: string): string {
  const bytes = readFileSync(join('dist/assets', file));
  return `  ${file.padEnd(44)} ${kB(bytes.length).padStart(10)} raw  ${kB(gzipSync(bytes).length).padStart(9)} gzip`;
}

function sizes(files: string[]): { raw: number; gz: number } {
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const bytes = readFileSync(join('dist/assets', file));
    raw += bytes.length;
    gz += gzipSync(bytes).length;
    console.log(sizeLine(file));
  }
  console.log(`  ${'total'.padEnd(44)} ${kB(raw).padStart(10)} raw  ${kB(gz).padStart(9)} gzip`);
  return { raw, gz };
}

/**
 * Sizes of the PDF code and fonts; `fetched` are the asset files the browser asked for during the
 * exports (null when no export ran).
 */
function bundleReport(fetched: Set<string> | null): void {
  const html = readFileSync('dist/index.html', 'utf8');
  const entry = [...html.matchAll(/src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const initial = closure(entry, false);
  const assets = readdirSync('dist/assets');
  const pdfEntry = assets.filter((f) => /^exportProposal-.*\.js$/.test(f));
  const reachable = [...closure(pdfEntry, true, initial)].sort();
  const fonts = assets.filter((f) => f.endsWith('.ttf')).sort();

  if (fetched) {
    const used = reachable.filter((f) => fetched.has(f));
    console.log('\nPDF code fetched by the first export (nothing of it before):');
    sizes(used);
    const unused = reachable.filter((f) => !fetched.has(f));
    if (unused.length > 0) {
      console.log("Reachable from it but never fetched (jsPDF's optional html/canvas plugins):");
      sizes(unused);
    }
  } else {
    console.log('\nPDF code, reachable from the export chunk (loaded on export only):');
    sizes(reachable);
  }
  console.log('Fonts, fetched by the first export:');
  sizes(fonts);

  const withPdf = [...initial].filter((f) =>
    /jspdf|svg2pdf/i.test(
      readFileSync(join('dist/assets', f), 'utf8').replace(/exportProposal-[\w-]+\.js/g, ''),
    ),
  );
  console.log(`Initial bundle (${[...initial].join(', ')}):`);
  console.log(
    withPdf.length === 0
      ? '  does not contain jsPDF or svg2pdf: confirmed.'
      : `  CONTAINS PDF code: ${withPdf.join(', ')}`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Browser

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(URL)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the preview server did not answer on ${URL}`);
}

/** Waits until the results on screen are complete (no run in progress). */
async function waitForResults(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Recommendation' }).waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => {
      const busy = document.querySelector('[aria-busy="true"]');
      const full = document.querySelector('[data-run-kind]');
      return !busy && (!full || full.getAttribute('data-run-kind') === 'full');
    },
    null,
    { timeout: 60_000 },
  );
}

/** Loads a preset through the preset picker and waits for its results. */
async function loadPreset(page: Page, preset: Preset): Promise<void> {
  await page.getByLabel('Preset scenario').selectOption(preset.id);
  await page.getByRole('button', { name: 'Load preset' }).click();
  await page
    .getByRole('heading', { name: preset.name })
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined);
  await waitForResults(page);
}

async function exportOnce(page: Page, dir: string): Promise<{ ms: number; bytes: number; pages: number }> {
  await page.getByRole('button', { name: 'Export proposal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export proposal' });
  await dialog.waitFor();
  await dialog.getByLabel('Client name').fill('Société Générale — Zürich');
  await dialog.getByRole('radio', { name: 'A4' }).check();
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    dialog.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  const elapsed = performance.now() - started;
  const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout ?? '';
  return { ms: elapsed, bytes: statSync(path).size, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN) };
}

async function timings(): Promise<Set<string> | null> {
  const presets = (JSON.parse(readFileSync('public/scenarios/index.json', 'utf8')) as Preset[]).map((p) => ({
    id: p.id,
    name: p.name,
  }));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    const fetched = new Set<string>();
    let exporting = false;
    page.on('request', (request) => {
      const file = /\/assets\/([^/?#]+)/.exec(request.url())?.[1];
      if (exporting && file) fetched.add(file);
    });
    await page.goto(URL);
    await waitForResults(page);
    if ((await page.getByRole('button', { name: 'Export proposal' }).count()) === 0) {
      console.log(
        '\nNo "Export proposal" button on the page: mount <ExportButton> in App.tsx to time exports.',
      );
      return null;
    }
    const dir = mkdtempSync(join(tmpdir(), 'ha-pdf-bench-'));
    const picker = (await page.getByLabel('Preset scenario').count()) > 0;
    const rows: string[][] = [];
    let cold = NaN;
    exporting = true;
    for (const preset of picker ? presets : [null]) {
      if (preset) await loadPreset(page, preset);
      const runs: { ms: number; bytes: number; pages: number }[] = [];
      for (let i = 0; i < REPEATS; i++) runs.push(await exportOnce(page, dir));
      if (Number.isNaN(cold)) cold = runs[0]!.ms;
      rows.push([
        preset ? preset.name : 'Default scenario',
        ms(runs[0]!.ms),
        ms(median(runs.slice(1).map((r) => r.ms))),
        String(runs[0]!.pages),
        kB(runs[0]!.bytes),
      ]);
    }
    const header = ['Scenario', 'First export', `Median of next ${REPEATS - 1}`, 'Pages', 'PDF size'];
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
    const line = (cells: string[]) =>
      cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
    console.log('\nTime from clicking "Download PDF" to the download (A4, no logo), Chromium:');
    console.log(`  ${line(header)}`);
    for (const row of rows) console.log(`  ${line(row)}`);
    console.log(
      `  The very first export (${ms(cold)}) includes loading the PDF code and the fonts; later ones reuse them.`,
    );
    if (!picker) console.log('  The app has no preset picker: only the default scenario was measured.');
    return fetched;
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) {
    console.log('dist/ is missing: building the app…');
    const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
  }

  // Its own process group, so that stopping it also stops the server npx starts.
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (server.pid !== undefined && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', stop);
  try {
    await waitForServer();
    bundleReport(await timings());
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(`pdf bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 0;
});
