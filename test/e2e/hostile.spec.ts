/**
 * The built app against hostile input, as a tester attacks it: values at and below the smallest a field
 * takes, typed, imported and linked; stored libraries with odd ids, corrupt or from a newer version; a full
 * storage; Cancel after an edit; partial and oversized files; pollution keys; tampered links checked
 * against the command line; broken and hostile logos; and a sweep of the whole app for policy violations
 * and requests to other hosts. Unit tests of the same cases are in test/hostile/.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { SCENARIO_FIELDS, type FieldSpec } from '../../models/scenario/fields';
import { parseScenarioJson, SCHEMA_VERSION } from '../../models/scenario/validate';
import { encodeShareLink, encodeSharePayload } from '../../models/share/shareLink';
import type { Scenario } from '../../models/types';
import { runCli } from '../../src/cli/run';
import { withValue } from '../../src/store/scenarioPaths';
import { CHARTS, enter, recommendationCard, waitForFullRun } from './planner';

const importExport = (page: Page) => page.getByRole('group', { name: 'Import and export' });
const nameField = (page: Page) => page.getByLabel('Name', { exact: true });
const library = (page: Page) => page.getByRole('list', { name: 'Scenarios' });

/** Fields with a smallest non-zero value: every duration and money field, and the outage hours. */
const SMALLEST_FIELDS = SCENARIO_FIELDS.filter((spec) => spec.smallest !== undefined);
const SUBNORMAL = 5e-324;

/** The default scenario with every field of SMALLEST_FIELDS set to `value(spec)`. */
function scenarioWith(value: (spec: FieldSpec) => number, name: string): Scenario {
  let scenario: Scenario = { ...DEFAULT_SCENARIO, name };
  for (const spec of SMALLEST_FIELDS) scenario = withValue(scenario, spec.path, value(spec));
  return scenario;
}

/** Fails the test on any dialog (a name or logo that ran code) and collects page errors. */
function guard(page: Page): string[] {
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Records Content-Security-Policy violations from the first script on; read with `violations(page)`. */
async function watchPolicy(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Every URL the page or its workers ask for. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (request) => urls.push(request.url()));
  return urls;
}
const offHost = (urls: readonly string[]) =>
  urls.filter((url) => {
    if (/^(data|blob):/.test(url)) return false;
    const { hostname } = new URL(url);
    return hostname !== 'localhost' && hostname !== '127.0.0.1';
  });

