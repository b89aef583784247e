/**
 * The validation plan's measured part: the drills the client has run, with their dates and results, what
 * they changed in the model (each updated figure before and after, and the recommendation), and which
 * drills were not used or deserve a review. Empty when the scenario has no drill log.
 */
import { drillCdfData } from '../../charts/data/drillCdf';
import { formatCount, formatDuration, formatPercent } from '../../format';
import { patternLabel } from '../../patterns';
import { drillIssueText, figureName, figureSummaryText } from '../../report/calibration';
import type { Block } from '../model';
import type { Context } from './context';

/** Most drills listed: the latest ones; the scenario file holds them all. */
export const PDF_DRILL_ROWS = 40;

const SCOPE_WORDS = {
  node: 'Node crash',
  storage: 'Storage loss',
  network: 'Network partition',
  zone: 'Zone outage',
  region: 'Region outage',
} as const;

export function drillEvidenceBlocks(ctx: Context): Block[] {
  const drills = ctx.scenario.drillLog.drills;
  if (drills.length === 0) return [];
  const calibration = ctx.calibration;
  const where = (index: number) => `drill ${index + 1}`;
  const blocks: Block[] = [{ kind: 'subheading', text: 'Drills run, and what they changed' }];
  const was = ctx.before ? patternLabel(ctx.before.recommendation.pattern) : null;
  const now = patternLabel(ctx.result.recommendation.pattern);
  blocks.push({
    kind: 'paragraph',
    text:
      `As of ${calibration.asOf}, ${formatCount(calibration.used)} of ${formatCount(drills.length)} measured drills recalibrated the model ` +
      '(the chance that automation falls to people and the time of each phase of an automated failover; see ' +
      'Calibration from drills in the methodology). The results, charts and runbook timings of this proposal come from the recalibrated model. ' +
      (was === null
        ? ''
        : was === now
          ? `The recommendation is ${now} with and without the drills.`
          : `The drills change the recommendation: ${was} without them, ${now} with them.`),
    tone: was !== null && was !== now ? 'strong' : 'normal',
  });

  // Each drill beside the model: the share of modelled incidents of its architecture at least as fast.
  const shares = new Map<number, { before: number | null; after: number }>();
  for (const pattern of new Set(drills.map((d) => d.architecture))) {
    const data = drillCdfData(pattern, drills, calibration, ctx.result, ctx.before);
    for (const p of data?.points ?? []) shares.set(p.index, { before: p.before, after: p.after });
  }
  const order = drills
    .map((d, i) => ({ d, i }))
    .reverse()
    .slice(0, PDF_DRILL_ROWS);
  blocks.push({
    kind: 'table',
    header: [
      'Drill',
      'Failure',
      'Architecture',
      'Outcome',
      'Outage',
      'Data lost',
      'Modelled incidents as fast: before → after',
      'Used',
    ],
    widths: [1.2, 1.1, 1.65, 1.05, 0.9, 0.8, 1.5, 0.75],
    caption:
      drills.length > PDF_DRILL_ROWS
        ? `The ${formatCount(PDF_DRILL_ROWS)} latest of ${formatCount(drills.length)} drills, with the date each ran; the scenario file holds them all.`
        : 'Every drill of the log, latest first, with the date each ran.',
    rows: order.map(({ d, i }) => {
      const review = calibration.reviews[i];
      const share = shares.get(i);
      return [
        `${d.date}\ndrill ${i + 1}`,
        SCOPE_WORDS[d.scope],
        patternLabel(d.architecture),
        d.outcome,
        formatDuration(d.outageSeconds),
        formatDuration(d.dataLossSeconds),
        share
          ? `${share.before === null ? '—' : formatPercent(share.before)} → ${formatPercent(share.after)}`
          : '—',
        !review?.used ? 'no (see below)' : review.review.length > 0 ? 'yes, review' : 'yes',
      ];
    }),
  });

  if (calibration.updated.length > 0) {
    blocks.push({
      kind: 'table',
      header: ['Figure', 'Drills', 'Before the drills (mean, median, P95)', 'After the drills'],
      widths: [2.4, 0.6, 2, 2],
      caption: 'Each figure the drills updated, as the model had it and as it now has it.',
      rows: calibration.updated.map((f) => [
        figureName(f),
        String(f.drills),
        figureSummaryText(f, 'prior'),
        figureSummaryText(f, 'posterior'),
      ]),
    });
  }

  const notes = calibration.reviews.flatMap((r) =>
    [...r.excluded, ...r.review].map(
      (issue) =>
        `Drill ${r.index + 1} (${drills[r.index]!.date}): ${drillIssueText(issue, drills[r.index]!, where)}`,
    ),
  );
  if (notes.length > 0) {
    blocks.push({ kind: 'paragraph', text: 'Drills not used, or worth a review:' });
    blocks.push({ kind: 'bullets', items: notes.slice(0, PDF_DRILL_ROWS) });
  }
  return blocks;
}
