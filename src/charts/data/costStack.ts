import type { Scenario, SimulationResult } from '../../../models/types';
import { type SeriesInfo, seriesInfo } from './series';

export type CostPart = 'infrastructure' | 'oneOff' | 'maintenance' | 'downtime' | 'dataLoss';
/**
 * Stacking order, left to right: infrastructure (what the budget limits, so it starts at 0), the one-off
 * cost spread over the horizon, planned maintenance, then what failures cost.
 */
export const COST_PARTS: readonly CostPart[] = [
  'infrastructure',
  'oneOff',
  'maintenance',
  'downtime',
  'dataLoss',
];
export const COST_PART_LABELS: Record<CostPart, string> = {
  infrastructure: 'Infrastructure',
  oneOff: 'One-off, spread over the horizon',
  maintenance: 'Planned maintenance',
  downtime: 'Downtime loss',
  dataLoss: 'Data loss',
};

/** One stacked segment, currency per year. */
export interface CostSegment {
  part: CostPart;
  value: number;
  start: number;
  end: number;
}

export interface CostBar extends SeriesInfo {
  segments: CostSegment[];
  /** Expected total over the horizon per year = the sum of the segments, currency per year. */
  total: number;
  /** 95th percentile of the horizon total, per year (whisker), currency per year. */
  p95: number;
  /** true when the whisker runs past the axis and is drawn cut, with its value written. */
  p95Clipped: boolean;
  /** true when the chance of a month over budget exceeds the tolerance (the budget blocks this pattern). */
  overBudget: boolean;
}

export interface CostStackData {
  currency: string;
  bars: CostBar[];
  /**
   * Infrastructure budget for a year, 12 × monthly budget, currency per year. It limits the
   * infrastructure segment alone, which is why that segment comes first.
   */
  budgetPerYear: number;
  budgetLabel: string;
  /** Right end of the value axis, currency per year. */
  axisMax: number;
}

/**
 * A whisker longer than this multiple of the largest bar (or budget) is cut at the axis: a single-node
 * P95 can be ten times its mean and would squash every bar into the first tenth of the chart.
 */
export const WHISKER_CUT = 2;

/**
 * Expected cost per year over the horizon, per pattern: the expected horizon total divided by the years,
 * stacked as infrastructure, the one-off cost spread over the years, planned maintenance, downtime loss
 * and data loss. The recommendation ranks by this total.
 */
export function costStackData(result: SimulationResult, scenario: Scenario): CostStackData {
  const budgetPerYear = 12 * scenario.costs.monthlyBudget;
  const years = result.horizonYears;
  const bars = result.patterns.map((pattern) => {
    let end = 0;
    const segments = COST_PARTS.map((part): CostSegment => {
      const value =
        part === 'oneOff' ? pattern.oneOffCost.expected / years : pattern.annualCostBreakdown[part];
      const start = end;
      end += value;
      return { part, value, start, end };
    });
    return {
      ...seriesInfo(result, pattern),
      segments,
      total: end,
      p95: pattern.horizonTotalCost.p95 / years,
      overBudget: !pattern.withinBudget,
    };
  });
  const base = Math.max(budgetPerYear, ...bars.map((b) => b.total));
  const axisMax = Math.max(base, ...bars.map((b) => b.p95).filter((p) => p <= WHISKER_CUT * base));
  return {
    currency: scenario.currency,
    bars: bars.map((bar) => ({ ...bar, p95Clipped: bar.p95 > axisMax })),
    budgetPerYear,
    budgetLabel: 'Infrastructure budget (12 × monthly)',
    axisMax,
  };
}
