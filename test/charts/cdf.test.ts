import { describe, expect, it } from 'vitest';
import type { CdfChartData } from '../../src/charts/data/cdf';
import { RPO_FLOOR_SECONDS, rpoCdfData } from '../../src/charts/data/rpoCdf';
import { rtoCdfData } from '../../src/charts/data/rtoCdf';
import { fixtureResult, fixtureScenario } from './fixtures';

function expectMonotone(data: CdfChartData) {
  for (const curve of data.curves) {
    let x = data.domain[0];
    let p = curve.start;
    for (const point of curve.points) {
      expect(point.x).toBeGreaterThan(x);
      expect(point.p).toBeGreaterThanOrEqual(p);
      x = point.x;
      p = point.p;
    }
    expect(x).toBeLessThanOrEqual(data.domain[1]);
  }
  for (const probe of data.probes) {
    for (const { p } of probe.values) expect(p >= 0 && p <= 1).toBe(true);
  }
  expect(data.probes.map((p) => p.x)).toEqual([...data.probes.map((p) => p.x)].sort((a, b) => a - b));
}

describe('rtoCdfData', () => {
  const data = rtoCdfData(fixtureResult(), fixtureScenario());

  it('spans whole decades from the shortest to the longest outage', () => {
    // Shortest positive outage 5 s, longest 3,600 s.
    expect(data.domain).toEqual([1, 10_000]);
    expectMonotone(data);
  });

  it('marks the RTO target and the confidence level', () => {
    expect(data.target).toEqual({ seconds: 60, x: 60 });
    expect(data.confidence).toBe(0.95);
    const atTarget = data.probes.find((p) => p.x === 60)!;
    // Levels of the last point at or below 60 s.
    expect(atTarget.values).toEqual([
      { id: 'single-node', p: 0.1 },
      { id: 'active-passive-async', p: 0.9 },
      { id: 'active-passive-sync', p: 0.92 },
      { id: 'active-passive-dr', p: 0.93 },
      { id: 'active-active', p: 0.98 },
    ]);
  });

  it('starts a curve at P(X = 0) when some incidents have no outage', () => {
    const aa = data.curves.find((c) => c.id === 'active-active')!;
    expect(aa.start).toBe(0.2);
    expect(aa.zeroShare).toBe(0.2);
    expect(aa.points[0]).toEqual({ x: 5, p: 0.5 });
    const single = data.curves.find((c) => c.id === 'single-node')!;
    expect(single.start).toBe(0);
    expect(single.points).toHaveLength(3);
  });
});

describe('a pattern without incidents', () => {
  it('draws nothing for it and leaves it out of the read-outs', () => {
    const result = fixtureResult();
    result.patterns[0]!.curves.rto = [];
    const data = rtoCdfData(result, fixtureScenario());
    expect(data.curves[0]!.empty).toBe(true);
    for (const probe of data.probes) expect(probe.values.map((v) => v.id)).not.toContain('single-node');
  });
});

describe('rpoCdfData', () => {
  const data = rpoCdfData(fixtureResult(), fixtureScenario());

  it('starts at the 0.01 s floor and ends on a whole decade', () => {
    expect(RPO_FLOOR_SECONDS).toBe(0.01);
    expect(data.domain).toEqual([0.01, 10_000]);
    expectMonotone(data);
  });

  it('folds everything at or below the floor into the starting level', () => {
    const byId = Object.fromEntries(data.curves.map((c) => [c.id, c]));
    // Async: 5% lose ≤ 1 ms and 20% ≤ 5 ms, both below the floor: the curve opens at 20%.
    expect(byId['active-passive-async']!.start).toBe(0.2);
    expect(byId['active-passive-async']!.zeroShare).toBe(0);
    expect(byId['active-passive-async']!.points[0]).toEqual({ x: 0.5, p: 0.9 });
    // Single node loses nothing in 70% of incidents.
    expect(byId['single-node']!.start).toBe(0.7);
    expect(byId['single-node']!.zeroShare).toBe(0.7);
    // Active-active never loses data: a flat line at 100%, not an empty chart.
    expect(byId['active-active']!.start).toBe(1);
    expect(byId['active-active']!.points).toEqual([]);
    expect(byId['active-active']!.empty).toBe(false);
  });

  it('marks the RPO target, or the floor when the target is 0 s', () => {
    expect(data.target).toEqual({ seconds: 5, x: 5 });
    const zero = rpoCdfData(fixtureResult(), fixtureScenario({ rpoSeconds: 0 }));
    expect(zero.target).toEqual({ seconds: 0, x: 0.01 });
    expect(zero.probes[0]!.x).toBe(0.01);
  });
});
