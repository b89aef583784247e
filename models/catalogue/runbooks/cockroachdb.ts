import { drill, SELF_RUN_DRILLS, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

/** CockroachDB with the region survival goal. */
export const COCKROACHDB: Runbook = {
  id: 'cockroachdb',
  family: 'CockroachDB',
  presets: ['cockroachdb'],
  generic: false,
  preconditions: [
    step(
      'database-operator',
      'Every node is live and available (with the cluster’s connection flags).',
      ['RUN-20'],
      'cockroach node status --all',
    ),
    step(
      'database-operator',
      'The database survives a region failure (five voting replicas; at least three regions).',
      ['CRDB-3'],
      'ALTER DATABASE <database> SURVIVE REGION FAILURE;',
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'Leases of a lost node move after their 9-s expiry and Raft re-elects within seconds: act by hand only when ranges have lost their quorum.',
      ['CRDB-1'],
    ),
  ],
  failover: [
    step('database-operator', 'Lease holders and Raft leaders move to the survivors by themselves.', [
      'CRDB-1',
    ]),
    step(
      'database-operator',
      'Ranges that lost their quorum for good: make a recovery plan from the survivors, apply it, restart the nodes it names, and verify. The recovery may lose data and is the last resort.',
      ['RUN-21'],
      'cockroach debug recover make-plan …; cockroach debug recover apply-plan …; cockroach debug recover verify',
    ),
  ],
  switchover: [
    step(
      'database-operator',
      'Before stopping a node for maintenance, drain it of clients, queries and leases.',
      ['RUN-20'],
      'cockroach node drain',
    ),
  ],
  regional: [
    step(
      'platform-operator',
      'With region survival the remaining regions keep a majority of every range and keep serving; the global traffic layer moves the lost region’s clients.',
      ['CRDB-3'],
    ),
  ],
  verification: [
    step(
      'database-operator',
      'The surviving nodes are live and available.',
      ['RUN-20'],
      'cockroach node status --all',
    ),
    TEST_WRITE,
  ],
  failback: [
    step('database-operator', 'Start the failed nodes again; they rejoin the cluster and catch up.', [
      'RUN-20',
    ]),
  ],
  monitoring: [
    step('platform-operator', 'is_live and is_available of every node, and unavailable ranges.', ['RUN-20']),
  ],
  drills: {
    ...SELF_RUN_DRILLS,
    region: drill('Stop every node of one region; the others must keep serving reads and writes.', [
      'CRDB-3',
    ]),
  },
};
