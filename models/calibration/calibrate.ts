/**
 * Calibration from measured drills: (scenario with its drill log) → the scenario the engine runs, with the
 * manual-path probability and the automated failover phases of each drilled architecture updated, and a
 * report of every figure before and after and of every drill that was not used or deserves a second look.
 * Pure and deterministic: the same scenario gives the same calibration in the app and the command line.
 * The rules are in the methodology ("Calibration from drills"); the closed forms in updates.ts.
 */
import { buildPlan, type Plan } from '../engine/plan';
import { distributionTable, type DistributionTable } from '../engine/distributionTable';
import type { DistributionId } from '../engine/distributionIds';
import { distMean } from '../random/distributions';
import { isAfter, MS_PER_YEAR, readDrillDate, type DrillInstant } from '../drills/dates';
import { PHASE_COLUMNS, type PhaseColumn } from '../drills/fields';
import { TECHNOLOGY_SLOT } from '../drills/record';
import type { CalibratedFigures, Dist, Drill, PatternId, Scenario } from '../types';
import { PATTERN_IDS } from '../types';
import { betaMean } from './beta';
import { distQuantile, logNormalFit } from './lognormalFit';
import { coverage, isRegional, pathSpread, quantileOf, type Coverage, type PathSpread } from './paths';
import {
  betaSummary,
  calibratedDist,
  logMeanPosterior,
  manualPathAt,
  manualPosterior,
  manualPrior,
  type FigureSummary,
} from './updates';

/** Why a drill is not used, or why a used one deserves a second look. Worded by src/report/drillIssues.ts. */
export type DrillIssue =
  | { kind: 'after-as-of'; asOf: string }
  /** The architecture has no automated failover for the scope (none at all, or people start it). */
  | { kind: 'not-covered'; reason: 'no-failover' | 'people-decide' }
  | { kind: 'other-technology'; technology: string; scenarioTechnology: string }
  /** The same drill as an earlier one (index into the log). */
  | { kind: 'duplicate'; of: number }
  /**
   * A value far outside what the model expects in seconds, but within it read as minutes (or
   * milliseconds): `low` and `high` are the model's 0.1th and 99.9th percentiles, seconds.
   */
  | {
      kind: 'units';
      column: 'outageSeconds' | PhaseColumn;
      value: number;
      looksLike: 'minutes' | 'milliseconds';
      low: number;
      high: number;
    }
  /** Slower than the 99th percentile of the calibrated model's path, seconds. */
  | { kind: 'slower-than-p99'; p99: number; manual: boolean };

export interface DrillReview {
  /** Position in the log, 0-based. */
  index: number;
  used: boolean;
  /** Why it is not used; empty when it is. */
  excluded: DrillIssue[];
  /** Used, but worth a second look. */
  review: DrillIssue[];
}

export interface UpdatedFigure {
  /** A distribution-table id, or `manualShare:<pattern id>` for the manual-path probability. */
  distribution: string;
  pattern: PatternId;
  kind: 'manualShare' | 'phase';
  label: string;
  /** Drills that informed it. */
  drills: number;
  /** Seconds for a phase, a fraction for the manual-path probability. */
  prior: FigureSummary;
  posterior: FigureSummary;
  /** A phase's distribution before and after (seconds). */
  priorDist?: Dist;
  posteriorDist?: Dist;
}

export interface Calibration {
  /** What the engine runs: the scenario with the updated figures (the scenario itself when none was). */
  scenario: Scenario;
  /** The date the calibration is as of, as written: the log's, or the latest drill's; null with no drill. */
  asOf: string | null;
  /** Drills in the log. */
  logged: number;
  /** Drills used. */
  used: number;
  updated: UpdatedFigure[];
  /** One per drill, in log order. */
  reviews: DrillReview[];
}

export const MANUAL_SHARE_PREFIX = 'manualShare:';

const summary = (dist: Dist): FigureSummary => ({
  mean: distMean(dist),
  p50: distQuantile(dist, 0.5),
  p95: distQuantile(dist, 0.95),
});

/** The instant a date of a valid scenario names (the validator has read every one). */
function instantOf(date: string): DrillInstant {
  const read = readDrillDate(date);
  if (typeof read === 'string') throw new Error(`date ${JSON.stringify(date)} ${read}`);
  return read;
}

