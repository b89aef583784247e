import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { waitForFullRun } from './planner';

interface Preset {
  id: string;
  name: string;
}

const PRESETS = JSON.parse(readFileSync('public/scenarios/index.json', 'utf8')) as Preset[];

/** A client name in Japanese for some presets, in Latin with accents for the others. */
const CLIENTS = ['日本語ホールディングス株式会社', 'Société Générale — Zürich'];

/** Where page images go for a person to look at (test-results/ is emptied on every run). */
const REPORT_DIR = join(process.cwd(), 'reports', 'proposal');

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** pdftotext's words joined by single spaces, so a name wrapped over two lines still reads as one. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Loads a preset (which replaces every input) and waits for its full run. */
async function loadPreset(page: Page, preset: Preset): Promise<void> {
  await page.getByLabel('Preset scenario').selectOption(preset.id);
  await page.getByRole('button', { name: 'Load preset' }).click();
  await expect(page.getByRole('button', { name: 'Load preset' })).toBeEnabled();
  await waitForFullRun(page);
}

async function fill(dialog: Locator, client: string): Promise<void> {
  await dialog.getByLabel('Client name').fill(client);
  await dialog.getByLabel('Client contact (optional)').fill('Dr. Jane Doe, CTO, jane@example.com');
  await dialog.getByLabel('Prepared by').fill('Ada Lovelace');
  await dialog.getByLabel('Company').fill('Analytical Engines Ltd');
  await dialog.getByLabel('E-mail').fill('ada@example.com');
  await dialog.getByLabel('Telephone').fill('+44 20 7946 0000');
}

async function download(page: Page, dialog: Locator, button: string, dir: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  await expect(dialog.getByRole('status')).toHaveText(`Downloaded ${file.suggestedFilename()}.`);
  return path;
}

