import { expect, type Locator, type Page, test } from '@playwright/test';
import { accessibilityViolations } from './axe';
import { comparisonTable, enter, recommendationCard, waitForFullRun } from './planner';

/** The answer: the architecture, its status, a month's and a year's cost, the RTO and RPO at the confidence. */
function answerParts(page: Page): Locator[] {
  const card = recommendationCard(page);
  return [
    card.getByRole('heading', { level: 2 }),
    card.locator('.recommended-pattern'),
    card.getByText(/^(Feasible|Not feasible):/),
    card.getByRole('definition').filter({ hasText: /\/month/ }),
    card.getByRole('definition').filter({ hasText: /\/yr/ }),
    card.getByRole('term').filter({ hasText: 'RTO at P95' }),
    card.getByRole('definition').filter({ hasText: 'target 60 s, met in' }),
    card.getByRole('term').filter({ hasText: 'RPO at P95' }),
    card.getByRole('definition').filter({ hasText: 'target 5 s, met in' }),
  ];
}

/** Every part's box lies within the first `limit` pixels of the page, seen from its top. */
async function expectWithin(page: Page, parts: Locator[], limit: number): Promise<void> {
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  for (const part of parts) {
    await expect(part).toBeVisible();
    const box = await part.boundingBox();
    expect(box, await part.innerText()).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, await part.innerText()).toBeLessThanOrEqual(limit);
  }
}

/** The smallest size, in CSS pixels on screen, of any text drawn in a chart (font size × the SVG's scale). */
async function smallestChartText(page: Page): Promise<{ size: number; text: string; count: number }> {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '', count: 0 };
    for (const text of document.querySelectorAll<SVGTextElement>('figure[data-chart] svg text')) {
      if (text.getClientRects().length === 0 || !text.textContent?.trim()) continue;
      const matrix = text.getScreenCTM();
      if (!matrix) continue;
      // The vertical scale of the text's own coordinates on screen (a rotated title scales the same).
      const scale = Math.hypot(matrix.c, matrix.d);
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      smallest.count += 1;
      if (size < smallest.size) smallest = { ...smallest, size, text: text.textContent };
    }
    return smallest;
  });
}

/** Where keyboard focus is: in the results, in the inputs (on a field or not), and what it is called. */
interface Stop {
  name: string;
  inResults: boolean;
  inInputs: boolean;
  field: boolean;
}

/** Presses Tab from the top of the page until focus reaches a field of the inputs; every stop on the way. */
async function tabToFirstField(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const label = el?.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
      return {
        name: (el?.getAttribute('aria-label') ?? label ?? el?.textContent ?? '').trim(),
        inResults: el?.closest('.results') !== null,
        inInputs: el?.closest('.inputs') !== null,
        field: el?.matches('input, select, textarea') === true,
      };
    });
    stops.push(stop);
    if (stop.inInputs && stop.field) return stops;
  }
  throw new Error(`No field of the inputs within 80 presses of Tab: ${stops.map((s) => s.name).join(', ')}`);
}

async function chartsDrawn(page: Page): Promise<void> {
  for (const chart of ['cost', 'rto', 'rpo', 'loss', 'timeline', 'break-even']) {
    await expect(page.locator(`figure[data-chart="${chart}"] svg[role="img"]`)).toBeVisible();
  }
}

