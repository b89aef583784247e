/**
 * The calibration from drills in words and in the JSON contract: why a drill is not used or deserves a
 * second look, each updated figure's name and values, and the `calibration` object of the JSON report.
 * The app, the command line and the PDF all word it from here.
 */
import { technology } from '../../models/catalogue/index';
import type { Calibration, DrillIssue, UpdatedFigure } from '../../models/calibration/calibrate';
import { drillColumn } from '../../models/drills/fields';
import { patternName } from '../../models/patterns';
import type { Drill } from '../../models/types';
import { formatDuration, formatNumber, formatPercent } from '../format';

/** The JSON report's `calibration`: the drills used, the as-of date, each updated figure before and after. */
export interface CalibrationJson {
  drills: number;
  asOf: string | null;
  updated: { distribution: string; prior: Summary; posterior: Summary }[];
}

interface Summary {
  mean: number;
  p50: number;
  p95: number;
}

export function calibrationJson(calibration: Calibration): CalibrationJson {
  const summary = ({ mean, p50, p95 }: Summary): Summary => ({ mean, p50, p95 });
  return {
    drills: calibration.used,
    asOf: calibration.asOf,
    updated: calibration.updated.map((f) => ({
      distribution: f.distribution,
      prior: summary(f.prior),
      posterior: summary(f.posterior),
    })),
  };
}

const SCOPE_WORDS: Record<Drill['scope'], string> = {
  node: 'node',
  storage: 'storage',
  network: 'network',
  zone: 'zone',
  region: 'regional',
};

const technologyName = (id: string) => technology(id)?.name ?? id;

/**
 * Why a drill is not used, or what to look at, as a sentence. `where` names another drill of the log by
 * its index ("line 4" for a file, "drill 4" in the app).
 */
export function drillIssueText(issue: DrillIssue, drill: Drill, where: (index: number) => string): string {
  switch (issue.kind) {
    case 'after-as-of':
      return `Dated after the as-of date (${issue.asOf}): not used.`;
    case 'not-covered':
      if (drill.architecture === 'single-node') return 'A single node has no failover to drill: not used.';
      return issue.reason === 'people-decide'
        ? `People start the regional failover of ${patternName(drill.architecture)}: there is no automation to calibrate, not used.`
        : `${patternName(drill.architecture)} has no automated failover for a ${SCOPE_WORDS[drill.scope]} failure: not used.`;
    case 'other-technology':
      return `A drill of ${technologyName(issue.technology)}, but the scenario runs ${technologyName(issue.scenarioTechnology)} on this architecture: kept, not used.`;
    case 'duplicate':
      return `The same drill as ${where(issue.of)}: not used.`;
    case 'units': {
      const label = drillColumn(issue.column)?.label.toLowerCase() ?? issue.column;
      const range = `${formatDuration(issue.low)} to ${formatDuration(issue.high)}`;
      const meant =
        issue.looksLike === 'minutes'
          ? `${formatNumber(issue.value)} minutes is ${formatDuration(issue.value * 60)}`
          : `${formatNumber(issue.value)} milliseconds is ${formatDuration(issue.value / 1000)}`;
      return `The ${label} of ${formatNumber(issue.value)} s looks like ${issue.looksLike}: the model expects ${range}, and ${meant}. Not used until it is corrected (columns are in seconds).`;
    }
    case 'slower-than-p99':
      return `Slower (${formatDuration(drill.outageSeconds)}) than the ${issue.manual ? 'manual' : 'automated'} failover’s P99 in the calibrated model (${formatDuration(issue.p99)}): worth a review.`;
  }
}

/** A figure's name for a table: "Patroni (async): detection", or the architecture's manual-path chance. */
export function figureName(f: UpdatedFigure): string {
  return f.kind === 'manualShare' ? `${patternName(f.pattern)}: chance automation falls to people` : f.label;
}

/** A figure's value: a percentage for the manual-path chance, a duration for a phase. */
export function figureValue(f: UpdatedFigure, value: number): string {
  return f.kind === 'manualShare' ? formatPercent(value) : formatDuration(value);
}

/** "mean 25 s, median 25 s, P95 30 s". */
export function figureSummaryText(f: UpdatedFigure, which: 'prior' | 'posterior'): string {
  const s = f[which];
  return `mean ${figureValue(f, s.mean)}, median ${figureValue(f, s.p50)}, P95 ${figureValue(f, s.p95)}`;
}
