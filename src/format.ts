/**
 * Display formatting for the app. Models hand over plain numbers with units in their names; only this module
 * turns them into text. The UI is written in English, so numbers use the `en-US` conventions too.
 */

const LOCALE = 'en-US';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, options);
    cache.set(key, format);
  }
  return format;
}

/** Money in the scenario's currency, whole units: `$12,000`. */
export function formatMoney(amount: number, currency: string): string {
  return formatter(`money:${currency}`, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(amount);
}

/** Money per unit of something, e.g. `$5,600/min`. */
export function formatMoneyRate(amount: number, currency: string, per: string): string {
  return `${formatMoney(amount, currency)}/${per}`;
}

/** A plain quantity with a sensible number of decimals for its size: 0.05, 1.8, 42, 12,345. */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  const digits = magnitude === 0 || magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
  return formatter(`number:${digits}`, { maximumFractionDigits: digits }).format(value);
}

/** A whole count: `20,000`. */
export function formatCount(value: number): string {
  return formatter('count', { maximumFractionDigits: 0 }).format(value);
}

/** Seconds as a number of seconds (the table's unit is in its header): `23.4`, `3,600`. */
export function formatSeconds(seconds: number): string {
  return formatNumber(seconds);
}

/** A duration in words for inputs: `60 s`, `15 min`, `4 h`, `1 h 30 min`. */
export function formatDuration(seconds: number): string {
  if (seconds < 120) return `${formatNumber(seconds)} s`;
  const minutes = seconds / 60;
  if (minutes < 120) return `${formatNumber(minutes)} min`;
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes - hours * 60);
  return rest === 0 ? `${formatCount(hours)} h` : `${formatCount(hours)} h ${rest} min`;
}

/**
 * A fraction in [0, 1] as a percentage. `digits` decimals, trailing zeros dropped:
 * formatPercent(0.95) = "95%", formatPercent(0.999948, 4) = "99.9948%".
 */
export function formatPercent(fraction: number, digits = 0): string {
  return formatter(`percent:${digits}`, {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(fraction);
}

/**
 * Availability keeps enough decimals to tell 99.99% from 99.999% without claiming more precision
 * than a yearly downtime in minutes carries.
 */
export function formatAvailability(fraction: number): string {
  return formatPercent(fraction, 4);
}
