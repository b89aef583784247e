import { noDrill, SELF_RUN_DRILLS, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

/** Redis with three Sentinels electing a new master. */
export const REDIS_SENTINEL: Runbook = {
  id: 'redis-sentinel',
  family: 'Redis Sentinel',
  presets: ['redis-sentinel'],
  generic: false,
  preconditions: [
    step(
      'database-operator',
      'On each Sentinel: the configuration can reach the quorum to fail over the master and the majority to authorise it.',
      ['RUN-6'],
      'SENTINEL CKQUORUM <master-name>',
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'Sentinels mark the master down after down-after-milliseconds (30 s by default) and fail over within failover-timeout (3 min): force a failover only when they have not.',
      ['RSE-1'],
    ),
  ],
  failover: [
    step(
      'database-operator',
      'Force a failover from one Sentinel, as if the master were unreachable, without asking the others; they learn the new configuration.',
      ['RUN-6'],
      'SENTINEL FAILOVER <master-name>',
    ),
  ],
  switchover: [
    step(
      'database-operator',
      'The same command moves the master on a healthy group (maintenance, drills).',
      ['RUN-6'],
      'SENTINEL FAILOVER <master-name>',
    ),
  ],
  regional: [],
  verification: [
    step(
      'database-operator',
      'Every Sentinel answers with the promoted replica’s address.',
      ['RUN-6'],
      'SENTINEL GET-MASTER-ADDR-BY-NAME <master-name>',
    ),
    TEST_WRITE,
  ],
  failback: [
    step(
      'database-operator',
      'The old master rejoins as a replica; fail over again in a quiet hour to move the master back.',
      ['RUN-6'],
      'SENTINEL FAILOVER <master-name>',
    ),
  ],
  monitoring: [
    step('platform-operator', 'The master address each Sentinel reports, and the quorum check on each.', [
      'RUN-6',
    ]),
  ],
  drills: {
    ...SELF_RUN_DRILLS,
    region: noDrill('Runs in one region: the regional drill is a restore from the off-site backup.'),
  },
};
