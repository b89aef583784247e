/**
 * Conversion between the units of time people type, by a table: every entry with a unit is read at once,
 * with nothing to load. The factors are those of mathjs, which reads the entries with arithmetic
 * (arithmetic.ts), so that `1 month` is the same number whichever way it was typed: a year of 365.25 days
 * and a month of a twelfth of it.
 */

/** Units of time the planner converts between, by their mathjs names. */
export type TimeUnit = 'ms' | 's' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const YEAR_SECONDS = 365.25 * 86400;

/** Seconds in one of each unit. */
export const SECONDS_PER: Readonly<Record<TimeUnit, number>> = {
  ms: 0.001,
  s: 1,
  minute: 60,
  hour: 3600,
  day: 86400,
  week: 7 * 86400,
  month: YEAR_SECONDS / 12,
  year: YEAR_SECONDS,
};

/** Drops the noise of binary floating point (1 month in years is 0.08333333333333333…, not 1/12 ± ε). */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** `value` in unit `from`, expressed in unit `to`: convertTime(1.5, 'minute', 's') = 90. */
export function convertTime(value: number, from: TimeUnit, to: TimeUnit): number {
  if (from === to) return value;
  // Multiply by the larger of the two ratios, or divide by it, so that round figures stay round.
  return SECONDS_PER[from] >= SECONDS_PER[to]
    ? clean(value * (SECONDS_PER[from] / SECONDS_PER[to]))
    : clean(value / (SECONDS_PER[to] / SECONDS_PER[from]));
}

/**
 * A rate per `from` expressed per `to`: convertRate(336000, 'hour', 'minute') = 5600. A rate per unit of
 * time converts as the inverse of a time.
 */
export function convertRate(value: number, from: TimeUnit, to: TimeUnit): number {
  if (from === to) return value;
  return convertTime(value, to, from);
}

/** How an amount's period is written after its slash: "$5,600/min", "$12,000/month". */
export const PERIOD_WORDS: Readonly<Record<TimeUnit, string>> = {
  ms: 'ms',
  s: 's',
  minute: 'min',
  hour: 'h',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'yr',
};
