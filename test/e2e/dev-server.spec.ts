import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';

/**
 * `npm start` serves the app with the built app's Content-Security-Policy plus only what hot reload needs
 * (a nonce for the scripts and styles the dev server writes into the page): the app runs and hot reload
 * connects without one violation, and a script without the nonce is refused.
 */
let server: ChildProcess | null = null;
let origin = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Port 0: the system picks a free port, so runs side by side never collide.
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', '0', '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the dev server did not start:\n${out}`)), 60_000);
    server!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // eslint-disable-next-line no-control-regex -- the log is coloured with escape sequences
      const url = /Local:\s+(http:\/\/localhost:\d+)/.exec(out.replace(/\u001b\[[0-9;]*m/g, ''))?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    server!.on('exit', (code) => reject(new Error(`the dev server exited (${code}):\n${out}`)));
  });
});

test.afterAll(() => {
  server?.kill();
});

test('the dev server sends the policy, and the app and hot reload run under it without a violation', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const html = await (await request.get(`${origin}/`)).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const nonce = /'nonce-([A-Za-z0-9_-]+)'/.exec(policy)?.[1] ?? '';
  expect(nonce).not.toBe('');
  // The built app's policy, with the nonce as the only addition.
  expect(policy).toBe(
    "default-src 'self'; " +
      `script-src 'self' 'nonce-${nonce}'; worker-src 'self'; style-src 'self' 'nonce-${nonce}'; ` +
      "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
  );
  // The policy comes before the first script it governs.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));

  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  await page.goto(`${origin}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'HA Planner' })).toBeVisible();
  await expect(page.locator('.run-status[data-run-kind="full"]:not([aria-busy="true"])')).toBeVisible({
    timeout: 90_000,
  });
  await expect.poll(() => logs.some((line) => line.includes('[vite] connected.'))).toBe(true);
  // The styles the dev server inserts apply (they carry the nonce).
  const radius = await page
    .locator('.card')
    .first()
    .evaluate((el) => getComputedStyle(el).borderRadius);
  expect(radius).not.toBe('0px');
  expect(await violations()).toEqual([]);

  // Anything else inline is refused.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
  });
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
