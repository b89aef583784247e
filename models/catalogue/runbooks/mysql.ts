import { noDrill, SELF_RUN_DRILLS, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

const MEMBERS =
  'SELECT MEMBER_HOST, MEMBER_ROLE, MEMBER_STATE FROM performance_schema.replication_group_members;';

/** MySQL Group Replication in single-primary mode. */
export const MYSQL_GROUP_REPLICATION: Runbook = {
  id: 'mysql-group-replication',
  family: 'MySQL Group Replication',
  presets: ['mysql-group-replication'],
  generic: false,
  preconditions: [
    step('database-operator', 'Every member is ONLINE and one is PRIMARY.', ['RUN-4'], MEMBERS),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'An unreachable primary is expelled about 10 s after it became unreachable and a new primary is elected automatically: act by hand only if none is.',
      ['MYG-1'],
    ),
  ],
  failover: [
    step('database-operator', 'The group elects a new primary by itself once the old one is expelled.', [
      'MYG-1',
    ]),
  ],
  switchover: [
    step(
      'database-operator',
      'Planned: make a chosen member the primary, waiting at most 60 s for open transactions (the timeout needs MySQL 8.0.29 or later on every member).',
      ['RUN-4'],
      "SELECT group_replication_set_as_primary('<member_uuid>', 60);",
    ),
  ],
  regional: [],
  verification: [step('database-operator', 'Another member is now PRIMARY.', ['RUN-4'], MEMBERS), TEST_WRITE],
  failback: [
    step(
      'database-operator',
      'When the old primary is ONLINE again, make it primary in a quiet hour.',
      ['RUN-4'],
      "SELECT group_replication_set_as_primary('<member_uuid>', 60);",
    ),
  ],
  monitoring: [
    step('platform-operator', 'MEMBER_ROLE and MEMBER_STATE of every member.', ['RUN-4'], MEMBERS),
  ],
  drills: {
    ...SELF_RUN_DRILLS,
    region: noDrill('Runs in one region: the regional drill is a restore from the off-site backup.'),
  },
};
