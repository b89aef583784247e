import { duration, money, patternName, percent } from '../text';
import type { PatternId, PatternResult, Recommendation, Scenario } from '../types';

/** Each pattern's outage and loss at the confidence level (e.g. its P95), seconds. */
export interface AtConfidence {
  rto: number;
  rpo: number;
  regionRto: number;
  regionRpo: number;
}

type Target = keyof AtConfidence;

const TARGETS: {
  key: Target;
  field: 'rtoSeconds' | 'rpoSeconds' | 'regionRtoSeconds' | 'regionRpoSeconds';
  what: string;
}[] = [
  { key: 'rto', field: 'rtoSeconds', what: 'RTO' },
  { key: 'rpo', field: 'rpoSeconds', what: 'RPO' },
  { key: 'regionRto', field: 'regionRtoSeconds', what: 'regional-disaster RTO' },
  { key: 'regionRpo', field: 'regionRpoSeconds', what: 'regional-disaster RPO' },
];

/** The lower expected annual total wins; a tie goes to the lower P95 (model.md §7). */
function cheaper(a: PatternResult, b: PatternResult): number {
  return a.annualTotalCost.mean - b.annualTotalCost.mean || a.annualTotalCost.p95 - b.annualTotalCost.p95;
}

/** What stops a pattern from being feasible, as sentences with numbers. */
function blockers(scenario: Scenario, r: PatternResult, q: AtConfidence): string[] {
  const cur = scenario.currency;
  const c = scenario.targets.confidence;
  const pq = `P${percentLabel(c)}`;
  const out: string[] = [];
  if (!r.withinBudget) {
    const over = r.monthlyInfraCost.expected - scenario.costs.monthlyBudget;
    out.push(
      `Over budget by ${money(over, cur)}/month (expected ${money(r.monthlyInfraCost.expected, cur)} against ${money(scenario.costs.monthlyBudget, cur)}).`,
    );
  }
  for (const t of TARGETS) {
    const share = r.meetsTargets[t.key];
    if (share >= c) continue;
    const target = scenario.targets[t.field];
    out.push(
      `${pq} ${t.what} ${duration(q[t.key])} exceeds the ${duration(target)} target: met in ${percent(share)} of incidents, ${percent(c)} required.`,
    );
  }
  return out;
}

/** What change of inputs would make this pattern feasible. */
function remedies(scenario: Scenario, r: PatternResult, q: AtConfidence): string[] {
  const cur = scenario.currency;
  const out: string[] = [];
  if (!r.withinBudget) {
    out.push(
      `Raise the monthly budget to ${money(r.monthlyInfraCost.expected, cur)} (${money(r.monthlyInfraCost.expected - scenario.costs.monthlyBudget, cur)} more).`,
    );
  }
  const c = scenario.targets.confidence;
  for (const t of TARGETS) {
    if (r.meetsTargets[t.key] >= c) continue;
    const how =
      t.key === 'rto'
        ? 'or shorten detection and reroute (faster health checks, tuned failover timers)'
        : t.key === 'rpo'
          ? 'or replicate synchronously'
          : t.key === 'regionRto'
            ? 'or run in more than one region'
            : 'or back up more often';
    out.push(`Accept a ${t.what} of ${duration(q[t.key])}, ${how}.`);
  }
  return out;
}

function percentLabel(fraction: number): string {
  return String(Math.round(fraction * 1000) / 10);
}

/** The reasons a feasible pattern is recommended, built from its numbers. */
function strengths(
  scenario: Scenario,
  r: PatternResult,
  q: AtConfidence,
  runnerUp: PatternResult | undefined,
): string[] {
  const cur = scenario.currency;
  const t = scenario.targets;
  const pq = `P${percentLabel(t.confidence)}`;
  const out = [
    `Meets the ${duration(t.rtoSeconds)} RTO target in ${percent(r.meetsTargets.rto)} of incidents (${pq} outage ${duration(q.rto)}).`,
    t.rpoSeconds === 0
      ? `Loses no data in ${percent(r.meetsTargets.rpo)} of incidents (RPO target 0).`
      : `Meets the ${duration(t.rpoSeconds)} RPO target in ${percent(r.meetsTargets.rpo)} of incidents (${pq} loss ${duration(q.rpo)} of writes).`,
    `A regional disaster is recovered within ${duration(q.regionRto)} and ${duration(q.regionRpo)} of data at ${pq} (targets ${duration(t.regionRtoSeconds)} and ${duration(t.regionRpoSeconds)}).`,
    `Costs ${money(r.monthlyInfraCost.expected, cur)}/month (range ${money(r.monthlyInfraCost.low, cur)}–${money(r.monthlyInfraCost.high, cur)}), within the ${money(scenario.costs.monthlyBudget, cur)} budget.`,
  ];
  const total = `expected annual total ${money(r.annualTotalCost.mean, cur)} (infrastructure plus expected losses)`;
  if (runnerUp) {
    const gap = runnerUp.annualTotalCost.mean - r.annualTotalCost.mean;
    const noise = 2 * Math.hypot(r.convergence.standardError, runnerUp.convergence.standardError);
    out.push(
      `Lowest ${total} of the feasible patterns: ${money(gap, cur)} a year less than ${runnerUp.name}${gap < noise ? ' (within simulation noise: treat the two as tied)' : ''}.`,
    );
  } else {
    out.push(`The only pattern that meets every target within budget; ${total}.`);
  }
  out.push(
    `Expected availability ${percent(r.availability)} (${duration(r.annualDowntimeMinutes.mean * 60)} of downtime a year).`,
  );
  return out;
}

export function recommend(
  scenario: Scenario,
  patterns: readonly PatternResult[],
  atConfidence: readonly AtConfidence[],
): Recommendation {
  const q = (id: PatternId): AtConfidence => atConfidence[patterns.findIndex((r) => r.id === id)]!;
  const feasible = patterns.filter((r) => r.feasible).sort(cheaper);
  const cur = scenario.currency;

  if (feasible.length > 0) {
    const best = feasible[0]!;
    const others = patterns
      .filter((r) => r.id !== best.id)
      .map((r) => {
        const why = blockers(scenario, r, q(r.id));
        const extra = r.annualTotalCost.mean - best.annualTotalCost.mean;
        if (why.length === 0 || extra > 0) {
          why.push(
            extra >= 0
              ? `Costs ${money(extra, cur)} more a year in expected total (${money(r.annualTotalCost.mean, cur)} against ${money(best.annualTotalCost.mean, cur)}).`
              : `Expected total ${money(-extra, cur)} a year lower, but it does not meet the targets within budget.`,
          );
        }
        return { pattern: r.id, reasons: why };
      });
    return {
      pattern: best.id,
      feasible: true,
      reasons: strengths(scenario, best, q(best.id), feasible[1]),
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
    reasons: [
      `No pattern meets every target within budget. The closest is ${patternName(closest.id)}:`,
      ...blockers(scenario, closest, q(closest.id)),
    ],
    others: patterns
      .filter((r) => r.id !== closest.id)
      .map((r) => ({ pattern: r.id, reasons: blockers(scenario, r, q(r.id)) })),
    remedies: remedies(scenario, closest, q(closest.id)),
  };
}