/** Spreads of the paths of a plan, sampled once each. */
function spreadsOf(plan: Plan, seed: number) {
  const cache = new Map<string, PathSpread | null>();
  return (drill: Drill): PathSpread | null => {
    const manual = drill.outcome === 'manual';
    const regional = isRegional(drill.scope);
    const key = `${drill.architecture}|${regional}|${manual}`;
    if (!cache.has(key)) cache.set(key, pathSpread(plan, seed, drill.architecture, regional, manual));
    return cache.get(key) ?? null;
  };
}

/** A measured value that reads as minutes (or milliseconds) typed into a seconds column, if it does. */
function unitIssue(
  column: 'outageSeconds' | PhaseColumn,
  value: number,
  sorted: Float64Array,
): DrillIssue | null {
  const low = quantileOf(sorted, 0.001);
  const high = quantileOf(sorted, 0.999);
  const within = (x: number) => x >= low && x <= high;
  if (value > 0 && value < low / 10 && within(value * 60)) {
    return { kind: 'units', column, value, looksLike: 'minutes', low, high };
  }
  if (value > high * 10 && within(value / 1000)) {
    return { kind: 'units', column, value, looksLike: 'milliseconds', low, high };
  }
  return null;
}

/** Two drills are the same drill when everything measured about them is (the note aside). */
function sameDrillKey(drill: Drill, technology: string | null): string {
  return JSON.stringify([
    drill.date,
    drill.scope,
    drill.architecture,
    technology,
    drill.outcome,
    drill.outageSeconds,
    drill.dataLossSeconds,
    ...PHASE_COLUMNS.map((c) => drill[c] ?? null),
  ]);
}

function technologyOf(scenario: Scenario, pattern: PatternId): string | null {
  const slot = TECHNOLOGY_SLOT[pattern];
  return slot === null ? null : scenario.technology[slot];
}

/** Which drills are used, and why the others are not. */
function review(
  scenario: Scenario,
  table: DistributionTable,
  instants: DrillInstant[],
  asOf: DrillInstant,
  asOfText: string,
) {
  const spread = spreadsOf(buildPlan(scenario), scenario.simulation.seed);
  const firstOf = new Map<string, number>();
  return scenario.drillLog.drills.map((drill, index): DrillReview & { coverage: Coverage } => {
    const excluded: DrillIssue[] = [];
    if (isAfter(instants[index]!, asOf)) excluded.push({ kind: 'after-as-of', asOf: asOfText });
    const cov = coverage(scenario, table, drill.architecture, drill.scope);
    if (!cov.covered) excluded.push({ kind: 'not-covered', reason: cov.reason });
    const scenarioTechnology = technologyOf(scenario, drill.architecture);
    const technology = drill.technology ?? scenarioTechnology;
    const sameTechnology = technology === scenarioTechnology;
    if (!sameTechnology && technology !== null && scenarioTechnology !== null) {
      excluded.push({ kind: 'other-technology', technology, scenarioTechnology });
    }
    const key = sameDrillKey(drill, technology);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, index);
    else excluded.push({ kind: 'duplicate', of: first });
    const paths = cov.covered && sameTechnology ? spread(drill) : null;
    if (paths) {
      const columns: ('outageSeconds' | PhaseColumn)[] =
        drill.outcome === 'automated' ? ['outageSeconds', ...PHASE_COLUMNS] : ['outageSeconds'];
      for (const column of columns) {
        const value = drill[column];
        if (value === undefined) continue;
        const issue = unitIssue(
          column,
          value,
          column === 'outageSeconds' ? paths.outage() : paths.phase(column),
        );
        if (issue) excluded.push(issue);
      }
    }
    return { index, used: excluded.length === 0, excluded, review: [], coverage: cov };
  });
}

/**
 * What each drill says about each distribution of its automated path, seconds: a logged phase goes to the
 * distributions of that phase; the rest of the outage, less the reroute (as logged, else the model's mean),
 * to the distributions of the phases not logged; a share of several distributions is split in proportion
 * to their prior means. Values of 0 s or less say nothing about a lognormal and are left out.
 */
