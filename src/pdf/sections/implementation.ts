/**
 * The implementation plan: six phases with roles, durations, dependencies and milestones (a table and a
 * timeline), then seven steps from nothing to the recommended architecture in production, each naming the
 * settings the simulation assumed (replication mode, cluster manager timers, health checks,
 * alert thresholds, drills). It is what the client's engineers build from, and it says which settings,
 * if changed, make the numbers of the proposal no longer hold.
 */
import type { DistributionId } from '../../../models/engine/distributionIds';
import { manualPathProbability } from '../../../models/engine/plan';
import { quorumReport } from '../../../models/engine/topology';
import { formatDuration, formatNumber, formatPercent } from '../../format';
import type { Block, Section } from '../model';
import { closestNote } from './closestNote';
import { clusterManager } from './clusterManagers';
import { effective, type Context } from './context';
import { effortDays, planPhases, planWeeks, TEAM_SIZE } from './plan';
import { settingsText } from './text';

/** Step 2: how data reaches a second copy, by the replication of the data layer (backups alone for none). */
function replicationWords(ctx: Context): string {
  const { scenario, rec } = ctx;
  const t = scenario.targets;
  const preset = ctx.preset;
  if (!preset) {
    return `No replication: back up (or archive the write-ahead log) every ${formatDuration(scenario.operations.backupIntervalSeconds)} to off-site storage in another region. Storage, zone or region loss loses up to that much: P95 ${formatDuration(rec.incidentRpoSeconds.p95)} per ordinary incident (target ${formatDuration(t.rpoSeconds)}).`;
  }
  const inRegion =
    preset.replication === 'async'
      ? `Asynchronous streaming replication from the primary to the standby in another zone. The RPO target is ${formatDuration(t.rpoSeconds)}; the simulation expects P95 ${formatDuration(rec.incidentRpoSeconds.p95)} of writes lost per incident.`
      : preset.replication === 'sync'
        ? `Synchronous replication within the region: a commit returns only after one standby has it, so a failover loses nothing while the pair is in sync (RPO target ${formatDuration(t.rpoSeconds)}). The simulation assumes the pair had fallen back to asynchronous in ${formatPercent(scenario.assumptions.syncDegradedProbability)} of failures; P95 loss ${formatDuration(rec.incidentRpoSeconds.p95)}.`
        : 'Within a region, every write is acknowledged by a quorum of replicas in separate zones, so losing a node or a zone loses no committed write.';
  const cross = preset.crossRegion;
  const between =
    rec.id === 'active-passive-async' || rec.id === 'active-passive-sync' || !cross
      ? ''
      : cross.replication === 'async'
        ? ` Between regions, asynchronous replication to the standby in the second region: a regional failover loses its lag (P95 ${formatDuration(rec.regionRpoSeconds.p95)}, target ${formatDuration(t.regionRpoSeconds)}).`
        : cross.replication === 'sync'
          ? ' Between regions, writes reach the second region before they are acknowledged, so a regional failover loses nothing.'
          : cross.replication === 'consensus'
            ? ` Between regions, a write commits on a majority of the voting replicas: ${topologyWords(ctx)}.`
            : ` Every region takes writes and ships them to the others afterwards: a regional disaster loses what had not yet crossed (P95 ${formatDuration(rec.regionRpoSeconds.p95)}, target ${formatDuration(t.regionRpoSeconds)}).`;
  return `${inRegion}${between} Preset settings: ${settingsText(preset.settings)}.`;
}

/** Where the voting replicas go, and whether that survives a regional loss, in the plan's words. */
function topologyWords(ctx: Context): string {
  const t = ctx.scenario.topology;
  const q = quorumReport(t);
  const layout = `replication factor ${t.replicationFactor}, ${q.perRegion.join(' + ')} data replicas across ${t.activeActiveRegions} regions${t.witnessRegion ? ' plus a voting witness in one more region' : ''}`;
  return q.fatalRegions === 0
    ? `${layout}, so losing any one region keeps the quorum and loses no committed write`
    : `${layout}; losing a region that holds ${Math.max(...q.perRegion)} of them loses the quorum, and writes stop until it returns or people recover from the survivors (add a region or a witness to survive it)`;
}

