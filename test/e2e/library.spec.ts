import { expect, type Page, test } from '@playwright/test';
import { comparisonTable, enter, recommendationCard, waitForFullRun } from './planner';
import { accessibilityViolations } from './axe';

/** The list of saved scenarios. */
const library = (page: Page) => page.getByRole('list', { name: 'Scenarios' });
/** The open scenario's entry in the list. */
const openScenario = (page: Page) => library(page).locator('button[aria-current="true"]');
const compareView = (page: Page) => page.getByRole('region', { name: 'Compare scenarios' });
const keyFigures = (page: Page) =>
  compareView(page).getByRole('table', { name: /Key figures of the compared scenarios/ });

test.beforeEach(async ({ page }) => {
  // A name with markup must never run: any dialog fails the test.
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto('/');
  await waitForFullRun(page);
});

test('saved scenarios come back after a reload, with their seeds and the same numbers', async ({ page }) => {
  await enter(page, 'RTO target', '90 s');
  await waitForFullRun(page);
  await page.getByRole('button', { name: 'New scenario' }).click();
  await expect(openScenario(page)).toContainText('New scenario');
  await enter(page, 'Monthly budget', '$5,000');
  await enter(page, 'Seed', '12345');
  await waitForFullRun(page);
  await expect(page.locator('.run-meta')).toContainText('seed 12345');
  // The card is compared once the analyses after the full run (its confirmed remedies) are in.
  await expect(page.locator('[data-reruns]')).toBeVisible({ timeout: 90_000 });
  const card = await recommendationCard(page).innerText();
  const table = await comparisonTable(page).innerText();

  await page.reload();
  await waitForFullRun(page);
  await expect(library(page).getByRole('listitem')).toHaveCount(2);
  await expect(openScenario(page)).toContainText('New scenario');
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('12345');
  await expect(page.locator('.run-meta')).toContainText('seed 12345');
  await expect(page.locator('[data-reruns]')).toBeVisible({ timeout: 90_000 });
  expect(await recommendationCard(page).innerText()).toBe(card);
  expect(await comparisonTable(page).innerText()).toBe(table);

  // The other scenario kept its own edit.
  await library(page).getByRole('button', { name: 'E-commerce checkout', exact: true }).click();
  await expect(page.getByLabel('RTO target', { exact: true })).toHaveValue('90 s');
});

