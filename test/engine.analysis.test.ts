import { describe, expect, it } from 'vitest';
import { missesOf, remediesFor, sensitivityOf } from '../models/engine/analysis';
import { simulate } from '../models/engine/index';
import { evaluate } from '../models/engine/outcome';
import { remedyActions, withAction } from '../models/engine/remedies';
import type { Scenario } from '../models/types';
import { scenarioWith } from './helpers';

const small = (s: Scenario): Scenario => ({ ...s, simulation: { ...s.simulation, trials: 8192, seed: 21 } });

describe('sensitivity', () => {
  const scenario = small(scenarioWith({}));
  const report = sensitivityOf(scenario);
  const driver = (input: string) => report.drivers.find((d) => d.input === input)!;

  it('reruns with the same seed: the same report twice', () => {
    expect(sensitivityOf(scenario)).toEqual(report);
  });

  it('starts from the decision a plain evaluation makes', () => {
    const base = evaluate(scenario);
    expect(report.recommended).toBe(base.recommended);
    expect(report.total).toBe(base.patterns.find((p) => p.id === base.recommended)!.horizonTotal);
  });

  it('orders drivers by the swing of the recommended total, largest first', () => {
    const swings = report.drivers.map((d) => Math.abs(d.totalAtHigh - d.totalAtLow));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it('prices a downtime cost exactly: totals are linear in it, the flip is the lines’ crossing', () => {
    const d = driver('business.downtimeCostPerMinute');
    const c = scenario.business.downtimeCostPerMinute;
    // total(c) = fixed + c·slope: three points on one line.
    const slope = (d.totalAtHigh - d.totalAtLow) / (d.high - d.low);
    expect(report.total).toBeCloseTo(d.totalAtLow + slope * (c - d.low), 4);
    for (const flip of [d.flipLow, d.flipHigh]) {
      if (flip === null) continue;
      // Just past the flip the new choice wins, just before it the old one: rerun both sides.
      const at = (v: number) =>
        evaluate({ ...scenario, business: { ...scenario.business, downtimeCostPerMinute: v } });
      const side = flip === d.flipLow ? -1 : 1;
      expect(at(flip.value * (1 + side * 1e-6)).recommended).toBe(flip.to);
      expect(at(flip.value * (1 - side * 1e-6)).recommended).toBe(report.recommended);
    }
  });

  it('a flip of a simulated input lies where the choice changes, within its last bracket', () => {
    for (const d of report.drivers.filter((x) => x.input.startsWith('failureRates.'))) {
      for (const flip of [d.flipLow, d.flipHigh]) {
        if (flip === null) continue;
        const scope = d.input.split('.')[1] as keyof Scenario['failureRates'];
        const at = (v: number) =>
          evaluate({ ...scenario, failureRates: { ...scenario.failureRates, [scope]: v } }).recommended;
        // The bracket is 1/16 of the range on a log scale: a step of 2^(1/16) either way crosses it.
        const step = 2 ** (1 / 16);
        const beyond = flip === d.flipLow ? flip.value / step : flip.value * step;
        const before = flip === d.flipLow ? flip.value * step : flip.value / step;
        expect(at(beyond)).not.toBe(report.recommended);
        expect(at(before)).toBe(report.recommended);
      }
    }
  });
});

describe('remedies', () => {
  // Failovers that fall to people often (never drilled, a slow on-call): the async pair misses 60 s.
  const scenario = small(
    scenarioWith({
      operations: { drillsPerYear: 0, humanResponseSeconds: 1800 },
      assumptions: { manualPathUntested: 0.2, manualPathAfterDrill: 0.005, driftYears: 0.5 },
    }),
  );
  const result = simulate(scenario);
  const checks = remediesFor(scenario, result);

  it('names the failovers that fall to people as the cause of the miss', () => {
    const async = result.recommendation.others.find((o) => o.pattern === 'active-passive-async') ?? {
      findings: result.recommendation.findings,
    };
    const miss = async.findings.find((f) => f.kind === 'misses-target' && f.target === 'rto');
    expect(miss && miss.kind === 'misses-target' && miss.cause.kind).toBe('manual-path');
  });

  it('offers monthly drills only because the rerun shows them meeting the target', () => {
    expect(missesOf(result, 0.95)).toContainEqual({ pattern: 'active-passive-async', target: 'rto' });
    const drills = checks.find(
      (c) => c.pattern === 'active-passive-async' && c.target === 'rto' && c.action.kind === 'drills',
    )!;
    expect(drills.action.changes).toEqual([{ path: 'operations.drillsPerYear', from: 0, to: 12 }]);
    // The check is the rerun's own verdict, not a guess.
    const rerun = evaluate(withAction({ ...scenario, simulation: scenario.simulation }, drills.action));
    const p = rerun.patterns.find((o) => o.id === 'active-passive-async')!;
    expect(drills.share).toBe(p.meets.rto);
    expect(drills.meets).toBe(p.meets.rto >= 0.95);
    expect(drills.atConfidence).toBe(p.atConfidence.rto);
  });

  it('tries only changes that change something', () => {
    const fast = scenarioWith({
      operations: { drillsPerYear: 12, dnsTtlSeconds: 10, backupIntervalSeconds: 30 },
    });
    const kinds = remedyActions(fast).map((a) => a.kind);
    expect(kinds).not.toContain('drills');
    expect(kinds).not.toContain('dns-ttl');
    expect(kinds).not.toContain('backups');
  });
});