async function importText(page: Page, name: string, text: string | Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await importExport(page).getByRole('button', { name: 'Import scenario…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Every chart drawn: an SVG with an accessible name in each figure. */
async function expectChartsDrawn(page: Page): Promise<void> {
  for (const chart of CHARTS) {
    await expect(page.locator(`[data-chart="${chart}"] svg[role="img"]`)).toBeVisible();
  }
}

test('subnormal values are refused at every duration and money field, typed; the smallest are taken, drawn and kept over a reload', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = guard(page);
  await page.goto('/');
  await waitForFullRun(page);
  for (const spec of SMALLEST_FIELDS) {
    const field = page.getByLabel(spec.label, { exact: true });
    await enter(page, spec.label, String(SUBNORMAL));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    // The bound in the field's unit: "at least 0.001 s", "at least $0.01/month".
    await expect(page.locator(`#${await field.getAttribute('id')}-error`)).toContainText(
      new RegExp(`at least \\$?${String(spec.smallest).replace('.', '\\.')}`),
    );
    await enter(page, spec.label, String(spec.smallest));
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  }
  await waitForFullRun(page);
  await expectChartsDrawn(page);
  await expect(recommendationCard(page)).toBeVisible();

  await page.reload();
  await waitForFullRun(page);
  await expect(page.getByLabel('RTO target', { exact: true })).toHaveValue('0.001 s');
  await expect(page.getByLabel('Monthly budget', { exact: true })).toHaveValue('$0.01/month');
  await expectChartsDrawn(page);
  expect(errors).toEqual([]);
});

test('subnormal values in a file or a link are refused, naming each field; the smallest open, draw and survive a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = guard(page);
  await page.goto('/');
  await waitForFullRun(page);
  const alert = importExport(page).getByRole('alert');

  await importText(page, 'tiny.json', JSON.stringify(scenarioWith(() => SUBNORMAL, 'Tiny')));
  await expect(alert).toContainText(`(${SMALLEST_FIELDS.length} problems)`);
  for (const spec of SMALLEST_FIELDS) await expect(alert).toContainText(`${spec.path}: must be`);
  await expect(nameField(page)).toHaveValue('E-commerce checkout');

  await importText(page, 'smallest.json', JSON.stringify(scenarioWith((s) => s.smallest!, 'Smallest file')));
  await expect(nameField(page)).toHaveValue('Smallest file');
  await waitForFullRun(page);
  await expectChartsDrawn(page);

  await page.goto(`/${encodeShareLink(scenarioWith(() => SUBNORMAL, 'Tiny link'))}`);
  await expect(alert).toContainText('The scenario in this link cannot be used: ');
  await expect(alert).toContainText(/: must be (0 or )?at least 0\.0+1 [a-z ]+, got 5e-324/);
  await expect(nameField(page)).toHaveValue('Smallest file');

  await page.goto(`/${encodeShareLink(scenarioWith((s) => s.smallest!, 'Smallest link'))}`);
  await expect(nameField(page)).toHaveValue('Smallest link');
  await waitForFullRun(page);
  await expectChartsDrawn(page);
  await page.reload();
  await waitForFullRun(page);
  await expect(nameField(page)).toHaveValue('Smallest link');
  await expectChartsDrawn(page);
  expect(errors).toEqual([]);
});

test('stored scenario ids named like Object methods open, take edits and survive a reload', async ({
  page,
}) => {
  const errors = guard(page);
  const ids = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
  const entries = ids.map((id) => ({ id, scenario: { ...DEFAULT_SCENARIO, name: `Scenario ${id}` } }));
  await page.addInitScript(
    (text) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('ha-planner:library', text);
        sessionStorage.setItem('seeded', '1');
      }
    },
    JSON.stringify({ state: { entries, currentId: '__proto__' }, version: 1 }),
  );
  await page.goto('/');
  await waitForFullRun(page);
  await expect(nameField(page)).toHaveValue('Scenario __proto__');
  for (const id of ids) {
    await library(page)
      .getByRole('button', { name: `Scenario ${id}`, exact: true })
      .click();
    await expect(nameField(page)).toHaveValue(`Scenario ${id}`);
    await enter(page, 'RTO target', '75 s');
    await expect(page.getByLabel('RTO target', { exact: true })).toHaveValue('75 s');
  }
  await page.reload();
  await waitForFullRun(page);
  await expect(library(page).getByRole('listitem')).toHaveCount(ids.length);
  await library(page).getByRole('button', { name: 'Scenario constructor', exact: true }).click();
  await expect(page.getByLabel('RTO target', { exact: true })).toHaveValue('75 s');
  expect(errors).toEqual([]);
});

test('after an edit and Cancel, the old results are labelled as for earlier inputs and cannot be exported until a run', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForFullRun(page);
  // A run of a second or so, so that Cancel comes while it computes.
  await enter(page, 'Trials', '20,000');
  await enter(page, 'Node failures', '300');
  await waitForFullRun(page);
  const stale = page.locator('.stale-notice');
  await expect(stale).toBeHidden();
  const before = await recommendationCard(page).innerText();

  await enter(page, 'RTO target', '1 h');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.run-status-text')).toHaveText('Simulation cancelled.');
  await expect(stale).toHaveText(
    'Results are for earlier inputs: the run of the current inputs was cancelled. Press “Run full simulation” to bring them up to date; until then they cannot be exported.',
  );
  expect(await recommendationCard(page).innerText()).toBe(before);
  for (const name of ['Export proposal', 'Export results (CSV)', 'Export results (JSON)']) {
    await expect(page.getByRole('button', { name })).toBeDisabled();
  }

  await page.getByRole('button', { name: 'Run full simulation' }).click();
  await waitForFullRun(page);
  await expect(stale).toBeHidden();
  await expect(recommendationCard(page)).toContainText('60 min RTO target');
  for (const name of ['Export proposal', 'Export results (CSV)', 'Export results (JSON)']) {
    await expect(page.getByRole('button', { name })).toBeEnabled();
  }
});

