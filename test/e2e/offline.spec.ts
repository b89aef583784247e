import { expect, test } from '@playwright/test';
import { accessibilityViolations } from './axe';
import { enter, recommendationCard, waitForFullRun } from './planner';

test('once loaded, the app opens, simulates, loads a preset and exports a PDF and slides with the network cut', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const policyViolations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`csp-violation ${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.text().startsWith('csp-violation')) policyViolations.push(message.text());
  });

  await page.goto('/');
  await waitForFullRun(page);
  // The service worker has kept every file of the build and serves the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const manifest = await page.evaluate(() =>
    document.querySelector('link[rel="manifest"]')?.getAttribute('href'),
  );
  expect(manifest).toBe('/manifest.webmanifest');

  await context.setOffline(true);
  await page.reload();
  await waitForFullRun(page);
  await expect(recommendationCard(page)).toBeVisible();
  // A new entry is simulated, in the workers, without a network.
  await enter(page, 'RTO target', '90 s');
  await waitForFullRun(page);
  await expect(recommendationCard(page)).toContainText('90 s RTO target');
  // A preset comes from the cache too.
  await page.getByLabel('Preset scenario').selectOption('payments-ledger');
  await page.getByRole('button', { name: 'Load preset' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Payments ledger');
  await waitForFullRun(page);

  // The proposal, whose code and fonts load on demand, is exported offline.
  await page.getByRole('button', { name: 'Export proposal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export proposal' });
  await dialog.getByLabel('Client name').fill('Offline Client');
  await dialog.getByLabel('Prepared by').fill('Ada Lovelace');
  await dialog.getByLabel('Company').fill('Analytical Engines Ltd');
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: 'Download PDF' }).click();
  expect((await download).suggestedFilename()).toMatch(/^HA-proposal_Offline-Client.*\.pdf$/);
  await expect(dialog.getByRole('status')).toHaveText(/^Downloaded /);
  await dialog
    .getByRole('button', { name: /Close|Cancel/ })
    .first()
    .click();

  expect(policyViolations).toEqual([]);
  expect(await accessibilityViolations(page)).toEqual([]);
  await context.setOffline(false);
});
