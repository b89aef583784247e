import { formatMoney, formatNumber, formatPercent } from '../format';

/**
 * Short labels for ticks and read-outs; longer amounts use ../format. en-US like the rest of the app.
 */

const compact = new Map<string, Intl.NumberFormat>();

/** Money in few characters for axis ticks: `$0`, `$250K`, `$1.5M`. */
export function formatMoneyShort(amount: number, currency: string): string {
  let f = compact.get(currency);
  if (!f) {
    try {
      f = new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        notation: 'compact',
        // Both bounds: engines disagree on the minimum a currency implies ("$0.0" in some).
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      });
    } catch {
      f = new Intl.NumberFormat('en-US', {
        notation: 'compact',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      });
    }
    compact.set(currency, f);
  }
  return f.format(amount);
}

/** Money in whole units, or compact from a million: `$5,600`, `$2.9M`. */
export function formatMoneyReadOut(amount: number, currency: string): string {
  return Math.abs(amount) >= 1e6 ? formatMoneyShort(amount, currency) : formatMoney(amount, currency);
}

/** Seconds on a log axis: `0.01`, `1`, `1,000`. */
export function formatSecondsTick(seconds: number): string {
  return formatNumber(seconds);
}

/** A share with one decimal only when it matters: `95%`, `99.7%`. */
export function formatShare(fraction: number): string {
  return formatPercent(fraction, fraction > 0.99 || fraction < 0.01 ? 1 : 0);
}

/** Seconds with a friendlier unit alongside when long: `45 s`, `3,150 s (52.5 min)`. */
export function formatSecondsReadOut(seconds: number): string {
  const s = `${formatNumber(seconds)} s`;
  if (seconds >= 3600 * 2) return `${s} (${formatNumber(seconds / 3600)} h)`;
  if (seconds >= 120) return `${s} (${formatNumber(seconds / 60)} min)`;
  return s;
}
