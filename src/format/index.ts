/**
 * The one formatter of each concept, for every text a person reads: the app, the command line's report
 * and the PDF. Models hand over plain numbers with units in their names; only this module turns them into
 * words, with one rounding rule per concept (rounding to nearest, never truncating). The UI is written in
 * English, so numbers use the `en-US` conventions too. Inputs echo what was typed in a form of their own
 * (src/input/formatQuantity.ts), which must read back exactly.
 */
import type { Dist, MoneyRange } from '../../models/types';

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

/** A currency format, or a plain number with the code after it when the code is not one Intl knows. */
function currencyFormat(currency: string, digits: number, compact = false): Intl.NumberFormat {
  const key = `money:${currency}:${digits}:${compact}`;
  let format = cache.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = {
      maximumFractionDigits: digits,
      // Both bounds: engines disagree on the minimum a currency implies ("$0.0" in some).
      minimumFractionDigits: 0,
      ...(compact ? { notation: 'compact' } : {}),
    };
    try {
      format = new Intl.NumberFormat(LOCALE, { style: 'currency', currency, ...options });
    } catch {
      format = new Intl.NumberFormat(LOCALE, options);
    }
    cache.set(key, format);
  }
  return format;
}

/**
 * Money in the scenario's currency: whole units below a million ("$12,000"), then millions and billions
 * with two decimals ("$1.25M", "$3.4B").
 */
export function formatMoney(amount: number, currency: string): string {
  const size = Math.abs(amount);
  if (size >= 1e9) return `${currencyFormat(currency, 2).format(amount / 1e9)}B`;
  if (size >= 1e6) return `${currencyFormat(currency, 2).format(amount / 1e6)}M`;
  return currencyFormat(currency, 0).format(Math.round(amount));
}

/** Money per unit of something, e.g. `$5,600/min`. */
export function formatMoneyRate(amount: number, currency: string, per: string): string {
  return `${formatMoney(amount, currency)}/${per}`;
}

/** A range of money, "$4,000–$12,000", or one amount when its ends are the same. */
export function formatMoneyRange(range: Pick<MoneyRange, 'low' | 'high'>, currency: string): string {
  const low = formatMoney(range.low, currency);
  const high = formatMoney(range.high, currency);
  return low === high ? low : `${low}–${high}`;
}

/**
 * Money in few characters for axis ticks: `$0`, `$250K`, `$1.5M`. An amount under one unit keeps two
 * significant digits (`$0.01`), so that a tick of a log axis never reads `$0`.
 */
export function formatMoneyTick(amount: number, currency: string): string {
  if (amount !== 0 && Math.abs(amount) < 0.95) return subUnitFormat(currency).format(amount);
  return currencyFormat(currency, 1, true).format(amount);
}

function subUnitFormat(currency: string): Intl.NumberFormat {
  const key = `money-small:${currency}`;
  let format = cache.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = { maximumSignificantDigits: 2 };
    try {
      format = new Intl.NumberFormat(LOCALE, { style: 'currency', currency, ...options });
    } catch {
      format = new Intl.NumberFormat(LOCALE, options);
    }
    cache.set(key, format);
  }
  return format;
}

/** A plain quantity with a sensible number of decimals for its size: 0.05, 1.8, 42, 12,345. */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  const digits = magnitude === 0 || magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
  return formatter(`number:${digits}`, { maximumFractionDigits: digits }).format(value);
}

/** A size in bytes, in the unit that keeps it short: "850 bytes", "12.5 KB", "3.2 MB" (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${oneDecimal(bytes / 1024)} KB`;
  return `${oneDecimal(bytes / (1024 * 1024))} MB`;
}

/** A week of a plan's timeline: "3", "2.5" (one decimal at most, rounded). */
export function formatWeek(week: number): string {
  return oneDecimal(week);
}

/** A whole count: `20,000`. */
export function formatCount(value: number): string {
  return formatter('count', { maximumFractionDigits: 0 }).format(value);
}

function oneDecimal(value: number): string {
  return formatter('one', { maximumFractionDigits: 1 }).format(value);
}

/**
 * A duration in the unit a person would use: "0 s", "0.05 s", "3.5 s", "34 s", "4.2 min", "3.5 h",
 * "2.1 days". Below 1 s two significant digits (a replication lag of 0.05 s is not 0.1 s), below 10 s one
 * decimal, to 2 min whole seconds, to 2 h minutes, to 2 days hours, then days.
 */
export function formatDuration(seconds: number): string {
  const s = Math.abs(seconds);
  if (s === 0) return '0 s';
  if (s < 0.995) return `${formatter('subsecond', { maximumSignificantDigits: 2 }).format(seconds)} s`;
  if (s < 9.95) return `${oneDecimal(seconds)} s`;
  if (s < 119.5) return `${Math.round(seconds)} s`;
  if (s < 7200) return `${oneDecimal(seconds / 60)} min`;
  if (s < 172800) return `${oneDecimal(seconds / 3600)} h`;
  return `${oneDecimal(seconds / 86400)} days`;
}

/** A duration given in minutes, written as formatDuration writes it: 90 → "90 min", 0.5 → "30 s". */
export function formatMinutes(minutes: number): string {
  return formatDuration(minutes * 60);
}

/**
 * A share (of incidents, of a budget …) in percent with one decimal: "95%", "97.5%". A share that is not
 * exactly 0 or 1 never rounds to it: "< 0.1%", "> 99.9%".
 */
export function formatPercent(fraction: number): string {
  if (fraction > 0 && fraction < 0.0005) return '< 0.1%';
  if (fraction < 1 && fraction >= 0.9995) return '> 99.9%';
  return `${oneDecimal(fraction * 100)}%`;
}

/**
 * Availability with three decimals, enough to tell 99.99% from 99.999% without claiming more than a year's
 * minutes of downtime carry: "99.996%". Only a year without downtime is "100%".
 */
export function formatAvailability(fraction: number): string {
  if (fraction >= 1) return '100%';
  if (fraction >= 0.9999995) return '> 99.9999%';
  const digits = fraction >= 0.99999 ? 4 : 3;
  return `${formatter(`availability:${digits}`, { maximumFractionDigits: digits }).format(fraction * 100)}%`;
}

/** A distribution in words, e.g. "30 s / 1 min / 5 min (least / most likely / greatest)". */
export function formatDist(dist: Dist): string {
  switch (dist.kind) {
    case 'fixed':
      return formatDuration(dist.value);
    case 'uniform':
      return `uniform ${formatDuration(dist.min)} – ${formatDuration(dist.max)}`;
    case 'triangular':
      return `${formatDuration(dist.min)} / ${formatDuration(dist.mode)} / ${formatDuration(dist.max)} (least / most likely / greatest)`;
    case 'lognormal':
      return `lognormal, median ${formatDuration(dist.median)}, 95th percentile ${formatDuration(dist.p95)}, at most ${formatDuration(dist.max)}`;
    case 'mixture': {
      const total = dist.parts.reduce((s, p) => s + p.weight, 0);
      return dist.parts
        .map((p) => `${formatPercent(p.weight / total)} ${p.label}: ${formatDist(p.dist)}`)
        .join('; ');
    }
  }
}

/** "P95", "P90", "P99.5": the percentile a confidence level names. */
export function percentileName(confidence: number): string {
  return `P${oneDecimal(confidence * 100)}`;
}
