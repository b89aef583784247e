import { drill, MANAGED_NETWORK, MANAGED_STORAGE, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

const REBOOT = 'aws rds reboot-db-instance --db-instance-identifier <db> --force-failover';
const CLUSTER = 'aws rds failover-db-cluster --db-cluster-identifier <cluster>';

/** Amazon RDS Multi-AZ (instance or cluster), optionally with a read replica in another region. */
export const RDS: Runbook = {
  id: 'rds',
  family: 'Amazon RDS Multi-AZ',
  presets: ['rds-multi-az-instance', 'rds-multi-az-cluster', 'rds-multi-az-cross-region-replica'],
  generic: false,
  preconditions: [
    step(
      'platform-operator',
      'The database is a Multi-AZ deployment: a forced failover is refused otherwise.',
      ['RUN-8'],
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'RDS fails over by itself, typically in 60–120 s for a Multi-AZ DB instance and under 35 s for a Multi-AZ DB cluster: force a failover only when it has not.',
      ['AWS-1', 'AWS-2'],
    ),
  ],
  failover: [
    step('database-operator', 'Multi-AZ DB instance: reboot through a failover.', ['RUN-8'], REBOOT),
    step('database-operator', 'Multi-AZ DB cluster: fail over to a readable standby.', ['RUN-7'], CLUSTER),
  ],
  switchover: [
    step('database-operator', 'Planned: the same commands in a quiet hour, also to test the deployment.', [
      'RUN-8',
      'RUN-7',
    ]),
  ],
  regional: [
    step(
      'database-operator',
      'Promote the read replica in the second region to a standalone instance (RDS reboots it; this “can take several minutes or longer”). It cannot be promoted while it is backing up.',
      ['RUN-10', 'AWS-10'],
      'aws rds promote-read-replica --db-instance-identifier <replica>',
    ),
    step('application-owner', 'Direct database traffic to the promoted instance.', ['AWS-10']),
  ],
  verification: [
    step(
      'database-operator',
      'The instance now runs in the other zone, and the RDS events show the failover.',
      ['RUN-8'],
      'aws rds describe-db-instances --db-instance-identifier <db>',
    ),
    TEST_WRITE,
  ],
  failback: [
    step(
      'database-operator',
      'In-region: force a failover again “to restore operations to the original AZ”.',
      ['RUN-8'],
      REBOOT,
    ),
    step(
      'database-operator',
      'Across regions: create a new read replica from the promoted instance; the promoted instance stays the primary until a planned move back.',
      ['AWS-10'],
    ),
  ],
  monitoring: [
    step('platform-operator', 'The RDS events of the failover and the zone the instance runs in.', ['RUN-8']),
  ],
  drills: {
    node: drill('Reboot with a forced failover (instance) or fail over the DB cluster.', ['RUN-8', 'RUN-7']),
    storage: MANAGED_STORAGE,
    network: MANAGED_NETWORK,
    zone: drill('Force a failover to the standby in the other zone, as a zone outage would.', ['RUN-8']),
    region: drill(
      'Promote a copy of the read replica in a staging account or environment and time it; promoting the production replica ends its replication.',
      ['RUN-10'],
    ),
  },
};
