import { drill, noDrill, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

const SERVICE_RUN = noDrill(
  'The service runs each Region’s table: there is no node, disk or network of the customer’s to fail.',
);

/** Amazon DynamoDB global tables (multi-Region eventual consistency): no failover, traffic moves. */
export const DYNAMODB: Runbook = {
  id: 'dynamodb',
  family: 'Amazon DynamoDB global tables',
  presets: ['dynamodb-global-tables'],
  generic: false,
  preconditions: [
    step(
      'application-owner',
      'The application runs in each Region with its own endpoint, since DynamoDB has no global endpoint.',
      ['RUN-18'],
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'There is no database failover to run: decide to take the impaired Region out of service.',
      ['RUN-18'],
    ),
  ],
  failover: [
    step(
      'platform-operator',
      'Route users of the impaired Region to the application in another Region (global traffic layer below); writes there replicate to the others.',
      ['RUN-18', 'DDB-1'],
    ),
  ],
  switchover: [],
  regional: [
    step(
      'platform-operator',
      'Route users of the lost Region to the others; writes not yet replicated from it (typically under a second) may be lost.',
      ['RUN-18', 'DDB-1'],
    ),
  ],
  verification: [
    step(
      'platform-operator',
      'ReplicationLatency between the remaining Regions is back to its normal level.',
      ['RUN-18'],
    ),
    TEST_WRITE,
  ],
  failback: [
    step(
      'platform-operator',
      'When the Region is healthy and its ReplicationLatency has come down, send its users back.',
      ['RUN-18'],
    ),
  ],
  monitoring: [
    step('platform-operator', 'ReplicationLatency for every pair of Regions, in milliseconds.', ['RUN-18']),
  ],
  drills: {
    node: SERVICE_RUN,
    storage: SERVICE_RUN,
    network: SERVICE_RUN,
    zone: SERVICE_RUN,
    region: drill('Route one Region’s users to another with the global traffic layer, then back.', [
      'RUN-18',
    ]),
  },
};
