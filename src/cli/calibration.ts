import type { Calibration } from '../../models/calibration/calibrate';
import { patternName } from '../../models/patterns';
import type { Drill, SimulationResult } from '../../models/types';
import { formatCount } from '../format';
import { drillIssueText, figureName, figureSummaryText } from '../report/calibration';

/**
 * One `note:` line for every drill that is not used or deserves a second look (standard error), each
 * after `prefix` and the drill's place (`where`: "line 4" of a file, or "drill 4" of the scenario's log).
 */
export function drillNotes(
  calibration: Calibration,
  drills: readonly Drill[],
  where: (index: number) => string,
  prefix: string,
): string[] {
  return calibration.reviews.flatMap((r) =>
    [...r.excluded, ...r.review].map(
      (issue) => `note: ${prefix}${where(r.index)}: ${drillIssueText(issue, drills[r.index]!, where)}`,
    ),
  );
}

/** The calibration section of the Markdown report: what the drills changed, and the recommendation before and after. */
export function calibrationMarkdown(
  calibration: Calibration,
  before: SimulationResult,
  after: SimulationResult,
): string {
  if (calibration.logged === 0) return '';
  // A blank line first: the Markdown report before it ends with a table's last row.
  const lines = ['', '## Calibration from drills', ''];
  lines.push(
    `${formatCount(calibration.logged)} drills in the log, ${formatCount(calibration.used)} used, as of ${calibration.asOf ?? 'no date'}.`,
    '',
  );
  if (calibration.updated.length === 0) {
    lines.push('No drill could be used, so the model is as entered.', '');
    return `${lines.join('\n')}\n`;
  }
  lines.push('| Figure | Drills | Before | After |', '|---|---|---|---|');
  for (const f of calibration.updated) {
    lines.push(
      `| ${figureName(f)} | ${f.drills} | ${figureSummaryText(f, 'prior')} | ${figureSummaryText(f, 'posterior')} |`,
    );
  }
  const was = before.recommendation.pattern;
  const now = after.recommendation.pattern;
  lines.push(
    '',
    was === now
      ? `Recommendation before and after the drills: ${patternName(now)}.`
      : `Recommendation before the drills: ${patternName(was)}; after: ${patternName(now)}.`,
    '',
  );
  return `${lines.join('\n')}\n`;
}
