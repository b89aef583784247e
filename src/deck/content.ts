/**
 * What the board deck says, slide by slide, as plain data: the decision, the cost of each option over the
 * horizon, a bad year, what the recommendation protects against and what not, the plan and the ask. Every
 * number is taken from the same functions and written with the same formatter as the PDF proposal, so the
 * two never disagree. Pure: `render.ts` draws it with pptxgenjs.
 */
import { patternName } from '../../models/patterns';
import { formatMoney, formatMoneyRange, formatNumber, formatPercent } from '../format';
import { badYearSentences } from '../report/badYear';
import { baselineOf, horizonCosts } from '../report/horizonCosts';
import type { KeyValue, TimelinePhase } from '../pdf/model';
import type { Context } from '../pdf/sections/context';
import { paybackWords, preparedByLine } from '../pdf/sections/decision';
import { planPhases, planWeeks } from '../pdf/sections/plan';
import { nextSteps } from '../pdf/sections/signoff';
import { protection } from '../pdf/sections/summary';
import { longDate } from '../pdf/sections/text';

export interface CostRow {
  name: string;
  /** The recommended architecture, or the closest when none is feasible (drawn emphasised). */
  recommended: boolean;
  /** What the emphasis means beside the name: "recommended", or "closest" when nothing is feasible. */
  tag: 'recommended' | 'closest' | null;
  /** Currency amounts over the horizon, for the chart. */
  infrastructure: number;
  oneOff: number;
  losses: number;
  total: number;
  /** The same amounts as the PDF's first page writes them. */
  text: { infrastructure: string; oneOff: string; losses: string; total: string; p95: string };
}

export interface DeckContent {
  title: string;
  client: string;
  currency: string;
  years: number;
  decision: { headline: string; status: string; positive: boolean; facts: KeyValue[]; byline: string };
  costs: CostRow[];
  badYear: {
    sentences: string[];
    bars: { name: string; mean: number; p95: number; p99: number; text: string[] }[];
  };
  protection: { protects: string[]; not: string[] };
  plan: {
    phases: TimelinePhase[];
    milestones: { label: string; at: number }[];
    weeks: number;
    summary: string;
  };
  ask: { ask: string; steps: string[]; contact: string };
}

const yearsWord = (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`;

export function deckContent(ctx: Context): DeckContent {
  const { scenario, result, rec } = ctx;
  const cur = scenario.currency;
  const m = (x: number) => formatMoney(x, cur);
  const years = scenario.horizonYears;
  const r = result.recommendation;
  const costs = horizonCosts(result);
  const mine = costs.find((c) => c.pattern === rec.id)!;
  const base = baselineOf(result);
  const onPreset = ctx.preset ? ` on ${ctx.presetName}` : '';
  const phases = planPhases(ctx);
  const weeks = planWeeks(phases);
  const by = preparedByLine(ctx);
  return {
    title: `High-availability proposal for ${ctx.client}`,
    client: ctx.client,
    currency: cur,
    years,
    decision: {
      headline: r.feasible ? `We recommend ${ctx.recName}${onPreset}` : `Closest: ${ctx.recName}${onPreset}`,
      status: r.feasible
        ? `Meets every recovery target for ${formatPercent(scenario.targets.confidence)} of incidents within the ${m(scenario.costs.monthlyBudget)} monthly budget, at the lowest expected total cost.`
        : 'No architecture meets every target within budget; this one comes closest.',
      positive: r.feasible,
      facts: [
        { key: `Expected total over ${yearsWord(years)}`, value: m(mine.total.expected) },
        { key: 'One-off', value: m(mine.oneOff.expected) },
        { key: 'Per month', value: m(rec.monthlyInfraCost.expected) },
        { key: 'Payback', value: paybackWords(ctx) },
      ],
      byline: `${ctx.documentId}, version ${ctx.version} · ${longDate(ctx.date)}${by ? ` · ${by}` : ''}`,
    },
    costs: costs.map((c) => ({
      name: patternName(c.pattern),
      recommended: c.pattern === rec.id,
      tag: c.pattern === rec.id ? (r.feasible ? 'recommended' : 'closest') : null,
      infrastructure: c.infrastructure.expected,
      oneOff: c.oneOff.expected,
      losses: c.losses,
      total: c.total.expected,
      text: {
        infrastructure: m(c.infrastructure.expected),
        oneOff: m(c.oneOff.expected),
        losses: m(c.losses),
        total: m(c.total.expected),
        p95: m(c.total.p95),
      },
    })),
    badYear: {
      sentences: badYearSentences(result, scenario),
      bars: [base, ...(rec.id === 'single-node' ? [] : [rec])].map((p) => ({
        name: patternName(p.id),
        mean: p.annualLoss.mean,
        p95: p.annualLoss.p95,
        p99: p.annualLoss.p99,
        text: [m(p.annualLoss.mean), m(p.annualLoss.p95), m(p.annualLoss.p99)],
      })),
    },
    protection: protection(ctx),
    plan: {
      phases: phases.map((p, i) => ({
        label: `${i + 1}. ${p.short}`,
        start: p.start,
        length: p.weeks,
        roles: p.roles,
      })),
      milestones: phases
        .filter((p) => p.milestone)
        .map((p) => ({ label: p.milestone!, at: p.start + p.weeks })),
      weeks,
      summary: `About ${formatNumber(weeks)} weeks from signature to go-live; one-off cost ${m(mine.oneOff.expected)} (${formatMoneyRange(mine.oneOff, cur)}).`,
    },
    ask: {
      ask:
        rec.id === 'single-node'
          ? `Keep the single node, with tested backups and restores: ${m(rec.monthlyInfraCost.expected)} a month.`
          : `Approve ${ctx.recName}${onPreset}: ${m(mine.oneOff.expected)} one-off and ${m(rec.monthlyInfraCost.expected)} a month, by ${longDate(ctx.validUntil)}.`,
      steps: nextSteps(ctx),
      contact: by,
    },
  };
}
