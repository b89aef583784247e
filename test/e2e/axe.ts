import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ElementContext } from 'axe-core';

/**
 * Accessibility scans with axe-core itself, put into the page by the test. The script is evaluated through
 * the browser's debugging protocol rather than added as a <script> element: the app's Content-Security-Policy
 * allows no inline script, and a scan must not need a weaker policy than the one people get.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What a failed scan shows: the rule, its impact, what it asks for and the elements that break it. */
export interface Violation {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * The violations axe finds on the page as it is now, in the whole document or only within `include`
 * (CSS selectors). An empty list is a clean scan.
 */
export async function accessibilityViolations(page: Page, include?: readonly string[]): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async (selectors) => {
      const { axe } = window as unknown as { axe: { run: (c: ElementContext) => Promise<AxeResults> } };
      const context: ElementContext = selectors ? { include: selectors.map((s) => [s]) } : document;
      const results = await axe.run(context);
      return results.violations;
    },
    include ? [...include] : null,
  );
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? null,
    help: v.help,
    targets: v.nodes.map((node) => node.target.join(' ')),
  }));
}
