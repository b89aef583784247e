import { drill, MANAGED_NETWORK, MANAGED_STORAGE, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

/** Cloud SQL Enterprise Plus: regional HA, with a DR replica in another region. */
export const CLOUD_SQL: Runbook = {
  id: 'cloud-sql',
  family: 'Cloud SQL',
  presets: ['cloud-sql-ha-dr-replica'],
  generic: false,
  preconditions: [
    step(
      'platform-operator',
      'The instance is highly available (regional); advanced disaster recovery needs Enterprise Plus, point-in-time recovery on the primary, and a direct read replica in another region as the DR replica.',
      ['GCP-1', 'RUN-25'],
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'Cloud SQL fails over by itself when the primary misses heartbeats; fail over by hand only when it has not.',
      ['GCP-1'],
    ),
  ],
  failover: [
    step(
      'database-operator',
      'Fail over the HA instance to its standby zone.',
      ['RUN-12'],
      'gcloud sql instances failover <instance>',
    ),
  ],
  switchover: [
    step(
      'database-operator',
      'Planned: the same command in a quiet hour.',
      ['RUN-12'],
      'gcloud sql instances failover <instance>',
    ),
  ],
  regional: [
    step(
      'database-operator',
      'Fail over to the DR replica: it becomes the primary, and the original primary is added back as its replica when it returns.',
      ['RUN-13', 'RUN-25'],
      'gcloud sql instances promote-replica <dr-replica> --failover',
    ),
  ],
  verification: [
    step(
      'database-operator',
      'Without --async the command waits for the operation to finish; it ends without error.',
      ['RUN-12'],
    ),
    TEST_WRITE,
  ],
  failback: [
    step(
      'database-operator',
      'In-region: a failback is the same failover in the opposite direction.',
      ['RUN-12'],
      'gcloud sql instances failover <instance>',
    ),
    step(
      'database-operator',
      'Across regions: switch back to the original primary, now the DR replica, with zero data loss.',
      ['RUN-13', 'RUN-25'],
      'gcloud sql instances switchover <original-primary>',
    ),
  ],
  monitoring: [
    step('platform-operator', 'The operation of the failover, and which zone and region serve the primary.', [
      'RUN-12',
    ]),
  ],
  drills: {
    node: drill('Fail over the HA instance.', ['RUN-12']),
    storage: MANAGED_STORAGE,
    network: MANAGED_NETWORK,
    zone: drill('Fail over the HA instance to its standby zone, as a zone outage would.', ['RUN-12']),
    region: drill(
      'Switch over to the DR replica, then back (switchover is documented as a way to test DR).',
      ['RUN-25'],
    ),
  },
};
