/**
 * The comparison: all four architectures side by side on the same simulated incidents, so the client can
 * see the recommendation was chosen, not assumed. Recovery and availability in one table, money and
 * feasibility in another, the recommended row highlighted, then why each of the others was not chosen.
 */
import { duration, patternName, percent } from '../../../models/text';
import type { PatternResult } from '../../../models/types';
import type { Block, Section, TableBlock } from '../model';
import type { Context } from './context';
import { num } from './text';

function targetsMet(p: PatternResult, confidence: number): string {
  const rows: [string, number][] = [
    ['RTO', p.meetsTargets.rto],
    ['RPO', p.meetsTargets.rpo],
    ['Region RTO', p.meetsTargets.regionRto],
    ['Region RPO', p.meetsTargets.regionRpo],
  ];
  return rows
    .map(([what, share]) => `${share >= confidence ? '✓' : '✗'} ${what} ${percent(share)}`)
    .join('\n');
}

export function comparisonSection(ctx: Context): Section {
  const { scenario, result, m, cur } = ctx;
  const recIndex = result.patterns.findIndex((p) => p.id === result.recommendation.pattern);
  const label = (p: PatternResult) =>
    p.id === result.recommendation.pattern ? `${patternName(p.id)}\n(recommended)` : patternName(p.id);
  const operational: TableBlock = {
    kind: 'table',
    caption: `Recovery and availability. RTO and RPO per ordinary incident (node, storage, network, zone).`,
    header: [
      'Pattern',
      `Monthly cost (${cur}/month, low–high)`,
      'Incidents (/yr)',
      'RTO P50 / P95',
      'RPO P50 / P95',
      'Availability · downtime (min/yr)',
    ],
    widths: [2.3, 1.7, 1, 1.3, 1.3, 1.5],
    rows: result.patterns.map((p) => [
      label(p),
      p.monthlyInfraCost.low === p.monthlyInfraCost.high
        ? m(p.monthlyInfraCost.low)
        : `${m(p.monthlyInfraCost.low)}–${m(p.monthlyInfraCost.high)}`,
      num(p.incidentsPerYear),
      `${duration(p.incidentRtoSeconds.p50)} / ${duration(p.incidentRtoSeconds.p95)}`,
      `${duration(p.incidentRpoSeconds.p50)} / ${duration(p.incidentRpoSeconds.p95)}`,
      `${percent(p.availability)}\n${num(p.annualDowntimeMinutes.mean)} min/yr`,
    ]),
    highlightRow: recIndex,
  };
  const money: TableBlock = {
    kind: 'table',
    caption: `Money and feasibility (${cur} per year). Targets met: share of incidents meeting each target; ${percent(scenario.targets.confidence)} required.`,
    header: [
      'Pattern',
      'Expected annual loss',
      'P95 annual loss',
      'Expected annual total (95% interval)',
      'Targets met (share of incidents)',
      'Feasible',
    ],
    widths: [1.9, 1.2, 1.2, 2.2, 2, 1.1],
    rows: result.patterns.map((p) => [
      label(p),
      m(p.annualLoss.mean),
      m(p.annualLoss.p95),
      `${m(p.annualTotalCost.mean)}\n${m(p.convergence.low)}–${m(p.convergence.high)}`,
      targetsMet(p, scenario.targets.confidence),
      p.feasible ? 'Yes' : `No${p.withinBudget ? '' : '\n(over budget)'}`,
    ]),
    highlightRow: recIndex,
  };
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `All four architectures face the same simulated incidents (${result.trials.toLocaleString('en-US')} years each, seed ${result.seed}), so the differences come from the architectures. ${result.converged ? 'The run converged: every 95% interval of the expected annual total is within 1% of it.' : 'The run has not converged: read each 95% interval; more trials would narrow it.'}`,
    },
    operational,
    money,
    { kind: 'subheading', text: 'Why not the others' },
  ];
  for (const other of result.recommendation.others) {
    blocks.push({ kind: 'paragraph', tone: 'strong', text: patternName(other.pattern) });
    blocks.push({ kind: 'bullets', items: other.reasons });
  }
  return { id: 'comparison', heading: 'Comparison of the four patterns', blocks };
}
