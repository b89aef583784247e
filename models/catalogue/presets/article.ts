import type { TechnologyPreset } from '../../types';
import { assumed, lognormal, sourced, triangular, uniform } from '../build';
import {
  cost,
  DISTRIBUTED_SQL_EFFORT,
  MANAGED_DR_EFFORT,
  maintenance,
  range,
  SELF_MANAGED_DR_EFFORT,
  SELF_MANAGED_HA_EFFORT,
  SWITCHOVER_MAINTENANCE,
} from '../economics';
import { CROSS_REGION_LAG, QUORUM_LOSS_LAG, SYNC_DEGRADED_LAG } from '../lags';
import {
  cosmosPhases,
  COSMOS_IN_REGION,
  PATRONI_FAST_SETTINGS,
  PEOPLE_DECIDE_REGION_FAILOVER,
  PIGSTY_FAST_OPERATIONS,
  yugabytePhases,
} from '../phases';

/**
 * The article's presets (ART-* figures). The generic ones are calibrated so that, with the engine's default
 * reroute (health check every 5 s, threshold 3: uniform 10–15 s), the totals land in the article's table;
 * the article gives only totals, so every split below is an assumption. Its cost multipliers ("~2x",
 * "2–2.5x", "6–10x") become node counts.
 */

const SPLIT = 'The article gives only a total; the split into phases, calibrated to it, is an assumption.';

/** The article's relative costs, read as nodes and copies of the baseline (the multiplier applied to both). */
function articleCost(low: number, mostLikely: number, high: number, figures: string[], note: string) {
  const r = range(low, mostLikely, high);
  return cost({ nodes: r, storageCopies: r }, figures, note, false);
}

const ARTICLE_SYNC_PHASES = {
  detection: assumed(triangular(5, 18, 35), ['ART-4'], SPLIT),
  decision: assumed(triangular(0, 2, 5), ['ART-4'], SPLIT),
  promotion: assumed(triangular(0, 1, 3), ['ART-4'], SPLIT),
};

const ARTICLE_CONSENSUS_PHASES = {
  detection: assumed(triangular(0.5, 2, 6), ['ART-7', 'ART-8'], SPLIT),
  decision: assumed(triangular(0, 1, 3), ['ART-7', 'ART-8'], SPLIT),
  promotion: assumed(triangular(0, 0.5, 2), ['ART-7', 'ART-8'], SPLIT),
};

const ARTICLE_AA_COST = articleCost(
  6,
  8,
  10,
  ['ART-9'],
  'The article\'s "6 to 10x" for multi-region active-active; no public source was found for it.',
);

const PATRONI_ARTICLE_PHASES = {
  detection: sourced(
    uniform(15, 20),
    ['ART-10', 'PAT-5', 'PAT-6'],
    'Lease expiry of the fast preset: 15/17/20 s.',
  ),
  decision: sourced(uniform(0, 5), ['ART-10', 'PAT-6'], 'Replica detection within one loop_wait: 0/3/5 s.'),
  promotion: assumed(
    triangular(0, 2, 4),
    ['ART-10', 'PAT-6'],
    'Lock and promote, widened from 0/1/2 s (PAT-6) so that with a 1–2 s HAProxy check the mean total is the ' +
      "article's 23–24 s (assumption).",
  ),
};

