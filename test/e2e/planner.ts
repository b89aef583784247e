import { expect, type Page } from '@playwright/test';

/** Shared steps of the planner's end-to-end tests: what a person looks at. */
export const PATTERN_NAMES = [
  'Single node (baseline)',
  'Active-passive, async replication',
  'Active-passive, sync replication',
  'In-region HA plus a cross-region standby',
  'Multi-region active-active',
];

export const CHARTS = ['cost', 'rto', 'rpo', 'loss', 'timeline', 'break-even'] as const;

/** The card with the answer: headed "Recommendation", or "No architecture meets every target". */
export function recommendationCard(page: Page) {
  return page.getByRole('region', { name: /^(Recommendation|No architecture meets every target)$/ });
}

export function comparisonTable(page: Page) {
  return page.getByRole('table', { name: /Outcomes of each architecture/ });
}

/** Wait until the results on screen come from a finished full run (not a preview). */
export async function waitForFullRun(page: Page): Promise<void> {
  await expect(page.locator('.run-status[data-run-kind="full"]:not([aria-busy="true"])')).toBeVisible({
    timeout: 60_000,
  });
}

/** The pattern the recommendation card names (the closest one when nothing is feasible). */
export async function recommendedName(page: Page): Promise<string> {
  const text = await recommendationCard(page).locator('.recommended-pattern').innerText();
  return text.replace(/^Closest: /, '').trim();
}

/** Type an entry the way a person does, and commit it with Enter. */
export async function enter(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await field.press('Enter');
}

export async function expectEveryPatternRow(page: Page): Promise<void> {
  const rows = comparisonTable(page).locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(PATTERN_NAMES.length);
  const names: string[] = [];
  for (const row of await rows.all()) {
    const name = (await row.getByRole('rowheader').innerText())
      .trim()
      .replace(/\s*(Recommended|Closest)$/, '');
    names.push(name);
    const cells = await row.getByRole('cell').allInnerTexts();
    for (const cell of cells.slice(0, 8)) expect(cell).toMatch(/\d/);
  }
  expect(names.sort()).toEqual([...PATTERN_NAMES].sort());
}
