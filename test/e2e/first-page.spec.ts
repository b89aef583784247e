import { expect, test } from '@playwright/test';
import {
  CHARTS,
  comparisonTable,
  expectEveryPatternRow,
  PATTERN_NAMES,
  recommendationCard,
  recommendedName,
  waitForFullRun,
} from './planner';
import { accessibilityViolations } from './axe';

test('the first page recommends an architecture, compares all five and draws six charts', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'HA Planner' })).toBeVisible();
  await waitForFullRun(page);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('E-commerce checkout');

  const name = await recommendedName(page);
  expect(PATTERN_NAMES).toContain(name);
  await expect(recommendationCard(page).getByRole('heading', { name: 'Why' })).toBeVisible();
  await expectEveryPatternRow(page);
  const markedRow = comparisonTable(page).getByRole('row').filter({ hasText: 'Recommended' });
  await expect(markedRow.getByRole('rowheader')).toContainText(name);
  await expect(page.getByText(/^(Converged|Not converged)/)).toBeVisible();

  for (const chart of CHARTS) {
    const figure = page.locator(`[data-chart="${chart}"]`);
    await expect(figure).toBeVisible();
    // Each chart is drawn: its SVG has an accessible name and marks inside.
    await expect(figure.locator('svg[role="img"]')).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Sources and assumptions' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Methodology' })).toBeVisible();

  const violations = await accessibilityViolations(page);
  expect(violations).toEqual([]);
});

test('a full run can be started from the keyboard and the results stay on screen meanwhile', async ({
  page,
}) => {
  await page.goto('/');
  await waitForFullRun(page);
  const runButton = page.getByRole('button', { name: 'Run full simulation' });
  await runButton.focus();
  await page.keyboard.press('Enter');
  // The previous numbers stay while the new run computes; nothing blanks.
  await expect(recommendationCard(page)).toBeVisible();
  await waitForFullRun(page);
  await expect(page.locator('.run-status-text')).toHaveText(/Full run \(100,000 trials\), seed \d+: done\./);
  await expectEveryPatternRow(page);
});

test('the dark colour scheme passes an accessibility scan too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await waitForFullRun(page);
  const violations = await accessibilityViolations(page);
  expect(violations).toEqual([]);
});

test('the accessibility scan finds what breaks a rule, under the app’s own content policy', async ({
  page,
}) => {
  await page.goto('/');
  await waitForFullRun(page);
  // An input with no label, added the way a faulty component would add it.
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'planted-unlabelled';
    document.querySelector('main')?.append(input);
  });
  const violations = await accessibilityViolations(page);
  expect(violations.map((v) => v.rule)).toContain('label');
  expect(violations.find((v) => v.rule === 'label')?.targets).toEqual(['.planted-unlabelled']);
});
