import { triangularQuantile } from './costs';
import type { Finding, PatternId, PatternResult, Recommendation, Remedy, Scenario } from '../types';

/** Each pattern's outage and loss at the confidence level (e.g. its P95), seconds. */
export interface AtConfidence {
  rto: number;
  rpo: number;
  regionRto: number;
  regionRpo: number;
}

type Target = keyof AtConfidence;

const TARGET_FIELDS: Record<Target, 'rtoSeconds' | 'rpoSeconds' | 'regionRtoSeconds' | 'regionRpoSeconds'> = {
  rto: 'rtoSeconds',
  rpo: 'rpoSeconds',
  regionRto: 'regionRtoSeconds',
  regionRpo: 'regionRpoSeconds',
};
const TARGETS = Object.keys(TARGET_FIELDS) as Target[];

/** The lower expected horizon total wins; a tie goes to the lower P95. */
function cheaper(a: PatternResult, b: PatternResult): number {
  return a.horizonTotalCost.mean - b.horizonTotalCost.mean || a.horizonTotalCost.p95 - b.horizonTotalCost.p95;
}

/** What stops a pattern from being feasible. */
function blockers(scenario: Scenario, r: PatternResult, q: AtConfidence): Finding[] {
  const out: Finding[] = [];
  const costs = scenario.costs;
  if (!r.withinBudget) {
    out.push({
      kind: 'over-budget',
      monthly: r.monthlyInfraCost,
      budget: costs.monthlyBudget,
      overBudgetProbability: r.overBudgetProbability,
      tolerance: costs.overBudgetTolerance,
    });
  }
  const confidence = scenario.targets.confidence;
  for (const target of TARGETS) {
    const share = r.meetsTargets[target];
    if (share >= confidence) continue;
    out.push({
      kind: 'misses-target',
      target,
      atConfidence: q[target],
      targetValue: scenario.targets[TARGET_FIELDS[target]],
      share,
      confidence,
    });
  }
  return out;
}

/** What change of inputs would make this pattern feasible. */
function remedies(scenario: Scenario, r: PatternResult, q: AtConfidence): Remedy[] {
  const out: Remedy[] = [];
  const { monthlyBudget, overBudgetTolerance } = scenario.costs;
  if (!r.withinBudget) {
    // The budget at which the chance of exceeding it is the tolerance: the (1 − tolerance) quantile.
    const budget = triangularQuantile(r.monthlyInfraCost, 1 - overBudgetTolerance);
    out.push({ kind: 'raise-budget', budget, more: budget - monthlyBudget });
  }
  for (const target of TARGETS) {
    if (r.meetsTargets[target] >= scenario.targets.confidence) continue;
    out.push({ kind: 'accept-target', target, value: q[target] });
  }
  return out;
}

/** The reasons a feasible pattern is recommended. */
function strengths(
  scenario: Scenario,
  r: PatternResult,
  q: AtConfidence,
  runnerUp: PatternResult | undefined,
): Finding[] {
  const t = scenario.targets;
  const years = scenario.horizonYears;
  const gap = runnerUp ? runnerUp.horizonTotalCost.mean - r.horizonTotalCost.mean : 0;
  const noise = runnerUp
    ? 2 * Math.hypot(r.convergence.standardError, runnerUp.convergence.standardError)
    : 0;
  return [
    { kind: 'meets-rto', share: r.meetsTargets.rto, target: t.rtoSeconds, atConfidence: q.rto },
    { kind: 'meets-rpo', share: r.meetsTargets.rpo, target: t.rpoSeconds, atConfidence: q.rpo },
    {
      kind: 'region-within',
      rto: q.regionRto,
      rpo: q.regionRpo,
      rtoTarget: t.regionRtoSeconds,
      rpoTarget: t.regionRpoSeconds,
    },
    {
      kind: 'within-budget',
      monthly: r.monthlyInfraCost,
      budget: scenario.costs.monthlyBudget,
      overBudgetProbability: r.overBudgetProbability,
      tolerance: scenario.costs.overBudgetTolerance,
    },
    {
      kind: 'cheapest',
      horizonYears: years,
      total: r.horizonTotalCost.mean,
      runnerUp: runnerUp?.id ?? null,
      gap,
      tied: runnerUp !== undefined && gap < noise,
    },
    {
      kind: 'availability',
      availability: r.availability,
      downtimeMinutes: r.annualDowntimeMinutes.mean,
    },
  ];
}

export function recommend(
  scenario: Scenario,
  patterns: readonly PatternResult[],
  atConfidence: readonly AtConfidence[],
): Recommendation {
  const q = (id: PatternId): AtConfidence => atConfidence[patterns.findIndex((r) => r.id === id)]!;
  const feasible = patterns.filter((r) => r.feasible).sort(cheaper);
  const years = scenario.horizonYears;

  if (feasible.length > 0) {
    const best = feasible[0]!;
    const others = patterns
      .filter((r) => r.id !== best.id)
      .map((r) => {
        const findings = blockers(scenario, r, q(r.id));
        const extra = r.horizonTotalCost.mean - best.horizonTotalCost.mean;
        if (findings.length === 0 || extra > 0) {
          findings.push(
            extra >= 0
              ? {
                  kind: 'costs-more',
                  extra,
                  total: r.horizonTotalCost.mean,
                  bestTotal: best.horizonTotalCost.mean,
                  horizonYears: years,
                }
              : { kind: 'cheaper-but-infeasible', saving: -extra, horizonYears: years },
          );
        }
        return { pattern: r.id, findings };
      });
    return {
      pattern: best.id,
      feasible: true,
      findings: strengths(scenario, best, q(best.id), feasible[1]),
      others,
      remedies: [],
    };
  }

  // Nothing is feasible: name the closest pattern (fewest blockers, then cheapest) and what blocks it.
  const ranked = [...patterns].sort(
    (a, b) => blockers(scenario, a, q(a.id)).length - blockers(scenario, b, q(b.id)).length || cheaper(a, b),
  );
  const closest = ranked[0]!;
  return {
    pattern: closest.id,
    feasible: false,
    findings: blockers(scenario, closest, q(closest.id)),
    others: patterns
      .filter((r) => r.id !== closest.id)
      .map((r) => ({ pattern: r.id, findings: blockers(scenario, r, q(r.id)) })),
    remedies: remedies(scenario, closest, q(closest.id)),
  };
}
