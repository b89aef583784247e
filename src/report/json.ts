import { calibrate, type Calibration } from '../../models/calibration/calibrate';
import { calibrationJson } from './calibration';
import type { Analysis } from '../../models/engine/analysis';
import type { Scenario, SimulationResult } from '../../models/types';
import {
  breakEvenText,
  confirmedRemedies,
  driverLabel,
  driverSentence,
  remedyCheckText,
  sloSentence,
  tailSentences,
} from './decision';
import { otherReasons, recommendationReasons, remedyText, type WordingContext } from './findings';
import { jsonSafe } from './plainText';

/**
 * The JSON report, shared by the command line (`--format json`) and the app's "Export results (JSON)":
 * the whole result without the chart curves (the app draws those), with the recommendation's findings
 * also written as English sentences (`reasons`, `remedyTexts`) for people and scripts that read them,
 * pretty-printed, ending in a newline. Characters a terminal would act on or not show are written as `\u`
 * escapes (the data read back is the same).
 * A scenario with a drill log adds `calibration`: the drills used, the as-of date, and every figure the
 * drills updated, before and after (`calibration` when already computed).
 */
export function jsonReport(
  result: SimulationResult,
  scenario: Scenario,
  analysis?: Analysis,
  calibration: Calibration | null = scenario.drillLog.drills.length > 0 ? calibrate(scenario) : null,
): string {
  const ctx: WordingContext = { currency: scenario.currency, confidence: scenario.targets.confidence };
  const rec = result.recommendation;
  const others = otherReasons(rec, ctx);
  const chosen = result.patterns.find((p) => p.id === rec.pattern)!;
  // Remedies the reruns confirmed for the recommended (or closest) architecture, after the exact ones.
  const confirmed = analysis ? confirmedRemedies(analysis.remedies, rec.pattern) : [];
  const recommendation = {
    ...rec,
    reasons: recommendationReasons(rec, ctx),
    remedyTexts: [
      ...rec.remedies.map((r) => remedyText(r, ctx)),
      ...confirmed.map((c) => remedyCheckText(c, scenario)),
    ],
    tail: tailSentences(chosen, scenario),
    slo: sloSentence(chosen, scenario.slo),
    others: rec.others.map((o, i) => ({ ...o, reasons: others[i]!.reasons })),
  };
  const patterns = result.patterns.map(({ curves: _curves, ...rest }) => rest);
  const breakEven = result.breakEven.map((b) => ({ ...b, text: breakEvenText(b, scenario.currency) }));
  const extra = analysis
    ? {
        remedies: analysis.remedies.map((c) => ({ ...c, text: remedyCheckText(c, scenario) })),
        ...(analysis.sensitivity
          ? {
              sensitivity: {
                ...analysis.sensitivity,
                drivers: analysis.sensitivity.drivers.map((d) => ({
                  ...d,
                  text: `${driverLabel(d.input)}: ${driverSentence(d, analysis.sensitivity!, scenario.currency)}`,
                })),
              },
            }
          : {}),
      }
    : {};
  const calibrated =
    calibration && calibration.logged > 0 ? { calibration: calibrationJson(calibration) } : {};
  const report = { ...result, recommendation, patterns, breakEven, ...extra, ...calibrated };
  return `${jsonSafe(JSON.stringify(report, null, 2))}\n`;
}
