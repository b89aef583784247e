import { expect, type Page, test } from '@playwright/test';
import { accessibilityViolations } from './axe';
import { enter, waitForFullRun } from './planner';

const library = (page: Page) => page.getByRole('list', { name: 'Scenarios' });
const openScenario = (page: Page) => library(page).locator('button[aria-current="true"]');
const compareView = (page: Page) => page.getByRole('region', { name: 'Compare scenarios' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
});

test('a preset opens as a new scenario, and Undo takes it back', async ({ page }) => {
  await enter(page, 'RTO target', '90 s');
  await waitForFullRun(page);
  await page.getByLabel('Preset scenario').selectOption('payments-ledger');
  await page.getByRole('button', { name: 'Load preset' }).click();
  await expect(openScenario(page)).toContainText('Payments ledger');
  await expect(
    page.getByText('“Payments ledger” opened as a new scenario; “E-commerce checkout” is unchanged.'),
  ).toBeVisible();
  await expect(library(page).getByRole('listitem')).toHaveCount(2);
  await page.locator('.preset-picker').getByRole('button', { name: 'Undo' }).click();
  await expect(library(page).getByRole('listitem')).toHaveCount(1);
  await expect(openScenario(page)).toContainText('E-commerce checkout');
  // The scenario open before kept its own edit.
  await expect(page.getByLabel('RTO target', { exact: true })).toHaveValue('90 s');
});

test('the compare view marks the inputs that differ, says what each does, and comes back after a reload', async ({
  page,
}) => {
  // Option B: the checkout with a tenth of its downtime cost and a budget of $6,000.
  await page.getByRole('button', { name: 'Duplicate “E-commerce checkout”' }).click();
  await enter(page, 'Downtime cost', '$560/min');
  await enter(page, 'Monthly budget', '$6,000/month');
  await waitForFullRun(page);
  const compare = compareView(page);
  await compare.getByRole('checkbox', { name: /^E-commerce checkout$/ }).check();
  await compare.getByRole('checkbox', { name: /E-commerce checkout \(copy\)/ }).check();
  await expect(compare.getByRole('status').first()).toHaveText(/2 scenarios simulated in full/, {
    timeout: 90_000,
  });

  const table = compare.getByRole('table', { name: 'Inputs that differ between the compared scenarios' });
  await expect(table.getByRole('row')).toHaveCount(3);
  const cost = table.getByRole('row', { name: /Downtime cost/ });
  await expect(cost.getByRole('cell').nth(0)).toHaveText('$5,600/min');
  await expect(cost.locator('mark')).toHaveText(/\$560\/min/);

  const effects = compare.getByRole('group', { name: 'From A to B, one input at a time' });
  await expect(effects.getByRole('status')).toHaveText('Each difference simulated on its own (2).', {
    timeout: 90_000,
  });
  await expect(effects.getByRole('listitem').filter({ hasText: 'Downtime cost:' })).toHaveText(
    /^Downtime cost: \$5,600\/min in A, \$560\/min in B\. Alone, it (changes|leaves) A’s recommendation .*\.$/,
  );
  await expect(effects.getByRole('listitem').filter({ hasText: 'Monthly budget:' })).toContainText(
    'Alone, it',
  );
  // Every compared card says whole sentences.
  for (const reason of await compare.locator('.compare-card-reason').allInnerTexts()) {
    expect(reason.trim()).toMatch(/[.!?]$/);
  }
  expect(await accessibilityViolations(page, ['.compare-view'])).toEqual([]);

  await page.reload();
  await waitForFullRun(page);
  await expect(compareView(page).getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expect(
    compareView(page).getByRole('table', { name: 'Inputs that differ between the compared scenarios' }),
  ).toBeVisible({ timeout: 90_000 });
});
