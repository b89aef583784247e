import type { DriverResult, Sensitivity } from '../../../models/engine/sensitivity';
import type { PatternId } from '../../../models/types';
import { patternLabel } from '../../patterns';
import { driverLabel, driverSentence, driverValue } from '../../report/decision';

/** One input of the tornado: the totals at its low and high value, and whether the choice flips. */
export interface TornadoRow {
  input: string;
  label: string;
  /** The input's low and high value, in words. */
  lowText: string;
  highText: string;
  /** Expected horizon totals of the recommended architecture at the low and the high value (currency). */
  atLow: number;
  atHigh: number;
  /** … and of the runner-up; null when there is none. */
  runnerUpAtLow: number | null;
  runnerUpAtHigh: number | null;
  /** The recommendation changes somewhere in the range. */
  flips: boolean;
  /** What the input does to the recommendation, in one sentence. */
  sentence: string;
}

export interface TornadoData {
  currency: string;
  recommended: PatternId;
  recommendedName: string;
  runnerUp: PatternId | null;
  runnerUpName: string | null;
  /** The base's expected horizon totals (currency). */
  base: number;
  runnerUpBase: number | null;
  /** The inputs with the largest swings, largest first (at most `rows`). */
  rows: TornadoRow[];
  /** Inputs left out of the chart (they swing less); the table lists them all. */
  hidden: number;
  /** x domain, currency: every bar and the base inside. */
  domain: [number, number];
}

/** Rows drawn: more would make the chart taller than a screen. */
export const TORNADO_ROWS = 10;

function row(d: DriverResult, s: Sensitivity, currency: string): TornadoRow {
  const value = (v: number) => driverValue(d.input, d.unit, v, currency);
  return {
    input: d.input,
    label: driverLabel(d.input),
    lowText: value(d.low),
    highText: value(d.high),
    atLow: d.totalAtLow,
    atHigh: d.totalAtHigh,
    runnerUpAtLow: d.runnerUpAtLow,
    runnerUpAtHigh: d.runnerUpAtHigh,
    flips: d.flipLow !== null || d.flipHigh !== null,
    sentence: driverSentence(d, s, currency),
  };
}

/** The tornado of a sensitivity analysis: every input's swing, the largest drawn. */
export function tornadoData(s: Sensitivity, currency: string, rows = TORNADO_ROWS): TornadoData {
  const all = s.drivers.map((d) => row(d, s, currency));
  const shown = all.slice(0, rows);
  const values = [
    s.total,
    ...(s.runnerUpTotal === null ? [] : [s.runnerUpTotal]),
    ...shown.flatMap((r) => [r.atLow, r.atHigh, r.runnerUpAtLow ?? r.atLow, r.runnerUpAtHigh ?? r.atHigh]),
  ];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
  return {
    currency,
    recommended: s.recommended,
    recommendedName: patternLabel(s.recommended),
    runnerUp: s.runnerUp,
    runnerUpName: s.runnerUp === null ? null : patternLabel(s.runnerUp),
    base: s.total,
    runnerUpBase: s.runnerUpTotal,
    rows: all.slice(0, rows),
    hidden: Math.max(0, all.length - rows),
    domain: [Math.max(0, lo - pad), hi + pad],
  };
}

/** Every input as a table row (the chart's data table lists them all). */
export function tornadoTable(s: Sensitivity, currency: string): TornadoRow[] {
  return s.drivers.map((d) => row(d, s, currency));
}
