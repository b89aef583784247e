import { expect, test } from '@playwright/test';
import {
  comparisonTable,
  enter,
  expectNoRunInProgress,
  PATTERN_NAMES,
  recommendationCard,
  recommendedName,
  waitForFullRun,
} from './planner';
import { accessibilityViolations } from './axe';

const ASYNC = 'Active-passive, async replication';
const SYNC = 'Active-passive, sync replication';
const ACTIVE_ACTIVE = 'Multi-region active-active';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
});

test('a regional RTO of an hour leaves only active-active; then a small budget leaves nothing, and says why', async ({
  page,
}) => {
  expect(PATTERN_NAMES).toContain(await recommendedName(page));
  // Only active-active recovers a whole region within an hour: the others wait or rebuild for hours.
  await enter(page, 'Region RTO target', '1 h');
  await waitForFullRun(page);
  expect(await recommendedName(page)).toBe(ACTIVE_ACTIVE);
  // $5,000 a month pays for none of the architectures that meet the targets.
  await enter(page, 'Monthly budget', '$5,000');
  await waitForFullRun(page);
  const card = recommendationCard(page);
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('No architecture meets every target');
  await expect(card.getByText('Closest', { exact: true })).toBeVisible();
  await expect(card.getByRole('heading', { name: 'What would make it feasible' })).toBeVisible();
  await expect(comparisonTable(page).getByText('Closest', { exact: true })).toBeVisible();
});

test('no data lost and $6,000 a month leave synchronous replication', async ({ page }) => {
  // Asynchronous replication loses its lag; a standby in a second region or active-active costs more.
  await enter(page, 'RPO target', '0');
  await enter(page, 'Monthly budget', '$6,000');
  await waitForFullRun(page);
  expect(await recommendedName(page)).toBe(SYNC);
  await expect(recommendationCard(page)).toContainText('Loses no data');
});

test('the recommendation follows the downtime cost down and back up', async ({ page }) => {
  // At $50 a minute, downtime is cheap: a pair in one region wins.
  await enter(page, 'Downtime cost', '$50/min');
  await waitForFullRun(page);
  expect([ASYNC, SYNC]).toContain(await recommendedName(page));
  // At $20,000 a minute, multi-region pays for itself.
  await enter(page, 'Downtime cost', '20000');
  await waitForFullRun(page);
  expect(await recommendedName(page)).toBe(ACTIVE_ACTIVE);
});

test('a bad entry shows a message at the field and the results stay', async ({ page }) => {
  const before = await recommendationCard(page).innerText();
  const rto = page.getByLabel('RTO target', { exact: true });
  await rto.fill('soon');
  await rto.press('Enter');
  await expect(rto).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Write a duration such as 90 s/)).toBeVisible();
  // The last good value (60 s) keeps driving the results: no run was started, nothing changed or blanked.
  await expect(page.getByText('Still in use: 60 s')).toBeVisible();
  await expectNoRunInProgress(page);
  expect(await recommendationCard(page).innerText()).toBe(before);
  // Units as people type them are understood.
  await rto.fill('1.5 min');
  await rto.press('Enter');
  await expect(rto).not.toHaveAttribute('aria-invalid', 'true');
  await waitForFullRun(page);
  await expect(recommendationCard(page)).toContainText('90 s RTO target');
  // So is arithmetic with units, read under the page's content policy (no eval).
  await rto.fill('2 min + 30 s');
  await rto.press('Enter');
  await expect(page.getByText('In use: 150 s')).toBeVisible();
  await waitForFullRun(page);
  await expect(recommendationCard(page)).toContainText('2.5 min RTO target');
});

test('the inputs can be walked and edited with the keyboard alone', async ({ page }) => {
  await page.getByLabel('Name', { exact: true }).focus();
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return (
        el?.labels?.[0]?.textContent?.trim() ??
        el?.getAttribute('aria-label') ??
        el?.textContent?.trim() ??
        ''
      );
    });
    seen.push(label);
    if (label.startsWith('RTO target')) break;
  }
  // Tab order follows the sections: business impact before targets.
  const downtime = seen.findIndex((l) => l.startsWith('Downtime cost'));
  const rto = seen.findIndex((l) => l.startsWith('RTO target'));
  expect(downtime).toBeGreaterThanOrEqual(0);
  expect(rto).toBeGreaterThan(downtime);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('45 s');
  await page.keyboard.press('Enter');
  await waitForFullRun(page);
  await expect(recommendationCard(page)).toContainText('45 s RTO target');
});

test('the planner with every panel open passes an accessibility scan', async ({ page }) => {
  // Open every panel, outer ones first: a nested panel shows only once its parent is open.
  const closed = page.locator('details:not([open]) > summary:visible');
  while ((await closed.count()) > 0) await closed.first().click();
  const violations = await accessibilityViolations(page);
  expect(violations).toEqual([]);
});
