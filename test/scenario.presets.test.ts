import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioJson } from '../models/scenario/validate';
import { DEFAULT_SCENARIO } from '../models/scenario/defaults';
import { benchmarkSet } from '../models/catalogue/index';
import { patternEconomics } from '../models/engine/costs';
import { PATTERN_IDS } from '../models/types';
import type { Scenario } from '../models/types';

const dir = (file = '') => fileURLToPath(new URL(`../public/scenarios/${file}`, import.meta.url));
const files = readdirSync(dir())
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort();

interface IndexEntry {
  id: string;
  file: string;
  name: string;
  description: string;
}
const index = JSON.parse(readFileSync(dir('index.json'), 'utf8')) as IndexEntry[];

function preset(file: string): Scenario {
  const result = parseScenarioJson(readFileSync(dir(file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.errors.join('; ')}`);
  return result.scenario;
}

describe('preset scenarios', () => {
  it('there are at least four', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s is a full, valid scenario with no warnings', (file) => {
    const text = readFileSync(dir(file), 'utf8');
    const result = parseScenarioJson(text);
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
    // Full: every field is written out, so the file reads the same whatever the defaults become.
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(Object.keys(DEFAULT_SCENARIO).sort());
    if (result.ok) expect(JSON.parse(text)).toEqual(result.scenario);
  });

  it.each(files)('%s has a one-sentence description', (file) => {
    expect(preset(file).description).toMatch(/^[A-Z][^.!?]*(?:\.[^ ][^.!?]*)*\.$/);
  });

  it('index.json lists exactly the files present, checkout first, with their names and descriptions', () => {
    expect(index.map((e) => e.file).sort()).toEqual(files);
    expect(index[0]?.id).toBe('ecommerce-checkout');
    for (const entry of index) {
      const s = preset(entry.file);
      expect(entry).toEqual({
        id: entry.file.replace(/\.json$/, ''),
        file: entry.file,
        name: s.name,
        description: s.description,
      });
    }
  });
});

describe('what each preset models', () => {
  it('ecommerce-checkout is the default scenario', () => {
    expect(preset('ecommerce-checkout.json')).toEqual(DEFAULT_SCENARIO);
  });

  it('payments-ledger accepts no data loss, costs more per minute down and has a bigger budget', () => {
    const s = preset('payments-ledger.json');
    expect(s.targets.rpoSeconds).toBe(0);
    expect(s.business.downtimeCostPerMinute).toBeGreaterThan(DEFAULT_SCENARIO.business.downtimeCostPerMinute);
    expect(s.costs.monthlyBudget).toBeGreaterThan(DEFAULT_SCENARIO.costs.monthlyBudget);
  });

  it('b2b-saas sits between the internal tool and the checkout', () => {
    const saas = preset('b2b-saas.json').business.downtimeCostPerMinute;
    expect(saas).toBeLessThan(DEFAULT_SCENARIO.business.downtimeCostPerMinute);
    expect(saas).toBeGreaterThan(preset('internal-tool.json').business.downtimeCostPerMinute);
  });

  it('internal-tool can afford only the single node', () => {
    const s = preset('internal-tool.json');
    expect(patternEconomics(s, 'single-node').monthly.expected).toBeLessThanOrEqual(s.costs.monthlyBudget);
    for (const pattern of PATTERN_IDS.filter((p) => p !== 'single-node')) {
      expect(patternEconomics(s, pattern).monthly.expected, pattern).toBeGreaterThan(s.costs.monthlyBudget);
    }
  });

  it('global-gaming runs on the article benchmark set', () => {
    const s = preset('global-gaming.json');
    expect(s.benchmarkSet).toBe('article');
    for (const slot of [
      'activePassiveAsync',
      'activePassiveSync',
      'activePassiveDr',
      'activeActive',
    ] as const) {
      expect(benchmarkSet('article').technologies).toContain(s.technology[slot]);
    }
  });
});
