import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BENCHMARK_SETS, technologiesFor, TRAFFIC_LAYERS } from '../models/catalogue/index';
import { calibrate } from '../models/calibration/calibrate';
import { playIncident, referenceRun, simulateReference } from '../models/engine/reference';
import { buildPlan } from '../models/engine/plan';
import { blockCount, runBlocks } from '../models/engine/runBlocks';
import { readTotals, type ScopeTotals } from '../models/engine/sums';
import { summarize } from '../models/engine/summarize';
import type { BenchmarkSetId, Drill, Scenario } from '../models/types';
import { PATTERN_IDS, SCOPE_IDS } from '../models/types';
import { scenarioWith } from './helpers';

/**
 * The kernel against the reference engine: from the same streams they draw the same uniforms for the same
 * incidents, so every count and every histogram bin must be identical, and every sum equal up to the
 * order in which floating-point additions happen (the kernel adds a column at a time).
 */

const COUNTS: (keyof ScopeTotals)[] = ['incidents', 'rtoMet', 'rpoMet', 'automated', 'manual', 'returned'];
const SUMS: (keyof ScopeTotals)[] = [
  'outageSeconds',
  'outageSquares',
  'lostSeconds',
  'lostSquares',
  'outageTimesLost',
];

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function compare(scenario: Scenario): void {
  const run = runBlocks(scenario, 0, blockCount(scenario.simulation.trials));
  const kernel = readTotals(run.blockSums, run.blocks.length);
  const reference = referenceRun(scenario);
  PATTERN_IDS.forEach((id, p) => {
    for (const scope of SCOPE_IDS) {
      const k = kernel[p]!.scopes[scope];
      const r = reference.totals[p]!.scopes[scope];
      for (const key of COUNTS) expect(k[key], `${id} ${scope} ${key}`).toBe(r[key]);
      for (const key of SUMS)
        expect(close(k[key], r[key]), `${id} ${scope} ${key}: ${k[key]} vs ${r[key]}`).toBe(true);
    }
    for (const [phase, seconds] of Object.entries(kernel[p]!.phaseSeconds)) {
      const expected =
        reference.totals[p]!.phaseSeconds[phase as keyof (typeof reference.totals)[0]['phaseSeconds']];
      expect(close(seconds, expected), `${id} ${phase}`).toBe(true);
    }
  });
  let differing = 0;
  for (let i = 0; i < run.histograms.length; i++)
    differing += +(run.histograms[i] !== reference.histograms[i]);
  expect(differing).toBe(0);
}

/** A random scenario over every technology, traffic layer, topology and rate the validator allows. */
function arbitraryScenario(): fc.Arbitrary<Scenario> {
  const sets: BenchmarkSetId[] = ['sourced', 'article'];
  return fc
    .record({
      set: fc.constantFrom(...sets),
      pick: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
      rates: fc.array(fc.double({ min: 0, max: 6, noNaN: true }), { minLength: 5, maxLength: 5 }),
      regions: fc.integer({ min: 2, max: 5 }),
      replicationFactor: fc.integer({ min: 2, max: 7 }),
      witness: fc.boolean(),
      afterDrill: fc.double({ min: 0.001, max: 0.5, noNaN: true }),
      untested: fc.double({ min: 0.001, max: 0.9, noNaN: true }),
      degraded: fc.double({ min: 0.001, max: 0.9, noNaN: true }),
      median: fc.double({ min: 0.05, max: 48, noNaN: true }),
      spread: fc.double({ min: 1, max: 20, noNaN: true }),
      interval: fc.double({ min: 0.5, max: 60, noNaN: true }),
      threshold: fc.integer({ min: 1, max: 5 }),
      drills: fc.double({ min: 0, max: 12, noNaN: true }),
      trials: fc.integer({ min: 1000, max: 6000 }),
      seed: fc.nat(),
    })
    .map((r) => {
      const choose = <T>(list: readonly T[], i: number): T => list[r.pick[i]! % list.length]!;
      const tech = {
        activePassiveAsync: choose(technologiesFor(r.set, 'activePassiveAsync'), 0).id,
        activePassiveSync: choose(technologiesFor(r.set, 'activePassiveSync'), 1).id,
        activePassiveDr: choose(technologiesFor(r.set, 'activePassiveDr'), 2).id,
        activeActive: choose(technologiesFor(r.set, 'activeActive'), 3).id,
        trafficLayer: choose(TRAFFIC_LAYERS, 4).id,
        globalTrafficLayer: choose(TRAFFIC_LAYERS, 5).id,
      };
      return scenarioWith({
        benchmarkSet: r.set,
        technology: tech,
        topology: {
          activeActiveRegions: r.regions,
          replicationFactor: r.replicationFactor,
          witnessRegion: r.witness,
        },
        failureRates: Object.fromEntries(
          SCOPE_IDS.map((s, i) => [s, r.rates[i]!]),
        ) as Scenario['failureRates'],
        failureDurations: { regionOutage: { medianHours: r.median, p95Hours: r.median * r.spread } },
        assumptions: {
          manualPathAfterDrill: r.afterDrill,
          manualPathUntested: r.untested,
          syncDegradedProbability: r.degraded,
        },
        operations: {
          healthCheckIntervalSeconds: r.interval,
          healthCheckFailureThreshold: r.threshold,
          drillsPerYear: r.drills,
        },
        simulation: { trials: r.trials, seed: r.seed },
      });
    });
}

