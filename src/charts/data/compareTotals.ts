import { PATTERN_IDS, type PatternId, type SimulationResult } from '../../../models/types';
import { patternLabel } from '../../patterns';

/** What the comparison chart is given for each compared scenario. */
export interface ComparedResult {
  /** Stable key of the scenario (its library id). */
  key: string;
  name: string;
  currency: string;
  result: SimulationResult;
}

/** One compared scenario: a colour and a letter in the chart. */
export interface CompareSeries {
  key: string;
  /** A, B, C, D: in the legend, beside each bar and in the table. */
  letter: string;
  name: string;
  /** Its recommended pattern (outlined in the chart). */
  recommended: PatternId;
  feasible: boolean;
  /** Position among the series, 0-based: picks the colour. */
  index: number;
}

/** One bar: a scenario's expected cost per year over its horizon for a pattern, currency per year. */
export interface CompareBar {
  seriesKey: string;
  letter: string;
  index: number;
  value: number;
  /** This pattern is the scenario's recommendation. */
  recommended: boolean;
}

/** A pattern on the axis, with one bar per scenario in series order. */
export interface CompareGroup {
  id: PatternId;
  name: string;
  bars: CompareBar[];
}

export interface CompareTotalsData {
  /** The shared currency; null when the scenarios use different ones (the totals are then not comparable). */
  currency: string | null;
  series: CompareSeries[];
  groups: CompareGroup[];
  /** Right end of the value axis, currency per year (1 when every total is 0). */
  axisMax: number;
}

export const SERIES_LETTERS = ['A', 'B', 'C', 'D'] as const;

/**
 * Expected cost per year over the horizon (the horizon total divided by its years, one-off costs spread
 * over them) of every pattern, for each compared scenario: patterns on the axis, one bar per scenario in
 * each, the scenario's recommended pattern marked. At most four scenarios.
 */
export function compareTotalsData(items: readonly ComparedResult[]): CompareTotalsData {
  const shown = items.slice(0, SERIES_LETTERS.length);
  const series = shown.map((item, index): CompareSeries => ({
    key: item.key,
    letter: SERIES_LETTERS[index] ?? '?',
    name: item.name,
    recommended: item.result.recommendation.pattern,
    feasible: item.result.recommendation.feasible,
    index,
  }));
  const groups = PATTERN_IDS.map((id): CompareGroup => {
    const bars = shown.flatMap((item, index): CompareBar[] => {
      const pattern = item.result.patterns.find((p) => p.id === id);
      if (!pattern) return [];
      return [
        {
          seriesKey: item.key,
          letter: SERIES_LETTERS[index] ?? '?',
          index,
          value: pattern.horizonTotalCost.mean / item.result.horizonYears,
          recommended: item.result.recommendation.pattern === id,
        },
      ];
    });
    return { id, name: patternLabel(id), bars };
  });
  const currencies = new Set(shown.map((item) => item.currency));
  const largest = Math.max(0, ...groups.flatMap((g) => g.bars.map((b) => b.value)));
  return {
    currency: currencies.size === 1 ? (shown[0]?.currency ?? null) : null,
    series,
    groups,
    axisMax: largest > 0 ? largest : 1,
  };
}
