/**
 * How the simulation models a failover of the recommended architecture: each phase (detect, decide,
 * promote, reroute, the manual path, a regional disaster) with the settings it assumed and its mean time.
 * The methodology appendix shows it; the runbook itself says what operators do.
 */
import type { DistributionId } from '../../../models/engine/distributionIds';
import { formatDuration, formatPercent } from '../../format';
import type { Scenario, TrafficLayer } from '../../../models/types';
import type { Block } from '../model';
import { clusterManager } from './clusterManagers';
import { effective, type Context } from './context';
import { sentence, settingsText } from './text';

/** The scenario's health check in words: how often, and how long until a target is marked down. */
function healthCheckWords(scenario: Scenario): string {
  const { healthCheckIntervalSeconds: i, healthCheckFailureThreshold: f } = scenario.operations;
  return `a health check every ${formatDuration(i)} marks a target down after ${f} failed check${f === 1 ? '' : 's'} (${formatDuration((f - 1) * i)}–${formatDuration(f * i)} after the failure)`;
}

/** Reroute by a traffic layer, in words with the scenario's numbers. */
function rerouteWords(scenario: Scenario, layer: TrafficLayer | undefined, layerName: string): string {
  const parts = [`${layerName}: ${healthCheckWords(scenario)}`];
  if (layer?.extra.note) parts.push(layer.extra.note);
  if (layer?.usesDnsTtl)
    parts.push(`DNS TTL in this scenario: ${formatDuration(scenario.operations.dnsTtlSeconds)}.`);
  return parts.map(sentence).join(' ');
}

/**
 * What a regional disaster means for the architecture: a rebuild elsewhere from the off-site backup when
 * nothing runs in a second region, a promotion of the standby there, or a shift of the lost region's
 * traffic to the regions still up; in every case the outage ends early if the region returns first.
 */
function regionalWords(ctx: Context): string {
  const { scenario, rec } = ctx;
  const cross = ctx.preset?.crossRegion;
  const returned = rec.regionRecovery.returned;
  const race =
    returned === null
      ? ''
      : ` In ${formatPercent(returned)} of the simulated regional outages the region came back first and nothing was lost.`;
  const outcome = `P95 ${formatDuration(rec.regionRtoSeconds.p95)} down, ${formatDuration(rec.regionRpoSeconds.p95)} of writes lost.`;
  if (rec.id === 'active-passive-dr' && cross) {
    const start =
      cross.decidedBy === 'people'
        ? `The alert pages a person, who confirms the region is down and decides to fail over (${effective(ctx, 'active-passive-dr.region.decision') ?? 'see sources'}), then promotes the standby in the second region (${effective(ctx, 'active-passive-dr.region.promotion') ?? 'see sources'})`
        : `${ctx.presetName} declares the region lost and promotes the second region (${effective(ctx, 'active-passive-dr.region.promotion') ?? 'see sources'})`;
    const scale = cross.scaleUp
      ? `, scales it up (${effective(ctx, 'active-passive-dr.region.scaleUp') ?? 'see sources'})`
      : '';
    return `${start}${scale}; ${ctx.globalName} then moves clients there.${race} ${outcome}`;
  }
  if (rec.id === 'active-active') {
    return `${ctx.presetName} keeps taking writes in the regions still up, and ${ctx.globalName} moves the lost region's clients to them (${rerouteWords(scenario, ctx.global, ctx.globalName)})${race} ${outcome}`;
  }
  return `Nothing runs in a second region: people rebuild there from the off-site backup (${effective(ctx, 'recovery.regionRebuild') ?? 'see sources'}), unless the region returns first.${race} ${outcome}`;
}

function regionalSettings(ctx: Context): string {
  const ops = ctx.scenario.operations;
  if (ctx.rec.id === 'active-passive-dr' || ctx.rec.id === 'active-active') {
    return `${ctx.globalName}${ctx.global?.usesDnsTtl ? `, DNS TTL ${formatDuration(ops.dnsTtlSeconds)}` : ''}`;
  }
  return `Backups every ${formatDuration(ops.backupIntervalSeconds)}`;
}

