/**
 * What the recommendation hinges on. Each uncertain input is moved to a low and a high value, the
 * scenario is rerun there with the same seed (common random numbers: the same incidents strike, so the
 * difference is the input's, not luck's), and the expected horizon totals of the recommended architecture
 * and the runner-up are read off. Where the recommendation at an end differs from the base, the value at
 * which it changes is found by bisection between the base and that end.
 *
 * Inputs that only price what happens (the downtime and data-loss costs, each architecture's monthly cost)
 * need no rerun: the simulated incidents are the same whatever they cost, so the decision is re-read from
 * the base run's sums with the prices changed, which is exactly what a rerun with the same seed would give.
 */
import { patternEconomics } from './costs';
import { distributionTable } from './distributionTable';
import type { DistributionId } from './distributionIds';
import { evaluate, outcomeFromTotals, type Outcome } from './outcome';
import type { DistributionScales } from './plan';
import { ranking } from './recommend';
import { blockCount, runBlocks } from './runBlocks';
import { readTotals } from './sums';
import { MAX_OUTAGE_HOURS, MAX_RATE_PER_YEAR } from '../scenario/fields';
import type { PatternId, Scenario } from '../types';
import { PATTERN_IDS, SCOPE_IDS } from '../types';

/** A scenario to evaluate, with some of its distributions scaled. */
export interface Variant {
  scenario: Scenario;
  scales: DistributionScales;
}

/** One uncertain input and the range it is moved over. */
export interface Driver {
  /** The scenario field it moves, e.g. "failureRates.node" or 'overrides["active-passive-async.replicationLag"]'. */
  input: string;
  /**
   * What `base`, `low` and `high` are: the field's own value in its unit, or, for a distribution of the
   * catalogue, the factor every value of it is multiplied by (1 = as the catalogue has it).
   */
  unit: 'value' | 'scale';
  base: number;
  low: number;
  high: number;
  /** Only prices the incidents: read off the base run, no rerun. */
  reprice: boolean;
  /** Values are whole numbers (drills a year). */
  integer: boolean;
  /** The scenario at value v. */
  at: (v: number) => Variant;
}

export interface Flip {
  /** The input's value at which the recommendation changes (the middle of the last bisection bracket). */
  value: number;
  /** What it changes to. */
  to: PatternId;
}

export interface DriverResult {
  input: string;
  unit: 'value' | 'scale';
  /** Values are whole numbers (a flip's value is then the first at which the choice changes). */
  integer: boolean;
  base: number;
  low: number;
  high: number;
  /** Expected horizon totals of the base's recommended architecture and runner-up at each end (currency). */
  totalAtLow: number;
  totalAtHigh: number;
  runnerUpAtLow: number | null;
  runnerUpAtHigh: number | null;
  /** The recommendation at each end. */
  recommendedAtLow: PatternId;
  recommendedAtHigh: PatternId;
  /** Where the recommendation changes between the base and each end; null when it holds on that side. */
  flipLow: Flip | null;
  flipHigh: Flip | null;
}

export interface Sensitivity {
  trials: number;
  seed: number;
  /** Simulations run for it: the base run and every rerun (priced inputs need none). */
  reruns: number;
  recommended: PatternId;
  feasible: boolean;
  runnerUp: PatternId | null;
  /** Expected horizon totals at the base (currency). */
  total: number;
  runnerUpTotal: number | null;
  /** Largest swing of the recommended architecture's total first. */
  drivers: DriverResult[];
}

/** Bisection steps: a rerun each for simulated inputs (a bracket 1/16 of the range), more when free. */
const RERUN_BISECTIONS = 4;
const REPRICE_BISECTIONS = 30;

const half = (x: number) => x / 2;
/** Double a fraction, but never past halfway to 1. */
const moreOf = (p: number) => Math.min(2 * p, (1 + p) / 2);

function cloneWith(s: Scenario, edit: (c: Scenario) => void): Scenario {
  const c = JSON.parse(JSON.stringify(s)) as Scenario;
  edit(c);
  return c;
}

