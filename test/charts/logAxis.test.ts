import { describe, expect, it } from 'vitest';
import {
  decadeCeil,
  decadeDomain,
  decadeFloor,
  decadeTicks,
  durationTicks,
  logStops,
  stepCeil,
  stepFloor,
} from '../../src/charts/data/logAxis';
import { levelAt, stepCurve } from '../../src/charts/data/stepCurve';

describe('log axis helpers', () => {
  it('rounds to whole decades, exactly at powers of ten', () => {
    expect(decadeFloor(1000)).toBe(1000);
    expect(decadeCeil(1000)).toBe(1000);
    expect(decadeFloor(999)).toBe(100);
    expect(decadeCeil(1001)).toBe(10_000);
    expect(decadeFloor(0.05)).toBe(0.01);
    expect(decadeDomain([0, 3, 45_056], [1, 10])).toEqual([1, 100_000]);
    expect(decadeDomain([0], [1, 10])).toEqual([1, 10]);
    expect(decadeDomain([100], [1, 10])).toEqual([100, 1000]);
  });

  it('stays finite and short for values at the edges of what a double holds', () => {
    expect(decadeFloor(5e-324)).toBe(1e-300);
    expect(decadeCeil(Number.MAX_VALUE)).toBe(1e300);
    expect(decadeDomain([5e-324, 1], [1, 10])).toEqual([1e-300, 1]);
    expect(decadeTicks(0, 1e-299)).toEqual([1e-300, 1e-299]);
    expect(logStops(5e-324, 1e-300)).toEqual([1e-300]);
    expect(stepFloor(5e-324)).toBe(1e-300);
  });

  it('gives decade ticks and 1-2-5 stops', () => {
    expect(decadeTicks(0.01, 10)).toEqual([0.01, 0.1, 1, 10]);
    expect(logStops(0.01, 1)).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
    expect(logStops(10, 100)).toEqual([10, 20, 50, 100]);
    expect([stepFloor(66_264), stepCeil(66_264)]).toEqual([50_000, 100_000]);
    expect([stepFloor(1_660_000), stepCeil(1_660_000)]).toEqual([1_000_000, 2_000_000]);
    expect([stepFloor(200), stepCeil(200)]).toEqual([200, 200]);
  });
});

describe('stepCurve', () => {
  const points = [
    { x: 0, p: 0.3 },
    { x: 0.004, p: 0.4 },
    { x: 2, p: 0.8 },
    { x: 30, p: 1 },
  ];

  it('folds points at or below the left edge into the starting level', () => {
    expect(stepCurve(points, 0.01, 0)).toEqual({ start: 0.4, points: points.slice(2) });
    expect(stepCurve(points.slice(2), 0.01, 0).start).toBe(0);
    expect(stepCurve(points.slice(2), 0.01, 1).start).toBe(1);
  });

  it('reads the level of the last point at or below x', () => {
    const curve = stepCurve(points, 0.01, 0);
    expect(levelAt(curve, 0.01)).toBe(0.4);
    expect(levelAt(curve, 1.99)).toBe(0.4);
    expect(levelAt(curve, 2)).toBe(0.8);
    expect(levelAt(curve, 1000)).toBe(1);
  });
});

describe('duration axis', () => {
  it('ticks at durations a person names: powers of ten of seconds, a minute, ten, an hour, days', () => {
    expect(durationTicks(10, 100_000)).toEqual([10, 60, 600, 3600, 86_400]);
    expect(durationTicks(0.01, 10)).toEqual([0.01, 0.1, 1, 10]);
    expect(durationTicks(1000, 10_000_000)).toEqual([3600, 86_400, 864_000, 8_640_000]);
    expect(durationTicks(100, 1000)).toEqual([600]);
  });
});
