import type { BreakEven, PatternResult } from '../types';

/**
 * Expected annual total is linear in the downtime cost c (currency per minute):
 *   total(c) = infrastructure + data-loss cost + c × expected downtime minutes,
 * so two patterns' lines cross at exactly one c, computed from the simulated means.
 */
export function breakEvenCost(a: PatternResult, b: PatternResult): number | null {
  const fixedA = a.annualCostBreakdown.infrastructure + a.annualCostBreakdown.dataLoss;
  const fixedB = b.annualCostBreakdown.infrastructure + b.annualCostBreakdown.dataLoss;
  const slopeA = a.annualDowntimeMinutes.mean;
  const slopeB = b.annualDowntimeMinutes.mean;
  if (slopeA === slopeB) return null; // parallel lines
  const c = (fixedB - fixedA) / (slopeA - slopeB);
  return Number.isFinite(c) && c >= 0 ? c : null; // a crossing at a negative cost never happens
}

/** The line of one pattern at downtime cost c: its expected annual total (currency per year). */
export function totalAtDowntimeCost(r: PatternResult, c: number): number {
  return (
    r.annualCostBreakdown.infrastructure + r.annualCostBreakdown.dataLoss + c * r.annualDowntimeMinutes.mean
  );
}

export function breakEvens(patterns: readonly PatternResult[]): BreakEven[] {
  const out: BreakEven[] = [];
  for (let i = 0; i < patterns.length; i++) {
    for (let j = i + 1; j < patterns.length; j++) {
      const a = patterns[i]!;
      const b = patterns[j]!;
      out.push({ from: a.id, to: b.id, downtimeCostPerMinute: breakEvenCost(a, b) });
    }
  }
  return out;
}
