import { SELF_RUN_DRILLS, step, TEST_WRITE, noDrill } from './common';
import type { Runbook } from './types';

/** PostgreSQL with pg_auto_failover: a monitor node decides, keepers on each node act. */
export const PG_AUTO_FAILOVER: Runbook = {
  id: 'pg-auto-failover',
  family: 'pg_auto_failover (PostgreSQL)',
  presets: ['pg-auto-failover-async', 'pg-auto-failover-sync'],
  generic: false,
  preconditions: [
    step(
      'database-operator',
      'The monitor shows a primary and a secondary in the formation.',
      ['RUN-2'],
      'pg_autoctl show state --formation default',
    ),
    step(
      'database-operator',
      'The monitor itself is up: it health-checks every node every 5 s and alone decides a failover.',
      ['PAF-1'],
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'The monitor fails over after node_considered_unhealthy_timeout (20 s) and a full primary_demote_timeout (30 s): act by hand only when it has not after that.',
      ['PAF-2'],
    ),
  ],
  failover: [
    step(
      'database-operator',
      'Watch the monitor promote the secondary.',
      ['RUN-2'],
      'pg_autoctl show state --watch',
    ),
    step(
      'database-operator',
      'If it does not, ask the monitor to fail over (a synonym of switchover; it goes on in the background after the command’s 60-s timeout).',
      ['RUN-2'],
      'pg_autoctl perform failover --formation default --group 0',
    ),
  ],
  switchover: [
    step(
      'database-operator',
      'Planned switchover: the monitor walks both nodes through its intermediate states, so no split brain.',
      ['RUN-2'],
      'pg_autoctl perform switchover --formation default --group 0',
    ),
  ],
  regional: [],
  verification: [
    step(
      'database-operator',
      'The state shows the old secondary as primary, and the last events of the monitor show the failover completed.',
      ['RUN-2'],
      'pg_autoctl show state --watch',
    ),
    TEST_WRITE,
  ],
  failback: [
    step(
      'database-operator',
      'Once the old primary is back as a secondary, switch over to it in a quiet hour.',
      ['RUN-2'],
      'pg_autoctl perform switchover --formation default --group 0',
    ),
  ],
  monitoring: [
    step(
      'platform-operator',
      'The state of each node and the monitor’s last events.',
      ['RUN-2'],
      'pg_autoctl show state --watch',
    ),
  ],
  drills: {
    ...SELF_RUN_DRILLS,
    region: noDrill('Runs in one region: the regional drill is a restore from the off-site backup.'),
  },
};