test.describe('at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the answer is on the first screen, and the inputs fold to one line that a reload keeps', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await waitForFullRun(page);
    await expectWithin(page, answerParts(page), 900);
    // The inputs on the left and the answer on the right, though the answer comes first in the page.
    const nameBox = (await page.getByLabel('Name', { exact: true }).boundingBox())!;
    const cardBox = (await recommendationCard(page).boundingBox())!;
    expect(nameBox.x + nameBox.width).toBeLessThan(cardBox.x);
    const inputsTop = (await page.locator('#scenario-inputs').boundingBox())!.y;
    const resultsTop = (await page.locator('.results').boundingBox())!.y;
    expect(Math.abs(inputsTop - resultsTop)).toBeLessThanOrEqual(4);
    await page.screenshot({ path: testInfo.outputPath('presales-desktop.png') });
    expect(await accessibilityViolations(page)).toEqual([]);
    // Below the answer, the exports stay within reach of the column that keeps the answer in view.
    const share = page.getByRole('button', { name: 'Copy share link' });
    await share.scrollIntoViewIfNeeded();
    await expect(share).toBeInViewport();

    const bar = page.getByRole('region', { name: 'Scenario in one line' });
    await expect(bar).toContainText('E-commerce checkout');
    await expect(bar).toContainText('RTO 60 s, RPO 5 s in 95% of incidents');
    const toggle = bar.getByRole('button', { name: 'Hide inputs' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.click();
    await expect(page.getByLabel('Name', { exact: true })).toBeHidden();
    await expect(bar.getByRole('button', { name: 'Show inputs' })).toHaveAttribute('aria-expanded', 'false');
    // The results take the whole width once the inputs are away.
    const card = await recommendationCard(page).boundingBox();
    expect(card!.width).toBeGreaterThan(1200);
    await page.reload();
    await waitForFullRun(page);
    await expect(page.getByLabel('Name', { exact: true })).toBeHidden();
    await page.getByRole('button', { name: 'Show inputs' }).click();
    await expect(page.getByLabel('Name', { exact: true })).toBeVisible();
  });

  test('the client view opens with its key or its button, shows three chosen charts, and Escape leaves it', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await waitForFullRun(page);
    const button = page.getByRole('button', { name: 'Client view (C)' });
    await expect(button).toHaveAttribute('aria-keyshortcuts', 'C');

    // Typed into a field, the key is a letter, not a command.
    const name = page.getByLabel('Name', { exact: true });
    await name.fill('Acme checkout');
    await name.press('c');
    await expect(name).toHaveValue('Acme checkoutc');
    await expect(page.getByRole('button', { name: 'Leave client view (Esc)' })).toHaveCount(0);
    await name.fill('Acme checkout');
    await name.press('Enter');
    await waitForFullRun(page);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('c');
    const leave = page.getByRole('button', { name: 'Leave client view (Esc)' });
    await expect(leave).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Acme checkout' })).toBeFocused();
    await expect(name).toBeHidden();
    await expect(recommendationCard(page)).toBeVisible();
    await expect(comparisonTable(page)).toBeVisible();
    await expect(page.locator('figure[data-chart] svg[role="img"]')).toHaveCount(3);
    for (const chart of ['cost', 'rto', 'loss']) {
      await expect(page.locator(`figure[data-chart="${chart}"] svg`)).toBeVisible();
    }
    // Large type: the page's root size is a quarter up.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    await page.screenshot({ path: testInfo.outputPath('presales-client-view.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // Another chart in place of one; never more than three.
    await page.getByText('Client view settings').click();
    await page.getByRole('checkbox', { name: 'Chance of a costly year' }).uncheck();
    await page.getByRole('checkbox', { name: 'Where the outage time goes' }).check();
    await expect(page.getByRole('checkbox', { name: 'Data lost per incident' })).toBeDisabled();
    await expect(page.locator('figure[data-chart="timeline"] svg')).toBeVisible();
    await expect(page.locator('figure[data-chart="loss"]')).toHaveCount(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(leave).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect(name).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');

    // The button opens it too, and the choice of charts is kept.
    await button.click();
    await expect(page.locator('figure[data-chart="timeline"] svg')).toBeVisible();
    await page.keyboard.press('c');
    await expect(leave).toHaveCount(0);

    // The key can be turned off (a single-letter shortcut must be): then only the button opens the view.
    await button.click();
    await page.getByText('Client view settings').click();
    await page.getByRole('checkbox', { name: /The C key opens and closes the client view/ }).uncheck();
    await leave.click();
    await expect(page.getByRole('button', { name: 'Client view', exact: true })).toBeFocused();
    await page.keyboard.press('c');
    await expect(leave).toHaveCount(0);
  });

  test('when nothing is feasible it looks it: the closest one, what blocks it and what would lift each block', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForFullRun(page);
    await enter(page, 'Region RTO target', '1 h');
    await enter(page, 'Monthly budget', '$5,000');
    await waitForFullRun(page);
    const card = recommendationCard(page);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('No architecture meets every target');
    await expect(card.getByText('Closest', { exact: true })).toBeVisible();
    await expect(card.getByText(/^Not feasible:/)).toBeVisible();
    await expect(card.getByText(/Recommend/)).toHaveCount(0);
    const blocks = card.getByRole('heading', { name: 'What blocks it' });
    await expect(blocks).toBeVisible();
    expect(await card.locator('h3:text-is("What blocks it") + ul > li').count()).toBeGreaterThan(0);
    await expect(card.getByRole('heading', { name: 'What would make it feasible' })).toBeVisible();
    // Each remedy the run worked out: a budget that fits, or the target the closest one reaches.
    const remedies = card
      .getByText('Change a target or the budget (worked out from this run):')
      .locator('+ ul > li');
    expect(await remedies.count()).toBeGreaterThan(0);
    for (const remedy of await remedies.allInnerTexts())
      expect(remedy).toMatch(/^(Raise the monthly budget|Accept an? )/);
    await expect(comparisonTable(page).getByText('Closest', { exact: true })).toBeVisible();
    await expect(comparisonTable(page).getByText('Recommended', { exact: true })).toHaveCount(0);
    // The charts call it the closest too.
    await chartsDrawn(page);
    await expect(page.locator('figure[data-chart="rto"] svg')).toContainText('(closest)');
    await expect(page.locator('figure[data-chart="rto"] svg')).not.toContainText('(recommended)');
  });
});

