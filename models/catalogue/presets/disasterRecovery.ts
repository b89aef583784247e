import type { CrossRegionProfile, TechnologyPreset } from '../../types';
import { assumed, lognormal, sourced, triangular } from '../build';
import { cost, MANAGED_DR_EFFORT, maintenance, range, SELF_MANAGED_DR_EFFORT } from '../economics';
import { CROSS_REGION_LAG } from '../lags';
import {
  COSMOS_IN_REGION,
  cosmosPhases,
  managedPhases,
  PATRONI_DEFAULT_SETTINGS,
  PEOPLE_DECIDE_REGION_FAILOVER,
} from '../phases';
import { ASYNC_PRESETS, SYNC_PRESETS } from './activePassive';

/**
 * In-region HA plus a warm standby in a second region. An ordinary incident (node, storage, network, zone)
 * fails over inside the region, as the preset's in-region HA does; a regional disaster is declared (by the
 * data layer, or by people), the standby in the other region is promoted, and the global traffic layer
 * moves clients to it. What a regional failover loses is the standby's replication lag.
 */

/** The in-region part of a DR preset: the phases, lag, maintenance of an active-passive preset. */
function inRegionOf(id: string) {
  const p = [...ASYNC_PRESETS, ...SYNC_PRESETS].find((t) => t.id === id);
  if (!p) throw new Error(`no active-passive preset ${id}`);
  return {
    replication: p.replication,
    detection: p.detection,
    decision: p.decision,
    promotion: p.promotion,
    ...(p.replicationLag ? { replicationLag: p.replicationLag } : {}),
    maintenance: p.maintenance,
  };
}

/** A promotion of a cross-region replica started by people (no automation decides on a region). */
function byPeople(promotion: CrossRegionProfile['promotion'], extra: Partial<CrossRegionProfile> = {}) {
  return {
    replication: 'async',
    decidedBy: 'people',
    decision: PEOPLE_DECIDE_REGION_FAILOVER,
    promotion,
    replicationLag: CROSS_REGION_LAG,
    ...extra,
  } satisfies CrossRegionProfile;
}

const PATRONI_STANDBY_PROMOTION = assumed(
  triangular(10, 30, 120),
  ['PAT-12'],
  'Removing the standby_cluster section from the dynamic configuration makes the standby leader a leader ' +
    '(PAT-12); the 10 s / 30 s / 2 min it takes, with the checks before it, is an assumption.',
);

const PATRONI_STANDBY_COST = cost(
  { nodes: range(3.3, 3.6, 4.2), storageCopies: range(3), crossRegionCopies: 1 },
  [],
  'The in-region pair (two nodes and small consensus-store and proxy nodes, 2.3–3 nodes) plus a standby ' +
    'leader of the same size in the second region with its own small consensus store; three copies of the ' +
    'data, and the writes shipped once across regions. An assumption: enter a quote for exact prices.',
);

