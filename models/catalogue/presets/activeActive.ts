import type { TechnologyPreset } from '../../types';
import { assumed, fixed, lognormal, sourced, triangular } from '../build';
import { cost, DISTRIBUTED_SQL_EFFORT, maintenance, MULTI_MASTER_EFFORT, range } from '../economics';
import { CROSS_REGION_LAG, QUORUM_LOSS_LAG } from '../lags';
import { COCKROACH_PHASES, COSMOS_IN_REGION, yugabytePhases } from '../phases';

/**
 * Multi-region active-active: data layers that take writes in more than one region. An ordinary incident
 * is absorbed inside its region (local replicas, a local Raft election); only a regional disaster goes to
 * the cross-region profile, and the global traffic layer moves that region's clients.
 *
 * Consensus layers (YugabyteDB, CockroachDB) keep every committed write on a majority of voting replicas:
 * they lose nothing while a majority survives the region's loss, which the scenario's topology decides.
 * Multi-master layers (Cosmos DB with multi-region writes, DynamoDB global tables, Cassandra) write locally
 * and replicate afterwards: they survive any region's loss and lose its replication lag.
 */

/** A rolling restart of a consensus cluster: each node's leaders move away, a short wait per restart. */
const ROLLING_RESTART = maintenance(
  4,
  6,
  ['YB-1', 'CRDB-1'],
  'Four rolling upgrades a year; each node restart moves its leaders to other replicas, a few seconds of ' +
    'waiting for the ranges it led (leader election ~3 s, YB-1; lease up to 9 s, CRDB-1): 6 s an upgrade is ' +
    'an assumption.',
);

/**
 * A layer with no failover of its own: the global traffic layer's health check notices the region is gone
 * and moves its clients (that check is part of the reroute, so nothing is added here).
 */
const NOTICED_BY_GLOBAL_LAYER = (figures: string[]) =>
  sourced(
    fixed(0),
    figures,
    'Nothing to detect in the data layer: the global traffic layer’s health check notices the region is gone.',
  );

/** Nodes per data replica: every replica is a full node holding a copy of the data. */
const PER_REPLICA = cost(
  { nodes: range(1), storageCopies: range(1), per: 'replica' },
  [],
  'One node of the baseline size and one copy of the data per voting replica, and the writes shipped to ' +
    'every other region. Licences and support are not included: enter a quote for them. An assumption.',
);

