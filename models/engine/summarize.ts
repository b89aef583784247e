import { benchmarkSet } from '../catalogue/index';
import { patternName } from '../text';
import type { CurvePoint, PatternResult, PhaseId, Scenario, SimulationResult, Stats } from '../types';
import { PATTERN_IDS, PHASE_IDS, SCOPE_IDS } from '../types';
import { breakEvens } from './breakEven';
import { cdfPoints, histogramView, quantile, type HistogramView } from './histogram';
import { recommend } from './recommend';
import {
  blockCount,
  H_DOWNTIME,
  H_LOSS,
  H_RPO_ORD,
  H_RPO_REG,
  H_RTO_ORD,
  H_RTO_REG,
  histogramOffset,
  HISTOGRAMS,
  S_COVERED,
  S_SCOPE,
  SCOPE_SUMS,
  S_MANUAL,
  S_N_ORD,
  S_N_REG,
  S_PHASE,
  S_RPO_ORD,
  S_RPO_ORD_OK,
  S_RPO_REG,
  S_RPO_REG_OK,
  S_RTO_ORD,
  S_RTO_ORD_OK,
  S_RTO_REG,
  S_RTO_REG_OK,
  STRIDE,
  type PartialRun,
} from './runBlocks';

/** Minutes in a year of 365.25 days: 99.99% availability leaves 52.6 minutes of downtime. */
export const MINUTES_PER_YEAR = 365.25 * 24 * 60;
/** A run is converged when the 95% interval of each expected annual total is within ±1% of it. */
export const CONVERGENCE_TOLERANCE = 0.01;
const Z975 = 1.959963984540054;

/** Sum the per-block sums in block order (the fixed order is what makes results reproducible). */
function totals(run: PartialRun): Float64Array[] {
  const perBlock = PATTERN_IDS.length * STRIDE;
  return PATTERN_IDS.map((_, p) => {
    const t = new Float64Array(STRIDE);
    for (let b = 0; b < run.blocks.length; b++) {
      const o = b * perBlock + p * STRIDE;
      for (let k = 0; k < STRIDE; k++) t[k] = t[k]! + run.blockSums[o + k]!;
    }
    return t;
  });
}

/**
 * Expected annual figures by the compound-Poisson identity: incidents of scope s arrive at rate λ_s, so
 * E[annual X] = Σ_s λ_s · E[X per incident of s], estimated from the simulated incidents of each scope.
 * This removes the noise of the yearly incident counts: rare, costly scopes (a region) no longer need
 * millions of years to pin down the mean. Its standard error is √(Σ_s λ_s² · Var_s / n_s).
 */
function expectedAnnual(t: Float64Array, scenario: Scenario) {
  let downtimeMinutes = 0;
  let lostSeconds = 0;
  let loss = 0;
  let variance = 0;
  let resolved = true;
  SCOPE_IDS.forEach((scope, s) => {
    const rate = scenario.failureRates[scope];
    const o = S_SCOPE + s * SCOPE_SUMS;
    const n = t[o]!;
    if (n === 0) {
      // A scope with a rate but no simulated incident cannot be estimated: say so rather than guess.
      if (rate > 0) resolved = false;
      return;
    }
    const mean = t[o + 3]! / n;
    downtimeMinutes += (rate * t[o + 1]!) / n / 60;
    lostSeconds += (rate * t[o + 2]!) / n;
    loss += rate * mean;
    const v = n > 1 ? Math.max(0, (t[o + 4]! - n * mean * mean) / (n - 1)) : mean * mean;
    variance += (rate * rate * v) / n;
  });
  return { downtimeMinutes, lostSeconds, loss, standardError: Math.sqrt(variance), resolved };
}

function stats(mean: number, hist: HistogramView, shift = 0): Stats {
  return {
    mean: mean + shift,
    p50: quantile(hist, 0.5) + shift,
    p95: quantile(hist, 0.95) + shift,
    p99: quantile(hist, 0.99) + shift,
  };
}

const ratio = (ok: number, n: number): number => (n > 0 ? ok / n : 1);

