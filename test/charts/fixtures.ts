import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { breakEvens } from '../../models/engine/breakEven';
import type { DriverResult, Sensitivity } from '../../models/engine/sensitivity';
import type {
  CurvePoint,
  PatternId,
  PatternResult,
  Scenario,
  SimulationResult,
  Stats,
} from '../../models/types';
import { PATTERN_IDS, SCOPE_IDS } from '../../models/types';

/**
 * Small hand-made results for the chart-data builders: round numbers whose consequences can be worked
 * out on paper (see the comments), not the output of a simulation.
 */

/** USD, downtime 1,000/min, data loss 100/s, RTO 60 s, RPO 5 s, 95%, budget 10,000/month. */
export function fixtureScenario(patch: Partial<Scenario['targets']> = {}): Scenario {
  const scenario = structuredClone(DEFAULT_SCENARIO) as Scenario;
  scenario.name = 'Chart fixture';
  scenario.currency = 'USD';
  scenario.business = {
    downtimeCostPerMinute: 1000,
    dataLossCostPerSecond: 100,
    plannedWindowFactor: 0.25,
    riskTolerance: 100_000,
  };
  scenario.targets = { ...scenario.targets, rtoSeconds: 60, rpoSeconds: 5, confidence: 0.95, ...patch };
  scenario.costs = {
    ...scenario.costs,
    monthlyBudget: 10_000,
    nodeMonthlyCost: 1500,
    storageMonthlyCost: 500,
  };
  return scenario;
}

const stats = (mean: number, p50: number, p95: number, p99: number): Stats => ({ mean, p50, p95, p99 });

interface PatternSpec {
  /** Infrastructure, currency per year. */
  infra: number;
  /** Expected downtime, minutes per year (× 1,000/min = downtime loss). */
  downtimeMinutes: number;
  /** Expected data-loss cost, currency per year. */
  dataLoss: number;
  /** P95 of the annual total, currency per year. */
  p95: number;
  phases: [number, number, number, number, number, number];
  rto: CurvePoint[];
  rpo: CurvePoint[];
  loss: CurvePoint[];
}

/**
 * Fixed cost (infra + data loss; no one-off cost, no maintenance) and slope (downtime minutes) of each line
 * of the break-even chart:
 *   single-node 30,000 + 100 c   async 49,000 + 20 c   sync 52,800 + 20 c   DR 72,500 + 10 c
 *   active-active 96,000 + 2 c
 * Crossings: single/async 19,000 / 80 = 237.5; single/sync 22,800 / 80 = 285; single/DR 42,500 / 90 ≈ 472.2;
 * single/active-active 66,000 / 98 ≈ 673.47; async/sync parallel (none); async/DR 23,500 / 10 = 2,350;
 * async/active-active 47,000 / 18 ≈ 2,611.1; sync/DR 19,700 / 10 = 1,970; sync/active-active
 * 43,200 / 18 = 2,400; DR/active-active 23,500 / 8 = 2,937.5.
 */
