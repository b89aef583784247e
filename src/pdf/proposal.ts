/**
 * The content of the PDF proposal, as a plain document (see `model.ts`). Pure: the same scenario, result,
 * form, date and version give the same document. Every number comes from the simulation result or the
 * scenario and is written with the model's own formatting (models/text.ts), so the proposal says exactly
 * what the app shows.
 */
import { benchmarkSet } from '../../models/catalogue/index';
import type { DistributionId } from '../../models/engine/distributionIds';
import { manualPathProbability } from '../../models/engine/plan';
import { METHODOLOGY } from '../../models/methodology';
import { CONFIDENCE_MEANING, scenarioSources } from '../../models/sources';
import { duration, percent } from '../../models/text';
import type { Confidence } from '../../models/types';
import { asciiSlug } from '../io/fileName';
import type { Block, ProposalDocument, Section } from './model';
import { coverSection, PROPOSAL_TITLE } from './sections/cover';
import { summarySection } from './sections/summary';
import { inputsSection } from './sections/inputs';
import { comparisonSection } from './sections/comparison';
import { chartsSection } from './sections/chartPages';
import { runbookSection } from './sections/runbook';
import { closestNote } from './sections/closestNote';
import { clusterManager } from './sections/clusterManagers';
import { effective, proposalContext, type Context, type ProposalInput } from './sections/context';
import { cleanText, settingsText, yesNo } from './sections/text';

export { asciiSlug };

export * from './model';
export type { ProposalInput };

/** `HA-proposal_<client>_<yyyy-mm-dd>.pdf`, ASCII only. */
export function proposalFileName(client: string, date: string): string {
  const slug = asciiSlug(client) || 'client';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'undated';
  return `HA-proposal_${slug}_${day}.pdf`;
}

// ---------------------------------------------------------------------------------------------------------
// 7. Implementation plan

function replicationWords(ctx: Context): string {
  const { scenario, rec } = ctx;
  const t = scenario.targets;
  const settings = ctx.preset ? ` Preset settings: ${settingsText(ctx.preset.settings)}.` : '';
  switch (ctx.preset?.replication) {
    case 'async':
      return `Asynchronous streaming replication from the primary to the standby. The RPO target is ${duration(t.rpoSeconds)}; the simulation expects P95 ${duration(rec.incidentRpoSeconds.p95)} of writes lost per incident.${settings}`;
    case 'sync':
      return `Synchronous replication: a commit returns only after one standby has it, so a failover loses nothing while the pair is in sync (RPO target ${duration(t.rpoSeconds)}). The simulation assumes the pair had fallen back to asynchronous in ${percent(scenario.assumptions.syncDegradedProbability)} of failures; P95 loss ${duration(rec.incidentRpoSeconds.p95)}.${settings}`;
    case 'consensus':
      return `Consensus replication: a write commits on a majority of replicas spread over zones and regions, so losing a node, zone or region loses no committed write (P95 regional loss ${duration(rec.regionRpoSeconds.p95)}).${settings}`;
    case 'async-multi-master':
      return `Asynchronous replication between regions: in-region incidents lose nothing, a regional disaster loses the cross-region lag (P95 ${duration(rec.regionRpoSeconds.p95)}, target ${duration(t.regionRpoSeconds)}).${settings}`;
    default:
      return `No replication: back up (or archive the write-ahead log) every ${duration(scenario.operations.backupIntervalSeconds)} to off-site storage in another region. Storage, zone or region loss loses up to that much: P95 ${duration(rec.incidentRpoSeconds.p95)} per ordinary incident (target ${duration(t.rpoSeconds)}).`;
  }
}

