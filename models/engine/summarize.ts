import { patternName } from '../patterns';
import type {
  CurvePoint,
  PatternResult,
  PhaseId,
  Scenario,
  ScopeId,
  ScopeResult,
  SimulationResult,
  Stats,
} from '../types';
import { ORDINARY_SCOPES, PATTERN_IDS, PHASE_IDS, SCOPE_IDS } from '../types';
import { breakEvens, type LineNoise } from './breakEven';
import { patternEconomics } from './costs';
import {
  cdfPoints,
  exceedance,
  HISTOGRAM_BINS,
  histogramView,
  quantile,
  type HistogramView,
} from './histogram';
import { recommend, type AtConfidence } from './recommend';
import { resampleTotals } from './resample';
import { blockCount, H_DOWNTIME, H_LOSS, H_RPO, H_RTO, histogramOffset, type PartialRun } from './runBlocks';
import { sloResult, windowYears } from './slo';
import { emptyScopeTotals, readTotals, type PatternTotals, type ScopeTotals } from './sums';

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
 * the annual loss is √(Σ_s λ_s² · Var_s / n_s), Var_s the sample variance of that money. The variances of
 * the two estimated means (downtime minutes, seconds lost) and their covariance are kept apart too, for the
 * break-even's noise.
 */
export function expectedAnnual(totals: PatternTotals, scenario: Scenario) {
  const c = scenario.business.downtimeCostPerMinute / 60;
  const d = scenario.business.dataLossCostPerSecond;
  let downtimeMinutes = 0;
  let lostSeconds = 0;
  let variance = 0;
  const noise: LineNoise = { downtime: 0, lost: 0, covariance: 0 };
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
    // Sample (co)variances per incident: outage r in seconds, data lost q in seconds.
    const mr = t.outageSeconds / n;
    const mq = t.lostSeconds / n;
    const vr = n > 1 ? Math.max(0, (t.outageSquares - n * mr * mr) / (n - 1)) : mr * mr;
    const vq = n > 1 ? Math.max(0, (t.lostSquares - n * mq * mq) / (n - 1)) : mq * mq;
    const crq = n > 1 ? (t.outageTimesLost - n * mr * mq) / (n - 1) : mr * mq;
    const w = (rate * rate) / n;
    variance += w * Math.max(0, c * c * vr + 2 * c * d * crq + d * d * vq);
    noise.downtime += (w * vr) / 3600;
    noise.lost += w * vq;
    noise.covariance += (w * crq) / 60;
  }
  const loss = downtimeMinutes * scenario.business.downtimeCostPerMinute + lostSeconds * d;
  return { downtimeMinutes, lostSeconds, loss, standardError: Math.sqrt(variance), noise, resolved };
}

function stats(mean: number, hist: HistogramView): Stats {
  return { mean, p50: quantile(hist, 0.5), p95: quantile(hist, 0.95), p99: quantile(hist, 0.99) };
}

/** The share of n that met a target; 1 when there was nothing to meet. */
export const ratio = (ok: number, n: number): number => (n > 0 ? ok / n : 1);

/** Sums of some scopes of one architecture. */
export function sumOf(totals: PatternTotals, scopes: readonly (typeof SCOPE_IDS)[number][]): ScopeTotals {
  const out = emptyScopeTotals();
  for (const scope of scopes) {
    const t = totals.scopes[scope];
    for (const key of Object.keys(out) as (keyof ScopeTotals)[]) out[key] += t[key];
  }
  return out;
}

/** Check that a run covers every block of the scenario's trials, with its seed. */
function checkWhole(scenario: Scenario, run: PartialRun, what: string): void {
  const n = scenario.simulation.trials;
  const expected = blockCount(n);
  if (run.trials !== n || run.seed !== scenario.simulation.seed) {
    throw new Error(`summarize: the ${what} does not belong to this scenario (trials or seed differ)`);
  }
  if (run.blocks.length !== expected || run.blocks.some((b, i) => b !== i)) {
    throw new Error(`summarize: the ${what} covers ${run.blocks.length} of ${expected} blocks`);
  }
}

