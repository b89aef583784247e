import type { SourcedDist, TechnologyPreset } from '../types';
import { assumed, fixed, lognormal, sourced, triangular, uniform } from './build';

/**
 * Technology presets: the data layer's part of one automated failover, in seconds.
 * detection + decision + promotion end when a new primary (or leaseholder) accepts writes; the engine adds
 * the traffic reroute (the traffic layer's health check, extra time and DNS TTL) on top, so no preset
 * includes HAProxy, load-balancer or DNS time. Replication lag is in seconds of writes.
 */

// ---------------------------------------------------------------------------------------------------------
// Shared pieces

/** Steady-state in-region async lag (benchmarks.md §2.2): tens of ms, heavier tail under load. */
const IN_REGION_LAG: SourcedDist = assumed(
  lognormal(0.05, 2, 60),
  ['LAG-1', 'LAG-6', 'LAG-10', 'LAG-7'],
  'Steady-state in-region lag is 10–20 ms (LAG-1, LAG-6) and grows under load or network trouble (LAG-10). ' +
    'The median 0.05 s, p95 2 s and the 60-s cap are a modelling choice (benchmarks.md §2.2); beyond the ' +
    'failover eligibility cap (1 MiB, LAG-7) automation refuses to promote, which the manual path covers.',
);

/** Lag drawn only in the rare window when a synchronous pair had fallen back to async. */
const SYNC_DEGRADED_LAG: SourcedDist = assumed(
  lognormal(0.05, 2, 60),
  ['MYS-1', 'AZ-1', 'GCP-2', 'PAT-8', 'LAG-1', 'LAG-6'],
  'RPO is 0 while the synchronous standby acknowledges (AZ-1, GCP-2, PAT-8). Degraded windows exist: MySQL ' +
    'semi-sync reverts to async after 10 s without an ack (MYS-1). In that window the in-region async lag ' +
    '(median 0.05 s, p95 2 s, cap 60 s; benchmarks.md §2.2) applies.',
);

/** Cross-region async lag (benchmarks.md §2.4). */
const CROSS_REGION_LAG: SourcedDist = sourced(
  lognormal(0.5, 5, 900),
  ['LAG-2', 'LAG-3', 'LAG-4', 'LAG-5'],
  'Typically < 1 s (LAG-2), RPO 5 s for Azure SQL geo-replication (LAG-3), 45–80 ms for PostgreSQL ' +
    'coast to coast (LAG-5); capped at the < 15 min bound Cosmos DB documents (LAG-4). Lognormal fit.',
);

/** Patroni with its defaults ttl 30 / loop_wait 10 / retry_timeout 10 (PAT-1), phase formulas of PAT-6. */
const PATRONI_DEFAULT_PHASES = {
  detection: sourced(uniform(20, 30), ['PAT-1', 'PAT-6'], 'Leader lease expiry: ttl − loop_wait … ttl.'),
  decision: sourced(
    uniform(0, 10),
    ['PAT-1', 'PAT-6'],
    'A replica notices the free lock within one loop_wait.',
  ),
  promotion: sourced(triangular(0, 1, 2), ['PAT-6'], 'Lock contest and pg_promote: 0/1/2 s.'),
};
const PATRONI_DEFAULT_SETTINGS = { ttl: '30 s', loop_wait: '10 s', retry_timeout: '10 s' };

/** Pigsty `fast` preset: ttl 20 / loop_wait 5 / retry 5, HAProxy inter 1 s (PAT-5, PAT-6). */
const PATRONI_FAST_PHASES = {
  detection: sourced(uniform(15, 20), ['PAT-5', 'PAT-6'], 'Lease expiry, fast preset: 15/17/20 s.'),
  decision: sourced(uniform(0, 5), ['PAT-5', 'PAT-6'], 'Replica detection within one loop_wait: 0/3/5 s.'),
  promotion: sourced(triangular(0, 1, 2), ['PAT-6'], 'Lock contest and pg_promote: 0/1/2 s.'),
};
const PATRONI_FAST_SETTINGS = { ttl: '20 s', loop_wait: '5 s', retry_timeout: '5 s', synchronous_mode: 'on' };
/** Pigsty fast: HAProxy checks every 1 s and needs 2 checks, i.e. a 1–2 s check as in PAT-6. */
const PIGSTY_FAST_OPERATIONS = { healthCheckIntervalSeconds: 1, healthCheckFailureThreshold: 2 };

