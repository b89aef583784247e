import { expect, test } from '@playwright/test';
import { enter, recommendationCard, recommendedName, waitForFullRun } from './planner';

/** The seventh chart, once the analysis after the full run is in. */
const tornado = (page: import('@playwright/test').Page) =>
  page
    .getByRole('figure')
    .filter({ has: page.getByRole('heading', { name: 'What the recommendation hinges on' }) });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
});

test('the recommendation says what it hinges on, with a chart and a table of every input', async ({
  page,
}) => {
  const figure = tornado(page);
  await expect(figure.getByRole('img', { name: /expected total as each input moves/ })).toBeVisible({
    timeout: 60_000,
  });
  const name = await recommendedName(page);
  await figure.getByRole('button', { name: 'Show data table' }).click();
  const table = figure.getByRole('table');
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(8);
  await expect(table).toContainText('Node failures');
  await expect(table).toContainText('Downtime cost');
  // Every input says what it does to the recommendation, naming it.
  for (const row of await rows.all()) await expect(row).toContainText(`${name} stays the choice`);
});

test('the card tells the tail in plain words, and the SLO table follows the objective typed', async ({
  page,
}) => {
  const card = recommendationCard(page);
  await expect(card.getByRole('heading', { name: 'In a bad year' })).toBeVisible();
  await expect(card).toContainText(
    /In a typical year .+; one year in twenty more than \$[\d,.]+[KM]?; one year in a hundred/,
  );
  await expect(card).toContainText(/last an hour or more/);
  await expect(card).toContainText(/exceeds the risk tolerance of \$1M with a chance of/);

  const slo = page.getByRole('region', { name: /^Availability objective: 99\.95% a month$/ });
  await expect(slo).toContainText('21.9 min a month');
  await enter(page, 'Availability objective (SLO)', '99.99%');
  await page.getByLabel('SLO window', { exact: true }).selectOption('quarter');
  await waitForFullRun(page);
  const quarter = page.getByRole('region', { name: /^Availability objective: 99\.99% a quarter$/ });
  // 0.01% of a quarter of 91.3 days.
  await expect(quarter).toContainText('13.1 min a quarter');
  await expect(quarter.getByRole('columnheader', { name: 'Quarters in breach' })).toBeVisible();
  await expect(card).toContainText('Against 99.99% a quarter');
});

test('a risk tolerance typed moves the tail sentence and the loss chart’s line', async ({ page }) => {
  await enter(page, 'Risk tolerance', '$250k');
  await waitForFullRun(page);
  await expect(recommendationCard(page)).toContainText('exceeds the risk tolerance of $250,000');
  const loss = page.locator('figure[data-chart="loss"]');
  await expect(loss.getByRole('img')).toContainText('Risk tolerance $250K');
});
