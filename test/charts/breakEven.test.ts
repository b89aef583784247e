import { describe, expect, it } from 'vitest';
import { costLine, totalAtDowntimeCost } from '../../models/engine/breakEven';
import type { PatternResult } from '../../models/types';
import { LINE_SAMPLES, breakEvenData } from '../../src/charts/data/breakEven';
import { fixtureResult, fixtureScenario } from './fixtures';

/** A pattern's expected annual total at downtime cost c, as the chart draws it (3 years, factor 0.25). */
const total = (p: PatternResult, c: number) => totalAtDowntimeCost(costLine(p, 3, 0.25), c);

describe('breakEvenData', () => {
  const result = fixtureResult();
  const data = breakEvenData(result, fixtureScenario());

  it('runs from 0 to the wider of 3 × the scenario cost and 1.5 × the last crossing', () => {
    // max(3 × 1,000, 1.5 × 23,500 / 8) = 4,406.25.
    expect(data.domain[0]).toBe(0);
    expect(data.domain[1]).toBeCloseTo(4406.25, 3);
    expect(data.symlogConstant).toBe(1);
  });

  it('draws each line from totalAtDowntimeCost at enough points, through every mark', () => {
    data.lines.forEach((line, i) => {
      expect(line.points.length).toBeGreaterThanOrEqual(LINE_SAMPLES);
      expect(line.points.length).toBeLessThanOrEqual(LINE_SAMPLES + 11);
      expect(line.points[0]).toEqual({ x: 0, y: total(result.patterns[i]!, 0) });
      expect(line.points.at(-1)!.x).toBe(data.domain[1]);
      for (const p of line.points) expect(p.y).toBeCloseTo(total(result.patterns[i]!, p.x), 6);
      for (let k = 1; k < line.points.length; k++)
        expect(line.points[k]!.x).toBeGreaterThan(line.points[k - 1]!.x);
      expect(line.points.some((p) => p.x === 1000)).toBe(true);
    });
    // Single node at x = 0: 24,000 infrastructure + 6,000 data loss.
    expect(data.lines[0]!.points[0]!.y).toBe(30_000);
  });

  it('labels the crossings result.breakEven reports, where the lines meet', () => {
    expect(data.crossings.map((c) => [c.from, c.to])).toEqual([
      ['single-node', 'active-passive-async'],
      ['single-node', 'active-passive-sync'],
      ['single-node', 'active-passive-dr'],
      ['single-node', 'active-active'],
      ['active-passive-sync', 'active-passive-dr'],
      ['active-passive-async', 'active-passive-dr'],
      ['active-passive-sync', 'active-active'],
      ['active-passive-async', 'active-active'],
      ['active-passive-dr', 'active-active'],
    ]);
    expect(data.crossings.map((c) => c.x)).toEqual(
      [237.5, 285, 42_500 / 90, 66_000 / 98, 1970, 2350, 2400, 47_000 / 18, 2937.5].map((x) =>
        expect.closeTo(x, 9),
      ),
    );
    const byId = new Map(result.patterns.map((p) => [p.id, p]));
    for (const c of data.crossings) {
      const a = total(byId.get(c.from)!, c.x);
      const b = total(byId.get(c.to)!, c.x);
      expect(Math.abs(a - b)).toBeLessThan(1e-6 * a);
      expect(c.y).toBeCloseTo(a, 6);
      // The sampled lines pass through the crossing, so the drawn lines meet at the mark.
      const from = data.lines.find((l) => l.id === c.from)!.points.find((p) => p.x === c.x)!;
      const to = data.lines.find((l) => l.id === c.to)!.points.find((p) => p.x === c.x)!;
      expect(from.y).toBeCloseTo(to.y, 6);
    }
    // The parallel async/sync pair has no crossing.
    expect(result.breakEven.some((b) => b.downtimeCostPerMinute === null)).toBe(true);
    expect(data.crossings).toHaveLength(9);
  });

  it('keeps a small range when there is neither a downtime cost nor a crossing', () => {
    const result = fixtureResult({ breakEven: [] });
    const scenario = fixtureScenario();
    scenario.business.downtimeCostPerMinute = 0;
    const d = breakEvenData(result, scenario);
    expect(d.domain).toEqual([0, 100]);
    expect(d.crossings).toEqual([]);
    expect(d.lines[0]!.points.at(-1)!.x).toBe(100);
  });

  it('leaves out crossings beyond the range', () => {
    const far = fixtureResult();
    far.breakEven = [
      {
        from: 'single-node',
        to: 'active-active',
        downtimeCostPerMinute: 1e9,
        resolved: true,
        interval: null,
      },
    ];
    const d = breakEvenData(far, fixtureScenario());
    // 1.5 × 1e9 sets the range, so the crossing is inside; one at a negative cost never is.
    expect(d.crossings).toHaveLength(1);
    far.breakEven = [
      { from: 'single-node', to: 'active-active', downtimeCostPerMinute: -5, resolved: true, interval: null },
    ];
    expect(breakEvenData(far, fixtureScenario()).crossings).toHaveLength(0);
  });

  it("marks the scenario's downtime cost with every pattern's total there", () => {
    expect(data.scenarioCost).toBe(1000);
    expect(data.atScenarioCost).toEqual([
      { id: 'single-node', y: 130_000 },
      { id: 'active-passive-async', y: 69_000 },
      { id: 'active-passive-sync', y: 72_800 },
      { id: 'active-passive-dr', y: 82_500 },
      { id: 'active-active', y: 98_000 },
    ]);
    expect(data.probes.some((p) => p.x === 1000)).toBe(true);
    expect(data.yMax).toBeCloseTo(30_000 + 100 * data.domain[1], 6);
  });

  it('uses a log y axis when the totals span more than ten times', () => {
    // From 30,000 (single node at 0/min) to 421,667 (single node at the right end).
    expect(data.yScale).toBe('log');
    expect(data.yDomain).toEqual([20_000, 500_000]);
    const flat = fixtureResult();
    for (const p of flat.patterns) p.annualDowntimeMinutes = { ...p.annualDowntimeMinutes, mean: 0.1 };
    const linear = breakEvenData(flat, fixtureScenario());
    expect(linear.yScale).toBe('linear');
    expect(linear.yDomain[0]).toBe(0);
  });
});
