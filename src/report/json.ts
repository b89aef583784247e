import type { Scenario, SimulationResult } from '../../models/types';
import { otherReasons, recommendationReasons, remedyText, type WordingContext } from './findings';
import { jsonSafe } from './plainText';

/**
 * The JSON report, shared by the command line (`--format json`) and the app's "Export results (JSON)":
 * the whole result without the chart curves (the app draws those), with the recommendation's findings
 * also written as English sentences (`reasons`, `remedyTexts`) for people and scripts that read them,
 * pretty-printed, ending in a newline. Characters a terminal would act on or not show are written as `\u`
 * escapes (the data read back is the same).
 */
export function jsonReport(result: SimulationResult, scenario: Scenario): string {
  const ctx: WordingContext = { currency: scenario.currency, confidence: scenario.targets.confidence };
  const rec = result.recommendation;
  const others = otherReasons(rec, ctx);
  const recommendation = {
    ...rec,
    reasons: recommendationReasons(rec, ctx),
    remedyTexts: rec.remedies.map((r) => remedyText(r, ctx)),
    others: rec.others.map((o, i) => ({ ...o, reasons: others[i]!.reasons })),
  };
  const patterns = result.patterns.map(({ curves: _curves, ...rest }) => rest);
  return `${jsonSafe(JSON.stringify({ ...result, recommendation, patterns }, null, 2))}\n`;
}