export const SPECS: Record<PatternId, PatternSpec> = {
  'single-node': {
    infra: 24_000,
    downtimeMinutes: 100,
    dataLoss: 6000,
    p95: 1_000_000,
    phases: [10, 0, 0, 0, 0, 590],
    rto: [
      { x: 30, p: 0.1 },
      { x: 600, p: 0.6 },
      { x: 3600, p: 1 },
    ],
    rpo: [
      { x: 0, p: 0.7 },
      { x: 300, p: 0.8 },
      { x: 3600, p: 1 },
    ],
    loss: [
      { x: 0, p: 0.6 },
      { x: 10_000, p: 0.4 },
      { x: 500_000, p: 0.05 },
      { x: 2_000_000, p: 0 },
    ],
  },
  'active-passive-async': {
    infra: 48_000,
    downtimeMinutes: 20,
    dataLoss: 1000,
    p95: 150_000,
    phases: [15, 5, 2, 10, 30, 60],
    rto: [
      { x: 20, p: 0.3 },
      { x: 45, p: 0.9 },
      { x: 3000, p: 1 },
    ],
    rpo: [
      { x: 0.001, p: 0.05 },
      { x: 0.005, p: 0.2 },
      { x: 0.5, p: 0.9 },
      { x: 20, p: 1 },
    ],
    loss: [
      { x: 0, p: 0.5 },
      { x: 5000, p: 0.3 },
      { x: 100_000, p: 0.02 },
      { x: 400_000, p: 0 },
    ],
  },
  'active-passive-sync': {
    infra: 52_800,
    downtimeMinutes: 20,
    dataLoss: 0,
    p95: 160_000,
    phases: [15, 5, 2, 10, 28, 60],
    rto: [
      { x: 20, p: 0.25 },
      { x: 50, p: 0.92 },
      { x: 3000, p: 1 },
    ],
    rpo: [
      { x: 0, p: 0.98 },
      { x: 60, p: 1 },
    ],
    loss: [
      { x: 0, p: 0.5 },
      { x: 5000, p: 0.3 },
      { x: 120_000, p: 0.02 },
      { x: 400_000, p: 0 },
    ],
  },
  'active-passive-dr': {
    infra: 72_000,
    downtimeMinutes: 10,
    dataLoss: 500,
    p95: 130_000,
    phases: [12, 4, 2, 10, 20, 0],
    rto: [
      { x: 18, p: 0.3 },
      { x: 40, p: 0.93 },
      { x: 2500, p: 1 },
    ],
    rpo: [
      { x: 0.001, p: 0.04 },
      { x: 0.004, p: 0.25 },
      { x: 0.4, p: 0.92 },
      { x: 15, p: 1 },
    ],
    loss: [
      { x: 0, p: 0.5 },
      { x: 4000, p: 0.25 },
      { x: 80_000, p: 0.02 },
      { x: 300_000, p: 0 },
    ],
  },
  'active-active': {
    infra: 96_000,
    downtimeMinutes: 2,
    dataLoss: 0,
    p95: 110_000,
    phases: [1, 0.5, 1, 12, 5, 0],
    rto: [
      { x: 0, p: 0.2 },
      { x: 5, p: 0.5 },
      { x: 15, p: 0.98 },
      { x: 2000, p: 1 },
    ],
    rpo: [{ x: 0, p: 1 }],
    loss: [
      { x: 0, p: 0.5 },
      { x: 2000, p: 0.2 },
      { x: 50_000, p: 0 },
    ],
  },
};

const PHASES = ['detection', 'decision', 'promotion', 'reroute', 'manual', 'recovery'] as const;

export function fixturePattern(id: PatternId, spec: PatternSpec = SPECS[id]): PatternResult {
  const downtime = spec.downtimeMinutes * 1000;
  const total = spec.infra + downtime + spec.dataLoss;
  const rto95 = spec.rto.find((p) => p.p >= 0.95)?.x ?? 0;
  const monthly = {
    low: spec.infra / 12,
    mostLikely: spec.infra / 12,
    expected: spec.infra / 12,
    high: spec.infra / 12,
  };
  return {
    id,
    name: id,
    monthlyInfraCost: monthly,
    overBudgetProbability: 0,
    oneOffCost: { low: 0, mostLikely: 0, expected: 0, high: 0 },
    incidentsPerYear: 1.7,
    incidentRtoSeconds: stats(rto95 / 2, rto95 / 4, rto95, rto95 * 2),
    incidentRpoSeconds: stats(1, 0, 2, 4),
    regionRtoSeconds: stats(3600, 3600, 7200, 9000),
    regionRpoSeconds: stats(60, 60, 120, 200),
    regionRecovery: { returned: 0.25, elsewhere: 0.75 },
    annualDowntimeMinutes: stats(spec.downtimeMinutes, spec.downtimeMinutes / 2, spec.downtimeMinutes * 4, 0),
    annualLoss: stats(downtime + spec.dataLoss, 0, spec.p95 - spec.infra, spec.p95 * 2),
    annualTotalCost: stats(total, spec.infra, spec.p95, spec.p95 * 2),
    horizonTotalCost: stats(3 * total, 3 * spec.infra, 3 * spec.p95, 6 * spec.p95),
    annualCostBreakdown: { infrastructure: spec.infra, maintenance: 0, downtime, dataLoss: spec.dataLoss },
    maintenanceMinutesPerYear: 0,
    availability: 1 - spec.downtimeMinutes / 525_960,
    availabilityWithMaintenance: 1 - spec.downtimeMinutes / 525_960,
    meetsTargets: { rto: 0.9, rpo: 0.97, regionRto: 1, regionRpo: 1 },
    withinBudget: spec.infra <= 120_000,
    feasible: true,
    phaseMeansSeconds: Object.fromEntries(PHASES.map((phase, i) => [phase, spec.phases[i]!])) as Record<
      (typeof PHASES)[number],
      number
    >,
    manualPathShare: 0.05,
    convergence: { standardError: 100, low: 3 * total - 196, high: 3 * total + 196, converged: true },
    curves: { rto: spec.rto, rpo: spec.rpo, lossExceedance: spec.loss },
    perScope: Object.fromEntries(
      SCOPE_IDS.map((scope) => [
        scope,
        {
          incidentsPerYear: scope === 'region' ? 0.02 : 0.42,
          outageSeconds:
            scope === 'region'
              ? stats(3600, 3600, 7200, 9000)
              : stats(rto95 / 2, rto95 / 4, rto95, rto95 * 2),
          lostSeconds: scope === 'region' ? stats(60, 60, 120, 200) : stats(1, 0, 2, 4),
          meetsRto: scope === 'region' ? 1 : 0.9,
          meetsRpo: scope === 'region' ? 1 : 0.97,
          manualShare: 0.05,
        },
      ]),
    ) as PatternResult['perScope'],
    // 99.95% a month allows 21.9 minutes; a twelfth of the year's downtime is the window's mean.
    slo: {
      allowedMinutes: { day: 0.72, week: 5.04, month: 21.915, quarter: 65.745, year: 262.98 },
      allowedMinutesPerWindow: 21.915,
      windowDowntimeMinutes: stats(
        spec.downtimeMinutes / 12,
        0,
        spec.downtimeMinutes / 3,
        spec.downtimeMinutes,
      ),
      breachProbability: spec.downtimeMinutes > 50 ? 0.2 : 0.01,
      expectedBudgetUsed: spec.downtimeMinutes / 12 / 21.915,
    },
    tail: {
      lossExceedsTolerance: spec.loss.find((p) => p.x >= 100_000)?.p ?? 0,
      shareOverRto: 0.1,
      shareOverOneHour: 0.01,
    },
  };
}

