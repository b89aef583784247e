import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PATTERN_NAMES = [
  'Single node (baseline)',
  'Active-passive, async replication',
  'Active-passive, sync replication',
  'Multi-region active-active',
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ANY_PATTERN = new RegExp(`^(${PATTERN_NAMES.map(escapeRegExp).join('|')})`);

function recommendationCard(page: Page) {
  return page.getByRole('region', { name: 'Recommendation' });
}

function comparisonTable(page: Page) {
  return page.getByRole('table', { name: /Yearly outcomes of each pattern/ });
}

async function expectFourPatternRows(page: Page) {
  const rows = comparisonTable(page).locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(4);
  const names: string[] = [];
  for (const row of await rows.all()) {
    const name = (await row.getByRole('rowheader').innerText()).trim();
    expect(name).toMatch(ANY_PATTERN);
    names.push(name.replace(/\s*Recommended$/, ''));
    // Every figure column (monthly cost to expected total) shows a number.
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells.length).toBe(10);
    for (const cell of cells.slice(0, 8)) expect(cell).toMatch(/\d/);
  }
  expect(names.sort()).toEqual([...PATTERN_NAMES].sort());
}

test('the first page recommends a pattern and compares all four', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'HA Planner' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'E-commerce checkout' })).toBeVisible();

  // The default scenario runs on load.
  const card = recommendationCard(page);
  await expect(card).toBeVisible();
  const recommended = card.getByText(ANY_PATTERN).first();
  await expect(recommended).toBeVisible();
  const recommendedName = (await recommended.innerText()).trim();
  expect(PATTERN_NAMES).toContain(recommendedName);
  await expect(card.getByRole('heading', { name: 'Why' })).toBeVisible();
  await expect(card.getByRole('listitem').first()).toBeVisible();

  await expectFourPatternRows(page);
  // The row marked "Recommended" is the pattern the card names.
  const markedRow = comparisonTable(page).getByRole('row').filter({ hasText: 'Recommended' });
  await expect(markedRow.getByRole('rowheader')).toContainText(recommendedName);
  await expect(page.getByText(/simulated years per pattern/)).toBeVisible();
  await expect(page.getByText(/seed \d+/)).toBeVisible();
  await expect(page.getByText(/^(Converged|Not converged)/)).toBeVisible();

  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations).toEqual([]);
});

test('Run simulation works from the keyboard and shows results again', async ({ page }) => {
  await page.goto('/');
  const card = recommendationCard(page);
  await expect(card).toBeVisible();
  const firstCard = await card.elementHandle();

  const runButton = page.getByRole('button', { name: 'Run simulation' });
  for (let presses = 0; presses < 10; presses += 1) {
    if (await runButton.evaluate((button) => button === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(runButton).toBeFocused();
  await page.keyboard.press('Enter');

  // A new run replaces the card: the one shown before leaves the page.
  await expect.poll(() => firstCard?.evaluate((node) => node.isConnected)).toBe(false);
  await expect(recommendationCard(page)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Simulation finished.');
  await expectFourPatternRows(page);
});

test('the dark colour scheme passes an accessibility scan too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(recommendationCard(page)).toBeVisible();
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations).toEqual([]);
});
