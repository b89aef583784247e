import { patternName } from '../patterns';
import type { CurvePoint, PatternResult, PhaseId, Scenario, SimulationResult, Stats } from '../types';
import { ORDINARY_SCOPES, PATTERN_IDS, PHASE_IDS, SCOPE_IDS } from '../types';
import { breakEvens } from './breakEven';
import { patternEconomics } from './costs';
import { cdfPoints, histogramView, quantile, type HistogramView } from './histogram';
import { recommend, type AtConfidence } from './recommend';
import { resampleTotals } from './resample';
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
  type PartialRun,
} from './runBlocks';
import { readTotals, type PatternTotals, type ScopeTotals } from './sums';

/** Minutes in a year of 365.25 days: 99.99% availability leaves 52.6 minutes of downtime. */
export const MINUTES_PER_YEAR = 365.25 * 24 * 60;
/** A run is converged when the 95% interval of each expected horizon total is within ±1% of it. */
export const CONVERGENCE_TOLERANCE = 0.01;
const Z975 = 1.959963984540054;

/**
 * Expected annual figures by the compound-Poisson identity: incidents of scope s arrive at rate λ_s, so
 * E[annual X] = Σ_s λ_s · E[X per incident of s], estimated from the simulated incidents of each scope.
 * This removes the noise of the yearly incident counts: rare, costly scopes (a region) no longer need
 * millions of years to pin down the mean. An incident's money is c·r/60 + d·q (r outage seconds, q seconds
 * of data lost, c the downtime cost per minute, d the data-loss cost per second); the standard error of
 * the annual loss is √(Σ_s λ_s² · Var_s / n_s), Var_s the sample variance of that money.
 */
export function expectedAnnual(totals: PatternTotals, scenario: Scenario) {
  const c = scenario.business.downtimeCostPerMinute / 60;
  const d = scenario.business.dataLossCostPerSecond;
  let downtimeMinutes = 0;
  let lostSeconds = 0;
  let variance = 0;
  let resolved = true;
  for (const scope of SCOPE_IDS) {
    const rate = scenario.failureRates[scope];
    const t: ScopeTotals = totals.scopes[scope];
    const n = t.incidents;
    if (n === 0) {
      // A scope with a rate but no simulated incident cannot be estimated: say so rather than guess.
      if (rate > 0) resolved = false;
      continue;
    }
    downtimeMinutes += (rate * t.outageSeconds) / n / 60;
    lostSeconds += (rate * t.lostSeconds) / n;
    const mean = (c * t.outageSeconds + d * t.lostSeconds) / n;
    const squares = c * c * t.outageSquares + 2 * c * d * t.outageTimesLost + d * d * t.lostSquares;
    const v = n > 1 ? Math.max(0, (squares - n * mean * mean) / (n - 1)) : mean * mean;
    variance += (rate * rate * v) / n;
  }
  const loss = downtimeMinutes * scenario.business.downtimeCostPerMinute + lostSeconds * d;
  return { downtimeMinutes, lostSeconds, loss, standardError: Math.sqrt(variance), resolved };
}

function stats(mean: number, hist: HistogramView): Stats {
  return { mean, p50: quantile(hist, 0.5), p95: quantile(hist, 0.95), p99: quantile(hist, 0.99) };
}

const ratio = (ok: number, n: number): number => (n > 0 ? ok / n : 1);

/** Sums of some scopes of one architecture. */
function sumOf(totals: PatternTotals, scopes: readonly (typeof SCOPE_IDS)[number][]): ScopeTotals {
  const out: ScopeTotals = {
    incidents: 0,
    outageSeconds: 0,
    outageSquares: 0,
    lostSeconds: 0,
    lostSquares: 0,
    outageTimesLost: 0,
    rtoMet: 0,
    rpoMet: 0,
    automated: 0,
    manual: 0,
    returned: 0,
  };
  for (const scope of scopes) {
    const t = totals.scopes[scope];
    for (const key of Object.keys(out) as (keyof ScopeTotals)[]) out[key] += t[key];
  }
  return out;
}

/** Turn a complete run of the kernel into the numbers every view shows. */
export function summarize(scenario: Scenario, run: PartialRun): SimulationResult {
  const n = scenario.simulation.trials;
  const expected = blockCount(n);
  if (run.trials !== n || run.seed !== scenario.simulation.seed) {
    throw new Error('summarize: the run does not belong to this scenario (trials or seed differ)');
  }
  if (run.blocks.length !== expected || run.blocks.some((b, i) => b !== i)) {
    throw new Error(`summarize: the run covers ${run.blocks.length} of ${expected} blocks`);
  }
  return summarizeTotals(scenario, readTotals(run.blockSums, run.blocks.length), run.histograms);
}

