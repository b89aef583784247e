import type { Scenario, SimulationResult } from '../../../models/types';
import { type SeriesInfo, seriesInfo } from './series';

export type CostPart = 'infrastructure' | 'maintenance' | 'downtime' | 'dataLoss';
/** Stacking order, left to right: what is spent for sure, what is planned, then what failures cost. */
export const COST_PARTS: readonly CostPart[] = ['infrastructure', 'maintenance', 'downtime', 'dataLoss'];
export const COST_PART_LABELS: Record<CostPart, string> = {
  infrastructure: 'Infrastructure',
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
  /** Expected annual total = the sum of the segments, currency per year. */
  total: number;
  /** 95th percentile of the annual total, currency per year (whisker). */
  p95: number;
  /** true when the whisker runs past the axis and is drawn cut, with its value written. */
  p95Clipped: boolean;
}

export interface CostStackData {
  currency: string;
  bars: CostBar[];
  /** Infrastructure budget for a year, 12 × monthly budget, currency per year. */
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

/** Expected annual total per pattern, stacked as infrastructure, downtime loss and data loss. */
export function costStackData(result: SimulationResult, scenario: Scenario): CostStackData {
  const budgetPerYear = 12 * scenario.costs.monthlyBudget;
  const bars = result.patterns.map((pattern) => {
    let end = 0;
    const segments = COST_PARTS.map((part): CostSegment => {
      const value = pattern.annualCostBreakdown[part];
      const start = end;
      end += value;
      return { part, value, start, end };
    });
    return { ...seriesInfo(result, pattern), segments, total: end, p95: pattern.annualTotalCost.p95 };
  });
  const base = Math.max(budgetPerYear, ...bars.map((b) => b.total));
  const axisMax = Math.max(base, ...bars.map((b) => b.p95).filter((p) => p <= WHISKER_CUT * base));
  return {
    currency: scenario.currency,
    bars: bars.map((bar) => ({ ...bar, p95Clipped: bar.p95 > axisMax })),
    budgetPerYear,
    budgetLabel: 'Budget (12 × monthly)',
    axisMax,
  };
}
