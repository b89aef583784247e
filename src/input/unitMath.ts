/**
 * Unit conversion for what people type, by the restricted mathjs instance of mathInstance.ts. That module
 * (mathjs is most of its weight) loads on demand: `loadUnits()` starts it, and the inputs start it as soon
 * as they appear, long before anyone has typed a unit. A conversion asked for before it has arrived throws
 * `UnitsLoading`, and the caller tries again once `loadUnits()` resolves. Conversions within one unit need
 * no mathjs at all, so a bare number is always read at once.
 */

/** Units of time the planner converts between, by their mathjs names. */
export type TimeUnit = 'ms' | 's' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

type Convert = (value: number, from: TimeUnit, to: TimeUnit) => number;

let convert: Convert | null = null;
let loading: Promise<void> | null = null;

/** Thrown by a conversion asked for before the converter has loaded. */
export class UnitsLoading extends Error {
  constructor() {
    super('Unit conversion is still loading.');
  }
}

/** Loads the converter (once); resolves when conversions work. */
export function loadUnits(): Promise<void> {
  loading ??= import('./mathInstance').then(
    (module) => {
      convert = module.convert;
    },
    (error: unknown) => {
      // A failed chunk load may succeed later (a flaky network): let the next call try again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function unitsReady(): boolean {
  return convert !== null;
}

/** Drops the noise of binary floating point (1 month in years is 0.08333333333333333…, not 1/12 ± ε). */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** `value` in unit `from`, expressed in unit `to`: convertTime(1.5, 'minute', 's') = 90. */
export function convertTime(value: number, from: TimeUnit, to: TimeUnit): number {
  if (from === to) return value;
  if (!convert) {
    void loadUnits().catch(() => undefined);
    throw new UnitsLoading();
  }
  return clean(convert(value, from, to));
}

/**
 * A rate per `from` expressed per `to`: convertRate(336000, 'hour', 'minute') = 5600. It multiplies by the
 * number of `from` in one `to`, or divides by its inverse when that is the larger one (60 rather than
 * 1/60), so that round figures stay round.
 */
export function convertRate(value: number, from: TimeUnit, to: TimeUnit): number {
  if (from === to) return value;
  const fromPerTo = convertTime(1, to, from);
  return fromPerTo >= 1 ? clean(value * fromPerTo) : clean(value / convertTime(1, from, to));
}
