import { describe, expect, it } from 'vitest';
import { benchmarkSet, technology } from '../models/catalogue/index';
import { blockCount, runBlocks, simulate } from '../models/engine/index';
import { histogramView, quantile } from '../models/engine/histogram';
import { H_RTO, histogramOffset } from '../models/engine/runBlocks';
import type { Scenario } from '../models/types';
import { PATTERN_IDS, SCOPE_IDS } from '../models/types';
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
  const scope = SCOPE_IDS.indexOf(region ? 'region' : 'node');
  const offset = histogramOffset(PATTERN_IDS.indexOf(pattern as never), H_RTO + scope);
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

  it('relative costs: ~2x, 2–2.5x and 6–10x the single node', () => {
    const r = simulate(article('node'));
    const monthly = (id: string) => r.patterns.find((p) => p.id === id)!.monthlyInfraCost;
    const base = monthly('single-node').expected;
    expect(monthly('active-passive-async').mostLikely / base).toBeCloseTo(2, 9);
    expect([monthly('active-passive-sync').low / base, monthly('active-passive-sync').high / base]).toEqual([
      2, 2.5,
    ]);
    expect([monthly('active-active').low / base, monthly('active-active').high / base]).toEqual([6, 10]);
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

  /**
   * Mean seconds of a data layer's own phases (detection + decision + promotion) per incident. A node
   * crash is read from the phases of ordinary incidents; a region's loss from its outage, with a traffic
   * layer that takes no time (a check every millisecond, marked down at the first, no extra time).
   */
  function dataLayer(
    set: 'article' | 'sourced',
    slot: 'activeActive' | 'activePassiveDr',
    id: string,
    scope: 'node' | 'region',
  ): number {
    const pattern = slot === 'activeActive' ? 'active-active' : 'active-passive-dr';
    const s = scenarioWith({
      benchmarkSet: set,
      technology: { ...benchmarkSet(set).defaults, [slot]: id, globalTrafficLayer: 'anycast-gslb' },
      operations: { healthCheckIntervalSeconds: 0.001, healthCheckFailureThreshold: 1 },
      overrides: { 'globalTraffic.extra': { min: 0, mode: 0, max: 0 } },
      assumptions: NO_MANUAL_PATH,
      failureRates: only(scope),
      failureDurations: { regionOutage: { medianHours: 719, p95Hours: 720 } },
      simulation: { trials: 10_000, seed: 13 },
    });
    const r = simulate(s).patterns.find((p) => p.id === pattern)!;
    if (scope === 'region') return r.regionRtoSeconds.mean;
    const ph = r.phaseMeansSeconds;
    return ph.detection + ph.decision + ph.promotion;
  }

  it('YugabyteDB: a new leader in about 3 s, within a region and across regions', () => {
    expect(Math.abs(dataLayer('article', 'activeActive', 'yugabytedb-article', 'node') - 3)).toBeLessThan(1);
    expect(Math.abs(dataLayer('sourced', 'activeActive', 'yugabytedb', 'node') - 3)).toBeLessThan(1);
    expect(Math.abs(dataLayer('sourced', 'activeActive', 'yugabytedb', 'region') - 3)).toBeLessThan(1);
  });

  it('Cosmos DB per-partition failover: writes back in under 2 minutes on average', () => {
    expect(dataLayer('article', 'activePassiveDr', 'cosmos-db-article', 'region')).toBeLessThan(120);
    expect(dataLayer('sourced', 'activePassiveDr', 'cosmos-db-ppaf', 'region')).toBeLessThan(120);
  });

  it('Aurora Global Database: the promotion itself in under a minute', () => {
    const promotion = technology('aurora-global')!.crossRegion!.promotion.dist;
    expect(promotion.kind === 'triangular' && promotion.max).toBeLessThanOrEqual(60);
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
