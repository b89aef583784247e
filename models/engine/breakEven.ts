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

/**
 * The simulation's noise in a line: the variances of the estimated expected downtime (minutes² a year) and
 * data lost (seconds² a year), and their covariance. The line's slope carries the first, its fixed part
 * the second times the data-loss cost.
 */
export interface LineNoise {
  downtime: number;
  lost: number;
  covariance: number;
}

export function costLine(r: PatternResult, years: number, plannedWindowFactor: number): CostLine {
  const b = r.annualCostBreakdown;
  return {
    fixed: r.oneOffCost.expected / years + b.infrastructure + b.dataLoss,
    slope: r.annualDowntimeMinutes.mean + plannedWindowFactor * r.maintenanceMinutesPerYear,
  };
}

/** The line of one pattern at downtime cost c: its expected annual total (currency per year). */
export function totalAtDowntimeCost(line: CostLine, c: number): number {
  return line.fixed + c * line.slope;
}

/** Two-sided 95% normal quantile. */
const Z = 1.959963984540054;

/**
 * The crossing of two lines and whether the simulation resolves it. The difference of the lines is
 * α + c·β (α the difference of the fixed parts, β of the slopes), each estimated with the variances of
 * `LineNoise`, the two architectures' estimates taken as independent (common random numbers make them
 * positively correlated, so this overstates the noise of a difference: a crossing called resolved is).
 * The slopes differ beyond the noise when β² > z²·Var β (z = 1.96); only then is the crossing −α/β
 * reported, with its 95% interval by Fieller's method: the costs c ≥ 0 with
 * (α + cβ)² ≤ z²·(Var α + 2c·Cov(α, β) + c²·Var β).
 */
export function resolveCrossing(
  a: CostLine,
  b: CostLine,
  noiseA: LineNoise,
  noiseB: LineNoise,
  dataLossCostPerSecond: number,
): Pick<BreakEven, 'downtimeCostPerMinute' | 'resolved' | 'interval'> {
  const d = dataLossCostPerSecond;
  const alpha = a.fixed - b.fixed;
  const beta = a.slope - b.slope;
  const varAlpha = d * d * (noiseA.lost + noiseB.lost);
  const varBeta = noiseA.downtime + noiseB.downtime;
  const cov = d * (noiseA.covariance + noiseB.covariance);
  const z2 = Z * Z;
  const resolved = beta !== 0 && beta * beta > z2 * varBeta;
  if (!resolved) return { downtimeCostPerMinute: null, resolved: false, interval: null };
  // Roots of (β² − z²Var β)c² + 2(αβ − z²Cov)c + (α² − z²Var α) = 0; the leading coefficient is positive.
  const qa = beta * beta - z2 * varBeta;
  const qb = alpha * beta - z2 * cov;
  const qc = alpha * alpha - z2 * varAlpha;
  const root = Math.sqrt(Math.max(0, qb * qb - qa * qc));
  const low = (-qb - root) / qa;
  const high = (-qb + root) / qa;
  const c = -alpha / beta;
  return {
    downtimeCostPerMinute: Number.isFinite(c) && c >= 0 ? c : null,
    resolved: true,
    interval: high >= 0 && Number.isFinite(high) ? { low: Math.max(0, low), high } : null,
  };
}

export function breakEvens(
  patterns: readonly PatternResult[],
  noises: readonly LineNoise[],
  years: number,
  plannedWindowFactor: number,
  dataLossCostPerSecond: number,
): BreakEven[] {
  const lines = patterns.map((r) => costLine(r, years, plannedWindowFactor));
  const out: BreakEven[] = [];
  for (let i = 0; i < patterns.length; i++) {
    for (let j = i + 1; j < patterns.length; j++) {
      out.push({
        from: patterns[i]!.id,
        to: patterns[j]!.id,
        ...resolveCrossing(lines[i]!, lines[j]!, noises[i]!, noises[j]!, dataLossCostPerSecond),
      });
    }
  }
  return out;
}
