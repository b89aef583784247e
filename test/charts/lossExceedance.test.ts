import { describe, expect, it } from 'vitest';
import { lossExceedanceData } from '../../src/charts/data/lossExceedance';
import { fixtureResult, fixtureScenario } from './fixtures';

describe('lossExceedanceData', () => {
  const data = lossExceedanceData(fixtureResult(), fixtureScenario());

  it('uses a log axis of whole decades in the scenario currency', () => {
    // Smallest positive loss 2,000, largest 2,000,000.
    expect(data.domain).toEqual([1000, 10_000_000]);
    expect(data.currency).toBe('USD');
  });

  it('starts each curve at P(loss > 0) and never rises', () => {
    for (const curve of data.curves) {
      expect(curve.start).toBe(curve.anyLoss);
      let p = curve.start;
      let x = data.domain[0];
      for (const point of curve.points) {
        expect(point.x).toBeGreaterThan(x);
        expect(point.p).toBeLessThanOrEqual(p);
        x = point.x;
        p = point.p;
      }
    }
    expect(data.curves.map((c) => c.anyLoss)).toEqual([0.6, 0.5, 0.5, 0.5, 0.5]);
  });

  it('reads each pattern at the keyboard stops', () => {
    const at = (x: number) => data.probes.find((p) => p.x === x)!.values.map((v) => v.p);
    expect(at(1000)).toEqual([0.6, 0.5, 0.5, 0.5, 0.5]);
    expect(at(2000)).toEqual([0.6, 0.5, 0.5, 0.5, 0.2]);
    expect(at(200_000)).toEqual([0.4, 0.02, 0.02, 0.02, 0]);
    for (let i = 1; i < data.probes.length; i++) {
      data.probes[i]!.values.forEach((v, k) =>
        expect(v.p).toBeLessThanOrEqual(data.probes[i - 1]!.values[k]!.p),
      );
    }
  });
});
