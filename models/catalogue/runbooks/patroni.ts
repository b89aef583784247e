import { drill, SELF_RUN_DRILLS, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

const CTL = 'patronictl -c <patroni.yml>';

/** PostgreSQL managed by Patroni, in one region or with a standby cluster in a second one. */
export const PATRONI: Runbook = {
  id: 'patroni',
  family: 'Patroni (PostgreSQL)',
  presets: [
    'patroni-async',
    'patroni-sync',
    'patroni-sync-tuned',
    'patroni-sync-article',
    'patroni-standby-cluster',
    'patroni-standby-pilot-light',
  ],
  generic: false,
  preconditions: [
    step(
      'database-operator',
      'The cluster shows one Leader, and every replica streaming with a small lag.',
      ['RUN-1'],
      `${CTL} list <cluster>`,
    ),
    step(
      'database-operator',
      'The configuration store (etcd) has a majority of its members up: Patroni holds the leader key there, and starts a failover only when that key expires (ttl).',
      ['PAT-1', 'ETC-1'],
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'Go for a manual failover only when no Leader has been shown for longer than ttl and Patroni has not promoted a replica by itself.',
      ['RUN-1', 'PAT-1'],
    ),
    step(
      'incident-lead',
      'No-go while the old primary may still take writes, and check “Lag in MB” of the candidate first: a failover “can cause data loss depending on how up-to-date the promoted replica is”.',
      ['RUN-1'],
    ),
  ],
  failover: [
    step(
      'database-operator',
      'Watch Patroni promote a replica by itself once the leader key expires; the list refreshes every 2 s.',
      ['RUN-1', 'PAT-1'],
      `${CTL} list <cluster> -W`,
    ),
    step(
      'database-operator',
      'If it does not, fail over by hand to the most up-to-date replica.',
      ['RUN-1'],
      `${CTL} failover <cluster> --candidate <replica> --force`,
    ),
  ],
  switchover: [
    step(
      'database-operator',
      'Planned switchover (maintenance, drills) on a healthy cluster, now or at a set time.',
      ['RUN-1'],
      `${CTL} switchover <cluster> --leader <leader> --candidate <replica> --scheduled <time> --force`,
    ),
    step(
      'database-operator',
      'Work on the nodes without Patroni failing over (maintenance mode), then give it back control.',
      ['RUN-1'],
      `${CTL} pause <cluster>   …   ${CTL} resume <cluster> --wait`,
    ),
  ],
  regional: [
    step(
      'incident-lead',
      'Make sure the primary region’s cluster is down and stays down before promoting: the standby cluster cannot tell, and promoting it while the source still runs splits the data in two.',
      ['PAT-12'],
    ),
    step('platform-operator', 'A scaled-down standby (pilot light) is first resized to production size.', [
      'AWS-8',
    ]),
    step(
      'database-operator',
      'In the second region, remove the standby_cluster section from the dynamic configuration: the standby leader becomes the Leader.',
      ['PAT-12', 'RUN-1'],
      `${CTL} edit-config <cluster>`,
    ),
  ],
  verification: [
    step(
      'database-operator',
      'The new Leader is listed, the timeline (TL) has gone up by one, and the other members are streaming from it.',
      ['RUN-1'],
      `${CTL} list <cluster>`,
    ),
    TEST_WRITE,
  ],
  failback: [
    step(
      'database-operator',
      'The old primary rejoins as a replica once it is back (rewound when use_pg_rewind is on); when it streams, switch over to it in a quiet hour.',
      ['RUN-1'],
      `${CTL} switchover <cluster> --leader <new-leader> --candidate <old-primary> --force`,
    ),
    step(
      'database-operator',
      'After a regional promotion, the first region comes back as a standby cluster again: add the standby_cluster section back (it runs pg_rewind, which may fail) or rebuild that cluster from scratch.',
      ['PAT-12'],
    ),
  ],
  monitoring: [
    step(
      'platform-operator',
      'Member, Role (Leader / Sync Standby / Replica), State (running, streaming, stopped), TL and “Lag in MB” of every member; a completed failover shows a new Leader and a higher TL.',
      ['RUN-1'],
    ),
  ],
  drills: {
    ...SELF_RUN_DRILLS,
    region: drill(
      'Stop the primary region’s cluster, then promote the standby cluster in the second region as above.',
      ['PAT-12'],
    ),
  },
};
