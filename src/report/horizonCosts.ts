/**
 * What each architecture costs over the scenario's horizon, split the way a buyer reads a quote
 * (infrastructure, one-off, expected losses, total), the cost of doing nothing (staying on the single
 * node) and when the recommended architecture pays back its one-off cost. The PDF's first page and the
 * board deck both read these numbers from here, so they always agree.
 */
import type { PatternId, PatternResult, SimulationResult } from '../../models/types';

export interface HorizonCost {
  pattern: PatternId;
  /** Infrastructure over the horizon: 12 × years × the monthly cost (currency), expected and its range. */
  infrastructure: { expected: number; low: number; high: number };
  /** One-off cost (implementation, migration, licences), expected and its range (currency). */
  oneOff: { expected: number; low: number; high: number };
  /** Expected downtime and data-loss cost plus planned maintenance over the horizon (currency). */
  losses: number;
  /** Expected total over the horizon, and the median and 95th percentile of its distribution (currency). */
  total: { expected: number; p50: number; p95: number };
  /** Infrastructure, maintenance and expected losses in one year: what it costs to run (currency/year). */
  annualRunning: number;
  feasible: boolean;
}

export function horizonCost(p: PatternResult, years: number): HorizonCost {
  const b = p.annualCostBreakdown;
  return {
    pattern: p.id,
    infrastructure: {
      expected: years * b.infrastructure,
      low: years * 12 * p.monthlyInfraCost.low,
      high: years * 12 * p.monthlyInfraCost.high,
    },
    oneOff: { expected: p.oneOffCost.expected, low: p.oneOffCost.low, high: p.oneOffCost.high },
    losses: years * (p.annualLoss.mean + b.maintenance),
    total: { expected: p.horizonTotalCost.mean, p50: p.horizonTotalCost.p50, p95: p.horizonTotalCost.p95 },
    annualRunning: b.infrastructure + b.maintenance + p.annualLoss.mean,
    feasible: p.feasible,
  };
}

/** Every architecture of the result, in its order. */
export function horizonCosts(result: SimulationResult): HorizonCost[] {
  return result.patterns.map((p) => horizonCost(p, result.horizonYears));
}

/** The single node: what staying as today costs. */
export function baselineOf(result: SimulationResult): PatternResult {
  const found = result.patterns.find((p) => p.id === 'single-node');
  if (!found) throw new Error('The result has no single-node baseline.');
  return found;
}

export function recommendedOf(result: SimulationResult): PatternResult {
  const found = result.patterns.find((p) => p.id === result.recommendation.pattern);
  if (!found) throw new Error('The result has no recommended pattern.');
  return found;
}

export type Payback =
  /** The recommendation is the single node itself: nothing to pay back. */
  | { kind: 'baseline' }
  /** Running it costs no less a year than the single node: its one-off never comes back. */
  | { kind: 'never'; extraPerYear: number }
  /** It saves money every year; `months` to earn back the one-off (0 when there is none). */
  | { kind: 'months'; months: number; savingPerYear: number; oneOff: number; withinHorizon: boolean };

/**
 * Payback over the single node on expected cost: the one-off divided by the yearly saving in running cost
 * (infrastructure + planned maintenance + expected losses), in months.
 */
export function payback(result: SimulationResult): Payback {
  const rec = recommendedOf(result);
  if (rec.id === 'single-node') return { kind: 'baseline' };
  const years = result.horizonYears;
  const base = horizonCost(baselineOf(result), years);
  const mine = horizonCost(rec, years);
  const saving = base.annualRunning - mine.annualRunning;
  if (saving <= 0) return { kind: 'never', extraPerYear: -saving };
  const oneOff = Math.max(0, mine.oneOff.expected - base.oneOff.expected);
  const months = (oneOff / saving) * 12;
  return { kind: 'months', months, savingPerYear: saving, oneOff, withinHorizon: months <= years * 12 };
}

/** Expected total of the single node minus the recommended one's, over the horizon (currency). */
export function netSaving(result: SimulationResult): number {
  return baselineOf(result).horizonTotalCost.mean - recommendedOf(result).horizonTotalCost.mean;
}
