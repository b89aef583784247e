import type { BreakEven, PatternResult } from '../types';

/**
 * The expected horizon total is linear in the downtime cost c (currency per minute):
 *   total(c) = one-off + H × (infrastructure + data-loss cost + c × (downtime minutes + f × maintenance minutes))
 * with f the planned-window factor, so two architectures' lines cross at exactly one c, computed from the
 * simulated means. Per year, the one-off cost counts as one-off / H.
 */
export interface CostLine {
  /** What a year costs whatever the downtime cost (currency per year). */
  fixed: number;
  /** Minutes a year the downtime cost applies to. */
  slope: number;
}

export function costLine(r: PatternResult, years: number, plannedWindowFactor: number): CostLine {
  const b = r.annualCostBreakdown;
  return {
    fixed: r.oneOffCost.expected / years + b.infrastructure + b.dataLoss,
    slope: r.annualDowntimeMinutes.mean + plannedWindowFactor * r.maintenanceMinutesPerYear,
  };
}

/** The downtime cost per minute at which two lines cross; null if they never do at a cost ≥ 0. */
export function crossing(a: CostLine, b: CostLine): number | null {
  if (a.slope === b.slope) return null; // parallel lines
  const c = (b.fixed - a.fixed) / (a.slope - b.slope);
  return Number.isFinite(c) && c >= 0 ? c : null;
}

/** The line of one pattern at downtime cost c: its expected annual total (currency per year). */
export function totalAtDowntimeCost(line: CostLine, c: number): number {
  return line.fixed + c * line.slope;
}

export function breakEvens(
  patterns: readonly PatternResult[],
  years: number,
  plannedWindowFactor: number,
): BreakEven[] {
  const lines = patterns.map((r) => costLine(r, years, plannedWindowFactor));
  const out: BreakEven[] = [];
  for (let i = 0; i < patterns.length; i++) {
    for (let j = i + 1; j < patterns.length; j++) {
      out.push({
        from: patterns[i]!.id,
        to: patterns[j]!.id,
        downtimeCostPerMinute: crossing(lines[i]!, lines[j]!),
      });
    }
  }
  return out;
}