function implementationSection(ctx: Context): Section {
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
        ? `Deploy ${ctx.presetName} across at least two regions, with replicas in separate zones within each region. Confirm network connectivity between all nodes and that replication runs before going further. Two nodes in one rack are not redundant.`
        : `Deploy the primary in one availability zone and the standby in another zone of the same region. Confirm network connectivity between the nodes and that replication runs before going further. Two nodes in one rack are not redundant.`,
    settings: [
      `Architecture: ${ctx.recName}`,
      ...(ctx.preset ? [`Data layer: ${ctx.presetName}`] : []),
      `Baseline node cost ${ctx.m(scenario.costs.baselineMonthlyCost)}/month; this architecture ${ctx.m(rec.monthlyInfraCost.expected)}/month expected`,
    ],
  });

  steps.push({
    title: single ? 'Configure backups' : 'Configure the replication mode',
    text: replicationWords(ctx),
    settings: [
      `RPO target ${duration(t.rpoSeconds)}; regional RPO target ${duration(t.regionRpoSeconds)}`,
      `Backup interval ${duration(ops.backupIntervalSeconds)}`,
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
    `${ctx.layerName}: health check every ${duration(i)}, ${f} failed check${f === 1 ? '' : 's'} before a target is down (${duration((f - 1) * i)}–${duration(f * i)})`,
  ];
  if (ctx.layer?.usesDnsTtl || (rec.id === 'active-active' && ctx.global?.usesDnsTtl))
    lbSettings.push(`DNS TTL ${duration(ops.dnsTtlSeconds)}`);
  if (rec.id === 'active-active') lbSettings.push(`Between regions: ${ctx.globalName}`);
  if (
    assumed?.healthCheckIntervalSeconds !== undefined ||
    assumed?.healthCheckFailureThreshold !== undefined
  ) {
    lbSettings.push(
      `The ${ctx.presetName} figures assume a check every ${duration(assumed.healthCheckIntervalSeconds ?? i)} with threshold ${assumed.healthCheckFailureThreshold ?? f}`,
    );
  }
  steps.push({
    title: 'Set up the load balancer',
    text: `Put ${ctx.layerName} in front of the database: writes go to the primary, reads may go to replicas. ${i <= 5 ? `The scenario checks every ${duration(i)}, within the 5 s or less a fast failover needs.` : `The scenario checks every ${duration(i)}; checks every 5 s or less would shorten every failover, since detection time is part of the RTO.`}`,
    settings: lbSettings,
  });

  const lagAlert = single
    ? `Backup age: page when the newest backup is older than ${duration(ops.backupIntervalSeconds * 1.5)} (1.5 backup intervals)`
    : t.rpoSeconds > 0
      ? `Replication lag: warn at ${duration(t.rpoSeconds / 2)}, page at ${duration(t.rpoSeconds)} (the RPO target)`
      : 'Replication: page as soon as the synchronous standby is missing or the pair falls back to asynchronous (RPO target 0)';
  steps.push({
    title: 'Set up health monitoring and alerting',
    text: `Monitor every layer (database, replication, load balancer), not just a TCP port: an application-level check that runs a real query catches more failures. Alerts must fire before a problem becomes an outage and reach a person fast; the scenario assumes ${duration(ops.alertLatencySeconds)} from failure to a person${ops.alertLatencySeconds <= 60 ? ', within the 60 s to aim for' : ', slower than the 60 s to aim for'}.`,
    settings: [
      lagAlert,
      `Node availability: page when a node fails ${f} consecutive health checks (${duration(f * i)})`,
      'Response time: warn when the P95 query response time stays above its normal baseline for 5 minutes',
      `Escalation: alert to the on-call person within ${duration(ops.alertLatencySeconds)}; escalate to a second person if not acknowledged within ${duration(ops.humanResponseSeconds)} (the typical response the scenario assumes)`,
    ],
  });

  steps.push({
    title: single
      ? 'Automate recovery and measure it'
      : 'Automate failover and measure a controlled failover',
    text: single
      ? `Script the restore and rebuild so a person runs one command, then time a restore from backup. The simulation expects P50 ${duration(rec.incidentRtoSeconds.p50)} and P95 ${duration(rec.incidentRtoSeconds.p95)} per incident against the ${duration(t.rtoSeconds)} RTO target.`
      : `Confirm that ${cm.actor} promotes a replica with no person involved, then trigger a controlled failover and measure it from the injected failure to the first successful write through ${ctx.layerName}. Target: within the ${duration(t.rtoSeconds)} RTO. The simulation expects P50 ${duration(rec.incidentRtoSeconds.p50)} and P95 ${duration(rec.incidentRtoSeconds.p95)}.`,
    settings: [
      `RTO target ${duration(t.rtoSeconds)} for ${percent(t.confidence)} of incidents`,
      single
        ? `Expected mean phases per incident: detection ${duration(rec.phaseMeansSeconds.detection)}, alert and response ${duration(rec.phaseMeansSeconds.manual)}, recovery ${duration(rec.phaseMeansSeconds.recovery)}`
        : `Expected mean phases per incident: detection ${duration(rec.phaseMeansSeconds.detection)}, decision ${duration(rec.phaseMeansSeconds.decision)}, promotion ${duration(rec.phaseMeansSeconds.promotion)}, reroute ${duration(rec.phaseMeansSeconds.reroute)}`,
    ],
  });

  const pManual = manualPathProbability(scenario.assumptions, ops.drillsPerYear);
  const drills = ops.drillsPerYear;
  const rehearse =
    drills > 0
      ? `Rehearse it ${drills} time${drills === 1 ? '' : 's'} a year, as the scenario assumes`
      : 'The scenario assumes no drills; rehearse at least once a quarter';
  steps.push({
    title: 'Document and rehearse',
    text: single
      ? `Share the recovery runbook in this proposal with everyone on call: what alerts, who acts, how to restore and rebuild, and what monitoring shows. ${rehearse}, including a restore from backup.`
      : `Share the runbook in this proposal with everyone on call: what fires, what promotes, what the load balancer does and what monitoring shows. ${rehearse}; with that, automation is assumed to fall to people in ${percent(pManual)} of failovers on average (${percent(scenario.assumptions.manualPathUntested)} if never tested).`,
    settings: [
      `Failover drills per year: ${ops.drillsPerYear}`,
      `Typical human response ${duration(ops.humanResponseSeconds)}`,
    ],
  });

  const blocks: Block[] = [
    ...(ctx.result.recommendation.feasible ? [] : [closestNote(ctx)]),
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

// ---------------------------------------------------------------------------------------------------------
// 8. Readiness checklist

function readinessSection(ctx: Context): Section {
  const { scenario, rec } = ctx;
  const ops = scenario.operations;
  const t = scenario.targets;
  const single = rec.id === 'single-node';
  return {
    id: 'readiness',
    heading: 'Readiness checklist',
    blocks: [
      { kind: 'subheading', text: 'Before deployment' },
      {
        kind: 'checklist',
        items: [
          'Redundant network paths with no single point of failure between clients, the load balancer and every node.',
          single
            ? 'Automated restart of the node after a crash, and a scripted restore from backup.'
            : `Automated failover by ${ctx.presetName} that triggers with no person involved.`,
          `Health monitoring with alert thresholds defined (health check every ${duration(ops.healthCheckIntervalSeconds)}, ${ops.healthCheckFailureThreshold} failures; replication lag; response time).`,
          `A disaster-recovery plan that has been tested, not just written: regional RTO ${duration(t.regionRtoSeconds)}, RPO ${duration(t.regionRpoSeconds)}.`,
          'Clear on-call ownership: who acts when an alert fires at 2 a.m., and who is next if they do not answer.',
        ],
      },
      { kind: 'subheading', text: 'Go-live checkpoints' },
      {
        kind: 'checklist',
        items: [
          single
            ? `Backups complete every ${duration(ops.backupIntervalSeconds)}, within the ${duration(t.rpoSeconds)} RPO target.`
            : `Replication lag consistently under the RPO target of ${duration(t.rpoSeconds)}.`,
          single
            ? `Recovery measured within the ${duration(t.rtoSeconds)} RTO target (simulation P95 ${duration(rec.incidentRtoSeconds.p95)}).`
            : `Automated failover measured within the ${duration(t.rtoSeconds)} RTO target (simulation P95 ${duration(rec.incidentRtoSeconds.p95)}).`,
          `Load-balancer health checks of ${ctx.layerName} active and tested (every ${duration(ops.healthCheckIntervalSeconds)}, ${ops.healthCheckFailureThreshold} failures).`,
          `Monitoring alerts reach the right people within 60 s (the scenario assumes ${duration(ops.alertLatencySeconds)}).`,
          `Backup restore tested end to end (backups every ${duration(ops.backupIntervalSeconds)}).`,
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// 9. Validation plan

function validationSection(ctx: Context): Section {
  const { scenario, rec } = ctx;
  const t = scenario.targets;
  const ops = scenario.operations;
  const ordinaryPass = `RTO ≤ ${duration(t.rtoSeconds)}, RPO ≤ ${duration(t.rpoSeconds)}`;
  const expectOrdinary = `P95 ${duration(rec.incidentRtoSeconds.p95)} down, ${duration(rec.incidentRpoSeconds.p95)} lost`;
  const covered = rec.id !== 'single-node';
  const rows: string[][] = [
    [
      'Node crash',
      'Q1',
      'Stop the primary’s database process, or power off its host.',
      covered ? `Automated failover; ${expectOrdinary}` : `Restart in place; ${expectOrdinary}`,
      ordinaryPass,
    ],
    [
      'Network partition',
      'Q2',
      'Cut the primary off from clients and peers with firewall rules.',
      covered
        ? `The old primary is fenced, a replica promoted; ${expectOrdinary}`
        : 'Outage until the partition heals',
      ordinaryPass,
    ],
    [
      'Storage failure',
      'Q3',
      'Detach the primary’s volume, or fill its disk.',
      covered ? `Automated failover; ${expectOrdinary}` : 'Restore from backup',
      ordinaryPass,
    ],
    [
      'Data-center (zone) loss',
      'Q4',
      'Shut down every node in the primary’s zone at once.',
      covered
        ? `Automated failover to the other zone; ${expectOrdinary}`
        : 'Rebuild in another zone from backup',
      ordinaryPass,
    ],
    [
      'Region loss',
      'Once a year',
      rec.id === 'active-active'
        ? 'Take one region out of service and let traffic shift.'
        : 'Restore from the off-site backup in another region (disaster-recovery drill).',
      `P95 ${duration(rec.regionRtoSeconds.p95)} down, ${duration(rec.regionRpoSeconds.p95)} lost`,
      `RTO ≤ ${duration(t.regionRtoSeconds)}, RPO ≤ ${duration(t.regionRpoSeconds)}`,
    ],
  ];
  return {
    id: 'validation',
    heading: 'Validation plan',
    blocks: [
      {
        kind: 'paragraph',
        text: `Run a failover drill at least once a quarter (the scenario assumes ${ops.drillsPerYear} a year), each quarter a different failure, in a staging environment that mirrors production and, once trusted, in production. Write down the measured RTO and RPO of each drill next to the targets.`,
      },
      {
        kind: 'table',
        header: ['Drill', 'When', 'How to cause it', 'Expected (simulation)', 'Pass when'],
        widths: [1.3, 0.8, 2.3, 2.3, 1.7],
        rows,
      },
      { kind: 'subheading', text: 'What to measure' },
      {
        kind: 'bullets',
        items: [
          `Actual RTO: from the injected failure to the first successful write through ${ctx.layerName}, against the ${duration(t.rtoSeconds)} target.`,
          `Actual RPO: the last write acknowledged before the failure against the last one present afterwards, against the ${duration(t.rpoSeconds)} target.`,
          'The time of each runbook step (detect, decide, promote, reroute) against the runbook’s means: a slow step shows where to tune.',
          `Alert delivery: the time from the failure to a person acknowledging the page (aim for 60 s or less; the scenario assumes ${duration(ops.alertLatencySeconds)}).`,
        ],
      },
      { kind: 'subheading', text: 'Chaos and restore tests' },
      {
        kind: 'bullets',
        items: [
          'Chaos testing: kill nodes at random or add network latency in staging, to expose weaknesses before production does.',
          'Backup restore drills: restore to a clean environment and verify the data. A backup never restored cannot be trusted.',
          'Replication lag: track it continuously, not only in drills; rising lag is an early warning.',
          'Alert validation: confirm now and then that alerts still reach their recipients; alert pipelines break silently.',
          'Log review: after every failover, real or drilled, read the logs to see how long each step took.',
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// 10. Assumptions and sources

function sourcesSection(ctx: Context): Section {
  const sources = scenarioSources(ctx.scenario);
  const used = new Set(sources.figures.map((f) => f.figure.confidence));
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `First the caveats to read before quoting a figure; then every figure behind the numbers of this proposal, with its source, date and confidence, and every assumption (a value with no public source). Benchmark set: ${benchmarkSet(ctx.scenario.benchmarkSet).name}.`,
    },
    {
      kind: 'keyValue',
      items: (Object.keys(CONFIDENCE_MEANING) as Confidence[])
        .filter((c) => used.has(c))
        .map((c) => ({ key: c, value: CONFIDENCE_MEANING[c] })),
    },
    { kind: 'subheading', text: `Sourced figures (${sources.figures.length})` },
    {
      kind: 'table',
      header: ['Id', 'Figure', 'Value', 'Source', 'Date', 'Confidence'],
      widths: [0.85, 2.2, 2.1, 2.45, 1.2, 1.3],
      rows: sources.figures.map(({ figure }) => [
        figure.id,
        figure.note ? `${figure.subject}\n${figure.note}` : figure.subject,
        figure.value,
        figure.source,
        figure.date ?? '—',
        figure.confidence,
      ]),
    },
    { kind: 'subheading', text: `Assumptions (${sources.assumptions.length})` },
    {
      kind: 'table',
      header: ['Assumption', 'Value', 'Why'],
      widths: [2, 2.5, 3],
      rows: sources.assumptions.map((a) => [a.label, a.value, a.note ?? '']),
    },
  ];
  if (sources.caveats.length > 0) {
    // Read before quoting any figure: right after the introduction.
    blocks.splice(1, 0, { kind: 'subheading', text: 'Caveats' }, { kind: 'bullets', items: sources.caveats });
  }
  return { id: 'sources', heading: 'Assumptions and sources', blocks };
}

// ---------------------------------------------------------------------------------------------------------
// 11. Methodology

function methodologySection(ctx: Context): Section {
  const { result, scenario } = ctx;
  const blocks: Block[] = [];
  for (const part of METHODOLOGY) {
    blocks.push({ kind: 'subheading', text: part.heading });
    for (const text of part.paragraphs) blocks.push({ kind: 'paragraph', text });
  }
  blocks.push({ kind: 'subheading', text: 'This run' });
  blocks.push({
    kind: 'keyValue',
    items: [
      { key: 'Simulated years per architecture', value: result.trials.toLocaleString('en-US') },
      { key: 'Seed', value: String(result.seed) },
      {
        key: 'Converged',
        value: result.converged
          ? `${yesNo(true)}: every 95% interval of the expected annual total is within 1% of it`
          : `${yesNo(false)}: see each architecture’s 95% interval; more trials would narrow it`,
      },
      { key: 'Benchmark set', value: benchmarkSet(result.benchmarkSet).name },
      { key: 'Scenario', value: cleanText(scenario.name, 120) },
      { key: 'App version', value: `HA Planner ${ctx.appVersion}` },
      { key: 'Date', value: ctx.date },
    ],
  });
  blocks.push({
    kind: 'paragraph',
    tone: 'muted',
    text: 'The same scenario and seed give the same numbers in the app, the command line and this proposal.',
  });
  return { id: 'methodology', heading: 'Methodology', blocks };
}

// ---------------------------------------------------------------------------------------------------------

export function buildProposal(input: ProposalInput): ProposalDocument {
  const ctx = proposalContext(input);
  return {
    title: PROPOSAL_TITLE,
    fileName: proposalFileName(ctx.client, ctx.date),
    client: ctx.client,
    date: ctx.date,
    sections: [
      coverSection(ctx),
      summarySection(ctx),
      inputsSection(ctx),
      comparisonSection(ctx),
      chartsSection(ctx),
      runbookSection(ctx),
      implementationSection(ctx),
      readinessSection(ctx),
      validationSection(ctx),
      sourcesSection(ctx),
      methodologySection(ctx),
    ],
  };
}
