/**
 * The validation plan: a drill of each failure scope through the year, caused the way the chosen
 * technology allows (a managed database gives no volume to detach), what the simulation expects of it, and
 * the acceptance criteria the drills must meet before go-live; then what to measure and which chaos and
 * restore tests to run. It lets the client prove, on their own systems, what the proposal says.
 */
import { runbookFor } from '../../../models/catalogue/runbooks/index';
import type { ScopeId } from '../../../models/types';
import { formatDuration } from '../../format';
import { scopeExpectation } from '../../report/drills';
import type { Section } from '../model';
import type { Context } from './context';
import { drillEvidenceBlocks } from './drillEvidence';

const DRILLS: { scope: ScopeId; name: string; when: string }[] = [
  { scope: 'node', name: 'Node crash', when: 'Q1' },
  { scope: 'network', name: 'Network partition', when: 'Q2' },
  { scope: 'storage', name: 'Storage failure', when: 'Q3' },
  { scope: 'zone', name: 'Data-center (zone) loss', when: 'Q4' },
  { scope: 'region', name: 'Region loss', when: 'Once a year' },
];

/** Runs of each drill the acceptance criteria ask for. */
export const ACCEPTANCE_RUNS = 3;

export interface DrillPlan {
  scope: ScopeId;
  name: string;
  when: string;
  /** How to cause it on this technology, or why it cannot be caused. */
  action: string;
  possible: boolean;
  sources: string[];
  /** Targets: outage and data loss, seconds. */
  rtoTarget: number;
  rpoTarget: number;
  expectation: ReturnType<typeof scopeExpectation>;
}

export function drillPlan(ctx: Context): DrillPlan[] {
  const book = runbookFor(ctx.preset);
  const multiRegion = ctx.rec.id === 'active-active' || ctx.rec.id === 'active-passive-dr';
  const t = ctx.scenario.targets;
  return DRILLS.map(({ scope, name, when }) => {
    const d = book.drills[scope];
    const regional = scope === 'region';
    const fromBackup = regional && !multiRegion && ctx.rec.id !== 'single-node';
    const action = fromBackup
      ? 'Restore the off-site backup in another region and time it (disaster-recovery drill).'
      : 'action' in d
        ? d.action
        : `Not possible on ${book.family}: ${d.notPossible}`;
    return {
      scope,
      name,
      when,
      action,
      possible: fromBackup || 'action' in d,
      sources: fromBackup ? [] : 'sources' in d ? d.sources : [],
      rtoTarget: regional ? t.regionRtoSeconds : t.rtoSeconds,
      rpoTarget: regional ? t.regionRpoSeconds : t.rpoSeconds,
      expectation: scopeExpectation(ctx.rec, scope),
    };
  });
}

/** "The zone drill shows every outage ≤ 60 s and every loss ≤ 5 s over three runs." */
export function acceptanceCriteria(ctx: Context): string[] {
  return drillPlan(ctx)
    .filter((d) => d.possible)
    .map((d) => {
      const runs = d.scope === 'region' ? 1 : ACCEPTANCE_RUNS;
      const over = runs === 1 ? 'in its yearly run' : `over ${runs} runs`;
      const expects = d.expectation.simulated
        ? `the simulation expects P95 ${formatDuration(d.expectation.outageP95)} and ${formatDuration(d.expectation.lossP95)}, from its ${d.expectation.basis}`
        : `the scenario gives this scope no failure rate, so the simulation has no figure for it`;
      return `The ${d.name.toLowerCase()} drill shows every outage ≤ ${formatDuration(d.rtoTarget)} and every data loss ≤ ${formatDuration(d.rpoTarget)} ${over} (${expects}).`;
    });
}

export function validationSection(ctx: Context): Section {
  const t = ctx.scenario.targets;
  const ops = ctx.scenario.operations;
  const plan = drillPlan(ctx);
  const book = runbookFor(ctx.preset);
  return {
    id: 'validation',
    heading: 'Validation plan and acceptance',
    blocks: [
      {
        kind: 'paragraph',
        text: `Run a failover drill at least once a quarter (the scenario assumes ${ops.drillsPerYear} a year), each quarter a different failure, in a staging environment that mirrors production and, once trusted, in production. How each drill is caused is specific to ${book.family}${book.generic ? ' (generic steps)' : ''}. Write down the measured outage and data loss of each run next to the targets.`,
      },
      {
        kind: 'table',
        header: ['Drill', 'When', 'How to cause it', 'Expected (simulation)', 'Pass when'],
        widths: [1.25, 0.8, 2.9, 1.8, 1.7],
        rows: plan.map((d) => [
          d.name,
          d.when,
          d.sources.length > 0 ? `${d.action}\nSource: ${d.sources.join(', ')}` : d.action,
          !d.possible
            ? 'Covered by the node drill'
            : d.expectation.simulated
              ? `P95 ${formatDuration(d.expectation.outageP95)} down, ${formatDuration(d.expectation.lossP95)} lost`
              : 'No failure rate given: no figure',
          d.possible
            ? `Outage ≤ ${formatDuration(d.rtoTarget)}, loss ≤ ${formatDuration(d.rpoTarget)}`
            : 'Covered by the node drill',
        ]),
      },
      { kind: 'subheading', text: 'Acceptance criteria' },
      {
        kind: 'paragraph',
        text: `Go-live waits until every criterion holds; each is measured in a drill as the validation plan says, and signed off by the incident lead and the client.`,
      },
      { kind: 'checklist', items: acceptanceCriteria(ctx) },
      { kind: 'subheading', text: 'What to measure' },
      {
        kind: 'bullets',
        items: [
          `Actual RTO: from the injected failure to the first successful write through ${ctx.layerName}, against the ${formatDuration(t.rtoSeconds)} target.`,
          `Actual RPO: the last write acknowledged before the failure against the last one present afterwards, against the ${formatDuration(t.rpoSeconds)} target.`,
          'The time of each runbook step against the runbook: a slow step shows where to tune.',
          `Alert delivery: the time from the failure to a person acknowledging the page (aim for 60 s or less; the scenario assumes ${formatDuration(ops.alertLatencySeconds)}).`,
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
      ...drillEvidenceBlocks(ctx),
    ],
  };
}
