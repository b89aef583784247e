import { drill, SELF_RUN_DRILLS, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

/**
 * The article's workflow for its generic presets: what to check and do, in its words, with no command,
 * since the article names no product beyond Patroni. Marked generic wherever it is shown.
 */
export const GENERIC: Runbook = {
  id: 'generic',
  family: 'Generic (the article’s workflow)',
  presets: ['article-ap-async', 'article-ap-sync', 'article-ap-dr', 'article-active-active'],
  generic: true,
  preconditions: [
    step(
      'database-operator',
      'Primary and replicas run in separate zones or data centres, connected, with replication running (two nodes in one rack are not redundant).',
      ['ART-16'],
    ),
    step(
      'platform-operator',
      'The cluster manager and its configuration store run with explicit health-check intervals and failover thresholds; the load balancer checks every 5 s or less.',
      ['ART-16', 'ART-13'],
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'Let the cluster manager promote a replica by itself: manual intervention adds minutes of human response to the outage. Act by hand only when it has not.',
      ['ART-16'],
    ),
  ],
  failover: [
    step('database-operator', 'The cluster manager promotes a replica to primary.', ['ART-16']),
    step(
      'platform-operator',
      'The load balancer marks the old primary down and sends writes to the new one.',
      ['ART-16'],
    ),
  ],
  switchover: [
    step('database-operator', 'Trigger a controlled failover and measure the recovery time.', ['ART-16']),
  ],
  regional: [
    step(
      'incident-lead',
      'Declare the regional disaster, promote the standby in the second region and move clients there, as the written disaster-recovery plan says.',
      ['ART-16'],
    ),
  ],
  verification: [TEST_WRITE],
  failback: [
    step(
      'database-operator',
      'Bring the old primary back as a replica, then move the primary back in a quiet hour with a controlled failover.',
      ['ART-16'],
    ),
  ],
  monitoring: [
    step(
      'platform-operator',
      'Replication lag, node availability and response time of every layer; alerts reach a person within 60 s.',
      ['ART-16', 'ART-14'],
    ),
  ],
  drills: {
    ...SELF_RUN_DRILLS,
    region: drill('Take the primary region out of service and recover in the second, as the plan says.', [
      'ART-16',
    ]),
  },
};

/** A single node: nothing to fail over to; the recovery is a restart, a restore or a rebuild. */
export const SINGLE_NODE: Runbook = {
  id: 'single-node',
  family: 'Single node (generic)',
  presets: [],
  generic: true,
  preconditions: [
    step('platform-operator', 'Backups reach off-site storage in another region on schedule.', ['ART-16']),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'A crashed node restarts on its own; restore or rebuild only when the node, its volume or its zone is gone.',
      ['ART-16'],
    ),
  ],
  failover: [
    step('database-operator', 'Restart the node in place, or restore its volume from the newest backup.', [
      'ART-16',
    ]),
    step(
      'database-operator',
      'Zone or region lost: rebuild in another zone or region from the off-site backup.',
      ['ART-16'],
    ),
  ],
  switchover: [],
  regional: [],
  verification: [TEST_WRITE],
  failback: [],
  monitoring: [
    step('platform-operator', 'The node up or down, the alert, and the age of the newest backup.', [
      'ART-16',
    ]),
  ],
  drills: {
    node: drill('Stop the database process, or power off its host.'),
    storage: drill('Restore the newest backup to a clean host and verify the data.'),
    network: drill('Cut the node off from its clients with firewall rules.'),
    zone: drill('Rebuild the node in another zone from the off-site backup.'),
    region: drill('Rebuild the node in another region from the off-site backup.'),
  },
};