function phaseMeasurements(
  table: DistributionTable,
  drills: readonly Drill[],
  cov: Extract<Coverage, { covered: true }>,
): Map<DistributionId, number[]> {
  const means = new Map<DistributionId, number>();
  const priorMean = (id: DistributionId): number => {
    let mean = means.get(id);
    if (mean === undefined) {
      const entry = table[id];
      mean = entry ? distMean(entry.effective) : 0;
      means.set(id, mean);
    }
    return mean;
  };
  const out = new Map<DistributionId, number[]>();
  const give = (ids: DistributionId[], seconds: number) => {
    const total = ids.reduce((s, id) => s + priorMean(id), 0);
    if (!(total > 0)) return;
    for (const id of ids) {
      const value = (seconds * priorMean(id)) / total;
      if (!(value > 0)) continue;
      const values = out.get(id);
      if (values) values.push(value);
      else out.set(id, [value]);
    }
  };
  for (const drill of drills) {
    let rest = drill.outageSeconds - (drill.rerouteSeconds ?? cov.rerouteMeanSeconds);
    const unlogged: DistributionId[] = [];
    for (const phase of cov.phases) {
      const logged = drill[phase.column];
      if (logged === undefined) unlogged.push(...phase.ids);
      else {
        give(phase.ids, logged);
        rest -= logged;
      }
    }
    if (unlogged.length > 0) give(unlogged, rest);
  }
  return out;
}

export function calibrate(scenario: Scenario): Calibration {
  const drills = scenario.drillLog.drills;
  if (drills.length === 0) return { scenario, asOf: null, logged: 0, used: 0, updated: [], reviews: [] };
  const instants = drills.map((d) => instantOf(d.date));
  let latest = 0;
  instants.forEach((t, i) => {
    if (t.ms > instants[latest]!.ms) latest = i;
  });
  const asOfText = scenario.drillLog.asOf ?? drills[latest]!.date;
  const asOf = instantOf(asOfText);
  const table = distributionTable(scenario);
  const reviews = review(scenario, table, instants, asOf, asOfText);

  const figures: CalibratedFigures = { distributions: {}, manualPathProbability: {} };
  const updated: UpdatedFigure[] = [];
  for (const pattern of PATTERN_IDS) {
    const used = reviews.filter((r) => r.used && drills[r.index]!.architecture === pattern);
    if (used.length === 0) continue;

    // The manual-path probability, centred on the model's chance as of the as-of date.
    const last = used.reduce((a, r) => Math.max(a, instants[r.index]!.ms), -Infinity);
    const years = Math.max(0, asOf.ms - last) / MS_PER_YEAR;
    const prior = manualPrior(manualPathAt(scenario.assumptions, years));
    const manual = used.filter((r) => drills[r.index]!.outcome === 'manual').length;
    const posterior = manualPosterior(prior, manual, used.length);
    figures.manualPathProbability[pattern] = betaMean(posterior.alpha, posterior.beta);
    updated.push({
      distribution: `${MANUAL_SHARE_PREFIX}${pattern}`,
      pattern,
      kind: 'manualShare',
      label: 'Chance that automation falls to people',
      drills: used.length,
      prior: betaSummary(prior),
      posterior: betaSummary(posterior),
    });

    // The automated failover's phases, within the region and across regions.
    for (const regional of [false, true]) {
      const automated = used.filter(
        (r) => drills[r.index]!.outcome === 'automated' && isRegional(drills[r.index]!.scope) === regional,
      );
      const cov = automated[0]?.coverage;
      if (!cov?.covered) continue;
      const measured = phaseMeasurements(
        table,
        automated.map((r) => drills[r.index]!),
        cov,
      );
      for (const id of cov.phases.flatMap((p) => p.ids)) {
        const values = measured.get(id);
        const entry = table[id];
        const fit = entry ? logNormalFit(entry.effective) : null;
        if (!values || !entry || !fit) continue;
        const after = calibratedDist(logMeanPosterior(fit.mu, values), fit.sigma);
        figures.distributions[id] = after;
        updated.push({
          distribution: id,
          pattern,
          kind: 'phase',
          label: entry.label,
          drills: values.length,
          prior: summary(entry.effective),
          posterior: summary(after),
          priorDist: entry.effective,
          posteriorDist: after,
        });
      }
    }
  }

  const calibrated = updated.length > 0 ? { ...scenario, calibrated: figures } : scenario;
  // A used drill slower than the 99th percentile of the model it now calibrates is worth a second look.
  const spread = spreadsOf(buildPlan(calibrated), scenario.simulation.seed);
  for (const r of reviews) {
    if (!r.used) continue;
    const drill = drills[r.index]!;
    const paths = spread(drill);
    if (!paths) continue;
    const p99 = quantileOf(paths.outage(), 0.99);
    if (drill.outageSeconds > p99)
      r.review.push({ kind: 'slower-than-p99', p99, manual: drill.outcome === 'manual' });
  }
  return {
    scenario: calibrated,
    asOf: asOfText,
    logged: drills.length,
    used: reviews.filter((r) => r.used).length,
    updated,
    reviews: reviews.map(({ coverage: _coverage, ...rest }) => rest),
  };
}
