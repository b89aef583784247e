/**
 * The runbook operators follow when the recommended architecture fails: the roles, what must hold before
 * acting, the go/no-go checks, the failover with the vendor's documented commands, a planned switchover, a
 * regional disaster, how to verify, how to fail back and what monitoring shows. Each step cites the
 * documentation it follows (listed in the sources appendix). The steps are the catalogue's runbook of the
 * technology (models/catalogue/runbooks); how the simulation models the failover is in the methodology.
 */
import {
  RUNBOOK_ROLES,
  runbookFor,
  TRAFFIC_STEPS,
  type RunbookRole,
  type RunbookStep,
} from '../../../models/catalogue/runbooks/index';
import { formatDuration } from '../../format';
import type { Block, Section } from '../model';
import { closestNote } from './closestNote';
import type { Context } from './context';

function stepsBlock(steps: readonly RunbookStep[]): Block {
  return {
    kind: 'steps',
    steps: steps.map((s, i) => ({
      label: String(i + 1),
      role: RUNBOOK_ROLES[s.role].name,
      text: s.action,
      ...(s.command ? { command: s.command } : {}),
      sources: s.sources,
    })),
  };
}

/** What a regional disaster means when nothing runs in a second region: a restore from the off-site backup. */
function restoreElsewhere(ctx: Context): RunbookStep[] {
  return [
    {
      role: 'incident-lead',
      action: `Declare the regional disaster; unless the region is expected back sooner, rebuild in another region from the off-site backup (backups every ${formatDuration(ctx.scenario.operations.backupIntervalSeconds)}, so up to that much of the writes is lost).`,
      sources: ['ART-16'],
    },
  ];
}

export function runbookSection(ctx: Context): Section {
  const { rec } = ctx;
  const book = runbookFor(ctx.preset);
  const multiRegion = rec.id === 'active-active' || rec.id === 'active-passive-dr';
  const inRegionTraffic = TRAFFIC_STEPS[ctx.scenario.technology.trafficLayer] ?? [];
  const globalTraffic = TRAFFIC_STEPS[ctx.scenario.technology.globalTrafficLayer] ?? [];

  const parts: [string, readonly RunbookStep[]][] = [
    ['Before acting: preconditions', book.preconditions],
    ['Go / no-go', book.goNoGo],
    [
      rec.id === 'single-node' ? 'Recovery' : 'Failover',
      [...book.failover, ...(rec.id === 'single-node' ? [] : inRegionTraffic)],
    ],
    ['Planned switchover', book.switchover],
    [
      'Regional disaster',
      multiRegion && book.regional.length > 0 ? [...book.regional, ...globalTraffic] : restoreElsewhere(ctx),
    ],
    ['Verification', book.verification],
    ['Failback', book.failback],
    ['What monitoring shows', book.monitoring],
  ];
  const used = new Set<RunbookRole>(parts.flatMap(([, steps]) => steps.map((s) => s.role)));

  const blocks: Block[] = [];
  if (!ctx.result.recommendation.feasible) blocks.push(closestNote(ctx));
  blocks.push({
    kind: 'paragraph',
    text: `What the on-call team does when ${ctx.recName}${ctx.preset ? ` on ${ctx.presetName}` : ''} fails. Commands are as the vendor documents them, with the names of your systems in <angle brackets>; each step names the documentation it follows (listed in the appendix). The simulation expects P95 ${formatDuration(rec.incidentRtoSeconds.p95)} down per ordinary incident and ${formatDuration(rec.regionRtoSeconds.p95)} in a regional disaster.`,
  });
  if (book.generic) {
    blocks.push({
      kind: 'callout',
      tone: 'caution',
      title: 'Generic runbook',
      lines: [
        ctx.preset
          ? `${ctx.presetName} is one of the article’s generic presets: the steps below are the article’s workflow, with no product command. Once the product is chosen, its vendor’s commands replace them.`
          : 'A single node has nothing to fail over to: the steps below restart, restore or rebuild it, with no product command.',
      ],
    });
  }
  blocks.push({ kind: 'subheading', text: 'Roles' });
  blocks.push({
    kind: 'keyValue',
    items: (Object.keys(RUNBOOK_ROLES) as RunbookRole[])
      .filter((r) => used.has(r))
      .map((r) => ({ key: RUNBOOK_ROLES[r].name, value: RUNBOOK_ROLES[r].duty })),
  });
  for (const [title, steps] of parts) {
    if (steps.length === 0) continue;
    blocks.push({ kind: 'subheading', text: title });
    blocks.push(stepsBlock(steps));
  }
  return {
    id: 'runbook',
    heading: rec.id === 'single-node' ? 'Recovery runbook' : `Runbook: ${book.family}`,
    blocks,
  };
}
