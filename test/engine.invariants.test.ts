import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { technologiesFor } from '../models/catalogue/index';
import { simulate } from '../models/engine/index';
import type { BenchmarkSetId, Scenario, SimulationResult, Stats } from '../models/types';
import { scenarioWith } from './helpers';

/** Random but plausible scenarios: one block of trials each, so a property runs in milliseconds. */
const scenarios: fc.Arbitrary<Scenario> = fc
  .record({
    set: fc.constantFrom<BenchmarkSetId>('article', 'sourced'),
    pick: fc.nat(),
    downtime: fc.double({ min: 0, max: 50_000, noNaN: true }),
    dataLoss: fc.double({ min: 0, max: 5_000, noNaN: true }),
    interval: fc.double({ min: 0.5, max: 120, noNaN: true }),
    threshold: fc.integer({ min: 1, max: 5 }),
    drills: fc.integer({ min: 0, max: 12 }),
    rates: fc.array(fc.double({ min: 0, max: 4, noNaN: true }), { minLength: 5, maxLength: 5 }),
    rto: fc.integer({ min: 5, max: 7200 }),
    rpo: fc.integer({ min: 0, max: 600 }),
    budget: fc.integer({ min: 500, max: 100_000 }),
    regions: fc.integer({ min: 2, max: 5 }),
    replicationFactor: fc.integer({ min: 2, max: 7 }),
    witness: fc.boolean(),
    outageMedian: fc.double({ min: 0.1, max: 24, noNaN: true }),
    seed: fc.nat(),
  })
  .map((v) => {
    const choose = <T>(xs: T[]): T => xs[v.pick % xs.length]!;
    return scenarioWith({
      benchmarkSet: v.set,
      technology: {
        activePassiveAsync: choose(technologiesFor(v.set, 'activePassiveAsync')).id,
        activePassiveSync: choose(technologiesFor(v.set, 'activePassiveSync')).id,
        activePassiveDr: choose(technologiesFor(v.set, 'activePassiveDr')).id,
        activeActive: choose(technologiesFor(v.set, 'activeActive')).id,
      },
      topology: {
        activeActiveRegions: v.regions,
        replicationFactor: v.replicationFactor,
        witnessRegion: v.witness,
      },
      failureDurations: { regionOutage: { medianHours: v.outageMedian, p95Hours: v.outageMedian * 8 } },
      business: { downtimeCostPerMinute: v.downtime, dataLossCostPerSecond: v.dataLoss },
      operations: {
        healthCheckIntervalSeconds: v.interval,
        healthCheckFailureThreshold: v.threshold,
        drillsPerYear: v.drills,
      },
      failureRates: {
        node: v.rates[0]!,
        storage: v.rates[1]!,
        network: v.rates[2]!,
        zone: v.rates[3]!,
        region: v.rates[4]!,
      },
      targets: { rtoSeconds: v.rto, rpoSeconds: v.rpo },
      costs: { monthlyBudget: v.budget },
      simulation: { trials: 4096, seed: v.seed },
    });
  });

const ordered = (s: Stats): boolean => s.p50 <= s.p95 && s.p95 <= s.p99 && s.mean >= 0 && s.p50 >= 0;
const runs = { numRuns: 25 };

