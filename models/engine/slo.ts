/**
 * An availability objective, checked window by window. Downtime per window is simulated, not read off a
 * year: a window is a trial of its own in which each scope's incidents arrive at the scope's annual rate
 * times the window's share of a year (a Poisson process over a shorter time), played out exactly as a
 * year's are. The windows are the kernel's trials of `windowScenario`, with the scenario's seed.
 */
import type { Scenario, SloResult, SloWindow } from '../types';
import { exceedance, quantile, type HistogramView } from './histogram';

/** Minutes in a day, and in a year of 365.25 days. */
const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_YEAR = 365.25 * MINUTES_PER_DAY;

/** A window's share of a year: a month is 365.25 / 12 days, a quarter three of them. */
export function windowYears(window: SloWindow): number {
  return window === 'month' ? 1 / 12 : 1 / 4;
}

/** The scenario whose trials are the objective's windows: every failure rate times the window's share. */
export function windowScenario(scenario: Scenario): Scenario {
  const w = windowYears(scenario.slo.window);
  const rates = scenario.failureRates;
  return {
    ...scenario,
    failureRates: {
      node: rates.node * w,
      storage: rates.storage * w,
      network: rates.network * w,
      zone: rates.zone * w,
      region: rates.region * w,
    },
  };
}

/** Downtime an objective allows over each period, minutes. */
export function allowedMinutes(target: number) {
  const allowed = (minutes: number) => (1 - target) * minutes;
  return {
    day: allowed(MINUTES_PER_DAY),
    week: allowed(7 * MINUTES_PER_DAY),
    month: allowed(MINUTES_PER_YEAR / 12),
    quarter: allowed(MINUTES_PER_YEAR / 4),
    year: allowed(MINUTES_PER_YEAR),
  };
}

/**
 * One architecture's figures against the objective. `windows` is its histogram of downtime per simulated
 * window (minutes); `meanMinutes` the expected unplanned downtime per window (the annual expectation times
 * the window's share: the compound-Poisson mean, less noisy than the windows' average). Planned maintenance
 * counts, when the objective does not exclude it, as its yearly minutes spread evenly: the same minutes in
 * every window.
 */
export function sloResult(
  slo: Scenario['slo'],
  windows: HistogramView,
  meanMinutes: number,
  maintenanceMinutesPerYear: number,
): SloResult {
  const allowed = allowedMinutes(slo.target);
  const perWindow = allowed[slo.window];
  const planned = slo.excludePlannedMaintenance ? 0 : maintenanceMinutesPerYear * windowYears(slo.window);
  const mean = meanMinutes + planned;
  return {
    allowedMinutes: allowed,
    allowedMinutesPerWindow: perWindow,
    windowDowntimeMinutes: {
      mean,
      p50: quantile(windows, 0.5) + planned,
      p95: quantile(windows, 0.95) + planned,
      p99: quantile(windows, 0.99) + planned,
    },
    breachProbability: planned > perWindow ? 1 : exceedance(windows, perWindow - planned),
    // The target is below 1 (the validator's bound), so a window always allows some downtime.
    expectedBudgetUsed: mean / perWindow,
  };
}
