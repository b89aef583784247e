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

test('a scenario ticked for comparison that would take minutes waits, with its estimate, until “Run anyway”', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Option B: the checkout with 1,000 failures a year on every scope and 5,000,000 trials: hours of work.
  await page.getByRole('button', { name: 'Duplicate “E-commerce checkout”' }).click();
  await enter(page, 'Name', 'Half a day');
  await enter(page, 'Trials', '5,000,000');
  for (const scope of ['Node', 'Storage', 'Network', 'Zone', 'Region']) {
    await enter(page, `${scope} failures`, '1000');
  }
  await expect(page.locator('.run-status-text')).toContainText(
    'it starts when you press “Run full simulation”',
  );
  // Back to the checkout, which runs as before.
  await library(page).getByRole('button', { name: 'E-commerce checkout', exact: true }).click();
  await waitForFullRun(page);

  const compare = compareView(page);
  await compare.getByRole('checkbox', { name: /^E-commerce checkout/ }).check();
  await compare.getByRole('checkbox', { name: /^Half a day/ }).check();
  const status = compare.getByRole('status').first();
  // The checkout is compared; the heavy one has not started and says what it would take.
  await expect(status).toHaveText(
    '1 scenario simulated in full. 1 scenario not run yet: it waits for “Run anyway”.',
    { timeout: 60_000 },
  );
  const heavy = compare.locator('.compare-card').filter({ hasText: 'Half a day' });
  await expect(heavy).toContainText(
    /Not run yet: this scenario takes about [\d.]+ (min|h|days) on this machine \(5,000,000 trials × 5,000 incidents a year\)\. Press “Run anyway” to run it\./,
  );
  await expect(heavy.getByRole('progressbar')).toHaveCount(0);
  await expect(compare.getByRole('table')).toHaveCount(0);
  expect(await accessibilityViolations(page, ['.compare-view'])).toEqual([]);

  // Asked, it runs; taken out of the comparison, it stops; picked again, it asks again.
  await heavy.getByRole('button', { name: 'Run anyway (Half a day)' }).click();
  await expect(heavy).toContainText(/Simulating… \d+%/);
  await expect(status).toHaveText('Simulating 1 scenario in full…');
  await compare.getByRole('checkbox', { name: /^Half a day/ }).uncheck();
  await expect(heavy).toHaveCount(0);
  await compare.getByRole('checkbox', { name: /^Half a day/ }).check();
  await expect(status).toHaveText(
    '1 scenario simulated in full. 1 scenario not run yet: it waits for “Run anyway”.',
  );
  await expect(heavy.getByRole('button', { name: 'Run anyway (Half a day)' })).toBeVisible();
});