test.describe('at 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the answer within a screen and a half, nothing wider than the phone, chart text 11 px or more', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await waitForFullRun(page);
    await expectWithin(page, answerParts(page), 844 * 1.5);
    await page.screenshot({ path: testInfo.outputPath('presales-phone.png') });

    await chartsDrawn(page);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    const smallest = await smallestChartText(page);
    expect(smallest.count).toBeGreaterThan(100);
    expect(smallest.size, smallest.text).toBeGreaterThanOrEqual(11);

    // The comparison says that it scrolls, and which way; its first column stays.
    const hint = page.getByText('Scroll sideways for all 11 columns →');
    await expect(hint).toBeVisible();
    const scroller = page.getByRole('region', { name: /Outcomes of each architecture/ });
    const firstColumn = comparisonTable(page).getByRole('rowheader').first();
    const before = await firstColumn.boundingBox();
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(page.getByText('← Scroll back for the first columns')).toBeVisible();
    expect((await firstColumn.boundingBox())!.x).toBeCloseTo(before!.x, 0);
    await page.screenshot({ path: testInfo.outputPath('presales-phone-full.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('the keyboard meets the answer before the first input, and a link skips to the inputs', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForFullRun(page);
    const stops = await tabToFirstField(page);
    const names = stops.map((s) => s.name);
    const firstField = stops.findIndex((s) => s.field);
    // The first field reached is one of the inputs, after the results' own controls.
    expect(stops[firstField]?.inInputs, names.join(' | ')).toBe(true);
    const results = stops.flatMap((s, i) => (s.inResults ? [i] : []));
    expect(results.length, names.join(' | ')).toBeGreaterThan(2);
    expect(results.at(-1)!, names.join(' | ')).toBeLessThan(firstField);
    expect(names.indexOf('Run full simulation')).toBeLessThan(firstField);
    expect(names.indexOf('Export proposal')).toBeLessThan(firstField);
    // A screen reader reads the page in the same order: the answer, then the inputs.
    const answerFirst = await recommendationCard(page).evaluate(
      (card) =>
        (card.compareDocumentPosition(document.getElementById('scenario-inputs')!) &
          Node.DOCUMENT_POSITION_FOLLOWING) !==
        0,
    );
    expect(answerFirst).toBe(true);

    // Before the results, a link shows when focused and takes focus past them to the inputs.
    const skip = page.getByRole('link', { name: 'Skip to inputs' });
    expect(names.indexOf('Skip to inputs')).toBeLessThan(results[0]!);
    await skip.focus();
    await expect(skip).toBeInViewport();
    const box = (await skip.boundingBox())!;
    expect(box.width).toBeGreaterThan(40);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect(page.locator('#scenario-inputs')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.inputs') !== null)).toBe(true);
    // The fragment is no share link: it opens nothing and says nothing.
    expect(new URL(page.url()).hash).toBe('#scenario-inputs');
    await expect(page.getByText('Nothing was opened')).toHaveCount(0);
  });

  test('the client view on a phone: no overflow, charts legible, an accessibility scan clean', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForFullRun(page);
    await page.getByRole('button', { name: 'Client view (C)' }).click();
    await expect(page.locator('figure[data-chart] svg[role="img"]')).toHaveCount(3);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect((await smallestChartText(page)).size).toBeGreaterThanOrEqual(11);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
