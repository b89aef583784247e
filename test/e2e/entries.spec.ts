import { expect, test, type Page } from '@playwright/test';
import { accessibilityViolations } from './axe';
import { enter, waitForFullRun } from './planner';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
});

/** The line under a field that says what the entry was read as, when the reading had to assume. */
function noteOf(page: Page, label: string) {
  return page
    .locator('.field')
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .locator('.field-note');
}

test('entries are read as people mean them, and a guess is said aloud', async ({ page }) => {
  // A bare amount in a per-minute field is taken per minute, and the field says so and how to write per hour.
  await enter(page, 'Downtime cost', '12,000');
  await expect(noteOf(page, 'Downtime cost')).toHaveText(
    'Read as $12,000/min: an amount without a period counts per minute here. If the figure is per hour, write $12,000/h.',
  );
  await expect(page.getByLabel('Downtime cost', { exact: true })).toHaveAccessibleDescription(
    /Read as \$12,000\/min/,
  );
  await enter(page, 'Downtime cost', '$12,000/h');
  await expect(page.getByText('In use: $200/min')).toBeVisible();
  await expect(noteOf(page, 'Downtime cost')).toHaveCount(0);

  // 9.000 is nine where a point marks decimals (this browser's locale is en-US), and the field says so.
  await enter(page, 'Human response', '9.000 min');
  await expect(page.getByText('In use: 9 min')).toBeVisible();
  await expect(noteOf(page, 'Human response')).toContainText('Read 9.000 as 9: here a point marks decimals.');

  // Clock durations.
  await enter(page, 'RTO target', '00:02:00');
  await expect(page.getByText('In use: 2 min')).toBeVisible();
  await enter(page, 'Alert latency', '1:30');
  await expect(page.getByText('In use: 90 s')).toBeVisible();
  await expect(noteOf(page, 'Alert latency')).toContainText('Read 1:30 as minutes and seconds');

  // A value out of bounds is refused in the field's own terms.
  await enter(page, 'Confidence', '100%');
  await expect(page.getByRole('alert').filter({ hasText: 'not a possible' })).toHaveText(
    '100% is not a possible share of incidents that must meet a target; enter less than 100%.',
  );
  await enter(page, 'Confidence', '95%');
  await waitForFullRun(page);
  expect(await accessibilityViolations(page, ['.inputs-panel'])).toEqual([]);
});

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('9.000 is nine thousand, and the fields write numbers the German way', async ({ page }) => {
    await expect(page.getByLabel('Downtime cost', { exact: true })).toHaveValue('$5.600/min');
    await enter(page, 'Downtime cost', '9.000/min');
    await expect(page.getByText('In use: $9.000/min')).toBeVisible();
    await expect(noteOf(page, 'Downtime cost')).toHaveCount(0);
    await enter(page, 'Planned-window factor', '12,5%');
    await expect(page.getByText('In use: 12,5%')).toBeVisible();
  });
});

test('a source note opens on demand, never on tabbing, and never covers or blocks a field', async ({
  page,
}) => {
  const name = page.getByLabel('Name', { exact: true });
  const source = page.getByRole('button', { name: /^Source DT-1/ });
  const cost = page.getByLabel('Downtime cost', { exact: true });
  // Tabbing from the name to the downtime cost passes the source button without opening anything.
  const panel = page.getByRole('region', { name: 'Source of the default Downtime cost' });
  await name.focus();
  let passedSource = false;
  for (
    let presses = 0;
    presses < 10 && !(await cost.evaluate((el) => el === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
    passedSource ||= await source.evaluate((el) => el === document.activeElement);
    await expect(source).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();
  }
  expect(passedSource).toBe(true);
  await expect(cost).toBeFocused();

  // Opened with Enter, it sits below the field; the field still takes a click, and the note closes.
  await source.focus();
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Gartner');
  const box = await cost.boundingBox();
  const note = await panel.boundingBox();
  expect(box && note && note.y >= box.y + box.height).toBe(true);
  await cost.click();
  await expect(cost).toBeFocused();
  await expect(panel).toBeHidden();

  // Escape closes it and leaves focus on its button; hovering opens nothing.
  await source.click();
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(source).toBeFocused();
  await source.hover();
  await expect(panel).toBeHidden();
});
