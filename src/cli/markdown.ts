import { patternName } from '../../models/patterns';
import type { Scenario, SimulationResult } from '../../models/types';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatMoney,
  formatMoneyRange,
  formatNumber,
  formatPercent,
} from '../format';
import { otherReasons, recommendationReasons, remedyText } from '../report/findings';
import { markdownName, terminalText } from '../report/plainText';

/**
 * The simulation as a readable Markdown report (same numbers as the JSON). Names are written by the policy
 * of src/report/plainText.ts: one line, no control or invisible characters, Markdown's characters escaped;
 * and the whole report is made safe for a terminal, where it is usually read.
 */
export function markdownReport(scenario: Scenario, result: SimulationResult): string {
  const cur = scenario.currency;
  const m = (x: number) => formatMoney(x, cur);
  const ctx = { currency: cur, confidence: scenario.targets.confidence };
  const rec = result.recommendation;
  const years = result.horizonYears;
  const lines: string[] = [];
  lines.push(`# HA plan: ${markdownName(result.scenario)}`, '');
  lines.push(
    `${formatCount(result.trials)} simulated years per architecture, seed ${result.seed}, benchmark set \`${result.benchmarkSet}\`, ` +
      (result.converged
        ? 'converged (95% interval of each expected total within ±1%).'
        : 'not converged: raise the trials.'),
    '',
  );
  lines.push(
    rec.feasible
      ? `## Recommendation: ${patternName(rec.pattern)}`
      : `## No architecture meets every target; closest: ${patternName(rec.pattern)}`,
    '',
  );
  for (const r of recommendationReasons(rec, ctx)) lines.push(`- ${r}`);
  if (rec.remedies.length > 0) {
    lines.push('', 'What would make it feasible:', '');
    for (const r of rec.remedies) lines.push(`- ${remedyText(r, ctx)}`);
  }
  lines.push('', '### Why not the others', '');
  for (const o of otherReasons(rec, ctx)) {
    lines.push(`- **${patternName(o.pattern)}**: ${o.reasons.join(' ')}`);
  }

  lines.push('', '## Comparison', '');
  lines.push(
    `| Architecture | Monthly cost (range) | One-off | RTO P50 / P95 | RPO P50 / P95 | Region RTO P95 | Availability (with maintenance) | Downtime / yr | Expected annual loss (P95) | Expected total over ${years} yr (95% interval) | Feasible |`,
    '|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const p of result.patterns) {
    lines.push(
      `| ${markdownName(p.name)} | ${m(p.monthlyInfraCost.expected)} (${formatMoneyRange(p.monthlyInfraCost, cur)}) | ${formatMoneyRange(p.oneOffCost, cur)} ` +
        `| ${formatDuration(p.incidentRtoSeconds.p50)} / ${formatDuration(p.incidentRtoSeconds.p95)} ` +
        `| ${formatDuration(p.incidentRpoSeconds.p50)} / ${formatDuration(p.incidentRpoSeconds.p95)} | ${formatDuration(p.regionRtoSeconds.p95)} ` +
        `| ${formatAvailability(p.availability)} (${formatAvailability(p.availabilityWithMaintenance)}) ` +
        `| ${formatDuration(p.annualDowntimeMinutes.mean * 60)} | ${m(p.annualLoss.mean)} (${m(p.annualLoss.p95)}) ` +
        `| ${m(p.horizonTotalCost.mean)} (${m(p.convergence.low)}–${m(p.convergence.high)}) | ${p.feasible ? 'yes' : 'no'} |`,
    );
  }

  lines.push('', '## Targets met (share of incidents)', '');
  lines.push(
    `| Architecture | RTO ≤ ${formatDuration(scenario.targets.rtoSeconds)} | RPO ≤ ${formatDuration(scenario.targets.rpoSeconds)} | Region RTO ≤ ${formatDuration(scenario.targets.regionRtoSeconds)} | Region RPO ≤ ${formatDuration(scenario.targets.regionRpoSeconds)} | Over-budget chance | Within budget |`,
    '|---|---|---|---|---|---|---|',
  );
  for (const p of result.patterns) {
    const t = p.meetsTargets;
    lines.push(
      `| ${markdownName(p.name)} | ${formatPercent(t.rto)} | ${formatPercent(t.rpo)} | ${formatPercent(t.regionRto)} | ${formatPercent(t.regionRpo)} | ${formatPercent(p.overBudgetProbability)} | ${p.withinBudget ? 'yes' : 'no'} |`,
    );
  }

  lines.push('', '## Regional disasters', '');
  for (const p of result.patterns) {
    const r = p.regionRecovery;
    lines.push(
      r.returned === null
        ? `- ${markdownName(p.name)}: no regional incident was simulated.`
        : `- ${markdownName(p.name)}: ${formatPercent(r.returned)} ended when the region returned, ${formatPercent(r.elsewhere ?? 0)} were recovered elsewhere.`,
    );
  }

  lines.push('', '## Break-even downtime cost', '');
  lines.push(
    'The downtime cost per minute at which two architectures have the same expected total (the one-off cost spread over the horizon).',
    '',
  );
  for (const b of result.breakEven) {
    const at =
      b.downtimeCostPerMinute === null ? 'never (for costs ≥ 0)' : `${m(b.downtimeCostPerMinute)}/min`;
    lines.push(`- ${patternName(b.from)} vs ${patternName(b.to)}: ${at}`);
  }
  lines.push(
    '',
    `Planned maintenance a year: ${result.patterns.map((p) => `${markdownName(p.name)} ${formatNumber(p.maintenanceMinutesPerYear)} min`).join('; ')}.`,
    '',
  );
  return terminalText(`${lines.join('\n')}\n`);
}
