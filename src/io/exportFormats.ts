/**
 * What the export buttons write, as text: the scenario as a scenario file, and the results as CSV or as
 * the command line's JSON report. Pure, so that tests read exactly what a person downloads.
 */
import { jsonReport } from '../report/json';
import type { Analysis } from '../../models/engine/analysis';
import type { PatternResult, Scenario, SimulationResult } from '../../models/types';
import { patternLabel } from '../patterns';
import { tableText } from '../report/plainText';

/**
 * The scenario as a scenario file: every field written out, pretty-printed, ending in a newline. It has no
 * `$schema` key: the scenario format has no such field, and the validator refuses fields it does not know.
 */
export function scenarioJson(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** The results in the command line's JSON format (`simulate --format json`). */
export function resultsJson(result: SimulationResult, scenario: Scenario, analysis?: Analysis): string {
  return jsonReport(result, scenario, analysis);
}

type Cell = string | number | boolean;

interface Column {
  /** Header text, with the unit in brackets. */
  header: string;
  value: (pattern: PatternResult, context: { result: SimulationResult; scenario: Scenario }) => Cell;
}

/** The comparison table's figures, one column per number, in the table's order. */
function columns(currency: string): Column[] {
  const money = (label: string, per: string, read: (p: PatternResult) => number): Column => ({
    header: `${label} (${currency}/${per})`,
    value: read,
  });
  return [
    { header: 'Scenario', value: (_p, { result }) => result.scenario },
    { header: 'Pattern', value: (p) => patternLabel(p.id, p.name) },
    { header: 'Pattern id', value: (p) => p.id },
    { header: 'Recommended', value: (p, { result }) => p.id === result.recommendation.pattern },
    money('Monthly cost low', 'month', (p) => p.monthlyInfraCost.low),
    money('Monthly cost expected', 'month', (p) => p.monthlyInfraCost.expected),
    money('Monthly cost high', 'month', (p) => p.monthlyInfraCost.high),
    { header: 'Over-budget probability (fraction)', value: (p) => p.overBudgetProbability },
    { header: `One-off cost expected (${currency})`, value: (p) => p.oneOffCost.expected },
    { header: 'Incidents (per year)', value: (p) => p.incidentsPerYear },
    { header: 'RTO P50 (s)', value: (p) => p.incidentRtoSeconds.p50 },
    { header: 'RTO P95 (s)', value: (p) => p.incidentRtoSeconds.p95 },
    { header: 'RPO P50 (s)', value: (p) => p.incidentRpoSeconds.p50 },
    { header: 'RPO P95 (s)', value: (p) => p.incidentRpoSeconds.p95 },
    { header: 'Region RTO P95 (s)', value: (p) => p.regionRtoSeconds.p95 },
    { header: 'Region RPO P95 (s)', value: (p) => p.regionRpoSeconds.p95 },
    {
      header: 'Regional incidents ended by the region returning (fraction)',
      value: (p) => p.regionRecovery.returned ?? '',
    },
    { header: 'Availability (fraction)', value: (p) => p.availability },
    { header: 'Availability with maintenance (fraction)', value: (p) => p.availabilityWithMaintenance },
    { header: 'Planned maintenance (min/year)', value: (p) => p.maintenanceMinutesPerYear },
    { header: 'Downtime (min/year)', value: (p) => p.annualDowntimeMinutes.mean },
    money('Expected annual loss', 'year', (p) => p.annualLoss.mean),
    money('P95 annual loss', 'year', (p) => p.annualLoss.p95),
    money('Expected annual total', 'year', (p) => p.annualTotalCost.mean),
    money('P95 annual total', 'year', (p) => p.annualTotalCost.p95),
    { header: `Expected total over the horizon (${currency})`, value: (p) => p.horizonTotalCost.mean },
    { header: `Horizon total 95% interval low (${currency})`, value: (p) => p.convergence.low },
    { header: `Horizon total 95% interval high (${currency})`, value: (p) => p.convergence.high },
    { header: `P95 horizon total (${currency})`, value: (p) => p.horizonTotalCost.p95 },
    { header: 'RTO target met (fraction of incidents)', value: (p) => p.meetsTargets.rto },
    { header: 'RPO target met (fraction of incidents)', value: (p) => p.meetsTargets.rpo },
    { header: 'Region RTO target met (fraction of incidents)', value: (p) => p.meetsTargets.regionRto },
    { header: 'Region RPO target met (fraction of incidents)', value: (p) => p.meetsTargets.regionRpo },
    { header: 'Within budget', value: (p) => p.withinBudget },
    { header: 'Feasible', value: (p) => p.feasible },
    { header: 'Trials', value: (_p, { result }) => result.trials },
    { header: 'Seed', value: (_p, { result }) => result.seed },
  ];
}

/** Characters that make a spreadsheet read a cell as a formula (or hide where one starts). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Numbers as JavaScript writes them (a dot for decimals, no grouping; empty when not finite);
 * yes/no for booleans. Text that a spreadsheet would run as a formula gets a leading apostrophe, and a field
 * with a comma, a quote or a line break is quoted with its quotes doubled (RFC 4180). Markup stays text;
 * control characters other than line breaks and tabs become "�" and invisible format characters (such as
 * bidirectional overrides) go (src/report/plainText.ts).
 */
export function csvField(value: Cell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const inert = tableText(value);
  const text = FORMULA_START.test(inert) ? `'${inert}` : inert;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The comparison table as CSV: a header row naming each column with its unit, then one row per pattern.
 * CRLF line ends (RFC 4180), UTF-8 with a byte-order mark so that spreadsheets read accented names right.
 */
export function resultsCsv(scenario: Scenario, result: SimulationResult): string {
  const cols = columns(scenario.currency);
  const rows = [cols.map((c) => csvField(c.header))];
  for (const pattern of result.patterns) {
    rows.push(cols.map((c) => csvField(c.value(pattern, { result, scenario }))));
  }
  return `\ufeff${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}
