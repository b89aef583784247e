import { calibrate, type Calibration } from '../../models/calibration/calibrate';
import type { Scenario, SimulationResult } from '../../models/types';
import { calibrationJson } from './calibration';
import { otherReasons, recommendationReasons, remedyText, type WordingContext } from './findings';

/**
 * The JSON report, shared by the command line (`--format json`) and the app's "Export results (JSON)":
 * the whole result without the chart curves (the app draws those), with the recommendation's findings
 * also written as English sentences (`reasons`, `remedyTexts`) for people and scripts that read them,
 * pretty-printed, ending in a newline. A scenario with a drill log adds `calibration`: the drills used, the
 * as-of date, and every figure the drills updated, before and after (`calibration` when already computed).
 */
export function jsonReport(
  result: SimulationResult,
  scenario: Scenario,
  calibration: Calibration | null = scenario.drillLog.drills.length > 0 ? calibrate(scenario) : null,
): string {
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
  const calibrated =
    calibration && calibration.logged > 0 ? { calibration: calibrationJson(calibration) } : {};
  return `${JSON.stringify({ ...result, recommendation, patterns, ...calibrated }, null, 2)}\n`;
}
