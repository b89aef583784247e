/**
 * A field's stored value written the way people type it, so that an input shows `60 s`, `24 h`, `95%` or
 * `$5,600/min` and reading that text back (parseQuantity) gives the same number. Durations pick the largest
 * unit that divides the value exactly, so no digits are lost on the way.
 */
import { moneyPer, quantityKind, type QuantitySpec } from './parseQuantity';
import type { TimeUnit } from './unitMath';

const LOCALE = 'en-US';
const plainFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 6 });
const ungroupedFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 6, useGrouping: false });

/** 5600 → "5,600"; 0.125 → "0.125"; up to six decimals. */
export function plainNumber(value: number): string {
  return plainFormat.format(value);
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

/** Seconds in the largest unit that divides them: 60 → "60 s", 900 → "15 min", 86400 → "24 h", 259200 → "3 days". */
export function formatSecondsExact(seconds: number): string {
  const whole = Number.isInteger(seconds) && seconds > 0;
  if (whole && seconds % DAY === 0 && seconds >= 2 * DAY) return `${plainNumber(seconds / DAY)} days`;
  if (whole && seconds % HOUR === 0) return `${plainNumber(seconds / HOUR)} h`;
  if (whole && seconds % MINUTE === 0 && seconds >= 2 * MINUTE) return `${plainNumber(seconds / MINUTE)} min`;
  return `${plainNumber(seconds)} s`;
}

/** 0.95 → "95%", 0.9995 → "99.95%", 0.015 → "1.5%". */
export function formatFractionExact(fraction: number): string {
  return `${plainNumber(Number((fraction * 100).toPrecision(12)))}%`;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Money with cents only when there are any: "$5,600", "$0.5", "CHF 1,200". */
export function formatMoneyExact(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat(LOCALE, {
        style: 'currency',
        currency,
        minimumFractionDigits: 0,
        maximumFractionDigits: 2,
      });
    } catch {
      format = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
    }
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}

/** How a money field's period is written after the slash: "$5,600/min", "$12,000/month". */
const PER_WORDS: Record<TimeUnit, string> = {
  ms: 'ms',
  s: 's',
  minute: 'min',
  hour: 'h',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'yr',
};

/** The value of a field as an input shows it; text fields pass through. */
export function formatQuantity(spec: QuantitySpec, value: unknown, currency: string): string {
  if (typeof value !== 'number') return typeof value === 'string' ? value : '';
  switch (quantityKind(spec)) {
    case 'duration':
      return formatSecondsExact(value);
    case 'hours':
      return `${plainNumber(value)} h`;
    case 'fraction':
      return formatFractionExact(value);
    case 'money': {
      const per = moneyPer(spec);
      return per === null
        ? formatMoneyExact(value, currency)
        : `${formatMoneyExact(value, currency)}/${PER_WORDS[per]}`;
    }
    case 'rate':
      return `${plainNumber(value)} per year`;
    case 'years':
      return `${plainNumber(value)} ${value === 1 ? 'year' : 'years'}`;
    case 'integer':
      return spec.unit === '' ? ungroupedFormat.format(value) : plainNumber(value);
    case 'number':
    case null:
      return plainNumber(value);
  }
}

/** The unit of a field in words, shown beside its label: "seconds", "USD per minute", "% or fraction". */
export function unitText(spec: QuantitySpec, currency: string): string {
  switch (quantityKind(spec)) {
    case 'duration':
      return 's, min, h or days';
    case 'hours':
      return 'h, min or days';
    case 'fraction':
      return '% or fraction';
    case 'money': {
      const per = moneyPer(spec);
      if (per === null) return currency;
      if (per === 's') return `${currency} per second of data`;
      if (per === 'day') return `${currency} per person-day`;
      return `${currency} per ${per}`;
    }
    case 'rate':
      return 'per year';
    case 'years':
      return 'years';
    case 'integer':
      return spec.unit === 'count' ? 'count' : spec.unit;
    case 'number':
      return spec.unit;
    case null:
      return spec.unit === 'ISO 4217' ? 'ISO 4217 code' : '';
  }
}
