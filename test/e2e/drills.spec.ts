import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { runCli } from '../../src/cli/run';
import { accessibilityViolations } from './axe';
import { comparisonTable, enter, recommendedName, waitForFullRun } from './planner';

const ASYNC = 'Active-passive, async replication';
const ACTIVE_ACTIVE = 'Multi-region active-active';

/** Ten measured failovers of the async pair, a tuned Patroni: about 30 s each, the model says 44 s. */
const TEN_DRILLS = [
  'date,scope,architecture,outcome,outageSeconds,dataLossSeconds,note',
  ...[29, 31, 27, 33, 30, 28, 32, 29, 34, 30].map(
    (outage, i) =>
      `2026-0${1 + Math.floor(i / 2)}-${10 + i},${['node', 'zone', 'network', 'storage'][i % 4]},active-passive-async,automated,${outage},0.${i},"quarterly drill ${i + 1}"`,
  ),
].join('\n');

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ha-drills-')), name);
  writeFileSync(path, text);
  return path;
}

const drillLog = (page: Page) => page.getByRole('region', { name: 'Drill log' });

async function importDrills(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await drillLog(page).getByRole('button', { name: 'Import drill log…' }).click();
  await (await chooser).setFiles(path);
}

/** The P95 of the outage per incident the comparison table shows for an architecture, seconds. */
async function rtoP95(page: Page, name: string): Promise<number> {
  const row = comparisonTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) });
  const text = await row.getByRole('cell').nth(2).innerText();
  const p95 = /\/\s*([\d.]+)\s*s/.exec(text);
  if (!p95) throw new Error(`no RTO P95 in ${JSON.stringify(text)}`);
  return Number(p95[1]);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
  // A tight RTO that, as entered, only active-active meets; downtime cheap enough that price decides.
  await enter(page, 'RTO target', '45 s');
  await waitForFullRun(page);
  await enter(page, 'Downtime cost', '1000');
  await waitForFullRun(page);
});

test('ten drills of one architecture move its outage toward them and change the recommendation', async ({
  page,
}) => {
  expect(await recommendedName(page)).toBe(ACTIVE_ACTIVE);
  const before = await rtoP95(page, ASYNC);
  expect(before).toBeGreaterThan(45);

  await importDrills(page, tempFile('drills.csv', TEN_DRILLS));
  await expect(drillLog(page).getByRole('status').first()).toHaveText(
    'Imported 10 drills from “drills.csv”. 10 drills are used.',
  );
  await waitForFullRun(page);
  await expect(drillLog(page).getByText('The drills change the recommendation:')).toHaveText(
    `The drills change the recommendation: ${ACTIVE_ACTIVE} before them, ${ASYNC} after.`,
  );

  // The async pair's outage moved toward the drills (about 30 s): now within the 45-s target.
  const after = await rtoP95(page, ASYNC);
  expect(after).toBeLessThan(45);
  expect(after).toBeLessThan(before - 5);
  expect(await recommendedName(page)).toBe(ASYNC);

  // Each updated figure before and after, and the drills against the model.
  const figures = drillLog(page).getByRole('table', { name: /Prior \(the model as entered\) and posterior/ });
  await expect(
    figures.getByRole('row', { name: /chance automation falls to people 10 mean 1%/ }),
  ).toBeVisible();
  await expect(figures.getByRole('rowheader', { name: /: detection$/ })).toBeVisible();
  const chart = page.locator('figure[data-chart="drills"]');
  await expect(chart.getByRole('heading')).toHaveText(`${ASYNC}: outage per incident, modelled and measured`);
  await expect(chart.getByRole('img')).toBeVisible();
  await chart.getByRole('button', { name: 'Show data table' }).click();
  await expect(chart.getByRole('table').getByRole('row')).toHaveCount(11);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await accessibilityViolations(page, ['.drill-log'])).toEqual([]);
  }

  // Saved with the scenario: a reload brings the log back, and the same answer.
  await page.reload();
  await waitForFullRun(page);
  await expect(drillLog(page).getByRole('table', { name: /^10 drills in the log, all used/ })).toBeVisible();
  expect(await recommendedName(page)).toBe(ASYNC);

  // The proposal's validation section: the drills with their dates, and the recommendation before and after.
  await page.getByRole('button', { name: 'Export proposal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export proposal' });
  await dialog.getByLabel('Client name').fill('Acme');
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Download PDF' }).click();
  const pdf = await (await download).path();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  expect(text).toContain('Drills run, and what they changed');
  expect(text).toContain(
    `The drills change the recommendation: ${ACTIVE_ACTIVE} without them, ${ASYNC} with them.`,
  );
  expect(text).toContain('2026-01-10');
  expect(text).toContain('2026-05-19');
});