/** Pages more than half empty that do not end a chapter (chapter starts are read from the contents). */
function halfEmptyPages(pdf: string): number[] {
  const boxes = run('pdftotext', ['-bbox', pdf, '-']);
  const pages = [...boxes.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
  const contents = run('pdftotext', ['-layout', '-f', '2', '-l', '2', pdf, '-']);
  const starts = new Set(
    [...contents.matchAll(/^\s*(?:\d+|Appendix [A-Z]:)\s+.*?\.{3,}\s*(\d+)\s*$/gm)].map((m) => Number(m[1])),
  );
  const out: number[] = [];
  pages.forEach(([, h, body], i) => {
    const height = Number(h);
    // Everything above the footer; margins of the page are 52 pt at the top and 60 pt at the foot.
    const bottoms = [...body!.matchAll(/yMax="([\d.]+)"/g)]
      .map((m) => Number(m[1]))
      .filter((y) => y < height - 60);
    const fill = (Math.max(...bottoms) - 52) / (height - 112);
    const page = i + 1;
    if (fill < 0.5 && page > 2 && page < pages.length && !starts.has(page + 1)) out.push(page);
  });
  return out;
}

test.describe.configure({ mode: 'serial' });

for (const [index, preset] of PRESETS.entries()) {
  test(`${preset.name}: the proposal and the deck agree, and the proposal reads as a signable document`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const client = CLIENTS[index % CLIENTS.length]!;
    const dir = mkdtempSync(join(tmpdir(), 'ha-proposal-'));
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Recommendation' })).toBeVisible();
    await waitForFullRun(page);
    await loadPreset(page, preset);

    // The PDF.
    await page.getByRole('button', { name: 'Export proposal' }).click();
    const pdfDialog = page.getByRole('dialog', { name: 'Export proposal' });
    await fill(pdfDialog, client);
    await pdfDialog.getByRole('radio', { name: 'A4' }).check();
    // Every character can be drawn: no warning stands between the person and the export.
    await expect(pdfDialog.getByRole('alert')).toHaveCount(0);
    const pdf = await download(page, pdfDialog, 'Download PDF', dir);
    await pdfDialog.getByRole('button', { name: 'Close' }).click();

    const info = run('pdfinfo', [pdf]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(15);
    const text = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    const words = flat(text);

    // The client's name, whatever its script, is on page 1 and in every footer.
    const pageTexts = text.split('\f');
    expect(flat(pageTexts[0]!)).toContain(client);
    for (const p of pageTexts.slice(0, pages)) expect(flat(p)).toContain(client.slice(0, 6));

    // Page 1 decides: the recommendation, the cost table, doing nothing, payback and a bad year.
    const first = flat(pageTexts[0]!);
    expect(first).toContain(preset.name);
    expect(first).toMatch(/We recommend|Closest:/);
    for (const part of [
      'Cost of each option over',
      'The cost of doing nothing',
      'Payback',
      'A bad year',
      'Valid until',
    ])
      expect(first).toContain(part);

    // A signable document: contents, scope, risks, plan, runbook, acceptance and sign-off.
    for (const part of [
      'Contents',
      'In scope',
      'Out of scope',
      'Risk register',
      'Implementation plan',
      'Acceptance criteria',
      'Next steps and sign-off',
      'Signature',
    ])
      expect(words).toContain(part);

    // Bookmarks for every section.
    const outline = [
      ...run('pdftohtml', ['-xml', '-i', '-stdout', pdf]).matchAll(/<item page="\d+">([^<]+)<\/item>/g),
    ].map((m) => m[1]);
    for (const heading of [
      'The decision',
      'Contents',
      'Executive summary',
      'Risk register',
      'Assumptions and sources',
      'Methodology',
    ])
      expect(outline).toContain(heading);

    // Live links: web addresses of the sources.
    expect(run('pdfinfo', ['-url', pdf])).toMatch(/https:\/\//);

    // Every cited catalogue id is listed in the sources appendix; nothing internal is printed.
    const appendix = flat(text.slice(text.lastIndexOf('Sourced figures (')));
    const cited = new Set(words.match(/\b[A-Z]{2,5}-\d{1,3}\b/g) ?? []);
    expect(cited.size).toBeGreaterThan(5);
    for (const id of cited) expect(appendix, id).toMatch(new RegExp(`\\b${id}\\b`));
    expect(words).not.toMatch(/\b[\w/-]+\.(ts|tsx)\b/);
    expect(words).not.toMatch(/benchmarks\.md|findings\.md|§|UNVERIFIED|Accept a RTO/);

    // Typeset: no page more than half empty except before a new chapter.
    expect(halfEmptyPages(pdf)).toEqual([]);

    // The deck.
    await page.getByRole('button', { name: 'Export slides' }).click();
    const deckDialog = page.getByRole('dialog', { name: 'Export slides' });
    await fill(deckDialog, client);
    const pptx = await download(page, deckDialog, 'Download slides', dir);
    await deckDialog.getByRole('button', { name: 'Close' }).click();

    const files = unzipSync(new Uint8Array(readFileSync(pptx)));
    const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.length).toBeGreaterThanOrEqual(5);
    expect(slides.length).toBeLessThanOrEqual(7);
    expect(Object.keys(files).some((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))).toBe(true);
    const slideText = slides
      .map((f) => [...strFromU8(files[f]!).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '))
      .join(' ')
      .replace(/&amp;/g, '&');
    // Every amount of money on the slides is one the PDF prints.
    const amounts = new Set(slideText.match(/[$€£][\d,.]+[MB]?/g) ?? []);
    expect(amounts.size).toBeGreaterThan(5);
    for (const amount of amounts) expect(words, amount).toContain(amount);

    // Page images for a person to look at.
    if (index < 2) {
      mkdirSync(REPORT_DIR, { recursive: true });
      for (const n of [1, 2, Math.min(pages, 12)]) {
        const prefix = join(dir, `${preset.id}-page-${n}`);
        run('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', pdf, prefix]);
        renameSync(`${prefix}.png`, join(REPORT_DIR, `${preset.id}-page-${n}.png`));
      }
    }
  });
}

test('a character no font can draw is listed before export, which waits until it is accepted', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Recommendation' })).toBeVisible();
  await waitForFullRun(page);
  await page.getByRole('button', { name: 'Export proposal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export proposal' });
  await dialog.getByLabel('Client name').fill('ᚠᚢᚦ Runestone Ltd');
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('ᚠ (U+16A0)');
  await expect(alert).toContainText('ᚦ (U+16A6)');
  const button = dialog.getByRole('button', { name: 'Download PDF' });
  await expect(button).toBeDisabled();
  await dialog.getByLabel('Export with the replacement mark').check();
  await expect(button).toBeEnabled();
  // Removing the character removes the warning.
  await dialog.getByLabel('Client name').fill('Runestone Ltd');
  await expect(alert).toHaveCount(0);
});

test('who prepares proposals is remembered in this browser, not in the scenario', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Recommendation' })).toBeVisible();
  await waitForFullRun(page);
  await page.getByRole('button', { name: 'Export slides' }).click();
  let dialog = page.getByRole('dialog', { name: 'Export slides' });
  await fill(dialog, 'Acme');
  await dialog.getByLabel('Offer valid for (days)').fill('45');
  await download(page, dialog, 'Download slides', mkdtempSync(join(tmpdir(), 'ha-deck-')));
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await expect(page.getByRole('region', { name: 'Recommendation' })).toBeVisible();
  await page.getByRole('button', { name: 'Export proposal' }).click();
  dialog = page.getByRole('dialog', { name: 'Export proposal' });
  await expect(dialog.getByLabel('Prepared by')).toHaveValue('Ada Lovelace');
  await expect(dialog.getByLabel('E-mail')).toHaveValue('ada@example.com');
  await expect(dialog.getByLabel('Offer valid for (days)')).toHaveValue('45');
  // The client's details are asked each time.
  await expect(dialog.getByLabel('Client name')).toHaveValue('');
  await dialog.getByLabel('Offer valid for (days)').fill('0');
  await dialog.getByLabel('Client name').fill('Acme');
  await dialog.getByRole('button', { name: 'Download PDF' }).click();
  await expect(dialog.getByText('Enter a whole number of days from 1 to 365.')).toBeVisible();
});