/** The inputs that apply to the scenario (a rate of 0, say, has nothing to move), in a fixed order. */
export function sensitivityDrivers(scenario: Scenario): Driver[] {
  const drivers: Driver[] = [];
  const plain = (v: Scenario): Variant => ({ scenario: v, scales: {} });
  const value = (
    input: string,
    base: number,
    low: number,
    high: number,
    set: (c: Scenario, v: number) => void,
    options: { reprice?: boolean; integer?: boolean } = {},
  ) => {
    if (!(low < high)) return;
    drivers.push({
      input,
      unit: 'value',
      base,
      low,
      high,
      reprice: options.reprice ?? false,
      integer: options.integer ?? false,
      at: (v) => plain(cloneWith(scenario, (c) => set(c, v))),
    });
  };

  for (const scope of SCOPE_IDS) {
    const r = scenario.failureRates[scope];
    if (r > 0) {
      value(`failureRates.${scope}`, r, half(r), Math.min(2 * r, MAX_RATE_PER_YEAR), (c, v) => {
        c.failureRates[scope] = v;
      });
    }
  }
  const b = scenario.business;
  value(
    'business.downtimeCostPerMinute',
    b.downtimeCostPerMinute,
    half(b.downtimeCostPerMinute),
    2 * b.downtimeCostPerMinute,
    (c, v) => {
      c.business.downtimeCostPerMinute = v;
    },
    { reprice: true },
  );
  value(
    'business.dataLossCostPerSecond',
    b.dataLossCostPerSecond,
    half(b.dataLossCostPerSecond),
    2 * b.dataLossCostPerSecond,
    (c, v) => {
      c.business.dataLossCostPerSecond = v;
    },
    { reprice: true },
  );
  // Each architecture's monthly cost over its own range: the range scaled as a whole, so that its shape
  // (and the chance of exceeding the budget) moves with it; the value is its expected monthly cost.
  for (const id of PATTERN_IDS) {
    const monthly = patternEconomics(scenario, id).monthly;
    if (!(monthly.expected > 0)) continue;
    value(
      `costs.quotes.${id}`,
      monthly.expected,
      monthly.low,
      monthly.high,
      (c, v) => {
        const k = v / monthly.expected;
        c.costs.quotes[id] = {
          low: monthly.low * k,
          mostLikely: monthly.mostLikely * k,
          high: monthly.high * k,
        };
      },
      { reprice: true },
    );
  }
  const ops = scenario.operations;
  value(
    'operations.humanResponseSeconds',
    ops.humanResponseSeconds,
    half(ops.humanResponseSeconds),
    2 * ops.humanResponseSeconds,
    (c, v) => {
      c.operations.humanResponseSeconds = v;
    },
  );
  value(
    'operations.alertLatencySeconds',
    ops.alertLatencySeconds,
    half(ops.alertLatencySeconds),
    2 * ops.alertLatencySeconds,
    (c, v) => {
      c.operations.alertLatencySeconds = v;
    },
  );
  value(
    'operations.healthCheckIntervalSeconds',
    ops.healthCheckIntervalSeconds,
    half(ops.healthCheckIntervalSeconds),
    2 * ops.healthCheckIntervalSeconds,
    (c, v) => {
      c.operations.healthCheckIntervalSeconds = v;
    },
  );
  const d = ops.drillsPerYear;
  value(
    'operations.drillsPerYear',
    d,
    Math.floor(d / 2),
    Math.max(2 * d, d + 2),
    (c, v) => {
      c.operations.drillsPerYear = v;
    },
    { integer: true },
  );
  const a = scenario.assumptions;
  for (const key of ['manualPathAfterDrill', 'manualPathUntested', 'syncDegradedProbability'] as const) {
    value(`assumptions.${key}`, a[key], half(a[key]), moreOf(a[key]), (c, v) => {
      c.assumptions[key] = v;
    });
  }
  const outage = scenario.failureDurations.regionOutage;
  if (scenario.failureRates.region > 0) {
    value(
      'failureDurations.regionOutage.medianHours',
      outage.medianHours,
      half(outage.medianHours),
      Math.min(2 * outage.medianHours, MAX_OUTAGE_HOURS),
      (c, v) => {
        const k = v / outage.medianHours;
        c.failureDurations.regionOutage = {
          medianHours: v,
          p95Hours: Math.min(outage.p95Hours * k, MAX_OUTAGE_HOURS),
        };
      },
    );
  }
  // Replication lag: the catalogue's distributions scaled, where the scenario uses them.
  const table = distributionTable(scenario);
  const lags: DistributionId[] = [
    'active-passive-async.replicationLag',
    'active-passive-dr.region.replicationLag',
    'active-active.region.replicationLag',
  ];
  for (const id of lags) {
    if (!table[id]) continue;
    drivers.push({
      input: `overrides["${id}"]`,
      unit: 'scale',
      base: 1,
      low: 0.5,
      high: 2,
      reprice: false,
      integer: false,
      at: (k) => ({ scenario, scales: { [id]: k } }),
    });
  }
  return drivers;
}

/** What each architecture's standing at the base is, for the drivers to be measured against. */
interface Base {
  outcome: Outcome;
  recommended: PatternId;
  runnerUp: PatternId | null;
  /** Re-reads the base run with other prices. */
  reprice: (s: Scenario) => Outcome;
}

