import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Finding, Scenario, SimulationResult } from '../../models/types';
import { compareHeadline } from '../../src/components/library/compareFigures';
import {
  differenceProbes,
  effectSentence,
  inputDifferences,
  MOST_PROBES,
  probeScenario,
} from '../../src/store/compareDifferences';
import { PREVIEW_TRIALS } from '../../src/store/runSlice';
import { fixtureResult } from '../charts/fixtures';

const base: Scenario = { ...DEFAULT_SCENARIO, name: 'Option A' };
const other: Scenario = {
  ...DEFAULT_SCENARIO,
  name: 'Option B',
  business: { ...DEFAULT_SCENARIO.business, downtimeCostPerMinute: 1000 },
  costs: {
    ...DEFAULT_SCENARIO.costs,
    quotes: { 'active-active': { low: 8000, mostLikely: 9000, high: 12000 } },
  },
  simulation: { ...DEFAULT_SCENARIO.simulation, seed: 7 },
};

describe('the inputs that differ', () => {
  it('are listed once each, with every scenario’s value and which differ from the first', () => {
    const differences = inputDifferences([base, other, base]);
    expect(differences.map((d) => d.path)).toEqual([
      'business.downtimeCostPerMinute',
      'simulation.seed',
      'costs.quotes["active-active"]',
    ]);
    expect(differences[0]).toEqual({
      path: 'business.downtimeCostPerMinute',
      label: 'Downtime cost',
      values: ['$5,600/min', '$1,000/min', '$5,600/min'],
      differs: [false, true, false],
    });
    expect(differences[2]?.values).toEqual(['the estimate', '$8,000–$12,000', 'the estimate']);
  });

  it('count the drills of the drill logs', () => {
    const drilled: Scenario = {
      ...base,
      drillLog: {
        drills: [
          {
            date: '2026-03-14',
            scope: 'node',
            architecture: 'active-passive-async',
            outcome: 'automated',
            outageSeconds: 40,
            dataLossSeconds: 1,
          },
        ],
      },
    };
    expect(inputDifferences([base, drilled])).toEqual([
      { path: 'drillLog', label: 'Drill log', values: ['no drills', '1 drill'], differs: [false, true] },
    ]);
    const [probe] = differenceProbes(base, drilled);
    expect(probe?.kind === 'run' && probe.scenario.drillLog).toEqual(drilled.drillLog);
  });

  it('leave out names and descriptions, and are none for copies', () => {
    expect(inputDifferences([base, { ...base, name: 'Copy', description: 'Else.' }])).toEqual([]);
  });
});

describe('the one-change scenarios', () => {
  it('take one input of the other scenario each, with the base’s seed and a preview’s trials', () => {
    const probes = differenceProbes(base, other);
    expect(probes.map((p) => [p.path, p.kind])).toEqual([
      ['business.downtimeCostPerMinute', 'run'],
      ['simulation.seed', 'skipped'],
      ['costs.quotes["active-active"]', 'run'],
    ]);
    const [cost, , quote] = probes;
    if (cost?.kind !== 'run' || quote?.kind !== 'run') throw new Error('not run');
    expect(cost.scenario).toEqual({
      ...base,
      business: other.business,
      simulation: { seed: base.simulation.seed, trials: PREVIEW_TRIALS },
    });
    expect(quote.scenario.costs.quotes).toEqual(other.costs.quotes);
    expect(quote.scenario.business).toEqual(base.business);
    expect(probeScenario(base).simulation).toEqual({ seed: base.simulation.seed, trials: PREVIEW_TRIALS });
  });

  it('simulate at most a dozen differences, and say why the others are not', () => {
    const many: Scenario = {
      ...base,
      failureRates: { node: 2, storage: 0.1, network: 0.6, zone: 0.6, region: 0.1 },
      operations: {
        ...base.operations,
        healthCheckIntervalSeconds: 10,
        dnsTtlSeconds: 30,
        alertLatencySeconds: 30,
        humanResponseSeconds: 600,
        drillsPerYear: 2,
        backupIntervalSeconds: 1800,
      },
      targets: { ...base.targets, rtoSeconds: 120, rpoSeconds: 10 },
    };
    const probes = differenceProbes(base, many);
    expect(probes.filter((p) => p.kind === 'run')).toHaveLength(MOST_PROBES);
    expect(probes.at(-1)).toMatchObject({
      kind: 'skipped',
      reason: `only the first ${MOST_PROBES} differences are simulated alone`,
    });
  });

  it('skip amounts when the currencies differ', () => {
    const euros: Scenario = { ...other, currency: 'EUR' };
    const probes = differenceProbes(base, euros);
    expect(probes.find((p) => p.path === 'business.downtimeCostPerMinute')).toMatchObject({
      kind: 'skipped',
      reason: 'the amount is in EUR, not USD',
    });
  });
});

describe('what a difference does, in words', () => {
  const result = (pattern: SimulationResult['recommendation']['pattern'], feasible = true) =>
    fixtureResult({ recommendation: { pattern, feasible, findings: [], others: [], remedies: [] } });
  const perYear = (r: SimulationResult) =>
    (r.patterns.find((p) => p.id === r.recommendation.pattern)?.horizonTotalCost.mean ?? 0) / r.horizonYears;

  it('names a change of recommendation and of the total a year', () => {
    const before = result('active-active');
    const after = result('active-passive-async');
    const text = effectSentence(before, after, 'A', 'USD');
    expect(text).toMatch(
      /^Alone, it changes A’s recommendation from Multi-region active-active to Active-passive, async replication; the expected total a year goes from \$[\d,.]+[KM]? to \$[\d,.]+[KM]?\.$/,
    );
    expect(perYear(before)).not.toBe(perYear(after));
  });

  it('says when the recommendation stays', () => {
    expect(effectSentence(result('active-active'), result('active-active'), 'A', 'USD')).toMatch(
      /^Alone, it leaves A’s recommendation at Multi-region active-active; the expected total a year stays \$/,
    );
  });
});

describe('a compared card', () => {
  it('is whole sentences, feasible or not', () => {
    const missing: Finding = {
      kind: 'misses-target',
      target: 'rto',
      atConfidence: 300,
      targetValue: 60,
      share: 0.5,
      confidence: 0.95,
      cause: { kind: 'replication-lag' },
    };
    for (const feasible of [true, false]) {
      const r = fixtureResult({
        recommendation: {
          pattern: 'active-passive-async',
          feasible,
          findings: [missing],
          others: [],
          remedies: [],
        },
      });
      const text = compareHeadline(r, base);
      expect(text).toMatch(/[.!?]$/);
      expect(text).not.toMatch(/:$/);
      if (!feasible) {
        expect(text).toMatch(
          /^No architecture meets every target within budget; the closest is Active-passive, async replication\./,
        );
      }
    }
  });
});
