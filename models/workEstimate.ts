/**
 * How long a run will take, before it starts. The engine's work grows with the trials and, in each trial,
 * with the incidents it simulates (every incident is followed through every architecture), so a run costs
 * about trials × (NS_PER_TRIAL + NS_PER_INCIDENT × incidents a year) on one core. The two constants were
 * measured with `npm run bench` (which prints them as "estimate calibration") on the machine the app is
 * developed and tested on, for the engine as it ships; the app refines them with the speed it observes
 * in its own runs (src/store/runSlice.ts).
 *
 * A scenario is valid up to 1,000 incidents a year on each of five scopes and 5,000,000 trials: about
 * 10^10 incidents, hours of work. Nothing refuses that (someone may mean it), but a run expected to take
 * longer than SLOW_RUN_SECONDS is announced first, and one that arrives by a shared link waits for a click.
 */
import type { Scenario } from './types';
import { SCOPE_IDS } from './types';

/**
 * Nanoseconds of one core per trial, incidents aside (drawing the year's incident counts, the sums):
 * measured 80 to 260 ns on the two shared cores the app is developed on.
 */
export const NS_PER_TRIAL = 200;
/** Nanoseconds of one core per incident, through every architecture: measured 350 to 720 ns there. */
export const NS_PER_INCIDENT = 500;
/** Runs expected to take longer than this, in seconds, are announced (and not started by a link). */
export const SLOW_RUN_SECONDS = 10;

export interface WorkEstimate {
  trials: number;
  /** Expected incidents in a simulated year: the sum of the failure rates of every scope. */
  incidentsPerYear: number;
  /** Seconds of wall-clock time expected, on `cores` cores at the measured speed. */
  seconds: number;
  /** Whether `seconds` is over SLOW_RUN_SECONDS. */
  slow: boolean;
}

export interface EstimateOptions {
  /** Cores the run is spread over (the app's workers; 1 in the command line). */
  cores?: number;
  /** Observed time over estimated time of earlier runs on this machine; 1 before there is any. */
  speedFactor?: number;
  /** Trials to estimate for, when not the scenario's own (a preview). */
  trials?: number;
}

/** Expected incidents a year, over every failure scope. */
export function incidentsPerYear(scenario: Scenario): number {
  let sum = 0;
  for (const scope of SCOPE_IDS) sum += scenario.failureRates[scope];
  return sum;
}

/** Seconds of one core for `trials` trials with `incidents` incidents a year, at the measured speed. */
export function coreSeconds(trials: number, incidents: number): number {
  return (trials * (NS_PER_TRIAL + NS_PER_INCIDENT * incidents)) / 1e9;
}

/** The estimate of a run of `scenario` (or of `trials` of it). */
export function estimateWork(scenario: Scenario, options: EstimateOptions = {}): WorkEstimate {
  const trials = options.trials ?? scenario.simulation.trials;
  const cores = Math.max(1, options.cores ?? 1);
  const factor = options.speedFactor !== undefined && options.speedFactor > 0 ? options.speedFactor : 1;
  const incidents = incidentsPerYear(scenario);
  const seconds = (coreSeconds(trials, incidents) / cores) * factor;
  return { trials, incidentsPerYear: incidents, seconds, slow: seconds > SLOW_RUN_SECONDS };
}