export const ARTICLE_PRESETS: TechnologyPreset[] = [
  {
    id: 'article-ap-async',
    name: 'Active-passive, asynchronous (the article)',
    slot: 'activePassiveAsync',
    replication: 'async',
    detection: assumed(triangular(15, 30, 90), ['ART-1'], SPLIT),
    decision: assumed(triangular(0, 3, 15), ['ART-1'], SPLIT),
    promotion: assumed(triangular(1, 2, 10), ['ART-1'], SPLIT),
    replicationLag: assumed(
      lognormal(2, 60, 600),
      ['ART-2'],
      '"Seconds to minutes" read as a median of 2 s, a 95th percentile of 1 min and a cap of 10 min (assumption).',
    ),
    cost: articleCost(1.8, 2, 2.2, ['ART-3'], 'The article\'s "~2x"; reading "~" as ±10% is an assumption.'),
    maintenance: SWITCHOVER_MAINTENANCE,
    oneOff: SELF_MANAGED_HA_EFFORT,
    settings: { replication: 'asynchronous' },
    summary: "The article's active-passive async pattern: RTO 30–120 s, RPO of seconds to minutes.",
  },
  {
    id: 'article-ap-sync',
    name: 'Active-passive, synchronous (the article)',
    slot: 'activePassiveSync',
    replication: 'sync',
    ...ARTICLE_SYNC_PHASES,
    replicationLag: SYNC_DEGRADED_LAG,
    cost: articleCost(2, 2.25, 2.5, ['ART-6'], 'The article\'s "~2 to 2.5x".'),
    maintenance: SWITCHOVER_MAINTENANCE,
    oneOff: SELF_MANAGED_HA_EFFORT,
    settings: { replication: 'synchronous' },
    summary: "The article's active-passive sync pattern: RTO 15–60 s, RPO 0.",
  },
  {
    id: 'patroni-sync-article',
    name: 'Patroni (PostgreSQL), synchronous (the article)',
    slot: 'activePassiveSync',
    replication: 'sync',
    ...PATRONI_ARTICLE_PHASES,
    replicationLag: SYNC_DEGRADED_LAG,
    cost: articleCost(2, 2.25, 2.5, ['ART-6'], 'The article\'s "~2 to 2.5x" for synchronous replication.'),
    maintenance: SWITCHOVER_MAINTENANCE,
    oneOff: SELF_MANAGED_HA_EFFORT,
    settings: PATRONI_FAST_SETTINGS,
    assumedOperations: PIGSTY_FAST_OPERATIONS,
    summary:
      'The article\'s "average RTO of 23 to 24 seconds" for Patroni, which is Pigsty\'s model of its fast preset.',
  },
  {
    id: 'article-ap-dr',
    name: 'Active-passive, synchronous, with a standby in a second region',
    slot: 'activePassiveDr',
    replication: 'sync',
    ...ARTICLE_SYNC_PHASES,
    replicationLag: SYNC_DEGRADED_LAG,
    crossRegion: {
      replication: 'async',
      decidedBy: 'people',
      decision: PEOPLE_DECIDE_REGION_FAILOVER,
      promotion: assumed(
        triangular(30, 120, 600),
        ['ART-1'],
        'The article has no cross-region standby; promoting one by hand is taken as 30 s / 2 min / 10 min ' +
          '(assumption).',
      ),
      replicationLag: CROSS_REGION_LAG,
    },
    cost: articleCost(
      3,
      3.5,
      4.5,
      ['ART-6'],
      'The article\'s synchronous pair ("~2 to 2.5x") plus a standby in a second region at 1–2x: the article ' +
        'names no such pattern, so the sum is an assumption.',
    ),
    maintenance: SWITCHOVER_MAINTENANCE,
    oneOff: SELF_MANAGED_DR_EFFORT,
    settings: { replication: 'synchronous in the region, asynchronous to the second region' },
    summary:
      "The article's synchronous pattern in one region plus a warm standby in a second, promoted by people.",
  },
  {
    id: 'cosmos-db-article',
    name: 'Azure Cosmos DB, per-partition failover (the article)',
    slot: 'activePassiveDr',
    replication: 'consensus',
    ...COSMOS_IN_REGION,
    crossRegion: {
      replication: 'sync',
      decidedBy: 'automation',
      ...cosmosPhases(['ART-11', 'CDB-4']),
    },
    cost: cost(
      { nodes: range(2), storageCopies: range(2), crossRegionCopies: 1 },
      ['COST-2'],
      'Provisioned throughput is billed in every region of the account (COST-2): two regions, twice one.',
      false,
    ),
    maintenance: maintenance(
      0,
      0,
      ['CDB-1'],
      'A managed service patched behind its replicas: no planned downtime.',
    ),
    oneOff: MANAGED_DR_EFFORT,
    settings: { consistency: 'Strong', failover: 'per-partition automatic (PPAF)' },
    summary:
      'The article\'s "under 2 minutes" to recover write availability in a Cosmos DB per-partition failover.',
  },
  {
    id: 'article-active-active',
    name: 'Multi-region active-active (the article)',
    slot: 'activeActive',
    replication: 'consensus',
    ...ARTICLE_CONSENSUS_PHASES,
    crossRegion: {
      replication: 'consensus',
      decidedBy: 'automation',
      ...ARTICLE_CONSENSUS_PHASES,
      replicationLag: QUORUM_LOSS_LAG,
    },
    topology: { activeActiveRegions: 3, replicationFactor: 3, witnessRegion: false },
    cost: ARTICLE_AA_COST,
    maintenance: maintenance(4, 6, ['ART-7'], 'Rolling upgrades, four a year of 6 s: an assumption.'),
    oneOff: DISTRIBUTED_SQL_EFFORT,
    settings: { replication: 'consensus across regions' },
    summary: "The article's multi-region active-active pattern: RTO under 30 s, RPO near zero.",
  },
  {
    id: 'yugabytedb-article',
    name: 'YugabyteDB (the article)',
    slot: 'activeActive',
    replication: 'consensus',
    ...yugabytePhases(['ART-12', 'YB-1']),
    crossRegion: {
      replication: 'consensus',
      decidedBy: 'automation',
      ...yugabytePhases(['ART-12', 'YB-1']),
      replicationLag: QUORUM_LOSS_LAG,
    },
    topology: { activeActiveRegions: 3, replicationFactor: 3, witnessRegion: false },
    cost: ARTICLE_AA_COST,
    maintenance: maintenance(4, 6, ['YB-1'], 'Rolling upgrades, four a year of 6 s: an assumption.'),
    oneOff: DISTRIBUTED_SQL_EFFORT,
    settings: { replication_factor: '3', placement: 'one replica per region' },
    summary: 'The article\'s "new leader in approximately 3 seconds" for YugabyteDB.',
  },
];
