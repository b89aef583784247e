/**
 * Deciding under uncertainty: the tail of the recommended architecture in plain words, the availability
 * objective window by window for every architecture, what the recommendation hinges on (when the
 * sensitivity analysis was in at export), the remedies checked by rerunning, and the break-evens with
 * their noise. The words come from the same module as the app's and the command line's.
 */
import { patternName } from '../../../models/patterns';
import { formatAvailability, formatCount, formatDuration, formatPercent } from '../../format';
import {
  breakEvenText,
  driverLabel,
  driverSentence,
  driverValue,
  remedyCheckText,
  sloSentence,
  tailSentences,
  targetShares,
} from '../../report/decision';
import type { Block, Section } from '../model';
import type { Context } from './context';

function sloBlocks(ctx: Context): Block[] {
  const { scenario, result } = ctx;
  const first = result.patterns.find((p) => p.slo !== null)?.slo;
  if (!first) return [];
  const w = scenario.slo.window;
  const a = first.allowedMinutes;
  const d = (minutes: number) => formatDuration(minutes * 60);
  const recIndex = result.patterns.findIndex((p) => p.id === ctx.rec.id);
  return [
    { kind: 'subheading', text: `Availability objective: ${formatAvailability(scenario.slo.target)} a ${w}` },
    {
      kind: 'paragraph',
      text: `The objective allows ${d(a.day)} of downtime a day, ${d(a.week)} a week, ${d(a.month)} a month, ${d(a.quarter)} a quarter and ${d(a.year)} a year${scenario.slo.excludePlannedMaintenance ? ', planned maintenance excluded' : ', planned maintenance included'}. Each ${w} was simulated on its own, ${formatCount(result.trials)} of them per architecture.`,
    },
    {
      kind: 'table',
      header: [
        'Architecture',
        `Downtime a ${w}: mean · P95 · P99`,
        'Error budget used (mean)',
        `${w === 'month' ? 'Months' : 'Quarters'} in breach`,
      ],
      widths: [3, 3, 2, 2],
      rows: result.patterns.map((p) => {
        const t = p.slo!.windowDowntimeMinutes;
        return [
          patternName(p.id),
          `${d(t.mean)} · ${d(t.p95)} · ${d(t.p99)}`,
          formatPercent(p.slo!.expectedBudgetUsed),
          formatPercent(p.slo!.breachProbability),
        ];
      }),
      ...(recIndex >= 0 ? { highlightRow: recIndex } : {}),
    },
    { kind: 'paragraph', text: sloSentence(ctx.rec, scenario.slo) },
  ];
}

function sensitivityBlocks(ctx: Context): Block[] {
  const s = ctx.analysis?.sensitivity;
  if (!s) return [];
  const cur = ctx.cur;
  const flips = s.drivers.filter((d) => d.flipLow || d.flipHigh);
  return [
    { kind: 'subheading', text: 'What the recommendation hinges on' },
    {
      kind: 'paragraph',
      text: `Each uncertain input was moved to a low and a high value and the scenario simulated again (${formatCount(s.trials)} years, seed ${s.seed}, the same incidents each time). The table gives the expected total over ${ctx.scenario.horizonYears} years of ${patternName(s.recommended)}${s.runnerUp ? ` and of the runner-up, ${patternName(s.runnerUp)},` : ''} at each end, largest swing first.`,
    },
    ...(flips.length > 0
      ? [
          {
            kind: 'bullets' as const,
            items: flips.map((d) => `${driverLabel(d.input)}: ${driverSentence(d, s, cur)}`),
          },
        ]
      : [
          {
            kind: 'paragraph' as const,
            text: `No input changes the recommendation within its range: ${patternName(s.recommended)} stays the choice throughout.`,
          },
        ]),
    {
      kind: 'table',
      header: ['Input', 'Low – high', 'Recommended at low / high', 'Runner-up at low / high'],
      widths: [4, 3, 3, 3],
      rows: s.drivers.map((d) => {
        const v = (x: number) => driverValue(d.input, d.unit, x, cur);
        return [
          driverLabel(d.input),
          `${v(d.low)} – ${v(d.high)}`,
          `${ctx.m(d.totalAtLow)} / ${ctx.m(d.totalAtHigh)}`,
          d.runnerUpAtLow === null ? '–' : `${ctx.m(d.runnerUpAtLow)} / ${ctx.m(d.runnerUpAtHigh ?? 0)}`,
        ];
      }),
    },
  ];
}

export function uncertaintySection(ctx: Context): Section {
  const { scenario, result, rec } = ctx;
  const checks = (ctx.analysis?.remedies ?? []).filter((c) => c.meets);
  const breakEvens = result.breakEven.filter((b) => b.from === rec.id || b.to === rec.id);
  return {
    id: 'uncertainty',
    heading: 'Deciding under uncertainty',
    blocks: [
      { kind: 'subheading', text: `In a bad year: ${ctx.recName}` },
      { kind: 'bullets', items: [...tailSentences(rec, scenario), targetShares(rec)] },
      ...sloBlocks(ctx),
      ...sensitivityBlocks(ctx),
      ...(checks.length > 0
        ? [
            { kind: 'subheading' as const, text: 'Remedies checked by simulation' },
            { kind: 'bullets' as const, items: checks.map((c) => remedyCheckText(c, scenario)) },
          ]
        : []),
      { kind: 'subheading', text: `Break-even downtime costs of ${ctx.recName}` },
      { kind: 'bullets', items: breakEvens.map((b) => breakEvenText(b, ctx.cur)) },
    ],
  };
}