const RUNBOOK_HEADER = ['Step', 'What happens', 'Settings assumed', 'Mean time'];
const RUNBOOK_WIDTHS = [1.1, 3.6, 2, 1];

export function failoverModelBlocks(ctx: Context): Block[] {
  const { scenario, rec } = ctx;
  const ph = rec.phaseMeansSeconds;
  const ops = scenario.operations;
  const mean = (seconds: number) => formatDuration(seconds);
  const blocks: Block[] = [];
  const monitoring = `Dashboards show the old primary down, the failover event and the new primary; replication lag of the remaining replica; the alert reaches the on-call person within ${formatDuration(ops.alertLatencySeconds)}.`;

  if (rec.id === 'single-node') {
    blocks.push({
      kind: 'paragraph',
      text: `A single node has nothing to fail over to. This is the recovery sequence, in order, with the mean time of each phase from the simulation.`,
    });
    blocks.push({
      kind: 'table',
      header: RUNBOOK_HEADER,
      widths: RUNBOOK_WIDTHS,
      rows: [
        [
          '1. Detect',
          `Monitoring notices the node is down: ${healthCheckWords(scenario)}.`,
          `${ctx.layerName}: interval ${formatDuration(ops.healthCheckIntervalSeconds)}, threshold ${ops.healthCheckFailureThreshold}`,
          mean(ph.detection),
        ],
        [
          '2. Alert and respond',
          `The alert pages the on-call person (${formatDuration(ops.alertLatencySeconds)}), who starts acting after typically ${formatDuration(ops.humanResponseSeconds)} (${effective(ctx, 'operations.humanResponse') ?? 'see sources'}). A node crash restarts on its own without a page.`,
          `Alert latency ${formatDuration(ops.alertLatencySeconds)}; human response ${formatDuration(ops.humanResponseSeconds)}`,
          mean(ph.manual),
        ],
        [
          '3. Recover',
          [
            `Node crash: restart in place (${effective(ctx, 'recovery.nodeRestart') ?? 'see sources'}).`,
            `Storage failure: restore the volume from backup (${effective(ctx, 'recovery.storageRestore') ?? 'see sources'}).`,
            `Network partition: wait for it to heal (${effective(ctx, 'recovery.networkPartition') ?? 'see sources'}).`,
            `Zone outage: rebuild in another zone (${effective(ctx, 'recovery.zoneRebuild') ?? 'see sources'}).`,
          ].join('\n'),
          `Backups every ${formatDuration(ops.backupIntervalSeconds)}`,
          mean(ph.recovery),
        ],
        [
          '4. Reroute',
          `${ctx.layerName} sends traffic to the node again once it passes its health check.`,
          `Interval ${formatDuration(ops.healthCheckIntervalSeconds)}`,
          'part of recovery',
        ],
        [
          '5. Monitor',
          `Dashboards show the node down, the alert and the node back up; the age of the newest backup. The alert reaches the on-call person within ${formatDuration(ops.alertLatencySeconds)}.`,
          `Alert latency ${formatDuration(ops.alertLatencySeconds)}`,
          'in parallel',
        ],
        ['Regional disaster', regionalWords(ctx), regionalSettings(ctx), mean(rec.regionRtoSeconds.mean)],
      ],
    });
  } else {
    const p = ctx.preset;
    const prefix = rec.id;
    const dist = (phase: 'detection' | 'decision' | 'promotion') =>
      effective(ctx, `${prefix}.${phase}` as DistributionId);
    const phaseText = (phase: 'detection' | 'decision' | 'promotion', lead: string) => {
      const note = p?.[phase].note;
      const model = dist(phase);
      return [lead, note, model ? `Modelled as ${model}.` : undefined].filter(Boolean).join(' ');
    };
    const settings = p ? settingsText(p.settings) : 'none published';
    const managed = clusterManager(p).managed === true;
    const consensus = p?.replication === 'consensus';
    const decideLead = managed
      ? 'The provider’s control plane decides to fail over.'
      : consensus
        ? 'The replicas elect a new leader among themselves.'
        : 'The cluster manager decides which replica takes over.';
    const promoteLead = consensus
      ? 'The new leader takes over its data and accepts writes.'
      : 'The chosen replica becomes the primary and accepts writes.';
    const byHand = managed
      ? 'forces the failover with the provider’s command'
      : consensus
        ? 'recovers the lost quorum by hand'
        : 'fails over by hand';
    blocks.push({
      kind: 'paragraph',
      text: `What happens when the primary of the ${ctx.recName} setup fails, in order: what detects, what decides, what promotes, what the traffic layer does and what monitoring shows, then what a regional disaster does. Data layer: ${ctx.presetName}. Traffic: ${ctx.layerName} within a region${rec.id === 'active-active' || rec.id === 'active-passive-dr' ? `, ${ctx.globalName} between regions` : ''}.`,
    });
    const rows: string[][] = [
      [
        '1. Detect',
        phaseText('detection', `${ctx.presetName} notices the primary is gone.`),
        settings,
        mean(ph.detection),
      ],
      ['2. Decide', phaseText('decision', decideLead), 'as above', mean(ph.decision)],
      ['3. Promote', phaseText('promotion', promoteLead), 'as above', mean(ph.promotion)],
      [
        '4. Reroute',
        rerouteWords(scenario, ctx.layer, ctx.layerName),
        `Interval ${formatDuration(ops.healthCheckIntervalSeconds)}, threshold ${ops.healthCheckFailureThreshold}${ctx.layer?.usesDnsTtl ? `, DNS TTL ${formatDuration(ops.dnsTtlSeconds)}` : ''}`,
        mean(ph.reroute),
      ],
      ['5. Monitor', monitoring, `Alert latency ${formatDuration(ops.alertLatencySeconds)}`, 'in parallel'],
      [
        'If automation does not act',
        `In ${formatPercent(rec.manualPathShare)} of failovers automation does not act (fencing refuses, the replica is too far behind, quorum is lost, drifted configuration). The alert pages a person (${formatDuration(ops.alertLatencySeconds)}), who responds after typically ${formatDuration(ops.humanResponseSeconds)} and ${byHand} as the runbook says (${effective(ctx, 'recovery.manualFailover') ?? 'see sources'}); then step 4.`,
        `Drills per year ${ops.drillsPerYear}`,
        mean(ph.manual),
      ],
    ];
    rows.push([
      'Regional disaster',
      regionalWords(ctx),
      regionalSettings(ctx),
      mean(rec.regionRtoSeconds.mean),
    ]);
    blocks.push({ kind: 'table', header: RUNBOOK_HEADER, widths: RUNBOOK_WIDTHS, rows });
  }
  blocks.push({
    kind: 'keyValue',
    items: [
      {
        key: 'Outage per ordinary incident',
        value: `mean ${formatDuration(rec.incidentRtoSeconds.mean)}, P50 ${formatDuration(rec.incidentRtoSeconds.p50)}, P95 ${formatDuration(rec.incidentRtoSeconds.p95)} (target ${formatDuration(scenario.targets.rtoSeconds)})`,
      },
      {
        key: 'Outage per regional incident',
        value: `mean ${formatDuration(rec.regionRtoSeconds.mean)}, P95 ${formatDuration(rec.regionRtoSeconds.p95)} (target ${formatDuration(scenario.targets.regionRtoSeconds)})`,
      },
    ],
  });
  blocks.push({
    kind: 'paragraph',
    tone: 'muted',
    text: 'Mean times of the numbered steps are per ordinary incident (node, storage, network, zone), over every simulated one of this architecture (a phase that does not occur in an incident counts as zero), so they add up to the mean outage per ordinary incident; a regional disaster has its own mean. Ranges in the text are the model’s distributions, after your overrides.',
  });
  return blocks;
}