/** pg_auto_failover monitor defaults (PAF-1, PAF-2). */
const PG_AUTO_FAILOVER_PHASES = {
  detection: sourced(
    uniform(20, 25),
    ['PAF-1', 'PAF-2'],
    'node_considered_unhealthy_timeout 20 s, plus up to one 5-s monitor health-check period.',
  ),
  decision: sourced(
    fixed(30),
    ['PAF-2'],
    'The monitor waits a full primary_demote_timeout (30 s) before promoting.',
  ),
  promotion: assumed(
    triangular(0, 1, 5),
    ['PAT-6'],
    'pg_promote takes 0–2 s (PAT-6, under Patroni); the keeper state transition on top is an assumption.',
  ),
};
const PG_AUTO_FAILOVER_SETTINGS = {
  health_check_period: '5 s',
  node_considered_unhealthy_timeout: '20 s',
  primary_demote_timeout: '30 s',
};

/** Managed failover given only as a total: phases split per benchmarks.md §2.3(b). */
function managedSplit(total: string, figures: string[]) {
  const note = `The source gives only a total (${total}); the split into phases is an assumption (benchmarks.md §2.3 b).`;
  return { figures, note };
}

/** Cosmos DB per-partition automatic failover timeline (CDB-4). */
function cosmosPhases(figures: string[]) {
  const note =
    'Timeline T0 + ~60 s heartbeats missed, + ~90 s new write region, < 2 min writes restored (P99). The ' +
    'same doc also says < 3 min at P99 (CDB-4); the spread around the timeline points is an assumption.';
  return {
    detection: assumed(triangular(50, 60, 70), figures, note),
    decision: assumed(triangular(20, 30, 40), figures, note),
    promotion: assumed(triangular(0, 10, 40), figures, note),
  };
}