test('a shared link of a slow scenario opens it but runs nothing until asked', async ({ page }) => {
  const heavy: Scenario = {
    ...DEFAULT_SCENARIO,
    name: 'Half an hour',
    failureRates: { node: 1000, storage: 1000, network: 1000, zone: 1000, region: 1000 },
    simulation: { trials: 5_000_000, seed: 1 },
  };
  await page.goto(`/${encodeShareLink(heavy)}`);
  await expect(nameField(page)).toHaveValue('Half an hour');
  await expect(page.locator('.run-status-text')).toHaveText(
    /^Not run yet: this shared scenario takes about [\d.]+ (min|h|days) on this machine \(5,000,000 trials × 5,000 incidents a year\)\. Press “Run full simulation” to run it\.$/,
  );
  await expect(importExport(page).getByRole('status')).toContainText('It has not been run');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  await expect(page.getByRole('progressbar')).toHaveAttribute('value', '0');
  await expect(page.locator('.results .placeholder')).toContainText('Not simulated yet');

  // Asked, it runs (and can be stopped).
  await page.getByRole('button', { name: 'Run full simulation' }).click();
  await expect(page.locator('.run-status-text')).toContainText('Full run (5,000,000 trials), seed 1…');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.run-status-text')).toHaveText('Simulation cancelled.');
});

test('a partial file opens, and the notice lists the fields that took defaults', async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
  const partial = { schemaVersion: SCHEMA_VERSION, name: 'Partial', targets: { rtoSeconds: 90 } };
  // Every field of the table but the two given (the version is not one), as the validator counts them.
  const parsed = parseScenarioJson(JSON.stringify(partial));
  const defaulted = parsed.ok ? parsed.defaulted.length : 0;
  expect(defaulted).toBeGreaterThan(SCENARIO_FIELDS.length - 4);
  await importText(page, 'partial.json', JSON.stringify(partial));
  const status = importExport(page).getByRole('status');
  await expect(status).toContainText(
    `Opened “Partial” from “partial.json” as a new scenario. ${defaulted} fields were not in the file and took the default value:`,
  );
  await expect(status.getByRole('listitem')).toHaveCount(defaulted);
  await expect(status).toContainText('RPO target (targets.rpoSeconds): 5 s');
  await expect(status).toContainText('Monthly budget (costs.monthlyBudget): $12,000/month');
  await expect(status).not.toContainText('RTO target (targets.rtoSeconds)');
  await expect(page.getByLabel('RTO target', { exact: true })).toHaveValue('90 s');
});

test('pollution keys in a file or a link are refused at every depth and reach no prototype', async ({
  page,
}) => {
  await page.goto('/');
  await waitForFullRun(page);
  const alert = importExport(page).getByRole('alert');
  const text =
    '{"schemaVersion":2,"__proto__":{"polluted":1},"targets":{"constructor":{"prototype":{"polluted":1}}},' +
    '"costs":{"quotes":{"__proto__":{"low":1,"mostLikely":2,"high":3}}},"overrides":{"prototype":{}}}';
  await importText(page, 'polluted.json', text);
  for (const path of ['__proto__', 'targets.constructor', 'costs.quotes.__proto__', 'overrides.prototype']) {
    await expect(alert).toContainText(`${path}: forbidden key`);
  }
  const pollutedLink = `#s=${encodeSharePayload(text)}`;
  await page.goto(`/${pollutedLink}`);
  await expect(alert).toContainText('The scenario in this link cannot be used: __proto__: forbidden key');
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
  expect(
    await page.evaluate(() => (Object.prototype as Record<string, unknown>)['polluted']),
  ).toBeUndefined();
  await expect(nameField(page)).toHaveValue('E-commerce checkout');
});

test('a file of exactly the size limit opens; one byte more is refused', async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
  const text = JSON.stringify({ ...DEFAULT_SCENARIO, name: 'At the limit' });
  const bytes = Buffer.byteLength(text);
  await importText(page, 'at.json', text + ' '.repeat(1_000_000 - bytes));
  await expect(nameField(page)).toHaveValue('At the limit');
  await importText(page, 'over.json', `${text}${' '.repeat(1_000_001 - bytes)}`);
  await expect(importExport(page).getByRole('alert')).toHaveText(
    '“over.json” is 1 MB (1,000,001 bytes); a scenario file can be at most 1 MB (1,000,000 bytes). Nothing was imported.',
  );
  await expect(nameField(page)).toHaveValue('At the limit');
});

