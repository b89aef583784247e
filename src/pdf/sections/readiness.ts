/**
 * The readiness checklist: what must be true before deployment and at go-live, ticked off by the client's
 * team, with the scenario's own thresholds (health checks, RPO, RTO, alert latency, backup interval). It
 * turns the plan into a yes-or-no list someone can sign.
 */
import { formatDuration } from '../../format';
import type { Section } from '../model';
import type { Context } from './context';

export function readinessSection(ctx: Context): Section {
  const { scenario, rec } = ctx;
  const ops = scenario.operations;
  const t = scenario.targets;
  const single = rec.id === 'single-node';
  return {
    id: 'readiness',
    heading: 'Readiness checklist',
    chapter: false,
    blocks: [
      { kind: 'subheading', text: 'Before deployment' },
      {
        kind: 'checklist',
        items: [
          'Redundant network paths with no single point of failure between clients, the load balancer and every node.',
          single
            ? 'Automated restart of the node after a crash, and a scripted restore from backup.'
            : `Automated failover that triggers with no person involved (${ctx.presetName}).`,
          `Health monitoring with alert thresholds defined (health check every ${formatDuration(ops.healthCheckIntervalSeconds)}, ${ops.healthCheckFailureThreshold} failures; replication lag; response time).`,
          `A disaster-recovery plan that has been tested, not just written: regional RTO ${formatDuration(t.regionRtoSeconds)}, RPO ${formatDuration(t.regionRpoSeconds)}.`,
          'Clear on-call ownership: who acts when an alert fires at 2 a.m., and who is next if they do not answer.',
        ],
      },
      { kind: 'subheading', text: 'Go-live checkpoints' },
      {
        kind: 'checklist',
        items: [
          single
            ? `Backups complete every ${formatDuration(ops.backupIntervalSeconds)}, within the ${formatDuration(t.rpoSeconds)} RPO target.`
            : `Replication lag consistently under the RPO target of ${formatDuration(t.rpoSeconds)}.`,
          single
            ? `Recovery measured within the ${formatDuration(t.rtoSeconds)} RTO target (simulation P95 ${formatDuration(rec.incidentRtoSeconds.p95)}).`
            : `Automated failover measured within the ${formatDuration(t.rtoSeconds)} RTO target (simulation P95 ${formatDuration(rec.incidentRtoSeconds.p95)}).`,
          `Load-balancer health checks of ${ctx.layerName} active and tested (every ${formatDuration(ops.healthCheckIntervalSeconds)}, ${ops.healthCheckFailureThreshold} failures).`,
          `Monitoring alerts reach the right people within 60 s (the scenario assumes ${formatDuration(ops.alertLatencySeconds)}).`,
          `Backup restore tested end to end (backups every ${formatDuration(ops.backupIntervalSeconds)}).`,
        ],
      },
    ],
  };
}