export const DR_PRESETS: TechnologyPreset[] = [
  {
    id: 'patroni-standby-cluster',
    name: 'Patroni (PostgreSQL) with a standby cluster in a second region',
    slot: 'activePassiveDr',
    ...inRegionOf('patroni-async'),
    crossRegion: byPeople(PATRONI_STANDBY_PROMOTION),
    cost: PATRONI_STANDBY_COST,
    oneOff: SELF_MANAGED_DR_EFFORT,
    settings: { ...PATRONI_DEFAULT_SETTINGS, synchronous_mode: 'off', standby_cluster: 'second region' },
    summary:
      'A Patroni pair in one region and a standby cluster replicating to a second; a person promotes the ' +
      'standby once the first region is confirmed down (automatic promotion is not possible across two sites).',
  },
  {
    id: 'patroni-standby-pilot-light',
    name: 'Patroni (PostgreSQL) with a scaled-down standby in a second region (pilot light)',
    slot: 'activePassiveDr',
    ...inRegionOf('patroni-async'),
    crossRegion: byPeople(PATRONI_STANDBY_PROMOTION, {
      scaleUp: assumed(
        triangular(300, 900, 2400),
        ['AWS-8'],
        'Resizing the standby to full size and warming it before it takes the load; AWS puts pilot-light ' +
          'recovery at tens of minutes overall (AWS-8). 5 / 15 / 40 min is an assumption.',
      ),
    }),
    cost: cost(
      { nodes: range(2.6, 2.9, 3.4), storageCopies: range(3), crossRegionCopies: 1 },
      ['AWS-8'],
      'The in-region pair (2.3–3 nodes) plus a standby at a quarter to half size until it is needed; ' +
        'pilot light sits between backup-and-restore and a warm standby in cost (AWS-8). An assumption.',
    ),
    oneOff: SELF_MANAGED_DR_EFFORT,
    settings: {
      ...PATRONI_DEFAULT_SETTINGS,
      synchronous_mode: 'off',
      standby_cluster: 'second region, scaled down',
    },
    summary:
      'As the standby cluster, but the second region runs a small standby that is scaled up during a ' +
      'regional failover: cheaper, slower.',
  },
  {
    id: 'aurora-global',
    name: 'Amazon Aurora Global Database (a secondary region)',
    slot: 'activePassiveDr',
    ...inRegionOf('aurora-postgresql'),
    crossRegion: byPeople(
      sourced(triangular(10, 30, 60), ['AWS-7'], 'Promote a secondary cluster "in under a minute" (AWS-7).'),
      {
        replicationLag: sourced(
          lognormal(0.3, 1, 900),
          ['AWS-7', 'AWS-9', 'LAG-2'],
          'Replication "typically under a second" (AWS-7, LAG-2); a lognormal with median 0.3 s and 95th ' +
            'percentile 1 s. Setting rds.global_db_rpo (20 s or more) bounds it by pausing commits instead (AWS-9).',
        ),
      },
    ),
    cost: cost(
      { nodes: range(3), storageCopies: range(2), crossRegionCopies: 1 },
      ['AWS-3', 'AWS-7'],
      'The primary cluster (a writer and a replica on one shared volume) plus a secondary cluster with one ' +
        'instance and its own volume; writes are shipped once across regions.',
      false,
    ),
    oneOff: MANAGED_DR_EFFORT,
    settings: { failover: 'unplanned: failover-global-cluster with data loss allowed', secondaries: '1' },
    summary:
      'Aurora in one region with a secondary cluster in another; an unplanned regional failover is started by ' +
      'people and promotes the secondary in under a minute, losing its lag (typically under a second).',
  },
  {
    id: 'rds-multi-az-cross-region-replica',
    name: 'Amazon RDS Multi-AZ DB instance with a cross-region read replica',
    slot: 'activePassiveDr',
    ...inRegionOf('rds-multi-az-instance'),
    crossRegion: byPeople(
      assumed(
        triangular(120, 300, 1200),
        ['AWS-10'],
        'Promoting a read replica reboots it and "can take several minutes or longer" (AWS-10); 2 / 5 / 20 ' +
          'min is an assumption.',
      ),
    ),
    cost: cost(
      { nodes: range(3), storageCopies: range(3), crossRegionCopies: 1 },
      ['AWS-1'],
      'The Multi-AZ pair (billed as two instances) plus a read replica of the same class in the second region.',
      false,
    ),
    oneOff: MANAGED_DR_EFFORT,
    settings: { deployment: 'Multi-AZ DB instance', replica: 'cross-region read replica' },
    summary:
      'A synchronous standby in another zone, plus an asynchronous read replica in a second region that ' +
      'people promote in a regional disaster (several minutes or longer).',
  },
  {
    id: 'cloud-sql-ha-dr-replica',
    name: 'Cloud SQL Enterprise Plus, HA with a cross-region DR replica',
    slot: 'activePassiveDr',
    ...inRegionOf('rds-multi-az-instance'),
    ...managedPhases(
      'none published for Cloud SQL HA failover (GCP-1)',
      ['GCP-1'],
      [15, 30, 60],
      [0, 5, 10],
      [10, 20, 40],
    ),
    maintenance: maintenance(
      4,
      5,
      ['GCP-5'],
      'Maintenance "typically once every few months" with "near-zero downtime" on Enterprise Plus (GCP-5); ' +
        'four events of 5 s is an assumption.',
    ),
    crossRegion: byPeople(
      assumed(
        triangular(60, 180, 600),
        ['GCP-4'],
        'Replica failover to the DR replica is started by people; no duration is published (GCP-4). 1 / 3 / ' +
          '10 min is an assumption.',
      ),
    ),
    cost: cost(
      { nodes: range(3), storageCopies: range(3), crossRegionCopies: 1 },
      ['COST-1', 'GCP-4'],
      'HA is billed at double a standalone instance (COST-1); the DR replica is a third instance in another region.',
      false,
    ),
    oneOff: MANAGED_DR_EFFORT,
    settings: { edition: 'Enterprise Plus', availability: 'regional (HA)', dr: 'cross-region DR replica' },
    summary:
      'Cloud SQL HA in one region (synchronous, two zones) and a designated DR replica in another, failed over ' +
      'by people with replica failover; switchover brings it back without data loss.',
  },
  {
    id: 'azure-postgresql-geo-replica',
    name: 'Azure Database for PostgreSQL Flexible Server, zone-redundant HA with a geo read replica',
    slot: 'activePassiveDr',
    ...inRegionOf('azure-postgresql-zone-redundant'),
    crossRegion: byPeople(
      assumed(
        triangular(60, 300, 900),
        ['AZ-3'],
        'Promotion is never automatic: people promote the replica (forced, in a regional outage); RTO is ' +
          '"minutes" (AZ-3). 1 / 5 / 15 min is an assumption.',
      ),
      {
        replicationLag: sourced(
          lognormal(0.5, 30, 900),
          ['AZ-3', 'LAG-2'],
          'RPO "expected to be up to 5 minutes", close to the replication lag at the time of failure in a ' +
            'severe regional failure (AZ-3); a lognormal with median 0.5 s and 95th percentile 30 s.',
        ),
      },
    ),
    cost: cost(
      { nodes: range(3), storageCopies: range(3), crossRegionCopies: 1 },
      ['COST-3', 'AZ-3'],
      'The zone-redundant pair (the standby billed like the primary, COST-3) plus a replica in another region.',
      false,
    ),
    oneOff: MANAGED_DR_EFFORT,
    settings: { high_availability: 'ZoneRedundant', replica: 'geo read replica, forced promotion' },
    summary:
      'A synchronous standby in another zone and an asynchronous read replica in a second region that people ' +
      'promote in a regional outage; RTO minutes, RPO up to 5 minutes.',
  },
  {
    id: 'cosmos-db-ppaf',
    name: 'Azure Cosmos DB, strong consistency, per-partition automatic failover',
    slot: 'activePassiveDr',
    replication: 'consensus',
    ...COSMOS_IN_REGION,
    crossRegion: {
      replication: 'sync',
      decidedBy: 'automation',
      ...cosmosPhases(['CDB-4']),
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
    settings: { consistency: 'Strong', failover: 'per-partition automatic (PPAF)', regions: '2' },
    summary:
      'One write region with a second region kept in step; per-partition failover restores writes in < 2 min ' +
      'at P99 (another doc version: < 3 min) with RPO 0.',
  },
];
