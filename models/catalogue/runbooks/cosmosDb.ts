import { drill, noDrill, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

const PRIORITY =
  'az cosmosdb failover-priority-change --name <account> --resource-group <group> --failover-policies <second-region>=0 <first-region>=1';

const SERVICE_RUN = noDrill(
  'The service runs the replicas of each region: there is no node, disk or network of the customer’s to fail.',
);

/** Azure Cosmos DB across regions (multi-region writes, or per-partition automatic failover). */
export const COSMOS_DB: Runbook = {
  id: 'cosmos-db',
  family: 'Azure Cosmos DB',
  presets: ['cosmos-db-session', 'cosmos-db-ppaf', 'cosmos-db-article'],
  generic: false,
  preconditions: [
    step(
      'platform-operator',
      'The account spans the regions of the design, in zones where offered; service-managed failover is on.',
      ['CDB-1', 'RUN-17'],
      'az cosmosdb update --name <account> --resource-group <group> --enable-automatic-failover true',
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      '“Don’t trigger a manual failover during the outage, because it can’t succeed”: wait for the service. Per-partition failover restores writes in under 2–3 min (P99); a service-managed account failover can take an hour or more.',
      ['RUN-17', 'CDB-4', 'CDB-5'],
    ),
  ],
  failover: [
    step(
      'platform-operator',
      'Within a region nothing is done by hand: a replica or zone loss costs no availability and no data.',
      ['CDB-1'],
    ),
  ],
  switchover: [
    step(
      'database-operator',
      'Planned, with every region healthy: give the second region failover priority 0, which makes it the write region.',
      ['RUN-17'],
      PRIORITY,
    ),
  ],
  regional: [
    step(
      'platform-operator',
      'The service moves writes (per partition, or the account) to a surviving region; the global traffic layer moves clients of the lost region.',
      ['CDB-4', 'CDB-5'],
    ),
    step(
      'application-owner',
      'Reckon the data lost with the consistency level: under 15 minutes of writes for session, consistent prefix and eventual; none for strong.',
      ['CDB-2'],
    ),
  ],
  verification: [TEST_WRITE],
  failback: [
    step(
      'database-operator',
      'Once the first region is healthy, give it failover priority 0 again in a quiet hour.',
      ['RUN-17'],
      'az cosmosdb failover-priority-change --name <account> --resource-group <group> --failover-policies <first-region>=0 <second-region>=1',
    ),
  ],
  monitoring: [
    step('platform-operator', 'The write region of the account and the availability of each region.', [
      'CDB-5',
    ]),
  ],
  drills: {
    node: SERVICE_RUN,
    storage: SERVICE_RUN,
    network: SERVICE_RUN,
    zone: SERVICE_RUN,
    region: drill(
      'Change the failover priorities to move the write region, and back, with every region healthy.',
      ['RUN-17'],
    ),
  },
};
