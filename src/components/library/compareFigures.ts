import type { PatternResult, Scenario, SimulationResult } from '../../../models/types';
import { patternName } from '../../../models/patterns';
import { findingText } from '../../report/findings';
import { PATTERN_IDS } from '../../../models/types';
import { formatAvailability, formatCount, formatDuration, formatMoney } from '../../format';
import { patternLabel } from '../../patterns';

/** One compared scenario with its finished run. */
export interface ComparedFigures {
  key: string;
  currency: string;
  result: SimulationResult;
}

/** A row of the key-figures table: a label, then one formatted cell per scenario. */
export interface FigureRow {
  key: string;
  label: string;
  cells: string[];
  /** Rows of the per-pattern block, under their own sub-heading. */
  perPattern?: boolean;
}

function recommendedOf(result: SimulationResult): PatternResult | undefined {
  return result.patterns.find((p) => p.id === result.recommendation.pattern);
}

/**
 * The figures a side-by-side reading needs, scenario by scenario: what each recommends and whether it is
 * feasible, what that pattern costs and delivers, and every pattern's expected cost per year. Each
 * scenario's money is in its own currency.
 */
export function keyFigureRows(items: readonly ComparedFigures[]): FigureRow[] {
  const cell = (fn: (item: ComparedFigures, pattern: PatternResult | undefined) => string) =>
    items.map((item) => fn(item, recommendedOf(item.result)));
  const money = (item: ComparedFigures, amount: number) => formatMoney(amount, item.currency);
  return [
    {
      key: 'recommended',
      label: 'Recommended architecture',
      cells: cell((item) => patternLabel(item.result.recommendation.pattern)),
    },
    {
      key: 'feasible',
      label: 'Feasible (every target met within budget)',
      cells: cell((item) =>
        item.result.recommendation.feasible ? 'Yes' : 'No: the closest architecture is shown',
      ),
    },
    {
      key: 'monthly',
      label: 'Monthly infrastructure cost of that architecture',
      cells: cell((item, p) => (p ? `${money(item, p.monthlyInfraCost.expected)}/month` : '–')),
    },
    {
      key: 'total',
      label: 'Expected total over the horizon of that architecture',
      cells: cell((item, p) =>
        p ? `${money(item, p.horizonTotalCost.mean)} over ${item.result.horizonYears} years` : '–',
      ),
    },
    {
      key: 'availability',
      label: 'Availability of that architecture',
      cells: cell((_item, p) => (p ? formatAvailability(p.availability) : '–')),
    },
    {
      key: 'rto',
      label: 'P95 RTO per ordinary incident',
      cells: cell((_item, p) => (p ? formatDuration(p.incidentRtoSeconds.p95) : '–')),
    },
    {
      key: 'rpo',
      label: 'P95 RPO per ordinary incident (seconds of data)',
      cells: cell((_item, p) => (p ? formatDuration(p.incidentRpoSeconds.p95) : '–')),
    },
    ...PATTERN_IDS.map((id): FigureRow => ({
      key: `total-${id}`,
      label: patternLabel(id),
      perPattern: true,
      cells: items.map((item) => {
        const pattern = item.result.patterns.find((p) => p.id === id);
        if (!pattern) return '–';
        const mark = item.result.recommendation.pattern === id ? ' (recommended)' : '';
        return `${money(item, pattern.horizonTotalCost.mean / item.result.horizonYears)}/yr${mark}`;
      }),
    })),
    {
      key: 'run',
      label: 'Simulated years per architecture · seed',
      cells: items.map((item) => `${formatCount(item.result.trials)} · seed ${item.result.seed}`),
    },
  ];
}

/** Whether a text ends a sentence (and is not a lead-in to a list, "… the closest is X:"). */
const WHOLE_SENTENCE = /[.!?][”’)]*$/;

/**
 * A compared scenario's result in whole sentences, short enough for a card: why its recommendation wins
 * (the "cheapest" finding), or that nothing is feasible and which architecture comes closest, with the
 * first reason. A text that would stop mid-sentence is left out, never cut.
 */
export function compareHeadline(result: SimulationResult, scenario: Scenario): string {
  const rec = result.recommendation;
  const ctx = { currency: scenario.currency, confidence: scenario.targets.confidence };
  const texts = rec.findings.map((f) => ({ kind: f.kind, text: findingText(f, ctx) }));
  const whole = texts.filter((t) => WHOLE_SENTENCE.test(t.text.trim()));
  if (rec.feasible) {
    const chosen = whole.find((t) => t.kind === 'cheapest') ?? whole[0];
    return chosen?.text ?? `${patternName(rec.pattern)} meets every target within budget.`;
  }
  const lead = `No architecture meets every target within budget; the closest is ${patternName(rec.pattern)}.`;
  const reason = whole.find((t) => t.kind === 'misses-target' || t.kind === 'over-budget') ?? whole[0];
  return reason ? `${lead} ${reason.text}` : lead;
}