/** No noise in the hand-made lines: every crossing of distinct slopes is resolved. */
const EXACT = { downtime: 0, lost: 0, covariance: 0 };

/** The five patterns above; active-active recommended. */
export function fixtureResult(patch: Partial<SimulationResult> = {}): SimulationResult {
  const patterns = PATTERN_IDS.map((id) => fixturePattern(id));
  return {
    schemaVersion: 4,
    scenario: 'Chart fixture',
    trials: 1000,
    seed: 1,
    benchmarkSet: 'sourced',
    horizonYears: 3,
    converged: true,
    recommendation: { pattern: 'active-active', feasible: true, findings: [], others: [], remedies: [] },
    patterns,
    breakEven: breakEvens(
      patterns,
      patterns.map(() => EXACT),
      3,
      0.25,
      100,
    ),
    slo: { target: 0.9995, window: 'month', excludePlannedMaintenance: true },
    riskTolerance: 100_000,
    ...patch,
  };
}

/**
 * A hand-made sensitivity: active-active recommended at 300,000 over the horizon, DR the runner-up at
 * 330,000. Node failures swing it most and flip it below 0.7 a year; the downtime cost flips it above
 * $1,500/min; the health check moves nothing.
 */
export function fixtureSensitivity(): Sensitivity {
  const driver = (
    input: string,
    low: number,
    high: number,
    base: number,
    totals: [number, number, number, number],
    flips: Partial<Pick<DriverResult, 'flipLow' | 'flipHigh'>> = {},
  ): DriverResult => ({
    input,
    unit: 'value',
    integer: false,
    base,
    low,
    high,
    totalAtLow: totals[0],
    totalAtHigh: totals[1],
    runnerUpAtLow: totals[2],
    runnerUpAtHigh: totals[3],
    recommendedAtLow: flips.flipLow ? flips.flipLow.to : 'active-active',
    recommendedAtHigh: flips.flipHigh ? flips.flipHigh.to : 'active-active',
    flipLow: flips.flipLow ?? null,
    flipHigh: flips.flipHigh ?? null,
  });
  return {
    trials: 20_000,
    seed: 1,
    reruns: 9,
    recommended: 'active-active',
    feasible: true,
    runnerUp: 'active-passive-dr',
    total: 300_000,
    runnerUpTotal: 330_000,
    drivers: [
      driver('failureRates.node', 0.5, 2, 1, [280_000, 360_000, 270_000, 420_000], {
        flipLow: { value: 0.7, to: 'active-passive-dr' },
      }),
      driver('business.downtimeCostPerMinute', 500, 2000, 1000, [290_000, 320_000, 280_000, 430_000], {
        flipHigh: { value: 1500, to: 'active-passive-dr' },
      }),
      driver('operations.healthCheckIntervalSeconds', 2.5, 10, 5, [299_000, 302_000, 329_000, 331_000]),
    ],
  };
}