function runnerUpOf(o: Outcome): PatternId | null {
  const order = ranking(
    o.patterns.map((p) => ({ feasible: p.feasible, blockers: p.blockers, mean: p.horizonTotal, p95: 0 })),
  );
  const second = order[1];
  return second === undefined ? null : o.patterns[second]!.id;
}

const totalOf = (o: Outcome, id: PatternId | null): number | null =>
  id === null ? null : (o.patterns.find((p) => p.id === id)?.horizonTotal ?? null);

/**
 * The analysis of some drivers (all by default), one rerun at a time: yields the number of drivers done
 * so far after each rerun (so a caller can pause or stop), returns the base and each driver's result.
 * Runs on this thread; the app spreads drivers over its workers, each running this on its share.
 */
export function* analyseDrivers(
  scenario: Scenario,
  inputs?: readonly string[],
): Generator<number, { base: Omit<Sensitivity, 'drivers'>; drivers: DriverResult[] }, void> {
  const blocks = blockCount(scenario.simulation.trials);
  const run = runBlocks(scenario, 0, blocks);
  const totals = readTotals(run.blockSums, run.blocks.length);
  const outcome = outcomeFromTotals(scenario, totals, run.histograms);
  let reruns = 1;
  const base: Base = {
    outcome,
    recommended: outcome.recommended,
    runnerUp: runnerUpOf(outcome),
    reprice: (s) => outcomeFromTotals(s, totals, run.histograms),
  };
  yield 0;
  const wanted = sensitivityDrivers(scenario).filter((d) => !inputs || inputs.includes(d.input));
  const results: DriverResult[] = [];
  for (const driver of wanted) {
    const evaluateAt = (v: number): Outcome => {
      const variant = driver.at(v);
      if (driver.reprice) return base.reprice(variant.scenario);
      reruns++;
      return evaluate(variant.scenario, variant.scales);
    };
    const low = evaluateAt(driver.low);
    yield results.length;
    const high = evaluateAt(driver.high);
    yield results.length;
    const flips: (Flip | null)[] = [];
    for (const [end, atEnd] of [
      [driver.low, low],
      [driver.high, high],
    ] as const) {
      if (atEnd.recommended === base.recommended) {
        flips.push(null);
        continue;
      }
      // Bisect between the base (holds) and the end (changed).
      let held = driver.base;
      let changed = end;
      let to = atEnd.recommended;
      const steps = driver.reprice ? REPRICE_BISECTIONS : RERUN_BISECTIONS;
      for (let i = 0; i < steps; i++) {
        const mid = midpoint(held, changed, driver);
        if (mid === held || mid === changed) break;
        const o = evaluateAt(mid);
        if (o.recommended === base.recommended) held = mid;
        else {
          changed = mid;
          to = o.recommended;
        }
        if (!driver.reprice) yield results.length;
      }
      flips.push({ value: driver.integer ? changed : midpoint(held, changed, driver), to });
    }
    results.push({
      input: driver.input,
      unit: driver.unit,
      integer: driver.integer,
      base: driver.base,
      low: driver.low,
      high: driver.high,
      totalAtLow: totalOf(low, base.recommended)!,
      totalAtHigh: totalOf(high, base.recommended)!,
      runnerUpAtLow: totalOf(low, base.runnerUp),
      runnerUpAtHigh: totalOf(high, base.runnerUp),
      recommendedAtLow: low.recommended,
      recommendedAtHigh: high.recommended,
      flipLow: flips[0] ?? null,
      flipHigh: flips[1] ?? null,
    });
    yield results.length;
  }
  return {
    base: {
      trials: scenario.simulation.trials,
      seed: scenario.simulation.seed,
      reruns,
      recommended: base.recommended,
      feasible: outcome.feasible,
      runnerUp: base.runnerUp,
      total: totalOf(outcome, base.recommended)!,
      runnerUpTotal: totalOf(outcome, base.runnerUp),
    },
    drivers: results,
  };
}

/** Between two values: geometric for positive ones (the ranges are factors of two), else arithmetic. */
function midpoint(a: number, b: number, driver: Driver): number {
  const m = a > 0 && b > 0 ? Math.sqrt(a * b) : (a + b) / 2;
  return driver.integer ? Math.round(m) : m;
}

/** The drivers' results as one report, the largest swing of the recommended architecture's total first. */
export function sensitivityReport(
  base: Omit<Sensitivity, 'drivers'>,
  drivers: readonly DriverResult[],
): Sensitivity {
  const swing = (d: DriverResult) => Math.abs(d.totalAtHigh - d.totalAtLow);
  return {
    ...base,
    drivers: [...drivers].sort((a, b) => swing(b) - swing(a) || (a.input < b.input ? -1 : 1)),
  };
}
