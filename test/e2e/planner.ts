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

/**
 * Wait until nothing is running and the results on screen come from a full run (not a preview). The one
 * way every end-to-end test waits for results: the run status is busy from the moment an accepted entry
 * is committed (the store starts the preview in the same event), so a test that commits and then waits
 * here never reads the results of the run before.
 */
export async function waitForFullRun(page: Page): Promise<void> {
  const status = page.getByRole('region', { name: 'Simulation status' });
  await expect(status).toHaveAttribute('data-run-kind', 'full', { timeout: 60_000 });
  await expect(status).not.toHaveAttribute('aria-busy', 'true', { timeout: 60_000 });
  await expect(status.getByRole('status')).toHaveText(/: done\.$/, { timeout: 60_000 });
}

/**
 * Wait until no run is in progress, whatever the results shown: after an entry that was refused, this
 * confirms that nothing was started (a refused entry never starts a run).
 */
export async function expectNoRunInProgress(page: Page): Promise<void> {
  await expect(page.getByRole('region', { name: 'Simulation status' })).not.toHaveAttribute(
    'aria-busy',
    'true',
  );
}

/** The pattern the recommendation card names (the closest one when nothing is feasible, tagged so). */
export async function recommendedName(page: Page): Promise<string> {
  return (await recommendationCard(page).locator('.recommended-pattern').innerText()).trim();
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