/** YugabyteDB: ~3 s in total (YB-1), leader lease 2 s (YB-2). */
function yugabytePhases(figures: string[]) {
  const note = 'The source gives ~3 s in total (YB-1); the split into phases is an assumption.';
  return {
    detection: assumed(triangular(0.5, 1.5, 2.5), figures, note),
    decision: assumed(
      triangular(0.1, 0.5, 1),
      [...figures, 'ETC-1'],
      `${note} Raft elections run on timers of the order of 1 s (etcd defaults, ETC-1).`,
    ),
    promotion: assumed(
      triangular(0.5, 1, 2),
      [...figures, 'YB-2'],
      'The new leader waits out the old leader lease (2 s, YB-2) before serving.',
    ),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Sourced presets, asynchronous replication (active-passive async slot)

const AURORA = managedSplit('FAQ "within 30 seconds", User Guide "less than 120 seconds"', [
  'AWS-3',
  'AWS-4',
  'AWS-6',
]);

const SOURCED_ASYNC: TechnologyPreset[] = [
  {
    id: 'patroni-async',
    name: 'Patroni (PostgreSQL), asynchronous, defaults',
    replication: 'async',
    ...PATRONI_DEFAULT_PHASES,
    replicationLag: IN_REGION_LAG,
    settings: { ...PATRONI_DEFAULT_SETTINGS, synchronous_mode: 'off' },
    summary:
      'PostgreSQL managed by Patroni with its default timers; a failover waits out the 30-s leader lease.',
  },
  {
    id: 'pg-auto-failover-async',
    name: 'pg_auto_failover (PostgreSQL), asynchronous',
    replication: 'async',
    ...PG_AUTO_FAILOVER_PHASES,
    replicationLag: IN_REGION_LAG,
    settings: { ...PG_AUTO_FAILOVER_SETTINGS, number_sync_standbys: '0' },
    summary:
      'A monitor node promotes the standby once the primary is unhealthy for 20 s and a 30-s demote timeout ends.',
  },
  {
    id: 'repmgr-async',
    name: 'repmgr (PostgreSQL), asynchronous',
    replication: 'async',
    detection: sourced(
      uniform(60, 62),
      ['REP-1'],
      'reconnect_attempts 6 × reconnect_interval 10 s after the first missed check of a 2-s monitor cycle.',
    ),
    decision: assumed(triangular(0, 1, 5), [], 'repmgrd election among standbys; no published figure.'),
    promotion: assumed(
      triangular(0, 2, 10),
      ['PAT-6'],
      'repmgr standby promote runs pg_promote (0–2 s under Patroni, PAT-6); longer if WAL replay is pending.',
    ),
    replicationLag: IN_REGION_LAG,
    settings: { monitor_interval_secs: '2', reconnect_attempts: '6', reconnect_interval: '10 s' },
    summary:
      'repmgrd declares the primary failed after about 60 s of reconnect attempts, then promotes a standby.',
  },
  {
    id: 'redis-sentinel',
    name: 'Redis Sentinel',
    replication: 'async',
    detection: sourced(fixed(30), ['RSE-1'], 'down-after-milliseconds default 30 s.'),
    decision: assumed(
      triangular(0, 1, 5),
      ['RSE-1'],
      'ODOWN quorum and Sentinel leader election; no published duration. A failed attempt is retried only after ' +
        'failover-timeout (3 min), which the manual path covers.',
    ),
    promotion: assumed(
      triangular(0, 1, 5),
      ['RSE-1'],
      'REPLICAOF NO ONE and reconfiguration of the other replicas (parallel-syncs 1); no published duration.',
    ),
    replicationLag: IN_REGION_LAG,
    settings: { 'down-after-milliseconds': '30000', 'failover-timeout': '180000', 'parallel-syncs': '1' },
    summary:
      'Sentinels agree the primary is down after 30 s without a reply, elect a leader and promote a replica.',
  },
  {
    id: 'mongodb-replica-set-w1',
    name: 'MongoDB replica set, write concern w:1',
    replication: 'async',
    detection: sourced(
      uniform(8, 10),
      ['MDB-1', 'MDB-2'],
      'electionTimeoutMillis 10 s counted from the last heartbeat, which came up to one 2-s interval before the failure.',
    ),
    decision: assumed(
      triangular(0.5, 1, 2),
      ['MDB-1'],
      'The election itself; the docs give only a median total of at most 12 s (MDB-1).',
    ),
    promotion: assumed(
      triangular(0, 0.5, 2),
      ['MDB-1'],
      'New primary steps up; part of the ≤ 12 s median total (MDB-1).',
    ),
    replicationLag: IN_REGION_LAG,
    settings: { electionTimeoutMillis: '10000', heartbeatIntervalMillis: '2000', writeConcern: 'w:1' },
    summary:
      'Secondaries call an election 10 s after losing the primary; writes acknowledged by one node can be lost.',
  },
  {
    id: 'aurora-postgresql',
    name: 'Amazon Aurora PostgreSQL, with a replica',
    replication: 'async',
    detection: assumed(triangular(5, 15, 45), AURORA.figures, AURORA.note),
    decision: assumed(triangular(0, 3, 10), AURORA.figures, AURORA.note),
    promotion: assumed(triangular(2, 10, 50), AURORA.figures, AURORA.note),
    replicationLag: assumed(
      lognormal(0.015, 0.1, 5),
      ['AWS-6', 'LAG-1'],
      'In-cluster lag 10–20 ms (AWS-6). Replicas share the cluster volume, so this is conservative; the p95 and cap ' +
        'are assumptions.',
    ),
    settings: { replicas: '1 or more', 'DNS TTL': '5 s' },
    summary:
      'Aurora promotes a replica on the shared 6-copy volume; AWS quotes 30 s (FAQ) to under 120 s (User Guide).',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Sourced presets, synchronous replication (active-passive sync slot)

const RDS_INSTANCE = managedSplit('"typically 60–120 seconds"', ['AWS-1']);
const AZURE_PG = managedSplit('"within 60s-120s"', ['AZ-1']);
const RDS_CLUSTER = managedSplit('"typically under 35 seconds"', ['AWS-2']);

const SOURCED_SYNC: TechnologyPreset[] = [
  {
    id: 'patroni-sync',
    name: 'Patroni (PostgreSQL), synchronous, defaults',
    replication: 'sync',
    ...PATRONI_DEFAULT_PHASES,
    replicationLag: SYNC_DEGRADED_LAG,
    settings: { ...PATRONI_DEFAULT_SETTINGS, synchronous_mode: 'on' },
    summary:
      'Patroni with synchronous_mode and default timers: no data loss, a failover waits out the 30-s lease.',
  },
  {
    id: 'patroni-sync-tuned',
    name: 'Patroni (PostgreSQL), synchronous, Pigsty fast preset',
    replication: 'sync',
    ...PATRONI_FAST_PHASES,
    replicationLag: SYNC_DEGRADED_LAG,
    settings: PATRONI_FAST_SETTINGS,
    assumedOperations: PIGSTY_FAST_OPERATIONS,
    summary:
      "Patroni tuned to a 20-s lease with HAProxy checks every second; Pigsty's model gives 16/23/29 s, production 20–30 s.",
  },
  {
    id: 'pg-auto-failover-sync',
    name: 'pg_auto_failover (PostgreSQL), synchronous',
    replication: 'sync',
    ...PG_AUTO_FAILOVER_PHASES,
    replicationLag: SYNC_DEGRADED_LAG,
    settings: { ...PG_AUTO_FAILOVER_SETTINGS, number_sync_standbys: '1' },
    summary: 'pg_auto_failover with a synchronous standby: the same monitor timers, no data loss.',
  },
  {
    id: 'mysql-group-replication',
    name: 'MySQL Group Replication, single primary',
    replication: 'sync',
    detection: sourced(fixed(5), ['MYG-1'], '5-s detection period before a member is suspected.'),
    decision: sourced(
      fixed(5),
      ['MYG-1'],
      'group_replication_member_expel_timeout 5 s, then a new primary is elected.',
    ),
    promotion: assumed(
      triangular(0, 1, 3),
      ['MYG-1'],
      'Primary election and applying the backlog; no published duration.',
    ),
    replicationLag: SYNC_DEGRADED_LAG,
    settings: { group_replication_member_expel_timeout: '5 s', group_replication_single_primary_mode: 'ON' },
    summary:
      'The group expels an unreachable primary after 10 s and elects a new one automatically (MySQL 8.0.21+).',
  },
  {
    id: 'mongodb-replica-set-majority',
    name: 'MongoDB replica set, write concern majority',
    replication: 'sync',
    detection: sourced(
      uniform(8, 10),
      ['MDB-1', 'MDB-2'],
      'electionTimeoutMillis 10 s counted from the last heartbeat (2-s interval).',
    ),
    decision: assumed(
      triangular(0.5, 1, 2),
      ['MDB-1'],
      'The election; the docs give only a median total of ≤ 12 s.',
    ),
    promotion: assumed(
      triangular(0, 0.5, 2),
      ['MDB-1'],
      'New primary steps up; part of the ≤ 12 s median total.',
    ),
    replicationLag: SYNC_DEGRADED_LAG,
    settings: { electionTimeoutMillis: '10000', heartbeatIntervalMillis: '2000', writeConcern: 'majority' },
    summary: 'Writes wait for a majority, so an elected secondary has them all; election as with w:1.',
  },
  {
    id: 'rds-multi-az-instance',
    name: 'Amazon RDS Multi-AZ DB instance',
    replication: 'sync',
    detection: assumed(triangular(15, 30, 60), RDS_INSTANCE.figures, RDS_INSTANCE.note),
    decision: assumed(triangular(0, 5, 10), RDS_INSTANCE.figures, RDS_INSTANCE.note),
    promotion: assumed(triangular(10, 20, 40), RDS_INSTANCE.figures, RDS_INSTANCE.note),
    replicationLag: SYNC_DEGRADED_LAG,
    settings: { deployment: 'Multi-AZ DB instance (one synchronous standby)' },
    summary: 'A managed synchronous standby in another zone; AWS says failover typically takes 60–120 s.',
  },
  {
    id: 'rds-multi-az-cluster',
    name: 'Amazon RDS Multi-AZ DB cluster',
    replication: 'sync',
    detection: assumed(triangular(5, 10, 20), RDS_CLUSTER.figures, RDS_CLUSTER.note),
    decision: assumed(triangular(0, 2, 5), RDS_CLUSTER.figures, RDS_CLUSTER.note),
    promotion: assumed(triangular(1, 3, 10), RDS_CLUSTER.figures, RDS_CLUSTER.note),
    replicationLag: SYNC_DEGRADED_LAG,
    settings: { deployment: 'Multi-AZ DB cluster (one writer, two readable standbys)' },
    summary: 'One writer and two readable standbys; AWS says failover typically takes under 35 s.',
  },
  {
    id: 'azure-postgresql-zone-redundant',
    name: 'Azure Database for PostgreSQL Flexible Server, zone-redundant HA',
    replication: 'sync',
    detection: assumed(triangular(15, 30, 60), AZURE_PG.figures, AZURE_PG.note),
    decision: assumed(triangular(0, 5, 10), AZURE_PG.figures, AZURE_PG.note),
    promotion: assumed(triangular(10, 20, 40), AZURE_PG.figures, AZURE_PG.note),
    replicationLag: SYNC_DEGRADED_LAG,
    settings: { high_availability: 'ZoneRedundant' },
    summary:
      'A managed synchronous standby in another zone; Microsoft expects RTO within 60–120 s and RPO 0.',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Sourced presets, multi-region data layers (active-active slot)

const SOURCED_ACTIVE_ACTIVE: TechnologyPreset[] = [
  {
    id: 'yugabytedb',
    name: 'YugabyteDB (Raft, replication factor 3)',
    replication: 'consensus',
    ...yugabytePhases(['YB-1']),
    settings: { replication_factor: '3', leader_lease: '2 s' },
    summary:
      'Raft re-elects tablet leaders in about 3 s after a node is lost; committed writes are on a majority.',
  },
  {
    id: 'cockroachdb',
    name: 'CockroachDB (Raft, expiration-based leases)',
    replication: 'consensus',
    detection: sourced(
      uniform(4.5, 9),
      ['CRDB-1'],
      'The 9-s range lease was last extended up to 4.5 s before the failure, so it expires 4.5–9 s later.',
    ),
    decision: assumed(
      triangular(0, 1.5, 6),
      ['CRDB-1'],
      'The Raft election (3–6 s) overlaps the lease wait; the part left after expiry is an assumption.',
    ),
    promotion: assumed(
      triangular(0, 0.5, 2),
      ['CRDB-1'],
      'The new leader acquires the lease; no published duration.',
    ),
    settings: { lease_duration: '9 s', lease_extension_interval: '4.5 s', raft_election_timeout: '3–6 s' },
    summary:
      'A range is unavailable until its 9-s lease expires and a new Raft leader takes it: "more than just the 9s".',
  },
  {
    id: 'cosmos-db-ppaf',
    name: 'Azure Cosmos DB, strong consistency, per-partition automatic failover',
    replication: 'consensus',
    ...cosmosPhases(['CDB-4']),
    settings: { consistency: 'Strong', failover: 'per-partition automatic (PPAF)' },
    summary:
      'Per-partition failover restores writes in < 2 min at P99 (another doc version: < 3 min) with RPO 0.',
  },
  {
    id: 'cosmos-db-session',
    name: 'Azure Cosmos DB, session consistency, per-partition automatic failover',
    replication: 'async-multi-master',
    ...cosmosPhases(['CDB-4']),
    replicationLag: sourced(
      lognormal(0.5, 5, 900),
      ['CDB-2', 'LAG-4', 'LAG-2'],
      'Session consistency loses < 15 min of writes in a region outage (CDB-2); the lognormal inside that bound is ' +
        'the cross-region default (benchmarks.md §2.4).',
    ),
    settings: { consistency: 'Session', failover: 'per-partition automatic (PPAF)' },
    summary:
      'The same failover timeline as strong consistency, but writes not yet replicated (< 15 min) can be lost.',
  },
  {
    id: 'aurora-global',
    name: 'Amazon Aurora Global Database, unplanned failover',
    replication: 'async-multi-master',
    detection: assumed(
      triangular(30, 60, 120),
      ['AWS-7', 'R53-1'],
      'Noticing the region is down through health checks and alarms (default alarm 1 min, R53-1); an assumption.',
    ),
    decision: assumed(
      triangular(60, 180, 600),
      ['AWS-7'],
      'Unplanned failover is a manual detach-and-promote with "RTO in the order of minutes" (AWS-7); the time to ' +
        'start it (runbook automation or a person) is an assumption.',
    ),
    promotion: sourced(
      triangular(10, 30, 60),
      ['AWS-7'],
      'Promote a secondary region "in under a minute" (WA Labs).',
    ),
    replicationLag: CROSS_REGION_LAG,
    settings: { failover: 'unplanned: detach and promote a secondary region' },
    summary:
      'Cross-region replicas lag typically < 1 s; losing the primary region needs a detach-and-promote of minutes.',
  },
];

// ---------------------------------------------------------------------------------------------------------
// The article's presets (ART-* figures). The three generic ones are calibrated so that, with the engine's
// default reroute (health check every 5 s, threshold 3: uniform 10–15 s), the totals land in the article's
// table; the article gives only totals, so every split below is an assumption.

const ARTICLE_SPLIT =
  'The article gives only a total; the split into phases, calibrated to it, is an assumption.';

const ARTICLE_PRESETS: TechnologyPreset[] = [
  {
    id: 'article-ap-async',
    name: 'Active-passive, asynchronous (the article)',
    replication: 'async',
    detection: assumed(triangular(15, 30, 90), ['ART-1'], ARTICLE_SPLIT),
    decision: assumed(triangular(0, 3, 15), ['ART-1'], ARTICLE_SPLIT),
    promotion: assumed(triangular(1, 2, 10), ['ART-1'], ARTICLE_SPLIT),
    replicationLag: assumed(
      lognormal(2, 60, 600),
      ['ART-2'],
      '"Seconds to minutes" read as a median of 2 s, a p95 of 1 min and a cap of 10 min (assumption).',
    ),
    settings: { replication: 'asynchronous' },
    summary: "The article's active-passive async pattern: RTO 30–120 s, RPO of seconds to minutes.",
  },
  {
    id: 'article-ap-sync',
    name: 'Active-passive, synchronous (the article)',
    replication: 'sync',
    detection: assumed(triangular(5, 18, 35), ['ART-4'], ARTICLE_SPLIT),
    decision: assumed(triangular(0, 2, 5), ['ART-4'], ARTICLE_SPLIT),
    promotion: assumed(triangular(0, 1, 3), ['ART-4'], ARTICLE_SPLIT),
    replicationLag: SYNC_DEGRADED_LAG,
    settings: { replication: 'synchronous' },
    summary: "The article's active-passive sync pattern: RTO 15–60 s, RPO 0.",
  },
  {
    id: 'article-active-active',
    name: 'Multi-region active-active (the article)',
    replication: 'consensus',
    detection: assumed(triangular(0.5, 2, 6), ['ART-7', 'ART-8'], ARTICLE_SPLIT),
    decision: assumed(triangular(0, 1, 3), ['ART-7', 'ART-8'], ARTICLE_SPLIT),
    promotion: assumed(triangular(0, 0.5, 2), ['ART-7', 'ART-8'], ARTICLE_SPLIT),
    settings: { replication: 'consensus across regions' },
    summary: "The article's multi-region active-active pattern: RTO under 30 s, RPO near zero.",
  },
  {
    id: 'patroni-sync-article',
    name: 'Patroni (PostgreSQL), synchronous (the article)',
    replication: 'sync',
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
    replicationLag: SYNC_DEGRADED_LAG,
    settings: PATRONI_FAST_SETTINGS,
    assumedOperations: PIGSTY_FAST_OPERATIONS,
    summary:
      'The article\'s "average RTO of 23 to 24 seconds" for Patroni, which is Pigsty\'s model of its fast preset.',
  },
  {
    id: 'yugabytedb-article',
    name: 'YugabyteDB (the article)',
    replication: 'consensus',
    ...yugabytePhases(['ART-12', 'YB-1']),
    settings: { replication_factor: '3' },
    summary: 'The article\'s "new leader in approximately 3 seconds" for YugabyteDB.',
  },
  {
    id: 'cosmos-db-article',
    name: 'Azure Cosmos DB, per-partition failover (the article)',
    replication: 'consensus',
    detection: assumed(
      triangular(50, 60, 70),
      ['ART-11', 'CDB-4'],
      'Heartbeats missed at ~60 s (CDB-4); spread assumed.',
    ),
    decision: assumed(
      triangular(20, 30, 40),
      ['ART-11', 'CDB-4'],
      'New write region at ~90 s (CDB-4); spread assumed.',
    ),
    promotion: assumed(
      triangular(0, 10, 20),
      ['ART-11', 'CDB-4'],
      'Writes restored "in under 2 minutes" (the article; CDB-4 P99); spread assumed.',
    ),
    settings: { consistency: 'Strong', failover: 'per-partition automatic (PPAF)' },
    summary:
      'The article\'s "under 2 minutes" to recover write availability in a Cosmos DB per-partition failover.',
  },
];

export const TECHNOLOGIES: readonly TechnologyPreset[] = [
  ...SOURCED_ASYNC,
  ...SOURCED_SYNC,
  ...SOURCED_ACTIVE_ACTIVE,
  ...ARTICLE_PRESETS,
];

/** Ids of the sourced presets, in catalogue order. */
export const SOURCED_TECHNOLOGY_IDS: readonly string[] = [
  ...SOURCED_ASYNC,
  ...SOURCED_SYNC,
  ...SOURCED_ACTIVE_ACTIVE,
].map((t) => t.id);

/** Ids of the article's presets, in catalogue order. */
export const ARTICLE_TECHNOLOGY_IDS: readonly string[] = ARTICLE_PRESETS.map((t) => t.id);
