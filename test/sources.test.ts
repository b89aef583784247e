import { describe, expect, it } from 'vitest';
import { benchmarkSet } from '../models/catalogue/index';
import { distributionTable } from '../models/engine/index';
import { scenarioSources } from '../models/sources';
import { formatAssumption } from '../src/format/assumptions';
import { scenarioWith } from './helpers';

describe('sources of a scenario', () => {
  it('lists every figure behind the distributions it uses, each once, with what it is used for', () => {
    const s = scenarioWith({});
    const { figures } = scenarioSources(s);
    const ids = figures.map((f) => f.figure.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of Object.values(distributionTable(s))) {
      for (const id of entry!.figures) expect(ids).toContain(id);
    }
    for (const f of figures) expect(f.usedFor.length).toBeGreaterThan(0);
    expect(ids).toContain('DT-1'); // the default downtime cost is Gartner's
  });

  it("cites the article's 6–10x, which says it has no public source, and nothing unverified", () => {
    const s = scenarioWith({ benchmarkSet: 'article', technology: benchmarkSet('article').defaults });
    const { figures } = scenarioSources(s);
    expect(figures.find((f) => f.figure.id === 'ART-9')?.figure.note).toMatch(/No public source/);
    for (const f of figures) expect(f.figure.confidence).not.toBe('UNVERIFIED');
  });

  it('lists the costs, maintenance, efforts and regional outage behind the numbers', () => {
    const { assumptions, figures } = scenarioSources(scenarioWith({}));
    const labels = assumptions.map((a) => a.label);
    expect(labels).toContain('How long a regional outage lasts');
    expect(labels.some((l) => l.startsWith('One-off effort for'))).toBe(true);
    expect(labels.some((l) => l.startsWith('Planned maintenance of'))).toBe(true);
    expect(figures.map((f) => f.figure.id)).toContain('FR-5');
    const outage = assumptions.find((a) => a.label === 'How long a regional outage lasts')!;
    expect(formatAssumption(outage.value)).toBe(
      'lognormal, median 114 min, 95th percentile 21.8 h (at most 30 days)',
    );
  });

  it('labels overrides and unsourced values as assumptions', () => {
    const s = scenarioWith({ overrides: { 'recovery.manualFailover': { min: 60, mode: 120, max: 600 } } });
    const { assumptions } = scenarioSources(s);
    const override = assumptions.find((a) => a.label.includes('Promote the standby by hand'));
    expect(override?.note).toMatch(/override/);
    expect(assumptions.map((a) => a.label)).toContain('Failure rates (incidents per year)');
  });

  it('words every assumption with units', () => {
    const { assumptions } = scenarioSources(scenarioWith({}));
    for (const a of assumptions) expect(formatAssumption(a.value).length, a.label).toBeGreaterThan(0);
    const manual = assumptions.find((a) => a.label === 'Chance automation falls to people')!;
    expect(formatAssumption(manual.value)).toBe(
      '1% right after a drill, growing to 15% untested (time constant 1.5 years); 2.1% on average with 4 drills a year',
    );
  });
});
