import type { TechnologyPreset } from '../../types';
import { assumed, fixed, lognormal, sourced, triangular, uniform } from '../build';
import {
  cost,
  MANAGED_HA_EFFORT,
  MANAGED_PAIR_COST,
  maintenance,
  range,
  SELF_MANAGED_HA_EFFORT,
  SELF_MANAGED_PAIR_COST,
  SWITCHOVER_MAINTENANCE,
} from '../economics';
import { IN_REGION_LAG, SYNC_DEGRADED_LAG } from '../lags';
import {
  managedPhases,
  PATRONI_DEFAULT_PHASES,
  PATRONI_DEFAULT_SETTINGS,
  PATRONI_FAST_PHASES,
  PATRONI_FAST_SETTINGS,
  PG_AUTO_FAILOVER_PHASES,
  PG_AUTO_FAILOVER_SETTINGS,
  PIGSTY_FAST_OPERATIONS,
} from '../phases';

/**
 * Active-passive presets of the sourced set: a primary and a standby in another zone of the same region,
 * replicating asynchronously (a standby may lag) or synchronously (it acknowledges every commit).
 */

const SELF_MANAGED = {
  cost: SELF_MANAGED_PAIR_COST,
  maintenance: SWITCHOVER_MAINTENANCE,
  oneOff: SELF_MANAGED_HA_EFFORT,
};

/** A three-member replica set or group: three full database nodes. */
const THREE_MEMBERS = {
  ...SELF_MANAGED,
  cost: cost(
    { nodes: range(3), storageCopies: range(3) },
    [],
    'Three members of the baseline size, each with a copy of the data: the smallest group that keeps a ' +
      'majority through one loss. An assumption: enter a quote for exact prices.',
  ),
};

export const ASYNC_PRESETS: TechnologyPreset[] = [
  {
    id: 'patroni-async',
    name: 'Patroni (PostgreSQL), asynchronous, defaults',
    slot: 'activePassiveAsync',
    replication: 'async',
    ...PATRONI_DEFAULT_PHASES,
    replicationLag: IN_REGION_LAG,
    ...SELF_MANAGED,
    settings: { ...PATRONI_DEFAULT_SETTINGS, synchronous_mode: 'off' },
    summary:
      'PostgreSQL managed by Patroni with its default timers; a failover waits out the 30-s leader lease.',
  },
  {
    id: 'pg-auto-failover-async',
    name: 'pg_auto_failover (PostgreSQL), asynchronous',
    slot: 'activePassiveAsync',
    replication: 'async',
    ...PG_AUTO_FAILOVER_PHASES,
    replicationLag: IN_REGION_LAG,
    ...SELF_MANAGED,
    settings: { ...PG_AUTO_FAILOVER_SETTINGS, number_sync_standbys: '0' },
    summary:
      'A monitor node promotes the standby once the primary is unhealthy for 20 s and a 30-s demote timeout ends.',
  },
  {
    id: 'repmgr-async',
    name: 'repmgr (PostgreSQL), asynchronous',
    slot: 'activePassiveAsync',
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
    ...SELF_MANAGED,
    settings: { monitor_interval_secs: '2', reconnect_attempts: '6', reconnect_interval: '10 s' },
    summary:
      'repmgrd declares the primary failed after about 60 s of reconnect attempts, then promotes a standby.',
  },
  {
    id: 'redis-sentinel',
    name: 'Redis Sentinel',
    slot: 'activePassiveAsync',
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
    ...SELF_MANAGED,
    settings: { 'down-after-milliseconds': '30000', 'failover-timeout': '180000', 'parallel-syncs': '1' },
    summary:
      'Sentinels agree the primary is down after 30 s without a reply, elect a leader and promote a replica.',
  },
  {
    id: 'mongodb-replica-set-w1',
    name: 'MongoDB replica set, write concern w:1',
    slot: 'activePassiveAsync',
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
    ...THREE_MEMBERS,
    settings: { electionTimeoutMillis: '10000', heartbeatIntervalMillis: '2000', writeConcern: 'w:1' },
    summary:
      'Secondaries call an election 10 s after losing the primary; writes acknowledged by one node can be lost.',
  },
  {
    id: 'aurora-postgresql',
    name: 'Amazon Aurora PostgreSQL, with a replica',
    slot: 'activePassiveAsync',
    replication: 'async',
    ...managedPhases(
      'FAQ "within 30 seconds", User Guide "less than 120 seconds"',
      ['AWS-3', 'AWS-4', 'AWS-6'],
      [5, 15, 45],
      [0, 3, 10],
      [2, 10, 50],
    ),
    replicationLag: assumed(
      lognormal(0.015, 0.1, 5),
      ['AWS-6', 'LAG-1'],
      'In-cluster lag 10–20 ms (AWS-6). Replicas share the cluster volume, so this is conservative; the 95th ' +
        'percentile and cap are assumptions.',
    ),
    cost: cost(
      { nodes: range(2), storageCopies: range(1) },
      ['AWS-3'],
      'A writer and one replica instance on one shared cluster volume (billed once, AWS-3).',
      false,
    ),
    maintenance: SWITCHOVER_MAINTENANCE,
    oneOff: MANAGED_HA_EFFORT,
    settings: { replicas: '1 or more', 'DNS TTL': '5 s' },
    summary:
      'Aurora promotes a replica on the shared 6-copy volume; AWS quotes 30 s (FAQ) to under 120 s (User Guide).',
  },
];

/** Managed synchronous HA: patched standby-first, then failed over, so a maintenance costs a failover. */
const managedFailoverMaintenance = (seconds: number, figures: string[], total: string) =>
  maintenance(
    4,
    seconds,
    figures,
    `Four maintenance events a year, each applied to the standby first and then failed over (${total}); ` +
      'the count is an assumption.',
  );

