import type { BenchmarkSet, BenchmarkSetId } from '../types';
import { assumed, sourced, triangular } from './build';
import { ARTICLE_TECHNOLOGY_IDS, SOURCED_TECHNOLOGY_IDS } from './technologies';

/**
 * Recovery without failover (model.md §4), in seconds: pure repair times. The engine adds alert latency and
 * human response itself wherever a person must act, so none is included here.
 */
const RECOVERY: BenchmarkSet['recovery'] = {
  nodeRestart: assumed(
    {
      kind: 'mixture',
      parts: [
        { weight: 0.75, dist: triangular(30, 60, 300), label: 'automatic restart' },
        { weight: 0.25, dist: triangular(300, 600, 900), label: 'host replacement' },
      ],
    },
    ['AWS-4', 'MT-2'],
    'Crash restart "less than 60 seconds in most cases" (AWS-4); instance replacement < 10–15 min (MT-2). ' +
      'The 75/25 weights are an assumption (benchmarks.md §2.1 without its restore share, which is the storage scope).',
  ),
  storageRestore: assumed(
    triangular(1800, 7200, 43200),
    ['MT-1'],
    'Restore "from few minutes up to 12 hours" (MT-1); the 30-min minimum and 2-h mode are assumptions.',
  ),
  networkPartition: sourced(
    triangular(60, 1800, 3600),
    ['FR-4'],
    'Network maintenances cause ~30-min connectivity loss, router failures ~1 h (FR-4); the 1-min minimum is assumed.',
  ),
  zoneRebuild: assumed(
    triangular(1800, 3600, 14400),
    ['MT-2', 'MT-4'],
    'Rebuild in another zone from the off-site backup; anchored on instance replacement (MT-2) and rack/PDU ' +
      'recovery of 1–6 h (MT-4).',
  ),
  regionRebuild: assumed(
    triangular(3600, 14400, 43200),
    ['MT-3', 'FR-5'],
    'Rebuild in another region from the off-site backup; anchored on human-driven regional failover (MT-3) and ' +
      'provider incident durations (median 1.9–5.3 h, p95 21.8 h; FR-5).',
  ),
  manualFailover: assumed(
    triangular(120, 600, 1800),
    ['MT-3'],
    'A person promoting the standby by hand, once paged and acting; customer-driven failover is "usually 15–30 ' +
      'minutes" (MT-3).',
  ),
};

const SINGLE_NODE = { low: 1, expected: 1, high: 1, figures: [], note: 'The baseline, by definition.' };

export const BENCHMARK_SETS: Readonly<Record<BenchmarkSetId, BenchmarkSet>> = {
  article: {
    id: 'article',
    name: "The article's figures",
    summary:
      "The hosting guide's headline table and benchmarks, taken as stated; it cites no primary sources.",
    costMultiplier: {
      'single-node': SINGLE_NODE,
      'active-passive-async': {
        low: 1.8,
        expected: 2,
        high: 2.2,
        figures: ['ART-3'],
        note: 'The article\'s "~2x"; reading "~" as ±10% is an assumption.',
      },
      'active-passive-sync': { low: 2, expected: 2.25, high: 2.5, figures: ['ART-6'] },
      'active-active': {
        low: 6,
        expected: 8,
        high: 10,
        figures: ['ART-9', 'COST-6'],
        note: 'No public source found for 6–10x (COST-6).',
      },
    },
    technologies: [...ARTICLE_TECHNOLOGY_IDS],
    defaults: {
      activePassiveAsync: 'article-ap-async',
      activePassiveSync: 'article-ap-sync',
      activeActive: 'article-active-active',
      trafficLayer: 'haproxy',
      globalTrafficLayer: 'anycast-gslb',
    },
    recovery: RECOVERY,
  },
  sourced: {
    id: 'sourced',
    name: 'Sourced catalogue',
    summary:
      'Documented defaults, vendor figures and published models, each with its source and confidence label.',
    costMultiplier: {
      'single-node': SINGLE_NODE,
      'active-passive-async': {
        low: 1.3,
        expected: 2.0,
        high: 2.2,
        figures: ['COST-1', 'COST-3', 'COST-4'],
        note: 'A same-size hot standby is about 2x (Cloud SQL HA, COST-1); a smaller standby 1.3–1.5x (COST-4, weak).',
      },
      'active-passive-sync': {
        low: 2.0,
        expected: 2.2,
        high: 3.0,
        figures: ['COST-1', 'COST-3'],
        note: 'Cloud SQL HA 2x (COST-1), Azure PG HA ~2x compute (COST-3); 3x for a three-node quorum is an assumption.',
      },
      'active-active': {
        low: 2.0,
        expected: 3.0,
        high: 6.0,
        figures: ['COST-2', 'COST-4', 'COST-5'],
        note:
          'Two or three regions cost 2–3.5x (COST-4, COST-5), Cosmos DB bills × n regions (COST-2). The 6x high end ' +
          "is a three-region N+1 scenario; the article's 6–10x has no public source (COST-6).",
      },
    },
    technologies: [...SOURCED_TECHNOLOGY_IDS],
    defaults: {
      activePassiveAsync: 'patroni-async',
      activePassiveSync: 'patroni-sync',
      activeActive: 'yugabytedb',
      trafficLayer: 'haproxy',
      globalTrafficLayer: 'dns-failover',
    },
    recovery: RECOVERY,
  },
};
