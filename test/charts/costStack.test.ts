import { describe, expect, it } from 'vitest';
import { COST_PARTS, costStackData } from '../../src/charts/data/costStack';
import { fixtureResult, fixtureScenario } from './fixtures';

describe('costStackData', () => {
  const data = costStackData(fixtureResult(), fixtureScenario());

  it('stacks the costs of a year over the horizon end to end, summing to the expected total per year', () => {
    expect(data.bars.map((b) => b.id)).toEqual([
      'single-node',
      'active-passive-async',
      'active-passive-sync',
      'active-passive-dr',
      'active-active',
    ]);
    const result = fixtureResult();
    data.bars.forEach((bar, i) => {
      expect(bar.segments.map((s) => s.part)).toEqual(COST_PARTS);
      expect(bar.segments[0]!.start).toBe(0);
      bar.segments.forEach((s, k) => {
        expect(s.end - s.start).toBeCloseTo(s.value, 9);
        if (k > 0) expect(s.start).toBe(bar.segments[k - 1]!.end);
      });
      expect(bar.total).toBe(bar.segments.at(-1)!.end);
      expect(bar.total).toBeCloseTo(result.patterns[i]!.horizonTotalCost.mean / result.horizonYears, 6);
    });
    // single node: 24,000 + no one-off + no maintenance + 100 min × 1,000/min + 6,000.
    expect(data.bars[0]!.total).toBe(130_000);
    expect(data.bars[0]!.segments.map((s) => s.value)).toEqual([24_000, 0, 0, 100_000, 6000]);
  });

  it('draws the budget as 12 × the monthly budget, a limit on infrastructure', () => {
    expect(data.budgetPerYear).toBe(120_000);
    expect(data.budgetLabel).toBe('Infrastructure budget (12 × monthly)');
    expect(data.bars.map((b) => b.overBudget)).toEqual(fixtureResult().patterns.map((p) => !p.withinBudget));
    expect(data.currency).toBe('USD');
  });

  it('keeps whiskers within twice the largest bar and cuts the rest', () => {
    // Largest of bars and budget: 130,000; P95s up to 260,000 fit, single node's 1,000,000 does not.
    expect(data.axisMax).toBe(160_000);
    expect(data.bars.map((b) => b.p95)).toEqual([1_000_000, 150_000, 160_000, 130_000, 110_000]);
    expect(data.bars.map((b) => b.p95Clipped)).toEqual([true, false, false, false, false]);
  });

  it('marks the recommended pattern and uses the app names', () => {
    expect(data.bars.filter((b) => b.recommended).map((b) => b.id)).toEqual(['active-active']);
    expect(data.bars[1]!.name).toBe('Active-passive, async replication');
  });
});
