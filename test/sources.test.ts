import { describe, expect, it } from 'vitest';
import { benchmarkSet } from '../models/catalogue/index';
import { distributionTable } from '../models/engine/index';
import { scenarioSources } from '../models/sources';
import { describeDist } from '../models/text';
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

  it("carries the article set's caveat that 6–10x has no public source", () => {
    const s = scenarioWith({ benchmarkSet: 'article', technology: benchmarkSet('article').defaults });
    const { caveats, figures } = scenarioSources(s);
    expect(caveats.join(' ')).toMatch(/No public source found for 6–10x/);
    expect(figures.find((f) => f.figure.id === 'COST-6')?.figure.confidence).toBe('UNVERIFIED');
  });

  it('labels overrides and unsourced values as assumptions', () => {
    const s = scenarioWith({ overrides: { 'recovery.manualFailover': { min: 60, mode: 120, max: 600 } } });
    const { assumptions } = scenarioSources(s);
    const override = assumptions.find((a) => a.label.includes('Promote the standby by hand'));
    expect(override?.note).toMatch(/override/);
    expect(assumptions.map((a) => a.label)).toContain('Failure rates (incidents per year)');
  });

  it('describes distributions in words with units', () => {
    expect(describeDist({ kind: 'uniform', min: 20, max: 30 })).toBe('uniform 20 s – 30 s');
    expect(describeDist({ kind: 'triangular', min: 30, mode: 60, max: 300 })).toBe(
      '30 s / 60 s / 5 min (least / most likely / greatest)',
    );
  });
});