test('rename, duplicate, delete and undo, from the keyboard', async ({ page }) => {
  await page.getByRole('button', { name: 'Rename “E-commerce checkout”' }).click();
  const name = page.getByLabel('New name for “E-commerce checkout”');
  await expect(name).toBeFocused();
  await name.fill('<img src=x onerror=alert(1)>');
  await name.press('Enter');
  await expect(openScenario(page)).toHaveText(/<img src=x onerror=alert\(1\)>/);
  await expect(page.locator('.library img')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Rename “<img src=x onerror=alert(1)>”' })).toBeFocused();

  await page.getByRole('button', { name: 'Rename “<img src=x onerror=alert(1)>”' }).click();
  await page.getByLabel(/^New name for/).fill('Checkout, option A');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Checkout, option A');

  await page.getByRole('button', { name: 'Duplicate “Checkout, option A”' }).click();
  await expect(openScenario(page)).toContainText('Checkout, option A (copy)');
  await expect(library(page).getByRole('listitem')).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete “Checkout, option A (copy)”' }).click();
  await expect(library(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Scenario “Checkout, option A (copy)” deleted.')).toBeVisible();
  const undo = page.locator('.library-notice').getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(library(page).getByRole('listitem')).toHaveCount(2);
  await expect(openScenario(page)).toContainText('Checkout, option A (copy)');
  await expect(openScenario(page)).toBeFocused();
  await expect(page.getByText(/deleted\./)).toHaveCount(0);
});

test('Ctrl+Z and Ctrl+Shift+Z undo and redo a committed edit', async ({ page }) => {
  const rto = page.getByLabel('RTO target', { exact: true });
  await enter(page, 'RTO target', '90 s');
  await waitForFullRun(page);
  await expect(recommendationCard(page)).toContainText('90 s RTO target');

  // Focus is still in the field, which has committed its entry: Ctrl+Z undoes that edit.
  await expect(rto).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(rto).toHaveValue('60 s');
  await expect(rto).toBeFocused();
  await waitForFullRun(page);
  await expect(recommendationCard(page)).not.toContainText('90 s RTO target');

  await page.keyboard.press('Control+Shift+z');
  await expect(rto).toHaveValue('90 s');
  await waitForFullRun(page);
  await expect(recommendationCard(page)).toContainText('90 s RTO target');

  // The buttons do the same, wherever focus is.
  await page.getByRole('button', { name: 'Undo' }).first().click();
  await expect(rto).toHaveValue('60 s');
  await page.keyboard.press('Control+y');
  await expect(rto).toHaveValue('90 s');
});

test('two scenarios compared side by side, and an accessibility scan of the library and comparison', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Rename “E-commerce checkout”' }).click();
  await page.getByLabel(/^New name for/).fill('Option A');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Duplicate “Option A”' }).click();
  await page.getByRole('button', { name: 'Rename “Option A (copy)”' }).click();
  await page.getByLabel(/^New name for/).fill('Option B, one-hour region RTO');
  await page.keyboard.press('Enter');
  await enter(page, 'Region RTO target', '1 h');

  const view = compareView(page);
  await view.getByRole('checkbox', { name: /Option A/ }).check();
  await view.getByRole('checkbox', { name: /Option B, one-hour region RTO/ }).check();
  const table = keyFigures(page);
  await expect(table).toBeVisible({ timeout: 90_000 });
  const headers = await table.locator('thead th').allInnerTexts();
  expect(headers.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
    'Figure',
    'A Option A',
    'B Option B, one-hour region RTO',
  ]);
  const recommended = table.getByRole('row', { name: /^Recommended architecture/ });
  await expect(recommended.getByRole('cell')).toHaveText([
    'In-region HA plus a cross-region standby',
    'Multi-region active-active',
  ]);
  await expect(view.getByRole('img', { name: /Expected cost per year, scenario by scenario/ })).toBeVisible();
  await expect(view.getByRole('status').first()).toHaveText('2 scenarios simulated in full.');

  const violations = await accessibilityViolations(page, ['.library', '.compare-view']);
  expect(violations).toEqual([]);
});

test('two tabs: neither loses the other’s work, and a new tab shows both', async ({ page, context }) => {
  const opened: Page[] = [];
  const openTab = async () => {
    const tab = await context.newPage();
    tab.on('dialog', (dialog) => {
      throw new Error(`unexpected dialog: ${dialog.message()}`);
    });
    await tab.goto('/');
    await waitForFullRun(tab);
    opened.push(tab);
    return tab;
  };
  const rename = async (tab: Page, from: string, to: string) => {
    await tab.getByRole('button', { name: `Rename “${from}”` }).click();
    await tab.getByLabel(`New name for “${from}”`).fill(to);
    await tab.keyboard.press('Enter');
    await expect(library(tab).getByText(to, { exact: true })).toBeVisible();
  };
  const names = (tab: Page) => library(tab).locator('.library-name');
  const open = (tab: Page, name: string) => library(tab).getByText(name, { exact: true }).click();

  // Tab A makes a library of three scenarios; tab B opens it.
  const a = page;
  await a.getByRole('button', { name: 'New scenario' }).click();
  await rename(a, 'New scenario', 'Ledger');
  await a.getByRole('button', { name: 'New scenario' }).click();
  await rename(a, 'New scenario', 'Search');
  const b = await openTab();
  await expect(names(b)).toHaveText(['E-commerce checkout', 'Ledger', 'Search']);

  // A: a new scenario, renamed and edited; Ledger deleted.
  await a.getByRole('button', { name: 'New scenario' }).click();
  await rename(a, 'New scenario', 'Checkout v2');
  await enter(a, 'RTO target', '90 s');
  await a.getByRole('button', { name: 'Delete “Ledger”' }).click();
  await expect(names(a)).toHaveText(['E-commerce checkout', 'Search', 'Checkout v2']);

  // B hears of it, and edits Search.
  await expect(names(b)).toHaveText(['E-commerce checkout', 'Search', 'Checkout v2']);
  await open(b, 'Search');
  await expect(openScenario(b)).toContainText('Search');
  await enter(b, 'RPO target', '10 s');
  await expect(b.getByLabel('RPO target', { exact: true })).toHaveValue('10 s');

  // A closes; a new tab shows A's rename and edit, B's edit, and Ledger stays deleted.
  await a.close();
  const fresh = await openTab();
  await expect(names(fresh)).toHaveText(['E-commerce checkout', 'Search', 'Checkout v2']);
  await expect(fresh.locator('.library-alerts')).toHaveText('');
  await open(fresh, 'Checkout v2');
  await expect(fresh.getByLabel('RTO target', { exact: true })).toHaveValue('90 s');
  await open(fresh, 'Search');
  await expect(fresh.getByLabel('RPO target', { exact: true })).toHaveValue('10 s');
  for (const tab of opened) await tab.close();
});
