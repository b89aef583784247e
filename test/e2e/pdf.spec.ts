import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PATTERN_NAMES, recommendationCard, recommendedName, waitForFullRun } from './planner';

const CLIENT = 'Société Générale — Zürich <b>σ≤≈€</b>';

/** A 16×16 opaque PNG (a blue and white checkerboard), small enough to write inline. */
const LOGO_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAIklEQVR42mOQ9bsBR/+RAC5xhkGogRhFyOKDUcNoPAwKDQDWUCAfvm6rdgAAAABJRU5ErkJggg==';

/** Where the rendered pages go for a person to look at (test-results/ is emptied on every run). */
const REPORT_DIR = join(process.cwd(), 'reports', 'pdf');

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** pdftotext's words joined by single spaces, so a name wrapped over two lines still reads as one. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

test('Export proposal downloads a PDF with the client, every architecture, a runbook and vector charts', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto('/');
  await expect(recommendationCard(page)).toBeVisible();
  await waitForFullRun(page);
  const recommended = await recommendedName(page);
  expect(PATTERN_NAMES).toContain(recommended);

  // Nothing of the PDF code or its fonts has been fetched before the first export.
  const early = requests.filter((url) => /jspdf|svg2pdf|exportProposal|\.ttf(\?|$)/i.test(url));
  expect(early).toEqual([]);

  await page.getByRole('button', { name: 'Export proposal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export proposal' });
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('Client name').fill(CLIENT);
  await dialog.getByLabel('Prepared by').fill('Ada Lovelace');
  await dialog.getByLabel('Company').fill('Analytical Engines Ltd');
  await dialog.getByRole('radio', { name: 'A4' }).check();
  await dialog
    .getByLabel('Note for the client (optional)')
    .fill('Figures as of the workshop; ask us for the raw data.');

  const dir = mkdtempSync(join(tmpdir(), 'ha-pdf-'));
  const logoPath = join(dir, 'logo.png');
  writeFileSync(logoPath, Buffer.from(LOGO_PNG_BASE64, 'base64'));
  await dialog.getByLabel('Logo (optional)').setInputFiles(logoPath);
  await expect(dialog.getByText('logo.png')).toBeVisible();

  const downloadPromise = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Download PDF' }).click();
  const download = await downloadPromise;
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(/^HA-proposal_Societe-Generale-Zurich[A-Za-z0-9-]*_\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdfPath = join(dir, fileName);
  await download.saveAs(pdfPath);
  await expect(dialog.getByRole('status')).toHaveText(`Downloaded ${fileName}.`);

  // The PDF code and the font came in only now.
  expect(requests.some((url) => /\.ttf(\?|$)/i.test(url))).toBe(true);

  // A PDF of at least eight pages.
  const info = run('pdfinfo', [pdfPath]);
  expect(info).toMatch(/PDF version:\s+1\.\d/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(8);

  // The text a reader would copy: the client exactly (markup stays text, symbols survive), all five
  // patterns, the recommendation, the runbook and the sources.
  const text = run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']);
  const words = flat(text);
  expect(words).toContain(CLIENT);
  expect(words).toContain(recommended);
  for (const name of PATTERN_NAMES) expect(words).toContain(name);
  expect(words).toMatch(/runbook/i);
  expect(words).toContain('Assumptions and sources');
  expect(words).toContain('Sourced figures');
  expect(words).toMatch(/HAP-[0-9A-F]{6} v1\.0/);
  expect(words).toContain(`Page 1 of ${pages}`);

  // Charts are vectors: the only image is the logo (with, at most, its transparency mask).
  const images = run('pdfimages', ['-list', pdfPath])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  const kinds = images.map((line) => line.trim().split(/\s+/)[2]);
  expect(kinds.filter((kind) => kind === 'image')).toHaveLength(1);
  expect(kinds.every((kind) => kind === 'image' || kind === 'smask')).toBe(true);

  // DejaVu Sans is embedded with a Unicode map, and no other font is used (columns: emb sub uni).
  const fonts = run('pdffonts', [pdfPath])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) {
    expect(line).toMatch(/^DejaVuSans/);
    expect(line).toMatch(/\byes\s+(yes|no)\s+yes\s+\d+\s+\d+\s*$/);
  }

  // Page 1 and the first chart page as PNGs, for a person to look at.
  const chartPage = text.split('\f').findIndex((pageText) => /Expected cost per year/.test(pageText)) + 1;
  expect(chartPage).toBeGreaterThan(1);
  mkdirSync(REPORT_DIR, { recursive: true });
  for (const [pageNumber, name] of [
    [1, 'page-1-cover'],
    [chartPage, `page-${chartPage}-charts`],
  ] as const) {
    const prefix = join(dir, name);
    run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      String(pageNumber),
      '-l',
      String(pageNumber),
      '-singlefile',
      pdfPath,
      prefix,
    ]);
    renameSync(`${prefix}.png`, join(REPORT_DIR, `${name}.png`));
  }
  expect(readdirSync(REPORT_DIR).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(2);
  renameSync(pdfPath, join(REPORT_DIR, 'proposal.pdf'));
});

test('the logo field refuses files that are not a PNG or SVG of at most 1 MB', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Recommendation' })).toBeVisible();
  await page.getByRole('button', { name: 'Export proposal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export proposal' });
  const logo = dialog.getByLabel('Logo (optional)');

  await logo.setInputFiles({
    name: 'photo.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from([0xff, 0xd8, 0xff]),
  });
  await expect(dialog.getByRole('alert')).toContainText('must be a PNG or SVG image');
  await expect(logo).toHaveAttribute('aria-invalid', 'true');

  const big = Buffer.alloc(1024 * 1024 + 1);
  Buffer.from(LOGO_PNG_BASE64, 'base64').copy(big);
  await logo.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: big });
  await expect(dialog.getByRole('alert')).toContainText('at most 1 MB');

  await logo.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not a png') });
  await expect(dialog.getByRole('alert')).toContainText('not a valid PNG image');

  // Escape closes the dialog and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export proposal' })).toBeFocused();
});
