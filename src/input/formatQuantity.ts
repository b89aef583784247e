/**
 * A field's stored value written the way people type it, so that an input shows `60 s`, `24 h`, `95%` or
 * `$5,600/min` and reading that text back (parseQuantity) gives the same number. Durations pick the largest
 * unit that divides the value exactly, so no digits are lost on the way. Numbers carry the marks of the
 * person's locale (localNumbers.ts): `$5.600/min` in Germany, read back there as 5,600 a minute.
 */
import { moneyExact, plainNumber, ungroupedNumber } from './localNumbers';
import { moneyPer, quantityKind, type QuantitySpec } from './parseQuantity';
import { PERIOD_WORDS } from './unitMath';

export { plainNumber } from './localNumbers';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

/** Seconds in the largest unit that divides them: 60 → "60 s", 900 → "15 min", 86400 → "24 h", 259200 → "3 days". */
export function formatSecondsExact(seconds: number, locale?: string): string {
  const whole = Number.isInteger(seconds) && seconds > 0;
  const n = (value: number) => plainNumber(value, locale);
  if (whole && seconds % DAY === 0 && seconds >= 2 * DAY) return `${n(seconds / DAY)} days`;
  if (whole && seconds % HOUR === 0) return `${n(seconds / HOUR)} h`;
  if (whole && seconds % MINUTE === 0 && seconds >= 2 * MINUTE) return `${n(seconds / MINUTE)} min`;
  return `${n(seconds)} s`;
}

/** 0.95 → "95%", 0.9995 → "99.95%", 0.015 → "1.5%". */
export function formatFractionExact(fraction: number, locale?: string): string {
  return `${plainNumber(Number((fraction * 100).toPrecision(12)), locale)}%`;
}

/** Money with cents only when there are any: "$5,600", "$0.5", "CHF 1,200". */
export function formatMoneyExact(amount: number, currency: string, locale?: string): string {
  return moneyExact(amount, currency, locale);
}

/**
 * The value of a field as an input shows it, with the marks of `locale` (en-US when not given); text
 * fields pass through.
 */
export function formatQuantity(
  spec: QuantitySpec,
  value: unknown,
  currency: string,
  locale?: string,
): string {
  if (typeof value !== 'number') return typeof value === 'string' ? value : '';
  const n = (number: number) => plainNumber(number, locale);
  switch (quantityKind(spec)) {
    case 'duration':
      return formatSecondsExact(value, locale);
    case 'hours':
      return `${n(value)} h`;
    case 'fraction':
      return formatFractionExact(value, locale);
    case 'money': {
      const per = moneyPer(spec);
      const amount = formatMoneyExact(value, currency, locale);
      return per === null ? amount : `${amount}/${PERIOD_WORDS[per]}`;
    }
    case 'rate':
      return `${n(value)} per year`;
    case 'years':
      return `${n(value)} ${value === 1 ? 'year' : 'years'}`;
    case 'integer':
      return spec.unit === '' ? ungroupedNumber(value) : n(value);
    case 'number':
    case null:
      return n(value);
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