describe('the kernel against the reference engine', () => {
  it('agrees on the default scenario, with more regional incidents', () => {
    compare(
      scenarioWith({
        failureRates: { node: 3, storage: 0.5, network: 1, zone: 1, region: 0.8 },
        simulation: { trials: 9000, seed: 7 },
      }),
    );
  });

  it('agrees on a topology that can lose its quorum, and on a pilot-light standby', () => {
    compare(
      scenarioWith({
        failureRates: { node: 1, storage: 0.2, network: 0.5, zone: 0.5, region: 2 },
        technology: { activePassiveDr: 'patroni-standby-pilot-light', activeActive: 'cockroachdb' },
        topology: { activeActiveRegions: 2, replicationFactor: 3, witnessRegion: false },
        simulation: { trials: 6000, seed: 21 },
      }),
    );
  });

  it('agrees on a model a drill log recalibrated', () => {
    // Slow automated drills and manual ones for two architectures, within the region and across regions.
    const drill = (day: number, patch: Partial<Drill>): Drill => ({
      date: `2026-02-${String(day).padStart(2, '0')}`,
      scope: 'node',
      architecture: 'active-passive-async',
      outcome: 'automated',
      outageSeconds: 95,
      dataLossSeconds: 0.5,
      ...patch,
    });
    const drills = [
      ...Array.from({ length: 8 }, (_, i) => drill(i + 1, { detectionSeconds: 40 + i })),
      drill(10, { outcome: 'manual', outageSeconds: 1500 }),
      drill(11, { outcome: 'manual', outageSeconds: 1300 }),
      ...Array.from({ length: 5 }, (_, i) =>
        drill(12 + i, { architecture: 'active-active', scope: 'region', outageSeconds: 240 + 10 * i }),
      ),
    ];
    const calibration = calibrate(
      scenarioWith({
        failureRates: { node: 3, storage: 0.5, network: 1, zone: 1, region: 0.8 },
        drillLog: { drills },
        simulation: { trials: 9000, seed: 13 },
      }),
    );
    expect(calibration.scenario.calibrated?.manualPathProbability['active-passive-async']).toBeDefined();
    expect(calibration.scenario.calibrated?.manualPathProbability['active-active']).toBeDefined();
    expect(Object.keys(calibration.scenario.calibrated?.distributions ?? {}).length).toBeGreaterThan(2);
    compare(calibration.scenario);
  });

  it('agrees on random scenarios over the whole catalogue', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (s) => compare(s)),
      { numRuns: 25 },
    );
  }, 60_000);

  it('gives the same summary through summarize and through the reference', () => {
    const s = scenarioWith({ simulation: { trials: 5000, seed: 3 } });
    const kernel = summarize(s, runBlocks(s, 0, blockCount(s.simulation.trials)));
    const reference = simulateReference(s);
    expect(reference.recommendation.pattern).toBe(kernel.recommendation.pattern);
    expect(reference.recommendation.feasible).toBe(kernel.recommendation.feasible);
    expect(reference.recommendation.findings.map((f) => f.kind)).toEqual(
      kernel.recommendation.findings.map((f) => f.kind),
    );
    reference.patterns.forEach((r, i) => {
      const k = kernel.patterns[i]!;
      expect(close(r.incidentRtoSeconds.mean, k.incidentRtoSeconds.mean)).toBe(true);
      expect([r.incidentRtoSeconds.p50, r.incidentRtoSeconds.p95]).toEqual([
        k.incidentRtoSeconds.p50,
        k.incidentRtoSeconds.p95,
      ]);
      expect(close(r.horizonTotalCost.mean, k.horizonTotalCost.mean)).toBe(true);
      expect(r.horizonTotalCost.p95).toBe(k.horizonTotalCost.p95);
    });
  });
});

describe('one incident, played out by the reference', () => {
  const plan = buildPlan(scenarioWith({}));
  const sp = plan.patterns[1]!.scopes[0]!; // active-passive async, node

  it('takes the automated path above the manual share, the manual path below it', () => {
    const u = Array.from({ length: sp.layout.stride }, () => 0.5);
    const automated = playIncident(sp, u);
    expect(automated.manual).toBe(false);
    const manual = playIncident(
      sp,
      u.map((x, i) => (i === sp.layout.branch ? 0 : x)),
    );
    expect(manual.manual).toBe(true);
    expect(manual.outage).toBeGreaterThan(automated.outage);
  });

  it('adds each step of its path to the outage, and each to its phase', () => {
    const u = Array.from({ length: sp.layout.stride }, (_, i) => (i + 1) / (sp.layout.stride + 2));
    const o = playIncident(sp, u);
    expect(o.phases.reduce((a, b) => a + b, 0)).toBeCloseTo(o.outage, 9);
  });

  it('every set keeps a preset for every architecture', () => {
    for (const set of Object.keys(BENCHMARK_SETS) as BenchmarkSetId[]) {
      for (const slot of [
        'activePassiveAsync',
        'activePassiveSync',
        'activePassiveDr',
        'activeActive',
      ] as const) {
        expect(technologiesFor(set, slot).length, `${set} ${slot}`).toBeGreaterThan(0);
      }
    }
  });
});