export const ACTIVE_ACTIVE_PRESETS: TechnologyPreset[] = [
  {
    id: 'yugabytedb',
    name: 'YugabyteDB (Raft across regions)',
    slot: 'activeActive',
    replication: 'consensus',
    ...yugabytePhases(['YB-1']),
    crossRegion: {
      replication: 'consensus',
      decidedBy: 'automation',
      ...yugabytePhases(['YB-1']),
      replicationLag: QUORUM_LOSS_LAG,
    },
    topology: { activeActiveRegions: 3, replicationFactor: 3, witnessRegion: false },
    cost: PER_REPLICA,
    maintenance: ROLLING_RESTART,
    oneOff: DISTRIBUTED_SQL_EFFORT,
    settings: { replication_factor: '3', placement: 'one replica per region', leader_lease: '2 s' },
    summary:
      'Raft re-elects tablet leaders in about 3 s after a node or a region is lost; committed writes are on a ' +
      'majority of replicas.',
  },
  {
    id: 'cockroachdb',
    name: 'CockroachDB (Raft across regions, region survival)',
    slot: 'activeActive',
    replication: 'consensus',
    ...COCKROACH_PHASES,
    crossRegion: {
      replication: 'consensus',
      decidedBy: 'automation',
      ...COCKROACH_PHASES,
      replicationLag: QUORUM_LOSS_LAG,
    },
    topology: { activeActiveRegions: 3, replicationFactor: 5, witnessRegion: false },
    cost: PER_REPLICA,
    maintenance: ROLLING_RESTART,
    oneOff: DISTRIBUTED_SQL_EFFORT,
    settings: {
      survival_goal: 'REGION',
      lease_duration: '9 s',
      lease_extension_interval: '4.5 s',
      raft_election_timeout: '3–6 s',
    },
    summary:
      'A range is unavailable until its 9-s lease expires and a new Raft leader takes it: "more than just the ' +
      '9s". Five replicas over three regions survive the loss of one.',
  },
  {
    id: 'cosmos-db-session',
    name: 'Azure Cosmos DB, multi-region writes, session consistency',
    slot: 'activeActive',
    replication: 'consensus',
    ...COSMOS_IN_REGION,
    crossRegion: {
      replication: 'async-multi-master',
      decidedBy: 'automation',
      detection: assumed(
        triangular(5, 30, 60),
        ['CDB-1'],
        'Every region takes writes, so nothing is promoted: clients notice failing requests and the SDK ' +
          'retries in the next preferred region (CDB-1). 5 / 30 / 60 s until it does is an assumption.',
      ),
      decision: sourced(fixed(0), ['CDB-1'], 'No election: the other regions already take writes.'),
      promotion: sourced(fixed(0), ['CDB-1'], 'No promotion: the other regions already take writes.'),
      replicationLag: sourced(
        lognormal(0.5, 5, 900),
        ['CDB-2', 'LAG-4', 'LAG-2'],
        'Writes not yet replicated are lost in a region outage, bounded by < 15 min (CDB-2); the lognormal ' +
          'inside that bound is the cross-region lag.',
      ),
    },
    topology: { activeActiveRegions: 2, replicationFactor: 4, witnessRegion: false },
    cost: cost(
      { nodes: range(1), storageCopies: range(1), per: 'region' },
      ['COST-2'],
      'Provisioned throughput and storage are billed in every region (COST-2): one unit per region.',
      false,
    ),
    maintenance: maintenance(
      0,
      0,
      ['CDB-1'],
      'A managed service patched behind its replicas: no planned downtime.',
    ),
    oneOff: MULTI_MASTER_EFFORT,
    settings: { consistency: 'Session', writes: 'multi-region', regions: '2' },
    summary:
      'Every region takes writes; a region outage costs its clients a retry elsewhere and the writes not yet ' +
      'replicated (< 15 min, typically under a second).',
  },
  {
    id: 'dynamodb-global-tables',
    name: 'Amazon DynamoDB global tables (multi-Region eventual consistency)',
    slot: 'activeActive',
    replication: 'consensus',
    detection: assumed(
      triangular(0, 0.5, 2),
      ['DDB-1'],
      'A fully managed regional service: a lost node costs at most a retry. No duration is published.',
    ),
    decision: sourced(fixed(0), ['DDB-1'], 'Nothing to elect.'),
    promotion: sourced(fixed(0), ['DDB-1'], 'Nothing to promote.'),
    crossRegion: {
      replication: 'async-multi-master',
      decidedBy: 'automation',
      detection: NOTICED_BY_GLOBAL_LAYER(['DDB-1']),
      decision: sourced(
        fixed(0),
        ['DDB-1'],
        'No failover command: traffic is routed to another region’s endpoint (DDB-1).',
      ),
      promotion: sourced(fixed(0), ['DDB-1'], 'Every replica already takes writes.'),
      replicationLag: sourced(
        lognormal(0.5, 1.5, 900),
        ['DDB-1'],
        'Changes replicate "typically within a second or less", with no SLA on it (DDB-1); a lognormal with ' +
          'median 0.5 s and 95th percentile 1.5 s.',
      ),
    },
    topology: { activeActiveRegions: 2, replicationFactor: 3, witnessRegion: false },
    cost: cost(
      { nodes: range(1), storageCopies: range(1), per: 'region' },
      ['DDB-1'],
      'Each replica table is billed in its region for its storage and for the writes replicated to it: one ' +
        'unit per region (DDB-1).',
      false,
    ),
    maintenance: maintenance(0, 0, ['DDB-1'], 'A managed service with no maintenance windows.'),
    oneOff: MULTI_MASTER_EFFORT,
    settings: { mode: 'multi-Region eventual consistency (MREC)', conflicts: 'last writer wins' },
    summary:
      'Every region takes writes and replicates them within about a second; in a region outage the global ' +
      'traffic layer routes clients elsewhere (there is no global endpoint).',
  },
  {
    id: 'cassandra-multi-dc',
    name: 'Apache Cassandra, one data centre per region, LOCAL_QUORUM',
    slot: 'activeActive',
    replication: 'consensus',
    detection: assumed(
      triangular(0.5, 2, 10),
      ['CAS-1'],
      'With three replicas per data centre and LOCAL_QUORUM, a lost node costs the requests in flight a ' +
        'driver timeout and a retry; 0.5 / 2 / 10 s is an assumption.',
    ),
    decision: sourced(fixed(0), ['CAS-1'], 'Nothing to elect: any two of three local replicas answer.'),
    promotion: sourced(fixed(0), ['CAS-1'], 'Nothing to promote.'),
    crossRegion: {
      replication: 'async-multi-master',
      decidedBy: 'automation',
      detection: NOTICED_BY_GLOBAL_LAYER(['CAS-1']),
      decision: sourced(fixed(0), ['CAS-1'], 'Nothing to elect: the other data centres take writes.'),
      promotion: sourced(fixed(0), ['CAS-1'], 'Nothing to promote.'),
      replicationLag: CROSS_REGION_LAG,
    },
    topology: { activeActiveRegions: 2, replicationFactor: 3, witnessRegion: false },
    cost: cost(
      { nodes: range(3), storageCopies: range(3), per: 'region' },
      ['CAS-1'],
      'Three nodes and three copies of the data per data centre (replication factor 3 in each). An assumption.',
    ),
    maintenance: ROLLING_RESTART,
    oneOff: MULTI_MASTER_EFFORT,
    settings: { replication: 'NetworkTopologyStrategy, 3 per data centre', consistency: 'LOCAL_QUORUM' },
    summary:
      'Each region is a data centre of three replicas answering at LOCAL_QUORUM; writes reach the other ' +
      'regions afterwards, so a region outage loses what had not yet crossed.',
  },
];