/**
 * Turn a complete run of the kernel into the numbers every view shows. `windows`, a complete run of
 * `windowScenario(scenario)`, gives the availability objective's window-by-window figures; without it
 * they are left out (null).
 */
export function summarize(scenario: Scenario, run: PartialRun, windows?: PartialRun): SimulationResult {
  checkWhole(scenario, run, 'run');
  if (windows) checkWhole(scenario, windows, 'window run');
  return summarizeTotals(
    scenario,
    readTotals(run.blockSums, run.blocks.length),
    run.histograms,
    windows?.histograms,
  );
}

/** One histogram holding the counts of several (each HISTOGRAM_BINS long, at the given offsets). */
function merged(histograms: Float64Array, offsets: readonly number[]): HistogramView {
  const sum = new Float64Array(HISTOGRAM_BINS);
  for (const offset of offsets) {
    const view = histogramView(histograms, offset);
    for (let i = view.lo; i < view.hi; i++) sum[i] = sum[i]! + histograms[offset + i]!;
  }
  return histogramView(sum, 0);
}

/** One architecture's histograms, by what they hold. */
export interface Views {
  rto: Record<ScopeId, HistogramView>;
  rpo: Record<ScopeId, HistogramView>;
  /** Ordinary scopes together (node, storage, network, zone). */
  ordinaryRto: HistogramView;
  ordinaryRpo: HistogramView;
  downtime: HistogramView;
  loss: HistogramView;
}

export function viewsOf(histograms: Float64Array, p: number): Views {
  const byScope = (first: number) =>
    Object.fromEntries(
      SCOPE_IDS.map((scope, s) => [scope, histogramView(histograms, histogramOffset(p, first + s))]),
    ) as Record<ScopeId, HistogramView>;
  const ordinary = (first: number) =>
    merged(
      histograms,
      ORDINARY_SCOPES.map((scope) => histogramOffset(p, first + SCOPE_IDS.indexOf(scope))),
    );
  return {
    rto: byScope(H_RTO),
    rpo: byScope(H_RPO),
    ordinaryRto: ordinary(H_RTO),
    ordinaryRpo: ordinary(H_RPO),
    downtime: histogramView(histograms, histogramOffset(p, H_DOWNTIME)),
    loss: histogramView(histograms, histogramOffset(p, H_LOSS)),
  };
}

/** Seconds in an hour: the tail counts incidents of an hour or more (3,600 s is a histogram bin edge). */
const ONE_HOUR = 3600;

