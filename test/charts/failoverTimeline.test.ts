import { describe, expect, it } from 'vitest';
import { PHASE_IDS } from '../../models/types';
import { failoverTimelineData } from '../../src/charts/data/failoverTimeline';
import { fixturePattern, fixtureResult, fixtureScenario } from './fixtures';

describe('failoverTimelineData', () => {
  const result = fixtureResult();
  const data = failoverTimelineData(result, fixtureScenario());

  it('stacks the phases in the order a failover runs through them', () => {
    for (const bar of data.bars) expect(bar.segments.map((s) => s.phase)).toEqual(PHASE_IDS);
  });

  it('sums to the sum of the phase means', () => {
    data.bars.forEach((bar, i) => {
      const phases = result.patterns[i]!.phaseMeansSeconds;
      const sum = PHASE_IDS.reduce((s, id) => s + phases[id], 0);
      expect(bar.totalSeconds).toBeCloseTo(sum, 9);
      expect(bar.segments.at(-1)!.end * data.secondsPerUnit).toBeCloseTo(sum, 9);
      bar.segments.forEach((s, k) => {
        expect((s.end - s.start) * data.secondsPerUnit).toBeCloseTo(s.seconds, 9);
        if (k > 0) expect(s.start).toBe(bar.segments[k - 1]!.end);
      });
    });
    // Async: 15 + 5 + 2 + 10 automated, + 30 manual + 60 recovery.
    expect(data.bars[1]!.automatedSeconds).toBe(32);
    expect(data.bars[1]!.totalSeconds).toBe(122);
  });

  it('switches to minutes when the longest bar passes five minutes', () => {
    // Single node: 10 + 590 = 600 s = 10 min.
    expect(data.unit).toBe('min');
    expect(data.secondsPerUnit).toBe(60);
    expect(data.axisMax).toBe(10);
    const short = fixtureResult({ patterns: [fixturePattern('active-active')] });
    const seconds = failoverTimelineData(short, fixtureScenario());
    expect(seconds.unit).toBe('s');
    expect(seconds.axisMax).toBeCloseTo(19.5, 9);
  });
});

describe('regional disasters apart from the per-incident phases', () => {
  it('gives each pattern its regional mean outage, or none when no regional disaster was simulated', () => {
    const result = fixtureResult();
    const data = failoverTimelineData(result, fixtureScenario());
    for (const bar of data.bars) expect(bar.regional).toEqual({ meanSeconds: 3600, perYear: 0.02 });
    // The bars stay the ordinary incident's phases: an hour-long regional outage is in none of them.
    expect(data.bars[1]!.totalSeconds).toBe(122);
    const calm = fixturePattern('active-active');
    calm.perScope.region = { ...calm.perScope.region, incidentsPerYear: 0 };
    const none = failoverTimelineData(fixtureResult({ patterns: [calm] }), fixtureScenario());
    expect(none.bars[0]!.regional).toBeNull();
  });
});