test('a log with bad rows is refused with each line and reason, and nothing is imported', async ({
  page,
}) => {
  const bad = [
    'date,scope,architecture,outcome,outageSeconds,dataLossSeconds',
    '2026-03-10,node,active-passive-async,automated,31,0.2',
    '2026-02-30,node,active-passive-async,automated,31,0.2',
    '2026-03-12,node,active-passive-async,Automated,31,0.2',
    '2026-03-13,datacenter,active-passive-async,automated,31,0.2',
  ].join('\n');
  await importDrills(page, tempFile('bad.csv', bad));
  const alert = drillLog(page).getByRole('alert').first();
  await expect(alert).toContainText('“bad.csv” is not a drill log the planner can read');
  await expect(alert).toContainText('line 3: date: has no day 30 in that month');
  await expect(alert).toContainText('line 4: outcome: must be one of automated, manual, got "Automated"');
  await expect(alert).toContainText('line 5: scope: must be one of node, storage, network, zone, region');
  await expect(alert).toContainText('Nothing was imported; the log is unchanged.');
  await expect(drillLog(page).getByRole('table')).toHaveCount(0);
  expect(await recommendedName(page)).toBe(ACTIVE_ACTIVE);

  // Minutes in a seconds column are imported but not used, with the line and the reason.
  await importDrills(
    page,
    tempFile('minutes.csv', `${TEN_DRILLS}\n2026-06-30,node,active-passive-async,automated,0.7,0,`),
  );
  await expect(drillLog(page).getByRole('status').first()).toContainText(
    'line 12: The outage of 0.7 s looks like minutes',
  );
  await expect(
    drillLog(page).getByRole('table', { name: /^11 drills in the log, 1 not used/ }),
  ).toBeVisible();
});

test('a share link carries the drill log to another browser, and the command line gives the same numbers', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const csv = tempFile('drills.csv', TEN_DRILLS);
  await importDrills(page, csv);
  await expect(drillLog(page).getByRole('status').first()).toContainText('Imported 10 drills');
  await waitForFullRun(page);
  const p95 = await rtoP95(page, ASYNC);
  const share = page.getByRole('group', { name: 'Share this scenario' });
  await share.getByRole('button', { name: 'Copy share link' }).click();
  const link = await share.getByLabel('Share link').inputValue();

  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await other.goto(link);
    await waitForFullRun(other);
    await expect(
      drillLog(other).getByRole('table', { name: /^10 drills in the log, all used/ }),
    ).toBeVisible();
    expect(await recommendedName(other)).toBe(ASYNC);
    expect(await rtoP95(other, ASYNC)).toBe(p95);
  } finally {
    await context.close();
  }

  // The app's results (with its analyses, once in) are the command line's, for the link and for the
  // scenario's link with the same log given again by --drills.
  await expect(page.locator('[data-reruns]')).toBeVisible({ timeout: 90_000 });
  const download = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'Import and export' })
    .getByRole('button', { name: 'Export results (JSON)' })
    .click();
  const appJson = readFileSync(await (await download).path(), 'utf8');
  expect(JSON.parse(appJson).calibration.drills).toBe(10);
  const readFile = (path: string) => readFileSync(path, 'utf8');
  const linked = await runCli(['--link', link, '--sensitivity'], { readFile });
  expect(linked.code).toBe(0);
  expect(linked.stdout).toBe(appJson);
  const given = await runCli(['--link', link, '--drills', csv, '--sensitivity'], { readFile });
  expect(given.stdout).toBe(appJson);
});