/** Turn a complete run into the numbers every view shows. */
export function summarize(scenario: Scenario, run: PartialRun): SimulationResult {
  const n = scenario.simulation.trials;
  const expected = blockCount(n);
  if (run.trials !== n || run.seed !== scenario.simulation.seed) {
    throw new Error('summarize: the run does not belong to this scenario (trials or seed differ)');
  }
  if (run.blocks.length !== expected || run.blocks.some((b, i) => b !== i)) {
    throw new Error(`summarize: the run covers ${run.blocks.length} of ${expected} blocks`);
  }
  const set = benchmarkSet(scenario.benchmarkSet);
  const sums = totals(run);
  // Each pattern's histograms, scanned once for their occupied bins.
  const views = PATTERN_IDS.map((_, p) =>
    Array.from({ length: HISTOGRAMS }, (_, k) => histogramView(run.histograms, histogramOffset(p, k))),
  );

  const patterns = PATTERN_IDS.map((id, p): PatternResult => {
    const t = sums[p]!;
    const multiplier = set.costMultiplier[id];
    const base = scenario.costs.baselineMonthlyCost;
    const monthly = {
      low: base * multiplier.low,
      expected: base * multiplier.expected,
      high: base * multiplier.high,
    };
    const infraYear = 12 * monthly.expected;
    const nOrd = t[S_N_ORD]!;
    const nReg = t[S_N_REG]!;
    const incidents = nOrd + nReg;
    const annual = expectedAnnual(t, scenario);
    const lossMean = annual.loss;
    const se = annual.standardError;
    const totalMean = infraYear + lossMean;
    const downtimeMean = annual.downtimeMinutes;
    const downtimeCost = downtimeMean * scenario.business.downtimeCostPerMinute;
    const phases = Object.fromEntries(
      PHASE_IDS.map((phase, i) => [phase, incidents > 0 ? t[S_PHASE + i]! / incidents : 0]),
    ) as Record<PhaseId, number>;
    const lossCurve: CurvePoint[] = cdfPoints(views[p]![H_LOSS]!).map(({ x, p: q }) => ({
      x,
      p: 1 - q,
    }));

    return {
      id,
      name: patternName(id),
      monthlyInfraCost: monthly,
      incidentsPerYear: incidents / n,
      incidentRtoSeconds: stats(nOrd > 0 ? t[S_RTO_ORD]! / nOrd : 0, views[p]![H_RTO_ORD]!),
      incidentRpoSeconds: stats(nOrd > 0 ? t[S_RPO_ORD]! / nOrd : 0, views[p]![H_RPO_ORD]!),
      regionRtoSeconds: stats(nReg > 0 ? t[S_RTO_REG]! / nReg : 0, views[p]![H_RTO_REG]!),
      regionRpoSeconds: stats(nReg > 0 ? t[S_RPO_REG]! / nReg : 0, views[p]![H_RPO_REG]!),
      annualDowntimeMinutes: stats(downtimeMean, views[p]![H_DOWNTIME]!),
      annualLoss: stats(lossMean, views[p]![H_LOSS]!),
      annualTotalCost: stats(lossMean, views[p]![H_LOSS]!, infraYear),
      annualCostBreakdown: {
        infrastructure: infraYear,
        downtime: downtimeCost,
        dataLoss: annual.lostSeconds * scenario.business.dataLossCostPerSecond,
      },
      availability: Math.max(0, 1 - downtimeMean / MINUTES_PER_YEAR),
      meetsTargets: {
        rto: ratio(t[S_RTO_ORD_OK]!, nOrd),
        rpo: ratio(t[S_RPO_ORD_OK]!, nOrd),
        regionRto: ratio(t[S_RTO_REG_OK]!, nReg),
        regionRpo: ratio(t[S_RPO_REG_OK]!, nReg),
      },
      withinBudget: monthly.expected <= scenario.costs.monthlyBudget,
      feasible: false, // decided below, from the targets and the budget
      phaseMeansSeconds: phases,
      manualPathShare: t[S_COVERED]! > 0 ? t[S_MANUAL]! / t[S_COVERED]! : 0,
      convergence: {
        standardError: se,
        low: totalMean - Z975 * se,
        high: totalMean + Z975 * se,
        converged: annual.resolved && Z975 * se <= CONVERGENCE_TOLERANCE * totalMean,
      },
      curves: {
        rto: cdfPoints(views[p]![H_RTO_ORD]!),
        rpo: cdfPoints(views[p]![H_RPO_ORD]!),
        lossExceedance: lossCurve,
      },
    };
  });

  const c = scenario.targets.confidence;
  for (const r of patterns) {
    const m = r.meetsTargets;
    r.feasible = r.withinBudget && m.rto >= c && m.rpo >= c && m.regionRto >= c && m.regionRpo >= c;
  }
  const quantiles = PATTERN_IDS.map((_, p) => ({
    rto: quantile(views[p]![H_RTO_ORD]!, c),
    rpo: quantile(views[p]![H_RPO_ORD]!, c),
    regionRto: quantile(views[p]![H_RTO_REG]!, c),
    regionRpo: quantile(views[p]![H_RPO_REG]!, c),
  }));

  return {
    schemaVersion: 1,
    scenario: scenario.name,
    trials: n,
    seed: scenario.simulation.seed,
    benchmarkSet: scenario.benchmarkSet,
    converged: patterns.every((r) => r.convergence.converged),
    recommendation: recommend(scenario, patterns, quantiles),
    patterns,
    breakEven: breakEvens(patterns),
  };
}
