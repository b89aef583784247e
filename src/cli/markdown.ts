import { duration, money, patternName, percent } from '../../models/text';
import type { Scenario, SimulationResult } from '../../models/types';

/** The simulation as a readable Markdown report (same numbers as the JSON). */
export function markdownReport(scenario: Scenario, result: SimulationResult): string {
  const cur = scenario.currency;
  const rec = result.recommendation;
  const lines: string[] = [];
  lines.push(`# HA plan: ${result.scenario}`, '');
  lines.push(
    `${result.trials.toLocaleString('en-US')} simulated years per pattern, seed ${result.seed}, benchmark set \`${result.benchmarkSet}\`, ` +
      (result.converged
        ? 'converged (95% interval of each expected total within ±1%).'
        : 'not converged: raise the trials.'),
    '',
  );
  lines.push(
    `## Recommendation: ${patternName(rec.pattern)}${rec.feasible ? '' : ' (closest; not feasible)'}`,
    '',
  );
  for (const r of rec.reasons) lines.push(`- ${r}`);
  if (rec.remedies.length > 0) {
    lines.push('', 'What would make it feasible:', '');
    for (const r of rec.remedies) lines.push(`- ${r}`);
  }
  lines.push('', '### Why not the others', '');
  for (const o of rec.others) {
    lines.push(`- **${patternName(o.pattern)}**: ${o.reasons.join(' ')}`);
  }

  lines.push('', '## Comparison', '');
  lines.push(
    '| Pattern | Monthly cost (low–high) | Incidents / yr | RTO P50 / P95 | RPO P50 / P95 | Availability | Downtime / yr | Expected annual loss | P95 annual loss | Expected annual total | Feasible |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const p of result.patterns) {
    lines.push(
      `| ${p.name} | ${money(p.monthlyInfraCost.expected, cur)} (${money(p.monthlyInfraCost.low, cur)}–${money(p.monthlyInfraCost.high, cur)}) ` +
        `| ${p.incidentsPerYear.toFixed(2)} | ${duration(p.incidentRtoSeconds.p50)} / ${duration(p.incidentRtoSeconds.p95)} ` +
        `| ${duration(p.incidentRpoSeconds.p50)} / ${duration(p.incidentRpoSeconds.p95)} | ${percent(p.availability)} ` +
        `| ${duration(p.annualDowntimeMinutes.mean * 60)} | ${money(p.annualLoss.mean, cur)} | ${money(p.annualLoss.p95, cur)} ` +
        `| ${money(p.annualTotalCost.mean, cur)} ± ${money(p.annualTotalCost.mean - p.convergence.low, cur)} | ${p.feasible ? 'yes' : 'no'} |`,
    );
  }

  lines.push('', '## Targets met (share of incidents)', '');
  lines.push(
    `| Pattern | RTO ≤ ${duration(scenario.targets.rtoSeconds)} | RPO ≤ ${duration(scenario.targets.rpoSeconds)} | Region RTO ≤ ${duration(scenario.targets.regionRtoSeconds)} | Region RPO ≤ ${duration(scenario.targets.regionRpoSeconds)} | Within budget |`,
    '|---|---|---|---|---|---|',
  );
  for (const p of result.patterns) {
    const m = p.meetsTargets;
    lines.push(
      `| ${p.name} | ${percent(m.rto)} | ${percent(m.rpo)} | ${percent(m.regionRto)} | ${percent(m.regionRpo)} | ${p.withinBudget ? 'yes' : 'no'} |`,
    );
  }

  lines.push('', '## Break-even downtime cost', '');
  lines.push('The downtime cost per minute at which two patterns have the same expected annual total.', '');
  for (const b of result.breakEven) {
    const at =
      b.downtimeCostPerMinute === null
        ? 'never (for costs ≥ 0)'
        : `${money(b.downtimeCostPerMinute, cur)}/min`;
    lines.push(`- ${patternName(b.from)} vs ${patternName(b.to)}: ${at}`);
  }
  lines.push('');
  return `${lines.join('\n')}\n`;
}
