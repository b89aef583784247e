import { describe, expect, it } from 'vitest';
import { benchmarkSet, technology } from '../models/catalogue/index';
import { blockCount, runBlocks, simulate } from '../models/engine/index';
import { histogramView, quantile } from '../models/engine/histogram';
import { H_RTO_ORD, H_RTO_REG, histogramOffset } from '../models/engine/runBlocks';
import type { Scenario } from '../models/types';
import { PATTERN_IDS } from '../models/types';
import { NO_MANUAL_PATH, scenarioWith } from './helpers';

const trials = 40_000;
const only = (scope: 'node' | 'region') => ({
  node: 0,
  storage: 0,
  network: 0,
  zone: 0,
  region: 0,
  [scope]: 1,
});

/** P5 and P95 of the automated-failover RTO of a pattern (no manual path, one scope). */
function band(s: Scenario, pattern: string, region: boolean): [number, number] {
  const run = runBlocks(s, 0, blockCount(s.simulation.trials));
  const offset = histogramOffset(PATTERN_IDS.indexOf(pattern as never), region ? H_RTO_REG : H_RTO_ORD);
  const view = histogramView(run.histograms, offset);
  return [quantile(view, 0.05), quantile(view, 0.95)];
}

describe("calibration against the article's table (article set, default operations)", () => {
  const article = (scope: 'node' | 'region'): Scenario =>
    scenarioWith({
      benchmarkSet: 'article',
      technology: benchmarkSet('article').defaults,
      assumptions: NO_MANUAL_PATH,
      failureRates: only(scope),
      simulation: { trials, seed: 11 },
    });

  it('active-passive async: P5–P95 RTO within 30–120 s', () => {
    const [p5, p95] = band(article('node'), 'active-passive-async', false);
    expect(p5).toBeGreaterThanOrEqual(30);
    expect(p95).toBeLessThanOrEqual(120);
  });

  it('active-passive sync: P5–P95 RTO within 15–60 s', () => {
    const [p5, p95] = band(article('node'), 'active-passive-sync', false);
    expect(p5).toBeGreaterThanOrEqual(15);
    expect(p95).toBeLessThanOrEqual(60);
  });

  it('multi-region active-active: P95 RTO under 30 s, for a node and for a whole region', () => {
    expect(band(article('node'), 'active-active', false)[1]).toBeLessThan(30);
    expect(band(article('region'), 'active-active', true)[1]).toBeLessThan(30);
  });

  it('cost multipliers: ~2x, 2–2.5x and 6–10x', () => {
    const m = benchmarkSet('article').costMultiplier;
    expect(m['active-passive-async'].expected).toBe(2);
    expect([m['active-passive-sync'].low, m['active-passive-sync'].high]).toEqual([2, 2.5]);
    expect([m['active-active'].low, m['active-active'].high]).toEqual([6, 10]);
  });
});

describe('calibration against named benchmarks', () => {
  /** Mean automated RTO of a sync preset, under the operations its figures assume. */
  function syncMean(set: 'article' | 'sourced', id: string): { mean: number; se: number } {
    const preset = technology(id)!;
    const s = scenarioWith({
      benchmarkSet: set,
      technology: { ...benchmarkSet(set).defaults, activePassiveSync: id },
      operations: preset.assumedOperations ?? {},
      assumptions: NO_MANUAL_PATH,
      failureRates: only('node'),
      simulation: { trials, seed: 12 },
    });
    const r = simulate(s).patterns.find((p) => p.id === 'active-passive-sync')!;
    // The total is a sum of a few bounded phases: its spread is under 10 s, so SE < 10/√n.
    return { mean: r.incidentRtoSeconds.mean, se: 10 / Math.sqrt(r.incidentsPerYear * trials) };
  }

  it('Patroni (article): mean RTO 23–24 s with synchronous replication', () => {
    const { mean, se } = syncMean('article', 'patroni-sync-article');
    expect(mean).toBeGreaterThan(23 - 4 * se);
    expect(mean).toBeLessThan(24 + 4 * se);
  });

  it("Patroni tuned (sourced): mean near Pigsty's computed 23 s for the fast preset", () => {
    const { mean } = syncMean('sourced', 'patroni-sync-tuned');
    expect(Math.abs(mean - 23)).toBeLessThan(1.5);
  });

  /** Mean seconds of the data layer's own phases (detection + decision + promotion) per incident. */
  function dataLayer(set: 'article' | 'sourced', id: string, scope: 'node' | 'region'): number {
    const s = scenarioWith({
      benchmarkSet: set,
      technology: { ...benchmarkSet(set).defaults, activeActive: id },
      assumptions: NO_MANUAL_PATH,
      failureRates: only(scope),
      simulation: { trials: 10_000, seed: 13 },
    });
    const ph = simulate(s).patterns.find((p) => p.id === 'active-active')!.phaseMeansSeconds;
    return ph.detection + ph.decision + ph.promotion;
  }

  it('YugabyteDB: a new leader in about 3 s', () => {
    expect(Math.abs(dataLayer('article', 'yugabytedb-article', 'node') - 3)).toBeLessThan(1);
    expect(Math.abs(dataLayer('sourced', 'yugabytedb', 'node') - 3)).toBeLessThan(1);
  });

  it('Cosmos DB per-partition failover: writes back in under 2 minutes on average', () => {
    expect(dataLayer('article', 'cosmos-db-article', 'region')).toBeLessThan(120);
    expect(dataLayer('sourced', 'cosmos-db-ppaf', 'region')).toBeLessThan(120);
  });

  it('a health check every 60 s instead of 5 s moves the RTO (detection is part of the RTO)', () => {
    const at = (interval: number) =>
      simulate(
        scenarioWith({
          operations: { healthCheckIntervalSeconds: interval },
          simulation: { trials: 10_000, seed: 14 },
        }),
      ).patterns.find((p) => p.id === 'active-passive-sync')!.incidentRtoSeconds;
    const [fast, slow] = [at(5), at(60)];
    // Threshold 3: the reroute moves from U(10, 15) to U(120, 180), +137.5 s on average.
    expect(slow.p50 - fast.p50).toBeGreaterThan(100);
  });
});
