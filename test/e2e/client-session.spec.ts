import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { accessibilityViolations } from './axe';
import { enter, waitForFullRun } from './planner';

/** The line under a field that says where its value comes from. */
const originOf = (page: Page, label: string) =>
  page
    .locator('.inputs-panel .field')
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .locator('.field-origin');

const flat = (text: string) => text.replace(/\s+/g, ' ');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
});

test('a sizing session from a clean start: the client’s figures first, and no preset value survives', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The first visit opens with the example, and says so beside every figure.
  await expect(originOf(page, 'Data-loss cost')).toContainText('Preset “E-commerce checkout”');

  await page.getByRole('button', { name: 'New client session' }).click();
  const dialog = page.getByRole('dialog', { name: 'New client session' });
  await expect(dialog.getByLabel('Client or workload')).toBeFocused();
  expect(await accessibilityViolations(page, ['.session-dialog'])).toEqual([]);
  // Starting without the figures is refused, field by field.
  await dialog.getByRole('button', { name: 'Start the session' }).click();
  await expect(dialog.getByText('Name the client or the workload, as the proposal will.')).toBeVisible();
  await expect(dialog.getByLabel('Client or workload')).toBeFocused();

  await dialog.getByLabel('Client or workload').fill('Acme order book');
  await dialog.getByLabel('Currency').fill('EUR');
  const figures: [string, string][] = [
    ['Downtime cost', '€2,000/min'],
    ['Data-loss cost', '€20/s'],
    ['RTO target', '5 min'],
    ['RPO target', '30 s'],
    ['Region RTO target', '4 h'],
    ['Region RPO target', '15 min'],
    ['Monthly budget', '€8,000'],
  ];
  for (const [label, text] of figures) await dialog.getByLabel(label, { exact: true }).fill(text);
  // The confidence is left to the planner's assumption, on purpose.
  await dialog.getByRole('checkbox', { name: /use the planner’s assumption \(95%\) for Confidence/ }).check();
  await dialog.getByRole('button', { name: 'Start the session' }).click();
  await expect(dialog).toBeHidden();

  await expect(
    page.getByRole('list', { name: 'Scenarios' }).locator('button[aria-current="true"]'),
  ).toContainText('Acme order book');
  await waitForFullRun(page);
  for (const [label] of figures) await expect(originOf(page, label)).toContainText('Client’s figure');
  await expect(originOf(page, 'Confidence')).toContainText('Planner’s assumption');
  await expect(page.getByLabel('Data-loss cost', { exact: true })).toHaveValue('€20/s');
  // A bare amount in the budget was taken per month, and the field says so.
  await expect(
    page
      .locator('.field')
      .filter({ has: page.getByLabel('Monthly budget', { exact: true }) })
      .locator('.field-note'),
  ).toContainText('Read as €8,000/month');
  // Nothing in the inputs comes from a preset.
  await expect(page.locator('.inputs-panel [data-source="preset"]')).toHaveCount(0);
  await expect(page.locator('.input-sources')).toContainText('8 inputs typed or confirmed for the client');

  // One more figure of the client's, and one assumption the client confirms.
  await enter(page, 'Node cost', '€1,200/month');
  await expect(originOf(page, 'Node cost')).toContainText('Client’s figure');
  await originOf(page, 'Storage cost')
    .getByRole('button', { name: 'Keep for the client (Storage cost)' })
    .click();
  await expect(originOf(page, 'Storage cost')).toContainText('Client’s figure');
  await waitForFullRun(page);
  expect(await accessibilityViolations(page, ['.inputs-panel', '.library'])).toEqual([]);

  // The proposal lists the client's figures apart from the assumptions, and nothing of the example.
  await page.getByRole('button', { name: 'Export proposal' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export proposal' });
  await exportDialog.getByLabel('Client name').fill('Acme');
  await exportDialog.getByLabel('Prepared by').fill('Ada Lovelace');
  await exportDialog.getByLabel('Company').fill('Analytical Engines Ltd');
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await exportDialog.getByRole('button', { name: 'Download PDF' }).click();
  const path = join(mkdtempSync(join(tmpdir(), 'ha-session-')), 'proposal.pdf');
  await (await download).saveAs(path);
  const text = flat(execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }));
  const given = text.slice(text.indexOf('Given by Acme'), text.indexOf('Assumptions to confirm'));
  expect(given).toMatch(/Given by Acme \(10\)/);
  // (pdftotext may close up a short gap: "4 h" can come out as "4h".)
  for (const value of [
    /€2,000\/min/,
    /€20\/s/,
    /5 ?min/,
    /30 ?s/,
    /4 ?h/,
    /15 ?min/,
    /€8,000\/month/,
    /€1,200\/month/,
  ]) {
    expect(given).toMatch(value);
  }
  expect(text).not.toContain('€200/s');
  expect(text).not.toContain('An online shop whose checkout');
  expect(text).not.toMatch(/preset “E-commerce checkout”/);
  expect(text).toContain('the planner’s assumption');
});

test('a preset’s values are the preset’s until kept; a field or every input goes back to the preset', async ({
  page,
}) => {
  await page.getByLabel('Preset scenario').selectOption('payments-ledger');
  await page.getByRole('button', { name: 'Load preset' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Payments ledger');
  await waitForFullRun(page);
  await expect(originOf(page, 'Downtime cost')).toContainText('Preset “Payments ledger”');
  const before = await page.getByLabel('Downtime cost', { exact: true }).inputValue();

  await enter(page, 'Downtime cost', '€1,000/min');
  await expect(originOf(page, 'Downtime cost')).toContainText('Client’s figure');
  await originOf(page, 'Downtime cost')
    .getByRole('button', { name: 'Reset to the preset (Downtime cost)' })
    .click();
  await expect(page.getByLabel('Downtime cost', { exact: true })).toHaveValue(before);
  await expect(originOf(page, 'Downtime cost')).toContainText('Preset “Payments ledger”');

  await enter(page, 'RTO target', '10 min');
  await enter(page, 'Monthly budget', '€50,000');
  await expect(page.locator('.input-sources')).toContainText('2 inputs typed or confirmed for the client');
  await page.getByRole('button', { name: 'Reset every input to “Payments ledger”' }).click();
  await expect(page.locator('.input-sources')).toContainText('no input typed or confirmed for the client');
  await expect(originOf(page, 'RTO target')).toContainText('Preset “Payments ledger”');
  // One undo step brings both back.
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(page.getByLabel('RTO target', { exact: true })).toHaveValue('10 min');
});