test('tampered, truncated and mutated links never open another scenario; the app and the command line give the same numbers for a link', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const errors = guard(page);
  await page.goto('/');
  await waitForFullRun(page);
  await enter(page, 'Name', 'Checked against the CLI');
  await enter(page, 'Seed', '4242');
  await waitForFullRun(page);
  const share = page.getByRole('group', { name: 'Share this scenario' });
  await share.getByRole('button', { name: 'Copy share link' }).click();
  const link = await share.getByLabel('Share link').inputValue();

  // The app's results (the command line's JSON format) and the command line's, for the same link: once
  // the analyses are in, with what the recommendation hinges on, as `--sensitivity` gives it.
  await expect(page.locator('[data-reruns]')).toBeVisible({ timeout: 90_000 });
  const download = page.waitForEvent('download');
  await importExport(page).getByRole('button', { name: 'Export results (JSON)' }).click();
  const appJson = readFileSync(await (await download).path(), 'utf8');
  const cli = await runCli(['--link', link, '--sensitivity'], { readFile: () => '' });
  expect(cli.code).toBe(0);
  expect(cli.stdout).toBe(appJson);

  // Cut short and single characters changed, spread over the whole link: never another scenario.
  const body = link.slice(link.indexOf('#s=') + 3);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
  const variants: string[] = [];
  for (const at of [0, 1, 2, 5, 17, 64, 200, body.length - 2, body.length - 1]) {
    const old = body.charAt(at);
    const replacement = alphabet.charAt((alphabet.indexOf(old) + 7) % alphabet.length);
    variants.push(`${body.slice(0, at)}${replacement}${body.slice(at + 1)}`);
  }
  for (const length of [0, 3, 40, Math.floor(body.length / 2), body.length - 1])
    variants.push(body.slice(0, length));
  // Someone else, with nothing saved, opens each.
  const context = await browser.newContext();
  const other = await context.newPage();
  guard(other);
  await other.goto('/');
  for (const variant of variants) {
    await other.evaluate((hash) => {
      location.hash = hash;
    }, `#s=${variant}`);
    await expect(importExport(other).getByRole('alert')).toContainText(
      /^(This link|The scenario in this link)/,
    );
    await expect(nameField(other)).toHaveValue('E-commerce checkout');
    await expect(library(other).getByRole('listitem')).toHaveCount(1);
  }
  await context.close();
  expect(errors).toEqual([]);
});

test('storage full, then freed: the planner says so, keeps the work, and saves again', async ({ page }) => {
  await page.goto('/');
  await waitForFullRun(page);
  // Fill this origin's storage to the last character.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 0; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
  await enter(page, 'Name', 'Kept while full');
  const alerts = page.locator('.library-alerts');
  await expect(alerts).toContainText('This browser’s storage for the planner is full');
  await expect(nameField(page)).toHaveValue('Kept while full');

  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await alerts.getByRole('button', { name: 'Try again' }).click();
  await expect(alerts).not.toContainText('storage for the planner is full');
  await page.reload();
  await waitForFullRun(page);
  await expect(nameField(page)).toHaveValue('Kept while full');
});

test('a corrupted or a newer stored library is set aside with a message, and the planner works', async ({
  page,
}) => {
  const seed = async (text: string) => {
    await page.evaluate((value) => {
      localStorage.clear();
      localStorage.setItem('ha-planner:library', value);
    }, text);
    await page.reload();
    await waitForFullRun(page);
  };
  await page.goto('/');
  await waitForFullRun(page);
  const alerts = page.locator('.library-alerts');

  await seed('{"state": {"entries": [ broken');
  await expect(alerts).toContainText('Your saved scenarios could not be read');
  await expect(alerts).toContainText('ha-planner:library:set-aside');
  expect(await page.evaluate(() => localStorage.getItem('ha-planner:library:set-aside'))).toContain(
    '{\\"state\\": {\\"entries\\": [ broken',
  );
  await expect(recommendationCard(page)).toBeVisible();

  await seed(JSON.stringify({ state: { entries: [] }, version: 99 }));
  await expect(alerts).toContainText('saved by a newer version of HA Planner (library version 99');
  await expect(recommendationCard(page)).toBeVisible();
});

