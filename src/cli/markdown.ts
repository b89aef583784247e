import { patternName } from '../../models/patterns';
import type { Scenario, SimulationResult } from '../../models/types';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatMinutes,
  formatMoney,
  formatMoneyRange,
  formatPercent,
} from '../format';
import type { Analysis } from '../../models/engine/analysis';
import {
  breakEvenText,
  confirmedRemedies,
  driverLabel,
  driverSentence,
  driverValue,
  remedyCheckText,
  sloSentence,
  tailSentences,
} from '../report/decision';
import { otherReasons, recommendationReasons, remedyText } from '../report/findings';
import { markdownName, terminalText } from '../report/plainText';

/**
 * The simulation as a readable Markdown report (same numbers as the JSON). Names are written by the policy
 * of src/report/plainText.ts: one line, no control or invisible characters, Markdown's characters escaped;
 * and the whole report is made safe for a terminal, where it is usually read.
 */
export function markdownReport(scenario: Scenario, result: SimulationResult, analysis?: Analysis): string {
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
  const confirmed = analysis ? confirmedRemedies(analysis.remedies, rec.pattern) : [];
  if (rec.remedies.length > 0 || confirmed.length > 0) {
    lines.push('', 'What would make it feasible:', '');
    for (const r of rec.remedies) lines.push(`- ${remedyText(r, ctx)}`);
    for (const c of confirmed) lines.push(`- ${remedyCheckText(c, scenario)}`);
  }
  const chosen = result.patterns.find((p) => p.id === rec.pattern)!;
  lines.push('', '### The tail, and the availability objective', '');
  for (const t of tailSentences(chosen, scenario)) lines.push(`- ${t}`);
  const slo = sloSentence(chosen, scenario.slo);
  if (slo) lines.push(`- ${slo}`);
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
  for (const b of result.breakEven) lines.push(`- ${breakEvenText(b, cur)}`);
  lines.push(
    '',
    `Planned maintenance a year: ${result.patterns.map((p) => `${markdownName(p.name)} ${formatMinutes(p.maintenanceMinutesPerYear)}`).join('; ')}.`,
    '',
  );
  sloTable(lines, scenario, result);
  if (analysis?.sensitivity) sensitivityTable(lines, scenario, analysis);
  return terminalText(`${lines.join('\n')}\n`);
}

/** Downtime allowed per period, and each architecture's windows against the objective. */
function sloTable(lines: string[], scenario: Scenario, result: SimulationResult): void {
  const w = scenario.slo.window;
  const first = result.patterns.find((p) => p.slo !== null)?.slo;
  if (!first) return;
  const a = first.allowedMinutes;
  lines.push('', `## Availability objective: ${formatAvailability(scenario.slo.target)} a ${w}`, '');
  lines.push(
    `Downtime allowed: ${formatDuration(a.day * 60)} a day, ${formatDuration(a.week * 60)} a week, ${formatDuration(a.month * 60)} a month, ${formatDuration(a.quarter * 60)} a quarter, ${formatDuration(a.year * 60)} a year.`,
    '',
    `| Architecture | Downtime a ${w}: mean / P50 / P95 / P99 | Budget used (mean) | ${w === 'month' ? 'Months' : 'Quarters'} in breach |`,
    '|---|---|---|---|',
  );
  for (const p of result.patterns) {
    if (!p.slo) continue;
    const d = p.slo.windowDowntimeMinutes;
    const f = (x: number) => formatDuration(x * 60);
    lines.push(
      `| ${markdownName(p.name)} | ${f(d.mean)} / ${f(d.p50)} / ${f(d.p95)} / ${f(d.p99)} | ${formatPercent(p.slo.expectedBudgetUsed)} | ${formatPercent(p.slo.breachProbability)} |`,
    );
  }
}

/** What the recommendation hinges on: each input's swing and where the choice flips. */
function sensitivityTable(lines: string[], scenario: Scenario, analysis: Analysis): void {
  const s = analysis.sensitivity!;
  const cur = scenario.currency;
  const m = (x: number | null) => (x === null ? '–' : formatMoney(x, cur));
  lines.push('', '## What the recommendation hinges on', '');
  lines.push(
    `Each input moved to a low and a high value and the scenario rerun (${formatCount(s.trials)} simulated years, seed ${s.seed}); expected totals over ${scenario.horizonYears} years of ${patternName(s.recommended)}${s.runnerUp ? ` and the runner-up, ${patternName(s.runnerUp)}` : ''}.`,
    '',
    '| Input | Low – high | Recommended at low / high | Runner-up at low / high | Decision |',
    '|---|---|---|---|---|',
  );
  for (const d of s.drivers) {
    const v = (x: number) => driverValue(d.input, d.unit, x, cur);
    lines.push(
      `| ${driverLabel(d.input)} | ${v(d.low)} – ${v(d.high)} | ${m(d.totalAtLow)} / ${m(d.totalAtHigh)} | ${m(d.runnerUpAtLow)} / ${m(d.runnerUpAtHigh)} | ${driverSentence(d, s, cur)} |`,
    );
  }
}
