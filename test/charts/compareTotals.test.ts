import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../models/types';
import { compareTotalsData, type ComparedResult } from '../../src/charts/data/compareTotals';
import { keyFigureRows } from '../../src/components/library/compareFigures';
import { fixtureResult } from './fixtures';

/** The fixture with every expected horizon total multiplied by `factor`, and the recommendation moved. */
function scaled(factor: number, pattern: SimulationResult['recommendation']['pattern']): SimulationResult {
  const base = fixtureResult();
  return {
    ...base,
    seed: 7,
    recommendation: { ...base.recommendation, pattern, feasible: pattern !== 'single-node' },
    patterns: base.patterns.map((p) => ({
      ...p,
      horizonTotalCost: { ...p.horizonTotalCost, mean: p.horizonTotalCost.mean * factor },
    })),
  };
}

const item = (key: string, name: string, result: SimulationResult, currency = 'USD'): ComparedResult => ({
  key,
  name,
  currency,
  result,
});

// The fixture's expected cost per year (its horizon total over 3 years, no one-off cost: infrastructure +
// downtime minutes × 1,000 + data loss):
const TOTALS = {
  'single-node': 24_000 + 100_000 + 6000,
  'active-active': 96_000 + 2000 + 0,
};

describe('compareTotalsData', () => {
  const a = item('a', 'Option A', fixtureResult());
  const b = item('b', 'Option B', scaled(2, 'active-passive-async'));

  it('puts every pattern on the axis with one bar per scenario, in the order picked', () => {
    const data = compareTotalsData([a, b]);
    expect(data.groups.map((g) => g.id)).toEqual([
      'single-node',
      'active-passive-async',
      'active-passive-sync',
      'active-passive-dr',
      'active-active',
    ]);
    expect(data.groups[0]?.name).toBe('Single node (baseline)');
    for (const group of data.groups) {
      expect(group.bars.map((bar) => bar.letter)).toEqual(['A', 'B']);
    }
    expect(data.groups[0]?.bars.map((bar) => bar.value)).toEqual([
      TOTALS['single-node'],
      2 * TOTALS['single-node'],
    ]);
    expect(data.groups[4]?.bars[0]?.value).toBe(TOTALS['active-active']);
  });

  it('names each scenario with a letter and marks its recommended pattern', () => {
    const data = compareTotalsData([a, b]);
    expect(data.series).toEqual([
      { key: 'a', letter: 'A', name: 'Option A', recommended: 'active-active', feasible: true, index: 0 },
      {
        key: 'b',
        letter: 'B',
        name: 'Option B',
        recommended: 'active-passive-async',
        feasible: true,
        index: 1,
      },
    ]);
    const recommended = data.groups.flatMap((g) =>
      g.bars.filter((bar) => bar.recommended).map((bar) => `${bar.letter} ${g.id}`),
    );
    expect(recommended.sort()).toEqual(['A active-active', 'B active-passive-async']);
  });

  it('runs the axis to the largest total, and to 1 when every total is 0', () => {
    expect(compareTotalsData([a, b]).axisMax).toBe(2 * TOTALS['single-node']);
    const zero = scaled(0, 'single-node');
    expect(compareTotalsData([item('z', 'Zero', zero), item('y', 'Zero too', zero)]).axisMax).toBe(1);
  });

  it('gives the shared currency, or none when the scenarios use different ones', () => {
    expect(compareTotalsData([a, b]).currency).toBe('USD');
    expect(compareTotalsData([a, item('e', 'In euros', fixtureResult(), 'EUR')]).currency).toBeNull();
  });

  it('draws at most four scenarios', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((k) => item(k, k, fixtureResult()));
    const data = compareTotalsData(many);
    expect(data.series.map((s) => s.letter)).toEqual(['A', 'B', 'C', 'D']);
    expect(data.groups[0]?.bars).toHaveLength(4);
  });
});

describe('keyFigureRows', () => {
  const rows = keyFigureRows([
    { key: 'a', currency: 'USD', result: fixtureResult() },
    { key: 'b', currency: 'EUR', result: scaled(2, 'single-node') },
  ]);
  const row = (key: string) => rows.find((r) => r.key === key)?.cells;

  it('gives what each scenario recommends, and whether it is feasible', () => {
    expect(row('recommended')).toEqual(['Multi-region active-active', 'Single node (baseline)']);
    expect(row('feasible')).toEqual(['Yes', 'No: the closest architecture is shown']);
  });

  it('gives the cost and service of the recommended pattern, money in each scenario’s currency', () => {
    // Active-active: 96,000 a year of infrastructure is 8,000 a month.
    expect(row('monthly')).toEqual(['$8,000/month', '€2,000/month']);
    expect(row('total')).toEqual(['$294,000 over 3 years', '€780,000 over 3 years']);
    expect(row('availability')?.[0]).toBe('99.9996%');
    expect(row('rto')).toEqual(['15 s', '60 min']);
    expect(row('rpo')).toEqual(['2 s', '2 s']);
  });

  it('gives every pattern’s expected cost per year, the recommended one marked', () => {
    const perPattern = rows.filter((r) => r.perPattern);
    expect(perPattern.map((r) => r.label)).toEqual([
      'Single node (baseline)',
      'Active-passive, async replication',
      'Active-passive, sync replication',
      'In-region HA plus a cross-region standby',
      'Multi-region active-active',
    ]);
    expect(perPattern[0]?.cells).toEqual(['$130,000/yr', '€260,000/yr (recommended)']);
    expect(perPattern[4]?.cells[0]).toBe('$98,000/yr (recommended)');
    expect(row('run')).toEqual(['1,000 · seed 1', '1,000 · seed 7']);
  });
});
