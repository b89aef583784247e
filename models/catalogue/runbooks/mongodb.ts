import { noDrill, SELF_RUN_DRILLS, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

/** A MongoDB replica set: the members elect a primary among themselves. */
export const MONGODB: Runbook = {
  id: 'mongodb',
  family: 'MongoDB replica set',
  presets: ['mongodb-replica-set-w1', 'mongodb-replica-set-majority'],
  generic: false,
  preconditions: [
    step(
      'database-operator',
      'A majority of the voting members is up, one per zone: the survivors elect a new primary by themselves.',
      ['MDB-1'],
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'With default settings the median election takes no more than about 12 s (electionTimeoutMillis 10 s): nothing to do by hand unless no primary is elected.',
      ['MDB-1'],
    ),
  ],
  failover: [
    step(
      'database-operator',
      'The replica set elects a new primary by itself; a member cut off from the majority steps down.',
      ['MDB-1'],
    ),
  ],
  switchover: [
    step(
      'database-operator',
      'Planned: on the primary, step down for 60 s, waiting up to 10 s for a secondary to catch up; the secondaries elect a new primary.',
      ['RUN-5'],
      'rs.stepDown(60, 10)',
    ),
  ],
  regional: [],
  verification: [
    step(
      'database-operator',
      'A member other than the old one reports itself primary, and the drivers reconnect to it.',
      ['MDB-1'],
    ),
    TEST_WRITE,
  ],
  failback: [
    step(
      'database-operator',
      'When the old primary has caught up, step the new one down; a stepped-down member cannot be elected for stepDownSecs.',
      ['RUN-5'],
      'rs.stepDown(60, 10)',
    ),
  ],
  monitoring: [
    step('platform-operator', 'Which member is primary, elections, and the lag of each secondary.', [
      'MDB-1',
      'MDB-2',
    ]),
  ],
  drills: {
    ...SELF_RUN_DRILLS,
    region: noDrill('Runs in one region: the regional drill is a restore from the off-site backup.'),
  },
};
