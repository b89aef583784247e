import { describe, expect, it } from 'vitest';
import { simulate } from '../../models/engine/index';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { badYearSentences } from '../../src/report/badYear';
import {
  baselineOf,
  horizonCost,
  horizonCosts,
  netSaving,
  payback,
  recommendedOf,
} from '../../src/report/horizonCosts';
import { inputProvenance, sourceText } from '../../src/report/inputProvenance';
import { scopeExpectation } from '../../src/report/drills';
import { formatMoney } from '../../src/format';
import { scenarioWith } from '../helpers';

const scenario = scenarioWith({ simulation: { trials: 8192, seed: 11 } });
const result = simulate(scenario);

describe('horizon costs', () => {
  it('split each total into infrastructure, one-off and expected losses that add up to it', () => {
    for (const c of horizonCosts(result)) {
      const p = result.patterns.find((x) => x.id === c.pattern)!;
      expect(c.infrastructure.expected + c.oneOff.expected + c.losses).toBeCloseTo(
        p.horizonTotalCost.mean,
        6,
      );
      expect(c.infrastructure.low).toBeLessThanOrEqual(c.infrastructure.expected + 1e-9);
      expect(c.infrastructure.high).toBeGreaterThanOrEqual(c.infrastructure.expected - 1e-9);
      expect(c.total.p95).toBe(p.horizonTotalCost.p95);
    }
  });

  it('pays back the one-off in the months its yearly saving takes (closed form)', () => {
    const p = payback(result);
    const base = horizonCost(baselineOf(result), result.horizonYears);
    const mine = horizonCost(recommendedOf(result), result.horizonYears);
    if (p.kind === 'months') {
      expect(p.savingPerYear).toBeCloseTo(base.annualRunning - mine.annualRunning, 6);
      expect(p.months).toBeCloseTo((12 * (mine.oneOff.expected - base.oneOff.expected)) / p.savingPerYear, 6);
    } else {
      expect(p.kind).not.toBe('baseline');
    }
    expect(netSaving(result)).toBeCloseTo(base.total.expected - mine.total.expected, 6);
  });

  it('has nothing to pay back when the single node is recommended', () => {
    const cheap = scenarioWith({
      business: { downtimeCostPerMinute: 1, dataLossCostPerSecond: 0.01 },
      targets: { rtoSeconds: 86400, rpoSeconds: 86400, regionRtoSeconds: 7 * 86400, regionRpoSeconds: 86400 },
      costs: { monthlyBudget: 2000 },
      simulation: { trials: 4096, seed: 3 },
    });
    expect(payback(simulate(cheap))).toEqual({ kind: 'baseline' });
  });
});

describe('a bad year', () => {
  it('words the P95 and P99 years through the one formatter', () => {
    const rec = recommendedOf(result);
    const [first] = badYearSentences(result, scenario);
    expect(first).toContain(formatMoney(rec.annualLoss.p95, scenario.currency));
    expect(first).toContain(formatMoney(rec.annualLoss.p99, scenario.currency));
    expect(first).toMatch(
      /^In a typical year .*; one year in twenty more than .*; one year in a hundred more than/,
    );
    expect(badYearSentences(result, scenario).at(-1)).toMatch(/^Staying on a single node: more than/);
  });
});

describe('input provenance', () => {
  it('counts an input as given when it was typed for the client, else as an assumption with its source', () => {
    const p = inputProvenance({
      ...DEFAULT_SCENARIO,
      targets: { ...DEFAULT_SCENARIO.targets, rtoSeconds: 30 },
      provenance: { ...DEFAULT_SCENARIO.provenance, client: ['targets.rtoSeconds'] },
    });
    expect(p.given.map((i) => i.path)).toEqual(['targets.rtoSeconds']);
    expect(p.given[0]!.value).toBe('30 s');
    expect(p.toConfirm.map((i) => i.path)).toContain('targets.rpoSeconds');
    expect(p.toConfirm.find((i) => i.path === 'targets.rpoSeconds')?.source).toBe('preset');
    expect(p.toConfirm.map((i) => i.path)).not.toContain('simulation.seed');
    expect(p.toConfirm.every((i) => i.value.trim() !== '')).toBe(true);
  });

  it('never counts a preset’s value as given, even one that differs from the planner’s defaults', () => {
    const ledger = {
      ...DEFAULT_SCENARIO,
      business: { ...DEFAULT_SCENARIO.business, dataLossCostPerSecond: 5000 },
      provenance: {
        origin: { kind: 'preset' as const, preset: 'payments-ledger', name: 'Payments ledger' },
        client: [],
      },
    };
    const p = inputProvenance(ledger);
    expect(p.given).toEqual([]);
    expect(p.toConfirm.find((i) => i.path === 'business.dataLossCostPerSecond')).toMatchObject({
      value: '$5,000/s',
      source: 'preset',
    });
    expect(sourceText('preset', ledger.provenance.origin)).toBe('example of the preset “Payments ledger”');
  });

  it('lists quotes entry by entry, given when typed for the client', () => {
    const p = inputProvenance({
      ...DEFAULT_SCENARIO,
      costs: { ...DEFAULT_SCENARIO.costs, quotes: { 'active-active': { low: 1, mostLikely: 2, high: 3 } } },
      provenance: { ...DEFAULT_SCENARIO.provenance, client: ['costs.quotes'] },
    });
    expect(p.given.map((i) => i.path)).toEqual(['costs.quotes.active-active']);
  });
});

describe('drill expectations', () => {
  it('take each scope from its own simulated incidents', () => {
    const rec = recommendedOf(result);
    expect(scopeExpectation(rec, 'zone')).toEqual({
      outageP95: rec.perScope.zone.outageSeconds.p95,
      lossP95: rec.perScope.zone.lostSeconds.p95,
      basis: 'simulated zone outages',
      simulated: true,
    });
    // The region's own figures are the regional ones of the result.
    expect(scopeExpectation(rec, 'region').outageP95).toBe(rec.regionRtoSeconds.p95);
    expect(scopeExpectation(rec, 'node').outageP95).not.toBe(scopeExpectation(rec, 'zone').outageP95);
  });
});