/** A 16×16 PNG, whole, and the same cut short and with one byte changed. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAIklEQVR42mOQ9bsBR/+RAC5xhkGogRhFyOKDUcNoPAwKDQDWUCAfvm6rdgAAAABJRU5ErkJggg==',
  'base64',
);
const HOSTILE_SVG = `<?xml-stylesheet href="http://evil.example/a.css"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 20" onload="window.pwned=1">
  <style>@import url(http://evil.example/b.css); .a { fill: url(http://evil.example/c.svg#g) }</style>
  <script>window.pwned = 2</script>
  <rect class="a" width="20" height="20" onclick="window.pwned=3" style="stroke: #00c"/>
  <a href="javascript:window.pwned=4"><circle cx="30" cy="10" r="8" fill="#c00"/></a>
  <image href="http://evil.example/e.png" width="5" height="5"/>
  <foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://evil.example/g"/></foreignObject>
</svg>`;

test('broken and hostile logos: messages in words, nothing runs, no policy violation, no request elsewhere', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = guard(page);
  await watchPolicy(page);
  const requests = watchRequests(page);
  // What the page's XML parser is given: never the hostile text.
  await page.addInitScript(() => {
    const parsed: string[] = [];
    (window as unknown as { parsedMarkup: string[] }).parsedMarkup = parsed;
    const original = DOMParser.prototype.parseFromString;
    DOMParser.prototype.parseFromString = function (text: string, type: DOMParserSupportedType) {
      parsed.push(text);
      return original.call(this, text, type);
    };
  });
  await page.goto('/');
  await waitForFullRun(page);
  await page.getByRole('button', { name: 'Export proposal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export proposal' });
  await dialog.getByLabel('Client name').fill('Hostile logos');
  const logo = dialog.getByLabel('Logo (optional)');

  await logo.setInputFiles({ name: 'cut.png', mimeType: 'image/png', buffer: PNG.subarray(0, 50) });
  await expect(dialog.getByRole('alert')).toHaveText(
    '“cut.png” is damaged: it ends in the middle of a part (it may have been cut off). Save the logo again, or choose another file.',
  );
  const changed = Buffer.from(PNG);
  changed[60]! ^= 0xff;
  await logo.setInputFiles({ name: 'changed.png', mimeType: 'image/png', buffer: changed });
  await expect(dialog.getByRole('alert')).toContainText(
    '“changed.png” is damaged: its IDAT part does not match',
  );
  await expect(dialog.getByRole('alert')).not.toContainText('DataView');

  await logo.setInputFiles({
    name: 'hostile.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(HOSTILE_SVG),
  });
  await expect(dialog.getByText('hostile.svg')).toBeVisible();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Download PDF' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

  const parsed = await page.evaluate(() => (window as unknown as { parsedMarkup: string[] }).parsedMarkup);
  for (const text of parsed) expect(text).not.toMatch(/onload|onclick|<script|evil\.example|javascript:/);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await violations(page)).toEqual([]);
  expect(offHost(requests)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a sweep of the built app: no policy violation and no request to another host, anywhere', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = guard(page);
  await watchPolicy(page);
  const requests = watchRequests(page);
  await page.goto('/');
  await waitForFullRun(page);

  // Every panel open, outer ones first.
  const closed = page.locator('details:not([open]) > summary:visible');
  while ((await closed.count()) > 0) await closed.first().click();
  // Every preset.
  const picker = page.getByLabel('Preset scenario');
  await expect(picker).toBeEnabled();
  for (const option of await picker.locator('option').all()) {
    const value = await option.getAttribute('value');
    if (!value) continue;
    await picker.selectOption(value);
    await page.getByRole('button', { name: 'Load preset' }).click();
    await waitForFullRun(page);
  }
  // The library, a comparison, a share link, the exports and the proposal.
  await page.getByRole('button', { name: 'New scenario' }).click();
  await waitForFullRun(page);
  const compare = page.getByRole('region', { name: 'Compare scenarios' });
  for (const box of (await compare.getByRole('checkbox').all()).slice(0, 2)) await box.check();
  await expect(compare.getByRole('status').first()).toHaveText(/scenarios simulated in full/, {
    timeout: 90_000,
  });
  const share = page.getByRole('group', { name: 'Share this scenario' });
  await share.getByRole('button', { name: 'Copy share link' }).click();
  for (const name of ['Export scenario (JSON)', 'Export results (CSV)', 'Export results (JSON)']) {
    const download = page.waitForEvent('download');
    await importExport(page).getByRole('button', { name }).click();
    await download;
  }
  await page.getByRole('button', { name: 'Export proposal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export proposal' });
  await dialog.getByLabel('Client name').fill('Sweep');
  const pdf = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Download PDF' }).click();
  await pdf;
  await page.keyboard.press('Escape');

  expect(await violations(page)).toEqual([]);
  expect(offHost(requests)).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