export const SYNC_PRESETS: TechnologyPreset[] = [
  {
    id: 'patroni-sync',
    name: 'Patroni (PostgreSQL), synchronous, defaults',
    slot: 'activePassiveSync',
    replication: 'sync',
    ...PATRONI_DEFAULT_PHASES,
    replicationLag: SYNC_DEGRADED_LAG,
    ...SELF_MANAGED,
    settings: { ...PATRONI_DEFAULT_SETTINGS, synchronous_mode: 'on' },
    summary:
      'Patroni with synchronous_mode and default timers: no data loss, a failover waits out the 30-s lease.',
  },
  {
    id: 'patroni-sync-tuned',
    name: 'Patroni (PostgreSQL), synchronous, Pigsty fast preset',
    slot: 'activePassiveSync',
    replication: 'sync',
    ...PATRONI_FAST_PHASES,
    replicationLag: SYNC_DEGRADED_LAG,
    ...SELF_MANAGED,
    settings: PATRONI_FAST_SETTINGS,
    assumedOperations: PIGSTY_FAST_OPERATIONS,
    summary:
      "Patroni tuned to a 20-s lease with HAProxy checks every second; Pigsty's model gives 16/23/29 s, production 20–30 s.",
  },
  {
    id: 'pg-auto-failover-sync',
    name: 'pg_auto_failover (PostgreSQL), synchronous',
    slot: 'activePassiveSync',
    replication: 'sync',
    ...PG_AUTO_FAILOVER_PHASES,
    replicationLag: SYNC_DEGRADED_LAG,
    ...SELF_MANAGED,
    settings: { ...PG_AUTO_FAILOVER_SETTINGS, number_sync_standbys: '1' },
    summary: 'pg_auto_failover with a synchronous standby: the same monitor timers, no data loss.',
  },
  {
    id: 'mysql-group-replication',
    name: 'MySQL Group Replication, single primary',
    slot: 'activePassiveSync',
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
    ...THREE_MEMBERS,
    settings: { group_replication_member_expel_timeout: '5 s', group_replication_single_primary_mode: 'ON' },
    summary:
      'The group expels an unreachable primary after 10 s and elects a new one automatically (MySQL 8.0.21+).',
  },
  {
    id: 'mongodb-replica-set-majority',
    name: 'MongoDB replica set, write concern majority',
    slot: 'activePassiveSync',
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
    ...THREE_MEMBERS,
    settings: { electionTimeoutMillis: '10000', heartbeatIntervalMillis: '2000', writeConcern: 'majority' },
    summary: 'Writes wait for a majority, so an elected secondary has them all; election as with w:1.',
  },
  {
    id: 'rds-multi-az-instance',
    name: 'Amazon RDS Multi-AZ DB instance',
    slot: 'activePassiveSync',
    replication: 'sync',
    ...managedPhases('"typically 60–120 seconds"', ['AWS-1'], [15, 30, 60], [0, 5, 10], [10, 20, 40]),
    replicationLag: SYNC_DEGRADED_LAG,
    cost: MANAGED_PAIR_COST(
      ['AWS-1'],
      'A primary and a synchronous standby of the same class, each with its storage: billed as two instances.',
    ),
    maintenance: managedFailoverMaintenance(90, ['AWS-1'], 'a failover typically takes 60–120 s, AWS-1'),
    oneOff: MANAGED_HA_EFFORT,
    settings: { deployment: 'Multi-AZ DB instance (one synchronous standby)' },
    summary: 'A managed synchronous standby in another zone; AWS says failover typically takes 60–120 s.',
  },
  {
    id: 'rds-multi-az-cluster',
    name: 'Amazon RDS Multi-AZ DB cluster',
    slot: 'activePassiveSync',
    replication: 'sync',
    ...managedPhases('"typically under 35 seconds"', ['AWS-2'], [5, 10, 20], [0, 2, 5], [1, 3, 10]),
    replicationLag: SYNC_DEGRADED_LAG,
    cost: cost(
      { nodes: range(3), storageCopies: range(3) },
      ['AWS-2'],
      'One writer and two readable standbys, each an instance with its own storage (AWS-2).',
      false,
    ),
    maintenance: managedFailoverMaintenance(35, ['AWS-2'], 'typically under 35 s, AWS-2'),
    oneOff: MANAGED_HA_EFFORT,
    settings: { deployment: 'Multi-AZ DB cluster (one writer, two readable standbys)' },
    summary: 'One writer and two readable standbys; AWS says failover typically takes under 35 s.',
  },
  {
    id: 'azure-postgresql-zone-redundant',
    name: 'Azure Database for PostgreSQL Flexible Server, zone-redundant HA',
    slot: 'activePassiveSync',
    replication: 'sync',
    ...managedPhases('"within 60s-120s"', ['AZ-1'], [15, 30, 60], [0, 5, 10], [10, 20, 40]),
    replicationLag: SYNC_DEGRADED_LAG,
    cost: MANAGED_PAIR_COST(
      ['COST-3', 'AZ-1'],
      'The standby is billed like the primary, about 2× the compute and storage (COST-3).',
    ),
    maintenance: managedFailoverMaintenance(90, ['AZ-1'], 'a failover is expected within 60–120 s, AZ-1'),
    oneOff: MANAGED_HA_EFFORT,
    settings: { high_availability: 'ZoneRedundant' },
    summary:
      'A managed synchronous standby in another zone; Microsoft expects RTO within 60–120 s and RPO 0.',
  },
];
