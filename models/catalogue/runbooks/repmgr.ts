import { noDrill, SELF_RUN_DRILLS, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

const REPMGR = 'repmgr -f /etc/repmgr.conf';

/** PostgreSQL with repmgr: repmgrd on each node promotes the standby. */
export const REPMGR_RUNBOOK: Runbook = {
  id: 'repmgr',
  family: 'repmgr (PostgreSQL)',
  presets: ['repmgr-async'],
  generic: false,
  preconditions: [
    step(
      'database-operator',
      'repmgrd runs on every node; the standby has passwordless SSH to the primary (a switchover needs it).',
      ['RUN-3'],
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'repmgrd promotes after reconnect_attempts × reconnect_interval (about 60 s): act by hand only when it has not after that.',
      ['REP-1'],
    ),
    step(
      'database-operator',
      'Before any manual change, pause repmgrd on every node.',
      ['RUN-3'],
      `${REPMGR} service pause`,
    ),
  ],
  failover: [
    step(
      'database-operator',
      'On the standby to promote: promote it (repmgr checks every second, for up to 60 s, that it did).',
      ['RUN-3'],
      `${REPMGR} standby promote`,
    ),
    step(
      'database-operator',
      'Every other standby follows the new primary.',
      ['RUN-3'],
      `${REPMGR} standby follow`,
    ),
  ],
  switchover: [
    step(
      'database-operator',
      'On the standby to promote: try the switchover, then run it (it refuses while an exclusive backup runs on the primary or WAL replay is paused).',
      ['RUN-3'],
      `${REPMGR} standby switchover --siblings-follow --dry-run`,
    ),
  ],
  regional: [],
  verification: [
    step(
      'database-operator',
      'repmgr reports that the promotion succeeded; resume repmgrd afterwards.',
      ['RUN-3'],
      `${REPMGR} service unpause`,
    ),
    TEST_WRITE,
  ],
  failback: [
    step(
      'database-operator',
      'Once the old primary is back as a standby, switch over to it from there in a quiet hour.',
      ['RUN-3'],
      `${REPMGR} standby switchover --siblings-follow`,
    ),
  ],
  monitoring: [
    step(
      'platform-operator',
      'repmgrd’s log on each node: missed checks, reconnect attempts, the promotion.',
      ['REP-1'],
    ),
  ],
  drills: {
    ...SELF_RUN_DRILLS,
    region: noDrill('Runs in one region: the regional drill is a restore from the off-site backup.'),
  },
};
