/**
 * The comparison: every architecture side by side on the same simulated incidents, so the client can
 * see the recommendation was chosen, not assumed. Recovery and availability in one table, money and
 * feasibility in another, the recommended row highlighted, then why each of the others was not chosen.
 */
import { patternName } from '../../../models/patterns';
import { otherReasons } from '../../report/findings';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatMoneyRange,
  formatPercent,
} from '../../format';
import type { PatternResult } from '../../../models/types';
import type { Block, Section, TableBlock } from '../model';
import type { Context } from './context';

function targetsMet(p: PatternResult, confidence: number): string {
  const rows: [string, number][] = [
    ['RTO', p.meetsTargets.rto],
    ['RPO', p.meetsTargets.rpo],
    ['Region RTO', p.meetsTargets.regionRto],
    ['Region RPO', p.meetsTargets.regionRpo],
  ];
  return rows
    .map(([what, share]) => `${share >= confidence ? '✓' : '✗'} ${what} ${formatPercent(share)}`)
    .join('\n');
}

export function comparisonSection(ctx: Context): Section {
  const { scenario, result, m, cur } = ctx;
  const recIndex = result.patterns.findIndex((p) => p.id === result.recommendation.pattern);
  const label = (p: PatternResult) =>
    p.id === result.recommendation.pattern
      ? `${patternName(p.id)}\n(${result.recommendation.feasible ? 'recommended' : 'closest'})`
      : patternName(p.id);
  const operational: TableBlock = {
    kind: 'table',
    caption: `Recovery and availability. RTO and RPO per ordinary incident (node, storage, network, zone); regional disasters apart.`,
    header: [
      'Architecture',
      'RTO P50 / P95',
      'RPO P50 / P95',
      'Regional disaster RTO P95 (region returned first)',
      'Availability (downtime a year)',
      'With planned maintenance',
    ],
    widths: [2.3, 1.3, 1.3, 1.8, 1.5, 1.3],
    rows: result.patterns.map((p) => [
      label(p),
      `${formatDuration(p.incidentRtoSeconds.p50)} / ${formatDuration(p.incidentRtoSeconds.p95)}`,
      `${formatDuration(p.incidentRpoSeconds.p50)} / ${formatDuration(p.incidentRpoSeconds.p95)}`,
      `${formatDuration(p.regionRtoSeconds.p95)}${p.regionRecovery.returned === null ? '' : `\n(${formatPercent(p.regionRecovery.returned)} returned)`}`,
      `${formatAvailability(p.availability)}\n(${formatDuration(p.annualDowntimeMinutes.mean * 60)})`,
      formatAvailability(p.availabilityWithMaintenance),
    ]),
    highlightRow: recIndex,
  };
  const years = scenario.horizonYears;
  const money: TableBlock = {
    kind: 'table',
    caption: `Money and feasibility (${cur}). Targets met: share of incidents meeting each target; ${formatPercent(scenario.targets.confidence)} required.`,
    header: [
      'Architecture',
      `Monthly cost (${cur}/month)`,
      `One-off (${cur})`,
      `Expected annual loss (P95)`,
      `Expected total over ${years} ${years === 1 ? 'year' : 'years'} (95% interval)`,
      'Targets met (share of incidents)',
      'Feasible',
    ],
    widths: [1.9, 1.5, 1.2, 1.3, 1.9, 1.9, 1.1],
    rows: result.patterns.map((p) => [
      label(p),
      `${m(p.monthlyInfraCost.expected)}\n${formatMoneyRange(p.monthlyInfraCost, cur)}`,
      formatMoneyRange(p.oneOffCost, cur),
      `${m(p.annualLoss.mean)}\n(${m(p.annualLoss.p95)})`,
      `${m(p.horizonTotalCost.mean)}\n${m(p.convergence.low)}–${m(p.convergence.high)}`,
      targetsMet(p, scenario.targets.confidence),
      p.feasible ? 'Yes' : `No${p.withinBudget ? '' : '\n(over budget)'}`,
    ]),
    highlightRow: recIndex,
  };
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Every architecture faces the same simulated incidents (${formatCount(result.trials)} years each, seed ${result.seed}), so the differences come from the architectures. ${result.converged ? 'The run converged: every 95% interval of the expected total is within 1% of it.' : 'The run has not converged: read each 95% interval; more trials would narrow it.'}`,
    },
    operational,
    money,
    { kind: 'subheading', text: 'Why not the others' },
  ];
  for (const other of otherReasons(result.recommendation, ctx.wording)) {
    blocks.push({ kind: 'paragraph', tone: 'strong', text: patternName(other.pattern) });
    blocks.push({ kind: 'bullets', items: other.reasons });
  }
  return { id: 'comparison', heading: 'Comparison of the architectures', blocks };
}