export function implementationSection(ctx: Context): Section {
  const { scenario, rec } = ctx;
  const ops = scenario.operations;
  const t = scenario.targets;
  const single = rec.id === 'single-node';
  const cm = clusterManager(ctx.preset);
  const assumed = ctx.preset?.assumedOperations;
  const i = ops.healthCheckIntervalSeconds;
  const f = ops.healthCheckFailureThreshold;
  const steps: { title: string; text: string; settings: string[] }[] = [];

  steps.push({
    title: single
      ? 'Deploy the primary and its off-site backup'
      : 'Deploy primary and replicas in separate zones',
    text: single
      ? 'Deploy one primary node. Keep its backups in another region, so a zone or region outage does not take the backups with it.'
      : rec.id === 'active-active'
        ? `Deploy ${ctx.presetName} across ${scenario.topology.activeActiveRegions} regions (${topologyWords(ctx)}), with replicas in separate zones within each region. Confirm network connectivity between all nodes and that replication runs before going further. Two nodes in one rack are not redundant.`
        : rec.id === 'active-passive-dr'
          ? `Deploy the primary in one availability zone and the standby in another zone of the same region, then the standby in a second region. Confirm network connectivity between the nodes and that replication runs in both before going further. Two nodes in one rack are not redundant.`
          : `Deploy the primary in one availability zone and the standby in another zone of the same region. Confirm network connectivity between the nodes and that replication runs before going further. Two nodes in one rack are not redundant.`,
    settings: [
      `Architecture: ${ctx.recName}`,
      ...(ctx.preset ? [`Data layer: ${ctx.presetName}`] : []),
      `Node cost ${ctx.m(scenario.costs.nodeMonthlyCost)}/month, storage ${ctx.m(scenario.costs.storageMonthlyCost)}/month a copy; this architecture ${ctx.m(rec.monthlyInfraCost.expected)}/month expected`,
    ],
  });

  steps.push({
    title: single ? 'Configure backups' : 'Configure the replication mode',
    text: replicationWords(ctx),
    settings: [
      `RPO target ${formatDuration(t.rpoSeconds)}; regional RPO target ${formatDuration(t.regionRpoSeconds)}`,
      `Backup interval ${formatDuration(ops.backupIntervalSeconds)}`,
    ],
  });

  steps.push({
    title: single
      ? 'Automate the restart of the node'
      : 'Install and tune the cluster manager and its configuration store',
    text: single
      ? 'With no standby there is no cluster manager: have the host or platform restart the database automatically after a crash, and keep a tested script to rebuild it from backup in another zone.'
      : cm.managed
        ? `Use ${cm.what}; cluster state lives in ${cm.store}. The provider sets the failover timers; the simulation assumed the settings and phase times below, so check them against the provider’s current documentation.`
        : `Install ${cm.what}; cluster state lives in ${cm.store}. Set the failover timers explicitly; defaults are rarely right for production. The simulation assumed the timers below.`,
    settings: single
      ? [`Restart: ${effective(ctx, 'recovery.nodeRestart') ?? 'see sources'}`]
      : [
          ...(ctx.preset ? Object.entries(ctx.preset.settings).map(([k, v]) => `${k} = ${v}`) : []),
          `Detection ${effective(ctx, `${rec.id}.detection` as DistributionId) ?? ''}`.trim(),
          `Decision ${effective(ctx, `${rec.id}.decision` as DistributionId) ?? ''}`.trim(),
          `Promotion ${effective(ctx, `${rec.id}.promotion` as DistributionId) ?? ''}`.trim(),
        ],
  });

  const lbSettings = [
    `${ctx.layerName}: health check every ${formatDuration(i)}, ${f} failed check${f === 1 ? '' : 's'} before a target is down (${formatDuration((f - 1) * i)}–${formatDuration(f * i)})`,
  ];
  if (ctx.layer?.usesDnsTtl || (rec.id === 'active-active' && ctx.global?.usesDnsTtl))
    lbSettings.push(`DNS TTL ${formatDuration(ops.dnsTtlSeconds)}`);
  if (rec.id === 'active-active') lbSettings.push(`Between regions: ${ctx.globalName}`);
  if (
    assumed?.healthCheckIntervalSeconds !== undefined ||
    assumed?.healthCheckFailureThreshold !== undefined
  ) {
    lbSettings.push(
      `The ${ctx.presetName} figures assume a check every ${formatDuration(assumed.healthCheckIntervalSeconds ?? i)} with threshold ${assumed.healthCheckFailureThreshold ?? f}`,
    );
  }
  steps.push({
    title: 'Set up the load balancer',
    text: `Put ${ctx.layerName} in front of the database: writes go to the primary, reads may go to replicas. ${i <= 5 ? `The scenario checks every ${formatDuration(i)}, within the 5 s or less a fast failover needs.` : `The scenario checks every ${formatDuration(i)}; checks every 5 s or less would shorten every failover, since detection time is part of the RTO.`}`,
    settings: lbSettings,
  });

  const lagAlert = single
    ? `Backup age: page when the newest backup is older than ${formatDuration(ops.backupIntervalSeconds * 1.5)} (1.5 backup intervals)`
    : t.rpoSeconds > 0
      ? `Replication lag: warn at ${formatDuration(t.rpoSeconds / 2)}, page at ${formatDuration(t.rpoSeconds)} (the RPO target)`
      : 'Replication: page as soon as the synchronous standby is missing or the pair falls back to asynchronous (RPO target 0)';
  steps.push({
    title: 'Set up health monitoring and alerting',
    text: `Monitor every layer (database, replication, load balancer), not just a TCP port: an application-level check that runs a real query catches more failures. Alerts must fire before a problem becomes an outage and reach a person fast; the scenario assumes ${formatDuration(ops.alertLatencySeconds)} from failure to a person${ops.alertLatencySeconds <= 60 ? ', within the 60 s to aim for' : ', slower than the 60 s to aim for'}.`,
    settings: [
      lagAlert,
      `Node availability: page when a node fails ${f} consecutive health checks (${formatDuration(f * i)})`,
      'Response time: warn when the P95 query response time stays above its normal baseline for 5 minutes',
      `Escalation: alert to the on-call person within ${formatDuration(ops.alertLatencySeconds)}; escalate to a second person if not acknowledged within ${formatDuration(ops.humanResponseSeconds)} (the typical response the scenario assumes)`,
    ],
  });

  steps.push({
    title: single
      ? 'Automate recovery and measure it'
      : 'Automate failover and measure a controlled failover',
    text: single
      ? `Script the restore and rebuild so a person runs one command, then time a restore from backup. The simulation expects P50 ${formatDuration(rec.incidentRtoSeconds.p50)} and P95 ${formatDuration(rec.incidentRtoSeconds.p95)} per incident against the ${formatDuration(t.rtoSeconds)} RTO target.`
      : `Confirm that ${cm.actor} promotes a replica with no person involved, then trigger a controlled failover and measure it from the injected failure to the first successful write through ${ctx.layerName}. Target: within the ${formatDuration(t.rtoSeconds)} RTO. The simulation expects P50 ${formatDuration(rec.incidentRtoSeconds.p50)} and P95 ${formatDuration(rec.incidentRtoSeconds.p95)}.`,
    settings: [
      `RTO target ${formatDuration(t.rtoSeconds)} for ${formatPercent(t.confidence)} of incidents`,
      single
        ? `Expected mean phases per incident: detection ${formatDuration(rec.phaseMeansSeconds.detection)}, alert and response ${formatDuration(rec.phaseMeansSeconds.manual)}, recovery ${formatDuration(rec.phaseMeansSeconds.recovery)}`
        : `Expected mean phases per incident: detection ${formatDuration(rec.phaseMeansSeconds.detection)}, decision ${formatDuration(rec.phaseMeansSeconds.decision)}, promotion ${formatDuration(rec.phaseMeansSeconds.promotion)}, reroute ${formatDuration(rec.phaseMeansSeconds.reroute)}`,
    ],
  });

  // A drill log measures the recommended architecture's own chance; without one, the drift model's average.
  const measured = ctx.calibration.scenario.calibrated?.manualPathProbability[rec.id];
  const pManual = measured ?? manualPathProbability(scenario.assumptions, ops.drillsPerYear);
  const drills = ops.drillsPerYear;
  const rehearse =
    drills > 0
      ? `Rehearse it ${drills} time${drills === 1 ? '' : 's'} a year, as the scenario assumes`
      : 'The scenario assumes no drills; rehearse at least once a quarter';
  steps.push({
    title: 'Document and rehearse',
    text: single
      ? `Share the recovery runbook in this proposal with everyone on call: what alerts, who acts, how to restore and rebuild, and what monitoring shows. ${rehearse}, including a restore from backup.`
      : `Share the runbook in this proposal with everyone on call: what fires, what promotes, what the load balancer does and what monitoring shows. ${rehearse}; ${measured === undefined ? `with that, automation is assumed to fall to people in ${formatPercent(pManual)} of failovers on average` : `the drill log puts the chance that automation falls to people at ${formatPercent(pManual)} of failovers`} (${formatPercent(scenario.assumptions.manualPathUntested)} if never tested).`,
    settings: [
      `Failover drills per year: ${ops.drillsPerYear}`,
      `Typical human response ${formatDuration(ops.humanResponseSeconds)}`,
    ],
  });

  const phases = planPhases(ctx);
  const total = planWeeks(phases);
  const numbers = new Map(phases.map((p, i) => [p.id, i + 1]));
  const weeks = (n: number) => `${formatNumber(n)} ${n === 1 ? 'week' : 'weeks'}`;
  const blocks: Block[] = [
    ...(ctx.result.recommendation.feasible ? [] : [closestNote(ctx)]),
    {
      kind: 'paragraph',
      text: `Six phases take ${ctx.recName}${ctx.preset ? ` on ${ctx.presetName}` : ''} from design to go-live in about ${weeks(total)}. The durations spread the one-off effort (${formatNumber(effortDays(ctx))} person-days expected) over the phases, worked by ${TEAM_SIZE} engineers: an assumption to revisit once the team is known.`,
    },
    {
      kind: 'table',
      header: ['Phase', 'Roles', 'Duration', 'After', 'Milestone'],
      widths: [2.9, 2.1, 1.05, 1.2, 1.9],
      rows: phases.map((p, i) => [
        `${i + 1}. ${p.name}`,
        p.roles,
        `${weeks(p.weeks)}\n(week ${formatNumber(p.start)}–${formatNumber(p.start + p.weeks)})`,
        p.after.length === 0
          ? 'Signature of this proposal'
          : `${p.after.length === 1 ? 'Phase' : 'Phases'} ${p.after.map((id) => numbers.get(id)!).join(' and ')}`,
        p.milestone ?? 'Ready for the next phase',
      ]),
    },
    {
      kind: 'timeline',
      phases: phases.map((p, i) => ({
        label: `${i + 1}. ${p.short}`,
        start: p.start,
        length: p.weeks,
        roles: p.roles,
      })),
      milestones: phases
        .filter((p) => p.milestone)
        .map((p) => ({ label: p.milestone!, at: p.start + p.weeks })),
      caption: `Weeks from the signature. Diamonds mark the milestones; phases 2 and 3 run side by side.`,
    },
    { kind: 'subheading', text: 'What the build sets up' },
    {
      kind: 'paragraph',
      text: `Seven steps to build ${ctx.recName}${ctx.preset ? ` on ${ctx.presetName}` : ''} behind ${ctx.layerName}. Each step names the settings the simulation assumed; change them and the numbers in this proposal no longer hold.`,
    },
  ];
  steps.forEach((step, index) => {
    blocks.push({ kind: 'subheading', text: `Step ${index + 1}. ${step.title}` });
    blocks.push({ kind: 'paragraph', text: step.text });
    blocks.push({
      kind: 'bullets',
      items: step.settings.filter((s) => s.length > 0),
    });
  });
  return { id: 'implementation', heading: 'Implementation plan', blocks };
}
