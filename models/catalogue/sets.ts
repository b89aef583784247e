import type { BenchmarkSet, BenchmarkSetId } from '../types';
import { assumed, sourced, triangular } from './build';
import { NO_ONE_OFF, SINGLE_NODE_COST, SINGLE_NODE_MAINTENANCE } from './economics';
import { ARTICLE_TECHNOLOGY_IDS, SOURCED_TECHNOLOGY_IDS } from './technologies';

/**
 * Recovery without failover, in seconds: pure repair times. The engine adds alert latency and
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
      'The 75/25 weights are an assumption (a restore from backup is the storage scope, not this one).',
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

const SINGLE_NODE: BenchmarkSet['singleNode'] = {
  cost: SINGLE_NODE_COST,
  maintenance: SINGLE_NODE_MAINTENANCE,
  oneOff: NO_ONE_OFF,
};

export const BENCHMARK_SETS: Readonly<Record<BenchmarkSetId, BenchmarkSet>> = {
  article: {
    id: 'article',
    name: "The article's figures",
    summary:
      "The hosting guide's headline table and benchmarks, taken as stated; it cites no primary sources.",
    technologies: [...ARTICLE_TECHNOLOGY_IDS],
    defaults: {
      activePassiveAsync: 'article-ap-async',
      activePassiveSync: 'article-ap-sync',
      activePassiveDr: 'article-ap-dr',
      activeActive: 'article-active-active',
      trafficLayer: 'haproxy',
      globalTrafficLayer: 'anycast-gslb',
    },
    singleNode: SINGLE_NODE,
    recovery: RECOVERY,
  },
  sourced: {
    id: 'sourced',
    name: 'Sourced catalogue',
    summary:
      'Documented defaults, vendor figures and published models, each with its source and confidence label.',
    technologies: [...SOURCED_TECHNOLOGY_IDS],
    defaults: {
      activePassiveAsync: 'patroni-async',
      activePassiveSync: 'patroni-sync',
      activePassiveDr: 'patroni-standby-cluster',
      activeActive: 'yugabytedb',
      trafficLayer: 'haproxy',
      globalTrafficLayer: 'dns-failover',
    },
    singleNode: SINGLE_NODE,
    recovery: RECOVERY,
  },
};
