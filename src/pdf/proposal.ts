/**
 * The content of the PDF proposal, as a plain document (see `model.ts`). Pure: the same scenario, result,
 * form, date and version give the same document. Every number comes from the simulation result or the
 * scenario and is written with the model's own formatting (models/text.ts), so the proposal says exactly
 * what the app shows.
 */
import { benchmarkSet } from '../../models/catalogue/index';
import { METHODOLOGY } from '../../models/methodology';
import { CONFIDENCE_MEANING, scenarioSources } from '../../models/sources';
import { duration } from '../../models/text';
import type { Confidence } from '../../models/types';
import { asciiSlug } from '../io/fileName';
import type { Block, ProposalDocument, Section } from './model';
import { coverSection, PROPOSAL_TITLE } from './sections/cover';
import { summarySection } from './sections/summary';
import { inputsSection } from './sections/inputs';
import { comparisonSection } from './sections/comparison';
import { chartsSection } from './sections/chartPages';
import { runbookSection } from './sections/runbook';
import { implementationSection } from './sections/implementation';
import { readinessSection } from './sections/readiness';
import { proposalContext, type Context, type ProposalInput } from './sections/context';
import { cleanText, yesNo } from './sections/text';

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
