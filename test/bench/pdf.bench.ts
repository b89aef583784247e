/**
 * How long the PDF proposal and the board deck take, as a person meets them (prints figures; never passes
 * or fails):
 *   npx tsx test/bench/pdf.bench.ts
 * - builds the app when dist/ is missing, serves it with `vite preview` on port 4180;
 * - in Chromium, for each preset scenario of public/scenarios/index.json: loads it, waits for its
 *   results, and times "Download PDF" → download event and "Download slides" → download event (the
 *   export code and fonts start loading when the form opens; the very first export is also timed from
 *   opening the form, which includes that loading);
 * - sizes (raw and gzip) of the PDF and deck code and of the font files in dist/assets, and whether the
 *   initial bundle contains jsPDF or pptxgenjs.
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
  const deckEntry = assets.filter((f) => /^exportDeck-.*\.js$/.test(f));
  const deck = [...closure(deckEntry, true, initial)].sort();
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
  console.log('\nDeck code, reachable from the deck export chunk (loaded when the slides form opens):');
  sizes(deck);
  console.log('Fonts (the CJK font is fetched only for a text that needs it):');
  sizes(fonts);

  const withPdf = [...initial].filter((f) =>
    /jspdf|svg2pdf|pptxgen/i.test(
      readFileSync(join('dist/assets', f), 'utf8').replace(/export(Proposal|Deck)-[\w-]+\.js/g, ''),
    ),
  );
  console.log(`Initial bundle (${[...initial].join(', ')}):`);
  console.log(
    withPdf.length === 0
      ? '  does not contain jsPDF, svg2pdf or pptxgenjs: confirmed.'
      : `  CONTAINS export code: ${withPdf.join(', ')}`,
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

interface Timed {
  ms: number;
  /** From opening the form (which starts loading the export code) to the download. */
  fromOpen: number;
  bytes: number;
  /** Pages of the PDF, slides of the deck. */
  pages: number;
}

/** The client name of every export: Latin letters beyond ASCII, which the shipped fonts draw. */
const CLIENT = 'Société Générale — Zürich';
/** A client name in CJK script: the first such export loads the CJK font and every one subsets it. */
const CJK_CLIENT = '日本語株式会社';

async function exportOnce(page: Page, dir: string, kind: 'pdf' | 'slides', client = CLIENT): Promise<Timed> {
  const opened = performance.now();
  await page.getByRole('button', { name: kind === 'pdf' ? 'Export proposal' : 'Export slides' }).click();
  const dialog = page.getByRole('dialog', { name: kind === 'pdf' ? 'Export proposal' : 'Export slides' });
  await dialog.waitFor();
  await dialog.getByLabel('Client name').fill(client);
  if (kind === 'pdf') await dialog.getByRole('radio', { name: 'A4' }).check();
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    dialog.getByRole('button', { name: kind === 'pdf' ? 'Download PDF' : 'Download slides' }).click(),
  ]);
  const done = performance.now();
  const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  await dialog.getByRole('button', { name: 'Close' }).click();
  let pages = NaN;
  if (kind === 'pdf') {
    const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout ?? '';
    pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
  } else {
    const zip = spawnSync('unzip', ['-Z1', path], { encoding: 'utf8' }).stdout ?? '';
    pages = zip.split('\n').filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  }
  return { ms: done - started, fromOpen: done - opened, bytes: statSync(path).size, pages };
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
    const tables: Record<'pdf' | 'slides', string[][]> = { pdf: [], slides: [] };
    const cold: Record<'pdf' | 'slides', number> = { pdf: NaN, slides: NaN };
    exporting = true;
    for (const preset of picker ? presets : [null]) {
      if (preset) await loadPreset(page, preset);
      for (const kind of ['pdf', 'slides'] as const) {
        const runs: Timed[] = [];
        for (let i = 0; i < REPEATS; i++) runs.push(await exportOnce(page, dir, kind));
        if (Number.isNaN(cold[kind])) cold[kind] = runs[0]!.fromOpen;
        tables[kind].push([
          preset ? preset.name : 'Default scenario',
          ms(runs[0]!.ms),
          ms(median(runs.slice(1).map((r) => r.ms))),
          String(runs[0]!.pages),
          kB(runs[0]!.bytes),
        ]);
      }
    }
    for (const kind of ['pdf', 'slides'] as const) {
      const what = kind === 'pdf' ? 'PDF' : 'slides';
      const header = [
        'Scenario',
        'First export',
        `Median of next ${REPEATS - 1}`,
        kind === 'pdf' ? 'Pages' : 'Slides',
        'Size',
      ];
      const rows = tables[kind];
      const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
      const line = (cells: string[]) =>
        cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
      console.log(
        `\nTime from clicking "Download ${what}" to the download${kind === 'pdf' ? ' (A4, no logo)' : ''}, Chromium:`,
      );
      console.log(`  ${line(header)}`);
      for (const row of rows) console.log(`  ${line(row)}`);
      console.log(
        `  The very first ${what} export, from opening the form (which starts loading the code and fonts) to the download: ${ms(cold[kind])}.`,
      );
    }
    if (!picker) console.log('  The app has no preset picker: only the default scenario was measured.');
    const cjk: Timed[] = [];
    for (let i = 0; i < REPEATS; i++) cjk.push(await exportOnce(page, dir, 'pdf', CJK_CLIENT));
    console.log(
      `\nThe last scenario's PDF for a client named “${CJK_CLIENT}” (its font loaded by the first export, subset by each): ` +
        `first ${ms(cjk[0]!.ms)}, median of next ${REPEATS - 1} ${ms(median(cjk.slice(1).map((r) => r.ms)))}, ` +
        `${kB(cjk[0]!.bytes)}.`,
    );
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
