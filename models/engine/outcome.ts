/**
 * The decision alone: which architecture a run recommends and why, without the spreads, curves and
 * resampling of a full summary. Reruns of a scenario with one input changed (sensitivity, remedies) need
 * only this, and it costs a fraction of a millisecond where a full summary costs tens.
 *
 * The figures are the full summary's (summarize.ts): expected horizon totals by the compound-Poisson
 * identity, shares of incidents meeting each target, and the quantiles at the confidence level. Only the
 * tie-break differs: with no resampled P95 at hand, equal expected totals keep the architectures' order.
 */
import type { PatternId, Scenario } from '../types';
import { ORDINARY_SCOPES, PATTERN_IDS } from '../types';
import { patternEconomics } from './costs';
import { quantile } from './histogram';
import { blockerCount, choose, type AtConfidence } from './recommend';
import { buildPlan, type DistributionScales } from './plan';
import { blockCount, runBlocks, type PartialRun } from './runBlocks';
import { expectedAnnual, ratio, sumOf, viewsOf } from './summarize';
import { readTotals, type PatternTotals } from './sums';

export interface PatternOutcome {
  id: PatternId;
  /** Expected horizon total: one-off, infrastructure, maintenance and expected losses (currency). */
  horizonTotal: number;
  withinBudget: boolean;
  /** Shares of incidents meeting each target. */
  meets: AtConfidence;
  /** Outage and loss at the confidence level (seconds). */
  atConfidence: AtConfidence;
  feasible: boolean;
  /** Over budget, plus each target missed. */
  blockers: number;
}

export interface Outcome {
  /** The recommended architecture, or the closest when none is feasible. */
  recommended: PatternId;
  feasible: boolean;
  patterns: PatternOutcome[];
}

/** The decision from a run's named totals and histograms. */
export function outcomeFromTotals(
  scenario: Scenario,
  totals: readonly PatternTotals[],
  histograms: Float64Array,
): Outcome {
  const c = scenario.targets.confidence;
  const b = scenario.business;
  const patterns = PATTERN_IDS.map((id, p): PatternOutcome => {
    const t = totals[p]!;
    const v = viewsOf(histograms, p);
    const econ = patternEconomics(scenario, id);
    const ordinary = sumOf(t, ORDINARY_SCOPES);
    const region = t.scopes.region;
    const maintenance = econ.maintenanceMinutesPerYear * b.downtimeCostPerMinute * b.plannedWindowFactor;
    const annual = 12 * econ.monthly.expected + maintenance + expectedAnnual(t, scenario).loss;
    const meets = {
      rto: ratio(ordinary.rtoMet, ordinary.incidents),
      rpo: ratio(ordinary.rpoMet, ordinary.incidents),
      regionRto: ratio(region.rtoMet, region.incidents),
      regionRpo: ratio(region.rpoMet, region.incidents),
    };
    const withinBudget = econ.overBudgetProbability <= scenario.costs.overBudgetTolerance;
    const blockers = blockerCount(withinBudget, meets, c);
    return {
      id,
      horizonTotal: econ.oneOff.expected + scenario.horizonYears * annual,
      withinBudget,
      meets,
      atConfidence: {
        rto: quantile(v.ordinaryRto, c),
        rpo: quantile(v.ordinaryRpo, c),
        regionRto: quantile(v.rto.region, c),
        regionRpo: quantile(v.rpo.region, c),
      },
      feasible: blockers === 0,
      blockers,
    };
  });
  const best =
    patterns[
      choose(
        patterns.map((o) => ({ feasible: o.feasible, blockers: o.blockers, mean: o.horizonTotal, p95: 0 })),
      )
    ]!;
  return { recommended: best.id, feasible: best.feasible, patterns };
}

/** The decision from a complete run of the scenario. */
export function outcomeOf(scenario: Scenario, run: PartialRun): Outcome {
  return outcomeFromTotals(scenario, readTotals(run.blockSums, run.blocks.length), run.histograms);
}

/** Run the scenario (some distributions scaled, for a sensitivity rerun) here and return its decision. */
export function evaluate(scenario: Scenario, scales: DistributionScales = {}): Outcome {
  const blocks = blockCount(scenario.simulation.trials);
  return outcomeOf(scenario, runBlocks(scenario, 0, blocks, undefined, buildPlan(scenario, scales)));
}
