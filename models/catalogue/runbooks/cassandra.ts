import { drill, SELF_RUN_DRILLS, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

/** Apache Cassandra with one data centre per region, clients at LOCAL_QUORUM. */
export const CASSANDRA: Runbook = {
  id: 'cassandra',
  family: 'Apache Cassandra',
  presets: ['cassandra-multi-dc'],
  generic: false,
  preconditions: [
    step(
      'application-owner',
      'Clients read and write at LOCAL_QUORUM, which answers from the local data centre without waiting for the others.',
      ['CAS-1'],
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'There is no failover to run: a node is convicted by the failure detector, and a lost data centre does not block the others at LOCAL_QUORUM.',
      ['CAS-1'],
    ),
  ],
  failover: [
    step('database-operator', 'The other replicas of the data centre keep answering; nothing is promoted.', [
      'CAS-1',
    ]),
  ],
  switchover: [],
  regional: [
    step(
      'platform-operator',
      'Move the lost region’s clients to another data centre with the global traffic layer; writes not yet shipped there from the lost one may be lost.',
      ['CAS-1'],
    ),
  ],
  verification: [TEST_WRITE],
  failback: [
    step(
      'platform-operator',
      'Bring the data centre back and let it catch up before sending its clients back.',
      ['CAS-1'],
    ),
  ],
  monitoring: [
    step(
      'platform-operator',
      'Nodes up or down in each data centre, and the latency of local quorum reads and writes.',
      ['CAS-1'],
    ),
  ],
  drills: {
    ...SELF_RUN_DRILLS,
    region: drill('Stop every node of one data centre; the others must keep serving at LOCAL_QUORUM.', [
      'CAS-1',
    ]),
  },
};
