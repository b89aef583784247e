/**
 * Page 1 decides: who the proposal is for and its document facts, the recommendation and its status, what
 * each architecture costs over the horizon, what staying on a single node costs, when the recommendation
 * pays for itself, and what a bad year costs. A reader who stops here has the decision and its price.
 */
import { patternName } from '../../../models/patterns';
import { formatMoneyRange, formatPercent } from '../../format';
import { badYearSentences } from '../../report/badYear';
import { baselineOf, horizonCosts, netSaving, payback } from '../../report/horizonCosts';
import type { Block, KeyValue, Section } from '../model';
import type { Context } from './context';
import { cleanText, longDate } from './text';

/** The title of the first page, and of the document itself. */
export const PROPOSAL_TITLE = 'High-availability proposal';

const yearsWord = (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`;

/** Who prepared it, in one line: name, company, e-mail, telephone (those given). */
export function preparedByLine(ctx: Context): string {
  const f = ctx.form;
  // A telephone number never breaks across lines.
  return [
    cleanText(f.preparedBy, 120),
    cleanText(f.company, 120),
    cleanText(f.email, 120),
    cleanText(f.phone, 40).replace(/ /g, '\u00a0'),
  ]
    .filter((s) => s !== '')
    .join(', ');
}

/** Who it is for: the client and, when given, the contact there. */
export function preparedForLine(ctx: Context): string {
  const contact = cleanText(ctx.form.clientContact, 200);
  return contact ? `${ctx.client}, ${contact}` : ctx.client;
}

export function documentFacts(ctx: Context): KeyValue[] {
  const by = preparedByLine(ctx);
  return [
    { key: 'Document', value: `${ctx.documentId}, version ${ctx.version}` },
    { key: 'Date', value: longDate(ctx.date) },
    { key: 'Valid until', value: longDate(ctx.validUntil) },
    { key: 'Prepared for', value: preparedForLine(ctx) },
    ...(by ? [{ key: 'Prepared by', value: by }] : []),
  ];
}

/** The payback in words, for the first page and the deck. */
export function paybackWords(ctx: Context): string {
  const p = payback(ctx.result);
  const years = ctx.scenario.horizonYears;
  switch (p.kind) {
    case 'baseline':
      return 'The recommendation is to stay on a single node: nothing to build and nothing to pay back.';
    case 'never':
      return `It costs ${ctx.m(p.extraPerYear)} a year more to run than a single node (infrastructure, maintenance and expected losses): it buys protection, not savings.`;
    case 'months': {
      const months = Math.max(1, Math.ceil(p.months));
      const when =
        p.oneOff === 0
          ? 'from the first month: there is no one-off cost'
          : `in ${months} ${months === 1 ? 'month' : 'months'}${p.withinHorizon ? '' : `, beyond the ${yearsWord(years)} of this proposal`}`;
      return `It saves ${ctx.m(p.savingPerYear)} a year in expected running cost against a single node and pays back its one-off cost of ${ctx.m(p.oneOff)} ${when}.`;
    }
  }
}

export function decisionSection(ctx: Context): Section {
  const { scenario, result, rec, m } = ctx;
  const years = scenario.horizonYears;
  const r = result.recommendation;
  const recRow = horizonCosts(result).find((h) => h.pattern === rec.id)!;
  const status = r.feasible
    ? `Meets every recovery target (${formatPercent(scenario.targets.confidence)} of incidents) within the ${m(scenario.costs.monthlyBudget)} monthly budget, at the lowest expected total cost of the ${result.patterns.length} architectures.`
    : `No architecture meets every target within budget; this is the closest. The executive summary lists the blockers and what would remove them.`;
  const callout: Block = {
    kind: 'callout',
    tone: r.feasible ? 'positive' : 'caution',
    title: r.feasible ? `We recommend ${ctx.recName}` : `Closest: ${ctx.recName}`,
    lines: [
      ctx.preset ? `Data layer: ${ctx.presetName}. ${status}` : status,
      `Expected total over ${yearsWord(years)}: ${m(recRow.total.expected)} (one-off ${m(recRow.oneOff.expected)}, then ${m(rec.monthlyInfraCost.expected)} a month); one chance in 20 of more than ${m(recRow.total.p95)}. Expected losses are downtime, lost data and planned maintenance.`,
    ],
  };

  const costs = horizonCosts(result);
  const table: Block = {
    kind: 'table',
    header: [
      'Architecture',
      `Infrastructure (${ctx.cur}, range)`,
      'One-off (range)',
      'Expected losses',
      'Total (P95: 1 in 20)',
      'Meets targets and budget',
    ],
    widths: [1.75, 1.7, 1.55, 1.15, 1.3, 0.9],
    numeric: [1, 2, 3, 4],
    rows: costs.map((c) => {
      const two = (expected: number, range: { low: number; high: number }) => {
        const spread = formatMoneyRange(range, ctx.cur);
        return spread === m(expected) ? m(expected) : `${m(expected)}\n${spread}`;
      };
      return [
        c.pattern === rec.id
          ? `${patternName(c.pattern)}\n(${r.feasible ? 'recommended' : 'closest'})`
          : patternName(c.pattern),
        two(c.infrastructure.expected, c.infrastructure),
        two(c.oneOff.expected, c.oneOff),
        m(c.losses),
        `${m(c.total.expected)}\nP95 ${m(c.total.p95)}`,
        c.feasible ? 'Yes' : 'No',
      ];
    }),
    highlightRow: result.patterns.findIndex((p) => p.id === rec.id),
  };

  const base = baselineOf(result);
  const net = netSaving(result);
  const nothing: KeyValue[] = [
    {
      key: 'Staying on a single node',
      value: `${m(base.annualLoss.mean)} of expected downtime and data-loss cost a year; ${m(base.horizonTotalCost.mean)} over ${yearsWord(years)} with its infrastructure.`,
    },
    {
      key: 'Payback',
      value:
        rec.id === 'single-node'
          ? paybackWords(ctx)
          : `${paybackWords(ctx)} Over ${yearsWord(years)}: ${m(Math.abs(net))} ${net >= 0 ? 'less' : 'more'} in expected total than a single node.`,
    },
  ];

  return {
    id: 'decision',
    heading: 'The decision',
    blocks: [
      {
        kind: 'masthead',
        title: PROPOSAL_TITLE,
        subtitle: `for ${ctx.client}: ${cleanText(scenario.name, 120)}`,
        meta: documentFacts(ctx),
        logo: ctx.form.hasLogo,
      },
      callout,
      { kind: 'subheading', text: `Cost of each option over ${yearsWord(years)}` },
      table,
      { kind: 'subheading', text: 'The cost of doing nothing' },
      { kind: 'keyValue', items: nothing },
      { kind: 'subheading', text: 'A bad year' },
      { kind: 'bullets', items: badYearSentences(result, scenario) },
    ],
  };
}