describe('invariants', () => {
  it('percentiles are ordered; availability and shares are fractions; cost ranges ordered', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        for (const r of simulate(s).patterns) {
          for (const st of [
            r.incidentRtoSeconds,
            r.incidentRpoSeconds,
            r.regionRtoSeconds,
            r.regionRpoSeconds,
            r.annualDowntimeMinutes,
            r.annualLoss,
            r.annualTotalCost,
            r.horizonTotalCost,
          ]) {
            expect(ordered(st)).toBe(true);
          }
          expect(r.availability).toBeGreaterThanOrEqual(0);
          expect(r.availability).toBeLessThanOrEqual(1);
          expect(r.availabilityWithMaintenance).toBeLessThanOrEqual(r.availability);
          for (const m of Object.values(r.meetsTargets)) expect(m >= 0 && m <= 1).toBe(true);
          expect(r.overBudgetProbability >= 0 && r.overBudgetProbability <= 1).toBe(true);
          for (const range of [r.monthlyInfraCost, r.oneOffCost]) {
            expect(range.low).toBeLessThanOrEqual(range.expected);
            expect(range.expected).toBeLessThanOrEqual(range.high);
            expect(range.low).toBeLessThanOrEqual(range.mostLikely);
            expect(range.mostLikely).toBeLessThanOrEqual(range.high);
          }
          expect(r.convergence.low).toBeLessThanOrEqual(r.horizonTotalCost.mean);
          const { returned, elsewhere } = r.regionRecovery;
          if (returned !== null) expect(returned + elsewhere!).toBeCloseTo(1, 9);
        }
      }),
      runs,
    );
  });

  it('synchronous replication loses no data on covered scopes when it never degrades', () => {
    fc.assert(
      fc.property(scenarios, (base) => {
        const s = { ...base, assumptions: { ...base.assumptions, syncDegradedProbability: 0 } };
        const sync = simulate(s).patterns.find((p) => p.id === 'active-passive-sync')!;
        expect(sync.incidentRpoSeconds).toEqual({ mean: 0, p50: 0, p95: 0, p99: 0 });
        expect(sync.meetsTargets.rpo).toBe(1);
      }),
      runs,
    );
  });

  it('raising the downtime cost never lowers the expected loss', () => {
    fc.assert(
      fc.property(scenarios, fc.double({ min: 1, max: 10, noNaN: true }), (s, k) => {
        const higher = {
          ...s,
          business: { ...s.business, downtimeCostPerMinute: s.business.downtimeCostPerMinute * k },
        };
        const [a, b] = [simulate(s), simulate(higher)];
        a.patterns.forEach((r, i) =>
          expect(b.patterns[i]!.annualLoss.mean).toBeGreaterThanOrEqual(r.annualLoss.mean),
        );
      }),
      runs,
    );
  });

  it('a faster health check never raises the mean RTO', () => {
    fc.assert(
      fc.property(scenarios, fc.double({ min: 0.05, max: 1, noNaN: true }), (s, k) => {
        const ops = s.operations;
        const faster = {
          ...s,
          operations: { ...ops, healthCheckIntervalSeconds: ops.healthCheckIntervalSeconds * k },
        };
        const [a, b] = [simulate(s), simulate(faster)];
        a.patterns.forEach((r, i) => {
          const f = b.patterns[i]!;
          expect(f.incidentRtoSeconds.mean).toBeLessThanOrEqual(r.incidentRtoSeconds.mean + 1e-9);
          expect(f.regionRtoSeconds.mean).toBeLessThanOrEqual(r.regionRtoSeconds.mean + 1e-9);
        });
      }),
      runs,
    );
  });

  it('a bigger budget never turns a feasible pattern infeasible', () => {
    fc.assert(
      fc.property(scenarios, fc.integer({ min: 1, max: 100_000 }), (s, more) => {
        const richer = { ...s, costs: { ...s.costs, monthlyBudget: s.costs.monthlyBudget + more } };
        const a: SimulationResult = simulate(s);
        const b: SimulationResult = simulate(richer);
        a.patterns.forEach((r, i) => {
          if (r.feasible) expect(b.patterns[i]!.feasible).toBe(true);
        });
      }),
      runs,
    );
  });

  it('the recommended pattern is feasible and the cheapest feasible one, when any is', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const r = simulate(s);
        const feasible = r.patterns.filter((p) => p.feasible);
        expect(r.recommendation.feasible).toBe(feasible.length > 0);
        if (feasible.length > 0) {
          const cheapest = Math.min(...feasible.map((p) => p.horizonTotalCost.mean));
          const chosen = r.patterns.find((p) => p.id === r.recommendation.pattern)!;
          expect(chosen.feasible).toBe(true);
          expect(chosen.horizonTotalCost.mean).toBe(cheapest);
        }
        expect(r.recommendation.findings.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('the chance of going over budget never rises with the budget, and within budget follows it', () => {
    fc.assert(
      fc.property(scenarios, fc.integer({ min: 1, max: 100_000 }), (s, more) => {
        const richer = { ...s, costs: { ...s.costs, monthlyBudget: s.costs.monthlyBudget + more } };
        const [a, b] = [simulate(s), simulate(richer)];
        a.patterns.forEach((r, i) => {
          expect(b.patterns[i]!.overBudgetProbability).toBeLessThanOrEqual(r.overBudgetProbability);
          expect(r.withinBudget).toBe(r.overBudgetProbability <= s.costs.overBudgetTolerance);
        });
      }),
      runs,
    );
  });

  it('longer regional outages never end more regional incidents by the region returning', () => {
    fc.assert(
      fc.property(scenarios, fc.double({ min: 1, max: 10, noNaN: true }), (s, k) => {
        const o = s.failureDurations.regionOutage;
        const longer = {
          ...s,
          failureDurations: {
            regionOutage: {
              medianHours: Math.min(o.medianHours * k, 720),
              p95Hours: Math.min(o.p95Hours * k, 720),
            },
          },
        };
        const [a, b] = [simulate(s), simulate(longer)];
        a.patterns.forEach((r, i) => {
          const returned = r.regionRecovery.returned;
          if (returned !== null)
            expect(b.patterns[i]!.regionRecovery.returned!).toBeLessThanOrEqual(returned);
        });
      }),
      runs,
    );
  });
});
