import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { comparisonTable, enter, expectNoRunInProgress, recommendationCard, waitForFullRun } from './planner';
import { accessibilityViolations } from './axe';

const DEFAULT_NAME = 'E-commerce checkout';

function importExport(page: Page) {
  return page.getByRole('group', { name: 'Import and export' });
}

function nameField(page: Page) {
  return page.getByLabel('Name', { exact: true });
}

/** The recommendation card and comparison table as a person reads them. */
async function shownResults(page: Page): Promise<{ card: string; table: string }> {
  return {
    card: await recommendationCard(page).innerText(),
    table: await comparisonTable(page).innerText(),
  };
}

/** "Copy share link", then the link from the read-only field. */
async function shareLink(page: Page): Promise<string> {
  const share = page.getByRole('group', { name: 'Share this scenario' });
  await share.getByRole('button', { name: 'Copy share link' }).click();
  const field = share.getByLabel('Share link');
  await expect(field).toHaveAttribute('readonly', '');
  const link = await field.inputValue();
  expect(link).toMatch(/^http:\/\/localhost:\d+\/#s=1\.[A-Za-z0-9_-]+$/);
  return link;
}

/** Picks a file through "Import scenario…", as a person does. */
async function importFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await importExport(page).getByRole('button', { name: 'Import scenario…' }).click();
  await (await chooser).setFiles(path);
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ha-import-')), name);
  writeFileSync(path, text);
  return path;
}

test('a share link opens the same scenario, with the same numbers, in a fresh browser', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await waitForFullRun(page);
  // Not the default: the link must carry the edits and the seed.
  await enter(page, 'Name', 'Shared <b>checkout</b>, "v2"');
  await enter(page, 'Monthly budget', '$5,000');
  await enter(page, 'Seed', '4242');
  await waitForFullRun(page);
  const original = await shownResults(page);
  await expect(page.getByText('seed 4242', { exact: true })).toBeVisible();
  const link = await shareLink(page);

  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await other.goto(link);
    await waitForFullRun(other);
    await expect(nameField(other)).toHaveValue('Shared <b>checkout</b>, "v2"');
    expect(await shownResults(other)).toEqual(original);
    await expect(other.getByText('seed 4242', { exact: true })).toBeVisible();
    await expect(importExport(other).getByRole('status')).toHaveText(
      'Opened “Shared <b>checkout</b>, "v2"” from a shared link as a new scenario.',
    );
    // The fragment is cleared, so that a reload does not open the link again.
    expect(new URL(other.url()).hash).toBe('');
  } finally {
    await context.close();
  }
});

test('a tampered link says so and leaves the default scenario in place', async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
  const link = await shareLink(page);
  const expected = await shownResults(page);
  const at = link.indexOf('#s=1.') + 40;
  const tampered = `${link.slice(0, at)}${link.charAt(at) === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;

  const other = await page.context().newPage();
  await other.goto(tampered);
  await expect(importExport(other).getByRole('alert')).toHaveText(
    'This link is damaged or incomplete (it may have been cut off when copied). Nothing was opened; your work is unchanged.',
  );
  await waitForFullRun(other);
  await expect(nameField(other)).toHaveValue(DEFAULT_NAME);
  expect(await shownResults(other)).toEqual(expected);

  // A link of a newer format says that instead.
  await other.goto(link.replace('#s=1.', '#s=2.'));
  await expect(importExport(other).getByRole('alert')).toContainText(
    'This link was made by a newer version of HA Planner',
  );
  await expect(nameField(other)).toHaveValue(DEFAULT_NAME);
});

test('a link pasted into the address bar of an open planner opens too', async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
  await enter(page, 'Name', 'Pasted later');
  const link = await shareLink(page);
  await enter(page, 'Name', 'Something else');
  // Typing into the address bar takes the focus off the page.
  await nameField(page).blur();
  await page.evaluate((hash) => {
    location.hash = hash;
  }, new URL(link).hash);
  await expect(nameField(page)).toHaveValue('Pasted later');
  await expect(importExport(page).getByRole('status')).toContainText('from a shared link as a new scenario');
});

test('importing a bad file shows why, and the scenario stays as it was', async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
  const before = await shownResults(page);
  const alert = importExport(page).getByRole('alert');

  await importFile(page, tempFile('broken.json', '{ "schemaVersion": 1, "name": "x", }'));
  await expect(alert).toContainText('“broken.json” is not a valid scenario, so nothing was imported');
  await expect(alert).toContainText('JSON: not valid at line 1');

  await importFile(page, tempFile('range.json', JSON.stringify({ schemaVersion: 1, horizonYears: 1000 })));
  await expect(alert).toContainText('horizonYears: must be at most 30 years, got 1000');

  await expect(nameField(page)).toHaveValue(DEFAULT_NAME);
  await expectNoRunInProgress(page);
  expect(await shownResults(page)).toEqual(before);

  // The message, the share link field and the buttons pass an accessibility scan, light and dark.
  await shareLink(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await accessibilityViolations(page);
    expect(violations).toEqual([]);
  }
});

test('importing a good file opens it as a new scenario', async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
  const preset = JSON.parse(readFileSync('public/scenarios/payments-ledger.json', 'utf8')) as {
    name: string;
  };
  const name = `Imported ${preset.name}`;
  await importFile(page, tempFile('ledger.json', JSON.stringify({ ...preset, name }, null, 2)));
  await expect(importExport(page).getByRole('status')).toHaveText(
    `Opened “${name}” from “ledger.json” as a new scenario.`,
  );
  await expect(nameField(page)).toHaveValue(name);
  await waitForFullRun(page);
  await expect(comparisonTable(page).locator('tbody').getByRole('row')).toHaveCount(5);
});

test('the results export as CSV: a header and five architectures', async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
  const download = page.waitForEvent('download');
  await importExport(page).getByRole('button', { name: 'Export results (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^HA-results_E-commerce-checkout_\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await file.path(), 'utf8').replace(/^\ufeff/, '');
  const lines = text.split('\r\n').filter((line) => line !== '');
  expect(lines).toHaveLength(6);
  expect(lines[0]).toContain('Expected annual total (USD/year)');
  await expect(importExport(page).getByRole('status')).toHaveText(`Downloaded ${file.suggestedFilename()}.`);
});

/** An SVG logo styled the ways logo tools write it: a style sheet, classes and style attributes. */
const STYLED_SVG_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><style>.a{fill:#c00}</style>' +
  '<rect class="a" width="20" height="20" style="stroke:#00c;stroke-width:3"/><circle class="a" cx="30" cy="10" r="8"/></svg>';

test('the built page has a Content-Security-Policy and runs, workers and PDF export included, without violating it', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const html = await (await request.get('/')).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/https?:/);
  // No inline script: every script comes from a file.
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc=/);

  const errors: string[] = [];
  const workers: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  await page.goto('/');
  await waitForFullRun(page);
  expect(workers.some((url) => /simulation\.worker/.test(url))).toBe(true);

  await page.getByRole('button', { name: 'Export proposal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export proposal' });
  await dialog.getByLabel('Client name').fill('Policy check');
  await dialog.getByLabel('Logo (optional)').setInputFiles({
    name: 'logo.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(STYLED_SVG_LOGO),
  });
  await expect(dialog.getByText('logo.svg')).toBeVisible();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Download PDF' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await page.keyboard.press('Escape');

  await importExport(page).getByRole('button', { name: 'Export results (JSON)' }).click();
  await shareLink(page);

  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});