/** The numbers every view shows, from the named totals and the histograms of a whole run. */
export function summarizeTotals(
  scenario: Scenario,
  totals: readonly PatternTotals[],
  histograms: Float64Array,
): SimulationResult {
  const n = scenario.simulation.trials;
  const years = scenario.horizonYears;
  const business = scenario.business;
  // Each pattern's histograms, scanned once for their occupied bins.
  const views = PATTERN_IDS.map((_, p) =>
    Array.from({ length: HISTOGRAMS }, (_, k) => histogramView(histograms, histogramOffset(p, k))),
  );

  const patterns = PATTERN_IDS.map((id, p): PatternResult => {
    const t = totals[p]!;
    const v = views[p]!;
    const econ = patternEconomics(scenario, id);
    const ordinary = sumOf(t, ORDINARY_SCOPES);
    const region = t.scopes.region;
    const all = sumOf(t, SCOPE_IDS);
    const annual = expectedAnnual(t, scenario);
    const infrastructure = 12 * econ.monthly.expected;
    const maintenanceMinutes = econ.maintenanceMinutesPerYear;
    const maintenance = maintenanceMinutes * business.downtimeCostPerMinute * business.plannedWindowFactor;
    const annualMean = infrastructure + maintenance + annual.loss;
    const horizonMean = econ.oneOff.expected + years * annualMean;
    // Infrastructure, maintenance and one-off enter as their expectations: only the losses are simulated.
    const se = years * annual.standardError;
    const spread = resampleTotals(scenario.simulation.seed, p, n, {
      loss: v[H_LOSS]!,
      monthly: econ.monthly,
      oneOff: econ.oneOff,
      maintenanceCost: maintenance,
      horizonYears: years,
    });
    const phases = Object.fromEntries(
      PHASE_IDS.map((phase) => [
        phase,
        ordinary.incidents > 0 ? t.phaseSeconds[phase] / ordinary.incidents : 0,
      ]),
    ) as Record<PhaseId, number>;
    const lossCurve: CurvePoint[] = cdfPoints(v[H_LOSS]!).map(({ x, p: q }) => ({ x, p: 1 - q }));
    const withinBudget = econ.overBudgetProbability <= scenario.costs.overBudgetTolerance;

    return {
      id,
      name: patternName(id),
      monthlyInfraCost: econ.monthly,
      overBudgetProbability: econ.overBudgetProbability,
      oneOffCost: econ.oneOff,
      incidentsPerYear: all.incidents / n,
      incidentRtoSeconds: stats(
        ordinary.incidents > 0 ? ordinary.outageSeconds / ordinary.incidents : 0,
        v[H_RTO_ORD]!,
      ),
      incidentRpoSeconds: stats(
        ordinary.incidents > 0 ? ordinary.lostSeconds / ordinary.incidents : 0,
        v[H_RPO_ORD]!,
      ),
      regionRtoSeconds: stats(
        region.incidents > 0 ? region.outageSeconds / region.incidents : 0,
        v[H_RTO_REG]!,
      ),
      regionRpoSeconds: stats(
        region.incidents > 0 ? region.lostSeconds / region.incidents : 0,
        v[H_RPO_REG]!,
      ),
      regionRecovery:
        region.incidents > 0
          ? {
              returned: region.returned / region.incidents,
              elsewhere: (region.incidents - region.returned) / region.incidents,
            }
          : { returned: null, elsewhere: null },
      annualDowntimeMinutes: stats(annual.downtimeMinutes, v[H_DOWNTIME]!),
      annualLoss: stats(annual.loss, v[H_LOSS]!),
      annualTotalCost: { mean: annualMean, ...spread.annual },
      horizonTotalCost: { mean: horizonMean, ...spread.horizon },
      annualCostBreakdown: {
        infrastructure,
        maintenance,
        downtime: annual.downtimeMinutes * business.downtimeCostPerMinute,
        dataLoss: annual.lostSeconds * business.dataLossCostPerSecond,
      },
      maintenanceMinutesPerYear: maintenanceMinutes,
      availability: Math.max(0, 1 - annual.downtimeMinutes / MINUTES_PER_YEAR),
      availabilityWithMaintenance: Math.max(
        0,
        1 - (annual.downtimeMinutes + maintenanceMinutes) / MINUTES_PER_YEAR,
      ),
      meetsTargets: {
        rto: ratio(ordinary.rtoMet, ordinary.incidents),
        rpo: ratio(ordinary.rpoMet, ordinary.incidents),
        regionRto: ratio(region.rtoMet, region.incidents),
        regionRpo: ratio(region.rpoMet, region.incidents),
      },
      withinBudget,
      feasible: false, // decided below, from the targets and the budget
      phaseMeansSeconds: phases,
      manualPathShare: all.automated > 0 ? all.manual / all.automated : 0,
      convergence: {
        standardError: se,
        low: horizonMean - Z975 * se,
        high: horizonMean + Z975 * se,
        converged: annual.resolved && Z975 * se <= CONVERGENCE_TOLERANCE * horizonMean,
      },
      curves: {
        rto: cdfPoints(v[H_RTO_ORD]!),
        rpo: cdfPoints(v[H_RPO_ORD]!),
        lossExceedance: lossCurve,
      },
    };
  });

  const c = scenario.targets.confidence;
  for (const r of patterns) {
    const m = r.meetsTargets;
    r.feasible = r.withinBudget && m.rto >= c && m.rpo >= c && m.regionRto >= c && m.regionRpo >= c;
  }
  const quantiles: AtConfidence[] = PATTERN_IDS.map((_, p) => ({
    rto: quantile(views[p]![H_RTO_ORD]!, c),
    rpo: quantile(views[p]![H_RPO_ORD]!, c),
    regionRto: quantile(views[p]![H_RTO_REG]!, c),
    regionRpo: quantile(views[p]![H_RPO_REG]!, c),
  }));

  return {
    schemaVersion: 2,
    scenario: scenario.name,
    trials: n,
    seed: scenario.simulation.seed,
    benchmarkSet: scenario.benchmarkSet,
    horizonYears: years,
    converged: patterns.every((r) => r.convergence.converged),
    recommendation: recommend(scenario, patterns, quantiles),
    patterns,
    breakEven: breakEvens(patterns, years, business.plannedWindowFactor),
  };
}
