/**
 * The recommendation in English sentences: each finding and remedy the model returns, worded through the
 * one formatter of each concept. The app's card, the command line (its report and the `reasons` of its
 * JSON) and the PDF all write them from here, so they say the same thing in the same words.
 */
import { patternName } from '../../models/patterns';
import type { Finding, PatternId, Recommendation, Remedy } from '../../models/types';
import {
  formatAvailability,
  formatDuration,
  formatMoney,
  formatMoneyRange,
  formatMoneyRate,
  formatPercent,
  percentileName,
} from '../format';
import { causeText } from './decision';

export interface WordingContext {
  currency: string;
  /** The confidence level the targets are held at (e.g. 0.95), for "P95". */
  confidence: number;
}

type Target = 'rto' | 'rpo' | 'regionRto' | 'regionRpo';

/** A target's name, and the article it takes ("an RTO", "a regional-disaster RTO"). */
const TARGET_WORDS: Record<Target, { name: string; article: 'a' | 'an' }> = {
  rto: { name: 'RTO', article: 'an' },
  rpo: { name: 'RPO', article: 'an' },
  regionRto: { name: 'regional-disaster RTO', article: 'a' },
  regionRpo: { name: 'regional-disaster RPO', article: 'a' },
};

const years = (n: number) => (n === 1 ? 'a year' : `over ${n} years`);

/** What a range of monthly costs and a budget say about each other. */
function budgetWords(
  f: {
    monthly: { expected: number; low: number; high: number };
    budget: number;
    overBudgetProbability: number;
    tolerance: number;
  },
  currency: string,
): string {
  const m = (x: number) => formatMoney(x, currency);
  const chance = formatPercent(f.overBudgetProbability);
  return (
    `${formatMoneyRate(f.monthly.expected, currency, 'month')} expected (${formatMoneyRange(f.monthly, currency)}); ` +
    `a ${chance} chance that a month costs more than the ${m(f.budget)} budget (at most ${formatPercent(f.tolerance)} accepted)`
  );
}

export function findingText(f: Finding, ctx: WordingContext): string {
  const m = (x: number) => formatMoney(x, ctx.currency);
  const p = percentileName(ctx.confidence);
  switch (f.kind) {
    case 'meets-rto':
      return `Meets the ${formatDuration(f.target)} RTO target in ${formatPercent(f.share)} of incidents (${p} outage ${formatDuration(f.atConfidence)}).`;
    case 'meets-rpo':
      return f.target === 0
        ? `Loses no data in ${formatPercent(f.share)} of incidents (RPO target 0).`
        : `Meets the ${formatDuration(f.target)} RPO target in ${formatPercent(f.share)} of incidents (${p} loss ${formatDuration(f.atConfidence)} of writes).`;
    case 'region-within':
      return `A regional disaster is recovered within ${formatDuration(f.rto)}, losing at most ${formatDuration(f.rpo)} of writes, at ${p} (targets ${formatDuration(f.rtoTarget)} and ${formatDuration(f.rpoTarget)}).`;
    case 'within-budget':
      return `Within budget: ${budgetWords(f, ctx.currency)}.`;
    case 'over-budget':
      return `Over budget: ${budgetWords(f, ctx.currency)}.`;
    case 'cheapest': {
      const total = `${m(f.total)} expected ${years(f.horizonYears)} (infrastructure, one-off, maintenance and expected losses)`;
      if (f.runnerUp === null)
        return `The only architecture that meets every target within budget; ${total}.`;
      const tied = f.tied ? ' (within simulation noise: treat the two as tied)' : '';
      return `Lowest expected total of the feasible architectures, ${total}: ${m(f.gap)} less than ${patternName(f.runnerUp)}${tied}.`;
    }
    case 'availability':
      return `Expected availability ${formatAvailability(f.availability)} (${formatDuration(f.downtimeMinutes * 60)} of unplanned downtime a year).`;
    case 'misses-target': {
      const t = TARGET_WORDS[f.target];
      return `${percentileName(f.confidence)} ${t.name} ${formatDuration(f.atConfidence)} exceeds the ${formatDuration(f.targetValue)} target: met in ${formatPercent(f.share)} of incidents, ${formatPercent(f.confidence)} required; ${causeText(f.cause)}.`;
    }
    case 'costs-more':
      return `Costs ${m(f.extra)} more ${years(f.horizonYears)} in expected total (${m(f.total)} against ${m(f.bestTotal)}).`;
    case 'cheaper-but-infeasible':
      return `Expected total ${m(f.saving)} lower ${years(f.horizonYears)}, but it does not meet every target within budget.`;
  }
}

export function remedyText(r: Remedy, ctx: WordingContext): string {
  switch (r.kind) {
    case 'raise-budget':
      return `Raise the monthly budget to ${formatMoney(r.budget, ctx.currency)} (${formatMoney(r.more, ctx.currency)} more), so that a month costs more only as often as the tolerance allows.`;
    case 'accept-target': {
      const t = TARGET_WORDS[r.target];
      return `Accept ${t.article} ${t.name} of ${formatDuration(r.value)}.`;
    }
  }
}

/** The recommendation's own sentences: its strengths, or, when nothing is feasible, what blocks it. */
export function recommendationReasons(rec: Recommendation, ctx: WordingContext): string[] {
  const reasons = rec.findings.map((f) => findingText(f, ctx));
  if (rec.feasible) return reasons;
  return [
    `No architecture meets every target within budget; the closest is ${patternName(rec.pattern)}.`,
    ...reasons,
  ];
}

export function otherReasons(
  rec: Recommendation,
  ctx: WordingContext,
): { pattern: PatternId; reasons: string[] }[] {
  return rec.others.map((o) => ({ pattern: o.pattern, reasons: o.findings.map((f) => findingText(f, ctx)) }));
}
