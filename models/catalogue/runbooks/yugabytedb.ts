import { drill, SELF_RUN_DRILLS, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

const MASTERS = '<master-1>:7100,<master-2>:7100,<master-3>:7100';

/** YugabyteDB: Raft groups re-elect their leaders by themselves, within and across regions. */
export const YUGABYTEDB: Runbook = {
  id: 'yugabytedb',
  family: 'YugabyteDB',
  presets: ['yugabytedb', 'yugabytedb-article'],
  generic: false,
  preconditions: [
    step(
      'database-operator',
      'Every master answers, one of them LEADER.',
      ['RUN-19'],
      `yb-admin -master_addresses ${MASTERS} list_all_masters`,
    ),
    step(
      'platform-operator',
      'Replication factor 3 or more across three regions, so that one region can be lost.',
      ['YB-3'],
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'Leaders of the lost node’s tablets are re-elected in about 3 s: nothing to do by hand unless a tablet has lost a majority of its peers.',
      ['YB-1', 'RUN-19'],
    ),
  ],
  failover: [
    step('database-operator', 'The Raft groups elect new leaders by themselves.', ['YB-1']),
    step(
      'database-operator',
      'A master that died for good: remove it from the master configuration, then add its replacement (started with an empty --master_addresses).',
      ['RUN-19'],
      `yb-admin -master_addresses ${MASTERS} change_master_config REMOVE_SERVER <dead-master> 7100`,
    ),
    step(
      'database-operator',
      'A tablet that lost a majority of its peers: delete it on the bad node and bootstrap it from a good one.',
      ['RUN-19'],
      'yb-ts-cli --server_address=<bad-node> remote_bootstrap <good-node> <tablet-id>',
    ),
  ],
  switchover: [],
  regional: [
    step(
      'platform-operator',
      'The remaining regions keep serving: YugabyteDB fails over to the nodes there; the global traffic layer moves the lost region’s clients.',
      ['YB-3'],
    ),
  ],
  verification: [
    step(
      'database-operator',
      'A master is LEADER again and the others FOLLOWER.',
      ['RUN-19'],
      `yb-admin -master_addresses ${MASTERS} list_all_masters`,
    ),
    TEST_WRITE,
  ],
  failback: [
    step(
      'database-operator',
      'Bring the failed node or region back; if a node stays away and enough remain (three or more), its tablets are re-replicated to the others automatically.',
      ['RUN-19'],
    ),
  ],
  monitoring: [step('platform-operator', 'The masters’ roles, and under-replicated tablets.', ['RUN-19'])],
  drills: {
    ...SELF_RUN_DRILLS,
    region: drill('Stop every node of one region; the others must keep serving reads and writes.', ['YB-3']),
  },
};