/** The numbers every view shows, from the named totals and the histograms of a whole run. */
export function summarizeTotals(
  scenario: Scenario,
  totals: readonly PatternTotals[],
  histograms: Float64Array,
  windowHistograms?: Float64Array,
): SimulationResult {
  const n = scenario.simulation.trials;
  const years = scenario.horizonYears;
  const business = scenario.business;
  // Each pattern's histograms, scanned once for their occupied bins.
  const views = PATTERN_IDS.map((_, p) => viewsOf(histograms, p));
  const noises: LineNoise[] = [];

  const patterns = PATTERN_IDS.map((id, p): PatternResult => {
    const t = totals[p]!;
    const v = views[p]!;
    const econ = patternEconomics(scenario, id);
    const ordinary = sumOf(t, ORDINARY_SCOPES);
    const region = t.scopes.region;
    const all = sumOf(t, SCOPE_IDS);
    const annual = expectedAnnual(t, scenario);
    noises.push(annual.noise);
    const infrastructure = 12 * econ.monthly.expected;
    const maintenanceMinutes = econ.maintenanceMinutesPerYear;
    const maintenance = maintenanceMinutes * business.downtimeCostPerMinute * business.plannedWindowFactor;
    const annualMean = infrastructure + maintenance + annual.loss;
    const horizonMean = econ.oneOff.expected + years * annualMean;
    // Infrastructure, maintenance and one-off enter as their expectations: only the losses are simulated.
    const se = years * annual.standardError;
    const spread = resampleTotals(scenario.simulation.seed, p, n, {
      loss: v.loss,
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
    const lossCurve: CurvePoint[] = cdfPoints(v.loss).map(({ x, p: q }) => ({ x, p: 1 - q }));
    const withinBudget = econ.overBudgetProbability <= scenario.costs.overBudgetTolerance;
    const perScope = Object.fromEntries(
      SCOPE_IDS.map((scope): [ScopeId, ScopeResult] => {
        const s = t.scopes[scope];
        return [
          scope,
          {
            incidentsPerYear: s.incidents / n,
            outageSeconds: stats(s.incidents > 0 ? s.outageSeconds / s.incidents : 0, v.rto[scope]),
            lostSeconds: stats(s.incidents > 0 ? s.lostSeconds / s.incidents : 0, v.rpo[scope]),
            meetsRto: ratio(s.rtoMet, s.incidents),
            meetsRpo: ratio(s.rpoMet, s.incidents),
            manualShare: s.automated > 0 ? s.manual / s.automated : 0,
          },
        ];
      }),
    ) as Record<ScopeId, ScopeResult>;
    const overOneHour = SCOPE_IDS.reduce(
      (sum, scope) => sum + exceedance(v.rto[scope], ONE_HOUR) * v.rto[scope].total,
      0,
    );
    const windows = windowHistograms ? histogramView(windowHistograms, histogramOffset(p, H_DOWNTIME)) : null;

    return {
      id,
      name: patternName(id),
      monthlyInfraCost: econ.monthly,
      overBudgetProbability: econ.overBudgetProbability,
      oneOffCost: econ.oneOff,
      incidentsPerYear: all.incidents / n,
      incidentRtoSeconds: stats(
        ordinary.incidents > 0 ? ordinary.outageSeconds / ordinary.incidents : 0,
        v.ordinaryRto,
      ),
      incidentRpoSeconds: stats(
        ordinary.incidents > 0 ? ordinary.lostSeconds / ordinary.incidents : 0,
        v.ordinaryRpo,
      ),
      regionRtoSeconds: perScope.region.outageSeconds,
      regionRpoSeconds: perScope.region.lostSeconds,
      regionRecovery:
        region.incidents > 0
          ? {
              returned: region.returned / region.incidents,
              elsewhere: (region.incidents - region.returned) / region.incidents,
            }
          : { returned: null, elsewhere: null },
      annualDowntimeMinutes: stats(annual.downtimeMinutes, v.downtime),
      annualLoss: stats(annual.loss, v.loss),
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
        rto: cdfPoints(v.ordinaryRto),
        rpo: cdfPoints(v.ordinaryRpo),
        lossExceedance: lossCurve,
      },
      perScope,
      slo: windows
        ? sloResult(
            scenario.slo,
            windows,
            annual.downtimeMinutes * windowYears(scenario.slo.window),
            maintenanceMinutes,
          )
        : null,
      tail: {
        lossExceedsTolerance: exceedance(v.loss, business.riskTolerance),
        shareOverRto: 1 - ratio(ordinary.rtoMet, ordinary.incidents),
        shareOverOneHour: all.incidents > 0 ? overOneHour / all.incidents : 0,
      },
    };
  });

  const c = scenario.targets.confidence;
  for (const r of patterns) {
    const m = r.meetsTargets;
    r.feasible = r.withinBudget && m.rto >= c && m.rpo >= c && m.regionRto >= c && m.regionRpo >= c;
  }
  const quantiles: AtConfidence[] = views.map((v) => ({
    rto: quantile(v.ordinaryRto, c),
    rpo: quantile(v.ordinaryRpo, c),
    regionRto: quantile(v.rto.region, c),
    regionRpo: quantile(v.rpo.region, c),
  }));

  return {
    // 4: the JSON report may carry the calibration from a drill log (src/report/json.ts).
    schemaVersion: 4,
    scenario: scenario.name,
    trials: n,
    seed: scenario.simulation.seed,
    benchmarkSet: scenario.benchmarkSet,
    horizonYears: years,
    converged: patterns.every((r) => r.convergence.converged),
    recommendation: recommend(scenario, patterns, quantiles),
    patterns,
    breakEven: breakEvens(
      patterns,
      noises,
      years,
      business.plannedWindowFactor,
      business.dataLossCostPerSecond,
    ),
    slo: scenario.slo,
    riskTolerance: business.riskTolerance,
  };
}
