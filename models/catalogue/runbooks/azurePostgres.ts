import { drill, MANAGED_NETWORK, MANAGED_STORAGE, step, TEST_WRITE } from './common';
import type { Runbook } from './types';

/** The REST call behind a failover of a flexible server, sent with the Azure CLI's generic `az rest`. */
function restart(mode: 'ForcedFailover' | 'PlannedFailover'): string {
  return (
    'az rest --method post --url "https://management.azure.com/subscriptions/<subscription>/resourceGroups/<group>' +
    `/providers/Microsoft.DBforPostgreSQL/flexibleServers/<server>/restart?api-version=2025-08-01" --body '{"restartWithFailover": true, "failoverMode": "${mode}"}'`
  );
}

/** Azure Database for PostgreSQL flexible server: zone-redundant HA, optionally a geo read replica. */
export const AZURE_POSTGRESQL: Runbook = {
  id: 'azure-postgresql',
  family: 'Azure Database for PostgreSQL flexible server',
  presets: ['azure-postgresql-zone-redundant', 'azure-postgresql-geo-replica'],
  generic: false,
  preconditions: [
    step(
      'platform-operator',
      'High availability shows “Healthy” (not “Replicating Data” or “Failing Over”).',
      ['RUN-16'],
    ),
  ],
  goNoGo: [
    step(
      'incident-lead',
      'The service fails over by itself, expected within 60–120 s with zero data loss: force a failover only when it has not.',
      ['AZ-1'],
    ),
  ],
  failover: [
    step(
      'database-operator',
      'Force the failover to the standby (restart with failover).',
      ['RUN-14'],
      restart('ForcedFailover'),
    ),
  ],
  switchover: [
    step(
      'database-operator',
      'Planned: the same call with a planned failover.',
      ['RUN-14'],
      restart('PlannedFailover'),
    ),
  ],
  regional: [
    step(
      'incident-lead',
      'Promotion of the geo read replica is never automatic: a person decides, and chooses Forced for a regional outage (the lag at that moment is lost) or Planned when the primary still answers (data synchronised first).',
      ['RUN-15', 'AZ-3'],
    ),
    step(
      'database-operator',
      'In the portal, on the replica: “Promote to primary server” (needs virtual endpoints), or “Promote to independent server and remove from replication”.',
      ['RUN-15'],
    ),
    step('database-operator', 'Enable high availability again on the promoted server.', ['RUN-15']),
  ],
  verification: [
    step('database-operator', 'High availability goes from “Failing Over” back to “Healthy”.', ['RUN-16']),
    TEST_WRITE,
  ],
  failback: [
    step(
      'database-operator',
      'In-region: a planned failover back in a quiet hour.',
      ['RUN-14'],
      restart('PlannedFailover'),
    ),
    step(
      'database-operator',
      'Across regions: create a read replica in the original region from the promoted server, and promote it (Planned) in a quiet hour.',
      ['RUN-15'],
    ),
  ],
  monitoring: [
    step('platform-operator', 'The high-availability state of the server and its events.', ['RUN-16']),
  ],
  drills: {
    node: drill('Force a failover (restart with failover).', ['RUN-14']),
    storage: MANAGED_STORAGE,
    network: MANAGED_NETWORK,
    zone: drill('Force a failover to the standby in the other zone, as a zone outage would.', ['RUN-14']),
    region: drill('Promote the read replica with the Planned option in a staging copy, and time it.', [
      'RUN-15',
    ]),
  },
};
