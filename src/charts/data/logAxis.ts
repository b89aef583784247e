/**
 * Helpers for log-scaled axes: whole decades as the domain, so that ticks fall on 1, 10, 100 …
 * and the same data always gives the same axis.
 */

/**
 * Ends of a log axis are kept within 10^±300, where every power of ten is an ordinary double: a subnormal
 * value's decade would otherwise round to 0 and its exponent to −Infinity (and a tick loop never end).
 */
const LEAST = 1e-300;
const MOST = 1e300;

/** log10 that is exact for powers of ten (Math.log10(1000) can come out as 2.9999999999999996). */
function exponent(x: number): number {
  const e = Math.log10(Math.min(Math.max(x, LEAST), MOST));
  const rounded = Math.round(e);
  return Math.abs(e - rounded) < 1e-9 ? rounded : e;
}

/** The largest power of ten ≤ x (x > 0). */
export function decadeFloor(x: number): number {
  return 10 ** Math.floor(exponent(x));
}

/** The smallest power of ten ≥ x (x > 0). */
export function decadeCeil(x: number): number {
  return 10 ** Math.ceil(exponent(x));
}

/** A log domain of whole decades that holds every positive value given, at least one decade wide. */
export function decadeDomain(values: readonly number[], fallback: [number, number]): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return fallback;
  const lo = decadeFloor(Math.min(...positive));
  const hi = decadeCeil(Math.max(...positive));
  return [lo, hi > lo ? hi : lo * 10];
}

/** Powers of ten within [lo, hi]: the ticks of a log axis. */
export function decadeTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(exponent(lo)); e <= Math.floor(exponent(hi)); e++) out.push(10 ** e);
  return out;
}

/** 1, 2, 5 × 10^k within [lo, hi]: stops for reading a log axis with the keyboard. */
export function logStops(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(exponent(lo)); e <= Math.ceil(exponent(hi)); e++) {
    for (const m of [1, 2, 5]) {
      // Multiply the integer mantissa by a power of ten once, so 2 × 10^-2 is exactly 0.02.
      const v = e >= 0 ? m * 10 ** e : m / 10 ** -e;
      if (v >= lo && v <= hi) out.push(v);
    }
  }
  return out;
}

/** The largest of 1, 2, 5 × 10^k that is ≤ x (x > 0): a tidy lower end for a log axis. */
export function stepFloor(x: number): number {
  return (
    logStops(decadeFloor(x), decadeCeil(x))
      .filter((v) => v <= x)
      .at(-1) ?? decadeFloor(x)
  );
}

/** The smallest of 1, 2, 5 × 10^k that is ≥ x (x > 0): a tidy upper end for a log axis. */
export function stepCeil(x: number): number {
  return logStops(decadeFloor(x), decadeCeil(x)).find((v) => v >= x) ?? decadeCeil(x);
}

/** Sorted, without exact duplicates. */
export function sortedUnique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** Seconds in a minute, an hour and a day: the round durations a duration axis is ticked at. */
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

/**
 * Ticks of a log axis of durations (seconds) at durations a person names: powers of ten of seconds up to
 * 10 s, then 1 min, 10 min, 1 h, 1 day and powers of ten of days, within [lo, hi]. Written by the one
 * duration formatter, they read "0.1 s, 1 s, 10 s, 60 s, 10 min, 60 min, 24 h, 10 days" rather than
 * "1,000 s" or "100,000 s".
 */
export function durationTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(exponent(lo)); e <= 1 && 10 ** e <= hi; e++)
    out.push(e >= 0 ? 10 ** e : 1 / 10 ** -e);
  for (const t of [MINUTE, 10 * MINUTE, HOUR]) if (t >= lo && t <= hi) out.push(t);
  for (let days = DAY; days <= hi; days *= 10) if (days >= lo) out.push(days);
  return out;
}
