import { drill, MANAGED_NETWORK, MANAGED_STORAGE, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

/** Amazon Aurora: a cluster with a replica, and Aurora Global Database across regions. */
export const AURORA: Runbook = {
  id: 'aurora',
  family: 'Amazon Aurora',
  presets: ['aurora-postgresql', 'aurora-global'],
  generic: false,
  preconditions: [
    step(
      'platform-operator',
      'The cluster has at least one Aurora Replica in another zone: without one, a new primary takes “typically … less than 10 minutes” instead of seconds.',
      ['AWS-3'],
    ),
    step(
      'application-owner',
      'The application connects through the cluster endpoint (DNS, TTL 5 s), not an instance endpoint, and reconnects on error.',
      ['AWS-6', 'RUN-7'],
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'Aurora fails over by itself; “service is typically restored in less than 120 seconds”: force a failover only when no writer is back after that.',
      ['AWS-3'],
    ),
  ],
  failover: [
    step(
      'database-operator',
      'Force the failover to a chosen replica.',
      ['RUN-7'],
      'aws rds failover-db-cluster --db-cluster-identifier <cluster> --target-db-instance-identifier <replica>',
    ),
  ],
  switchover: [
    step(
      'database-operator',
      'Planned: the same forced failover in a quiet hour (it is also how a primary failure is simulated for testing).',
      ['RUN-7'],
      'aws rds failover-db-cluster --db-cluster-identifier <cluster> --target-db-instance-identifier <replica>',
    ),
  ],
  regional: [
    step(
      'incident-lead',
      'Decide between a switchover (the primary region still answers: no data lost) and a failover (it does not: writes not yet replicated are lost).',
      ['RUN-9'],
    ),
    step(
      'database-operator',
      'Primary region down: fail over to the secondary cluster, allowing data loss.',
      ['RUN-9'],
      'aws rds failover-global-cluster --global-cluster-identifier <global-db> --target-db-cluster-identifier <secondary-cluster-arn> --allow-data-loss',
    ),
    step(
      'database-operator',
      'Primary region still up (a planned move or a drill): switch over with no data loss.',
      ['RUN-9'],
      'aws rds switchover-global-cluster --global-cluster-identifier <global-db> --target-db-cluster-identifier <secondary-cluster-arn>',
    ),
    step(
      'database-operator',
      'Follow the progress in FailoverState (pending, failing-over, switching-over).',
      ['RUN-9'],
      'aws rds describe-global-clusters --global-cluster-identifier <global-db>',
    ),
    step(
      'application-owner',
      'Point the application at the promoted cluster’s endpoint in the second region.',
      ['AWS-7'],
    ),
  ],
  verification: [
    step(
      'application-owner',
      'Close and re-establish connections that used instance endpoints, as the failover changes which instance writes.',
      ['RUN-7'],
    ),
    TEST_WRITE,
  ],
  failback: [
    step(
      'database-operator',
      'In-region: force a failover back to the original instance in a quiet hour.',
      ['RUN-7'],
      'aws rds failover-db-cluster --db-cluster-identifier <cluster> --target-db-instance-identifier <original-writer>',
    ),
    step(
      'database-operator',
      'Across regions: once the old primary region is a secondary again, switch over to fall back to it, with no data loss.',
      ['RUN-9'],
      'aws rds switchover-global-cluster --global-cluster-identifier <global-db> --target-db-cluster-identifier <original-cluster-arn>',
    ),
  ],
  monitoring: [
    step(
      'platform-operator',
      'Cross-region lag: CloudWatch AuroraGlobalDBReplicationLag and AuroraGlobalDBRPOLag, or aurora_global_db_status() in the database; the larger the lag, the more a failover loses.',
      ['RUN-11'],
    ),
  ],
  drills: {
    node: drill('Force a failover of the writer (the documented way to simulate its failure).', ['RUN-7']),
    storage: MANAGED_STORAGE,
    network: MANAGED_NETWORK,
    zone: drill('Force a failover to a replica in another zone, as a zone outage would.', ['RUN-7']),
    region: drill('Switch over the global database to the secondary region, and back.', ['RUN-9']),
  },
};
