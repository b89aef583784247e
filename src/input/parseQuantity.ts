/**
 * What people type into a field, turned into the number the scenario stores, in the field's own unit
 * (seconds, a fraction, currency per minute, incidents per year …). Bounds are not checked here: the
 * scenario validator does that for the whole candidate scenario, so this module only reads the entry.
 *
 *   duration   90 s · 1.5 min · 2 h · 1 day · 500 ms · 1 h 30 min · 00:02:00 · 2:30 (min:s) · 90 (bare = seconds)
 *   hours      2 h · 90 min · 1.5 days · 1:30:00 · 2 (bare = hours)
 *   fraction   99.95% · 0.95 (a bare 95 is refused: write 95% or 0.95)
 *   money      5600 · $5,600 · 5,600 USD · $5,600/min · $336k/h · 1.2M (converted to the field's "per")
 *   rate       0.3 · 0.3/yr · 2 per year · 1 per month (= 12 per year) · 1 every 2 years · quarterly · 1.5%
 *   years      3 · 1.5 years · 18 months
 *   integer    3 · 100,000 · 100k
 *
 * Numbers are read by the conventions of the person's locale first (localNumbers.ts: `9.000` is nine
 * thousand in Germany, nine in the United States), and an entry read by a guess says so in `notes`: a
 * number that could be read either way, a bare amount in a field that counts per minute (`12,000` is taken
 * as $12,000 a minute, and the note says how to write it per hour), minutes and seconds written `2:30`.
 *
 * The hand-written readers below come first: they read what mathjs cannot read or would misread (`$12k/h`,
 * `quarterly`, `99.95%`, `1 h 30 min`, `12,000`). An entry they do not read and that has the shape of
 * arithmetic (`2 h + 30 min`, `3 * 45 s`, `12000 USD / hour + 500 USD / hour`) goes to the restricted
 * mathjs reader (mathInstance.ts), with the field's own unit words.
 */
import type { FieldSpec } from '../../models/scenario/fields';
import { ArithmeticLoading, readArithmetic } from './arithmetic';
import { moneyExact, plainNumber, readLocalNumbers } from './localNumbers';
import type { ArithmeticResult, Word } from './mathInstance';
import { convertRate, convertTime, PERIOD_WORDS, SECONDS_PER, type TimeUnit } from './unitMath';

/**
 * The number read, or why not. `notes` say what a reading assumed, when it had to (one sentence each; left
 * out when nothing was assumed). `pending` marks an entry with arithmetic typed before the arithmetic reader
 * has loaded (arithmetic.ts): read it again once `loadArithmetic()` resolves.
 */
export type Quantity =
  { ok: true; value: number; notes?: string[] } | { ok: false; message: string; pending?: true };

/** Shown for the moment between an entry with arithmetic and the arrival of the reader. */
export const ARITHMETIC_LOADING = 'Working it out…';

/** Longest entry read, in characters: no quantity needs more, and a bound keeps the work small. */
export const MAX_ENTRY_LENGTH = 64;

/** What the parser needs to know of a field. */
export type QuantitySpec = Pick<FieldSpec, 'kind' | 'unit'>;

export interface QuantityContext {
  /** ISO 4217 code of the scenario's money, e.g. "USD": a symbol or code typed must match it. */
  currency?: string;
  /** Whose conventions numbers are read by, e.g. "de-DE"; en-US when not given. */
  locale?: string | undefined;
}

export type QuantityKind =
  'duration' | 'hours' | 'fraction' | 'money' | 'rate' | 'years' | 'integer' | 'number';

/** The kind of entry a field takes, from its kind and unit; null for text and choice fields. */
export function quantityKind(spec: QuantitySpec): QuantityKind | null {
  if (spec.kind === 'fraction') return 'fraction';
  if (spec.kind === 'integer') return 'integer';
  if (spec.kind !== 'number') return null;
  if (spec.unit === 's') return 'duration';
  if (spec.unit === 'h') return 'hours';
  if (spec.unit === 'currency' || spec.unit.startsWith('currency/')) return 'money';
  if (spec.unit === 'per year') return 'rate';
  if (spec.unit === 'years') return 'years';
  return 'number';
}

/** The time unit a money field counts per ("currency/min" → minute); null for a sum paid once. */
export function moneyPer(spec: QuantitySpec): TimeUnit | null {
  if (spec.unit === 'currency') return null;
  return MONEY_PER.get(spec.unit.slice('currency/'.length)) ?? 'minute';
}

const MONEY_PER = new Map<string, TimeUnit>([
  ['s', 's'],
  ['min', 'minute'],
  ['h', 'hour'],
  ['day', 'day'],
  ['month', 'month'],
  ['year', 'year'],
]);

// Maps, not object literals: a typed "constructor" must not find Object.prototype.constructor.
const TIME_WORDS = new Map<string, TimeUnit>([
  ...words('ms', ['ms', 'msec', 'msecs', 'millisecond', 'milliseconds']),
  ...words('s', ['s', 'sec', 'secs', 'second', 'seconds']),
  ...words('minute', ['m', 'min', 'mins', 'minute', 'minutes']),
  ...words('hour', ['h', 'hr', 'hrs', 'hour', 'hours']),
  ...words('day', ['d', 'day', 'days']),
  ...words('week', ['w', 'wk', 'wks', 'week', 'weeks']),
  ...words('month', ['mo', 'mos', 'month', 'months']),
  ...words('year', ['y', 'yr', 'yrs', 'year', 'years']),
]);

/** "Once per …" words a rate may be written as, with the period in months or in a time unit. */
const RATE_ADVERBS = new Map<string, { count: number; unit: TimeUnit }>([
  ['hourly', { count: 1, unit: 'hour' }],
  ['daily', { count: 1, unit: 'day' }],
  ['weekly', { count: 1, unit: 'week' }],
  ['monthly', { count: 1, unit: 'month' }],
  ['quarterly', { count: 3, unit: 'month' }],
  ['yearly', { count: 1, unit: 'year' }],
  ['annually', { count: 1, unit: 'year' }],
]);

const MULTIPLIERS = new Map<string, number>([
  ['k', 1e3],
  ['thousand', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['million', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
  ['billion', 1e9],
]);

function words(unit: TimeUnit, list: string[]): [string, TimeUnit][] {
  return list.map((word) => [word, unit]);
}

/** A number as typed: 5600, 5,600 (groups of three), 1.5, .5, 1e5. No sign. */
const UNSIGNED = String.raw`(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?`;
const SIGNED = `[+-]?${UNSIGNED}`;

const re = (source: string, flags = '') => new RegExp(source, flags);
const DURATION_PART = re(String.raw`\s*(${SIGNED})\s*([a-zμ]+)?`, 'y');
const FRACTION = re(String.raw`^(${SIGNED})\s*(%|percent|pct)?$`);
const RATE = re(
  String.raw`^(${SIGNED})\s*(%)?(?:\s*(?:/|per\b|an?\b|every\b|each\b)\s*(${UNSIGNED})?\s*([a-z]+))?$`,
);
const YEARS = re(String.raw`^(${SIGNED})\s*([a-z]+)?$`);
const INTEGER = re(String.raw`^(${SIGNED})\s*(k|m|thousand|million)?(?:\s+([a-z ]+))?$`);
const NUMBER = re(String.raw`^(${SIGNED})$`);
const MONEY_PER_SUFFIX = /(?:\s*\/\s*|\s+per\s+|\s+an?\s+)([a-z]+)$/;
const MONEY_BODY = re(
  String.raw`^([+-])?\s*([^\d\s.,+-]{1,4}?)?\s*(${UNSIGNED})\s*(k|m|mn|bn|b|thousand|million|billion)?\s*([a-z]{3}|\p{Sc})?$`,
  'u',
);
/** Minutes and seconds (2:30) or hours, minutes and seconds (00:02:00), seconds perhaps with decimals. */
const CLOCK = /^(\d+):(\d+)(?::(\d+))?(?:[.,](\d+))?$/;

const fail = (message: string): Quantity => ({ ok: false, message });
const ok = (value: number, notes: readonly string[] = []): Quantity => {
  if (!Number.isFinite(value)) return fail('That number is too large.');
  return notes.length === 0 ? { ok: true, value } : { ok: true, value, notes: [...notes] };
};

function toNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** Floating-point noise off: 1.1 × 1000 is 1100, not 1100.0000000000002. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** Lower case, one kind of space and minus, full-width digits folded. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Parse `text` typed into a field described by `spec`. Never throws. */
export function parseQuantity(text: string, spec: QuantitySpec, context: QuantityContext = {}): Quantity {
  const kind = quantityKind(spec);
  if (kind === null) return fail('This field takes text or a choice, not a quantity.');
  const hint = quantityHint(spec, context.currency);
  if (typeof text !== 'string') return fail(hint);
  if ([...text].length > MAX_ENTRY_LENGTH) {
    return fail(`Too long: an entry has at most ${MAX_ENTRY_LENGTH} characters. ${hint}`);
  }
  const typed = normalize(text);
  if (typed === '') return fail(hint);
  if (kind === 'duration' || kind === 'hours') {
    const clock = readClock(typed, context.locale);
    if (clock !== null) {
      if (typeof clock === 'string') return fail(`${clock} ${hint}`);
      return ok(kind === 'hours' ? clean(clock.seconds / 3600) : clock.seconds, clock.notes);
    }
  }
  const local = readLocalNumbers(typed, context.locale);
  if (!local.ok) return fail(`${local.message} ${hint}`);
  const s = local.text;
  let result: Read;
  try {
    result = readers[kind](s, spec, context) ?? readWithArithmetic(s, kind, spec, context);
  } catch (error) {
    if (error instanceof ArithmeticLoading) return { ok: false, message: ARITHMETIC_LOADING, pending: true };
    return fail(hint);
  }
  if (typeof result === 'number') return ok(result, local.notes);
  if (typeof result === 'object' && result !== null)
    return ok(result.value, [...local.notes, ...result.notes]);
  if (result !== null) return fail(result);
  return fail(hint);
}

/** What a reader gives: the value (with what it assumed), a message of its own, or null for the hint. */
type Read = number | { value: number; notes: string[] } | string | null;
type Reader = (s: string, spec: QuantitySpec, context: QuantityContext) => Read;

/**
 * A duration written as a clock: `00:02:00` (hours, minutes, seconds) or `2:30` (minutes and seconds, which
 * is said in a note, since a clock of two parts could be hours and minutes). Null when it is not one; a
 * message when minutes or seconds reach 60.
 */
function readClock(
  s: string,
  locale: string | undefined,
): { seconds: number; notes: string[] } | string | null {
  const m = CLOCK.exec(s);
  if (!m) return null;
  const [, first = '0', second = '0', third, fraction] = m;
  const parts = third === undefined ? [first, second] : [first, second, third];
  const later = parts.slice(1);
  if (later.some((part) => part.length > 2 || Number(part) >= 60)) {
    return `In ${s} the minutes and seconds must be below 60.`;
  }
  const seconds = (last: string) => Number(fraction === undefined ? last : `${last}.${fraction}`);
  if (third === undefined) {
    const total = clean(Number(first) * 60 + seconds(second));
    const asHours = `${first}:${second}:00`;
    return {
      seconds: total,
      notes: [
        `Read ${s} as minutes and seconds (${plainNumber(Number(first), locale)} min ${plainNumber(seconds(second), locale)} s); for hours and minutes, write ${asHours}.`,
      ],
    };
  }
  return { seconds: clean(Number(first) * 3600 + Number(second) * 60 + seconds(third)), notes: [] };
}

const readers: Record<QuantityKind, Reader> = {
  duration: readDuration,
  hours: readHours,
  fraction: readFraction,
  money: readMoney,
  rate: readRate,
  years: readYears,
  integer: readInteger,
  number: (s) => {
    const m = NUMBER.exec(s);
    return m?.[1] === undefined ? null : toNumber(m[1]);
  },
};

/** "90 s", "1 h 30 min", "1h30m"; a bare number is seconds, and only on its own. */
function readDuration(s: string): number | string | null {
  let total = 0;
  let parts = 0;
  let position = 0;
  while (position < s.length) {
    DURATION_PART.lastIndex = position;
    const m = DURATION_PART.exec(s);
    const number = m?.[1];
    if (!m || number === undefined) return null;
    if (parts > 0 && /^[+-]/.test(number)) return null;
    const word = m[2];
    position = DURATION_PART.lastIndex;
    let unit: TimeUnit = 's';
    if (word === undefined) {
      if (parts > 0 || position < s.length) return null;
    } else {
      const known = TIME_WORDS.get(word);
      if (!known) return `“${word}” is not a unit of time. Write a duration such as 90 s, 1.5 min or 2 h.`;
      unit = known;
    }
    total += convertTime(toNumber(number), unit, 's');
    parts += 1;
  }
  return clean(total);
}

/** A duration stored in hours: "2 h", "90 min", "1.5 days"; a bare number is hours. */
function readHours(s: string): number | string | null {
  if (NUMBER.test(s)) return toNumber(s);
  const seconds = readDuration(s);
  return typeof seconds === 'number' ? clean(seconds / 3600) : seconds;
}

function readFraction(s: string): number | string | null {
  const m = FRACTION.exec(s);
  if (m?.[1] === undefined) return null;
  const n = toNumber(m[1]);
  if (m[2] !== undefined) {
    if (n > 100) return 'A share is at most 100%. Write a percentage such as 95% or a fraction such as 0.95.';
    return clean(n / 100);
  }
  if (n > 1 && n <= 100) {
    const shown = String(clean(n));
    return `A bare number here is a fraction from 0 to 1: write ${shown}% or ${String(clean(n / 100))}.`;
  }
  if (n > 100) return 'A share is at most 100%. Write a percentage such as 95% or a fraction such as 0.95.';
  return n;
}

/** The period of the other reading of a bare amount, as people often give it for a field's period. */
const LIKELY_OTHER_PERIOD: Partial<Record<TimeUnit, TimeUnit>> = {
  s: 'hour',
  minute: 'hour',
  hour: 'minute',
  month: 'year',
  year: 'month',
};

const PERIOD_NAMES: Readonly<Record<TimeUnit, string>> = {
  ms: 'millisecond',
  s: 'second',
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};

/**
 * What an amount typed without a period was taken as, and how to write the other reading: "12,000" in the
 * downtime cost is $12,000 a minute, though the client may have said it per hour.
 */
function barePeriodNote(amount: number, per: TimeUnit, { currency, locale }: QuantityContext): string {
  const money = currency ? moneyExact(amount, currency, locale) : plainNumber(amount, locale);
  const taken = `Read as ${money}/${PERIOD_WORDS[per]}: an amount without a period counts per ${PERIOD_NAMES[per]} here.`;
  const other = LIKELY_OTHER_PERIOD[per];
  if (other === undefined) return taken;
  return `${taken} If the figure is per ${PERIOD_NAMES[other]}, write ${money}/${PERIOD_WORDS[other]}.`;
}

function readMoney(s: string, spec: QuantitySpec, context: QuantityContext): Read {
  const { currency } = context;
  let body = s;
  const fieldPer = moneyPer(spec);
  let per = fieldPer;
  const suffix = MONEY_PER_SUFFIX.exec(body);
  if (suffix?.[1] !== undefined) {
    const unit = TIME_WORDS.get(suffix[1]);
    if (!unit) return `“${suffix[1]}” is not a unit of time. ${quantityHint(spec, currency)}`;
    if (fieldPer === null)
      return `This is a sum paid once, not per ${suffix[1]}. ${quantityHint(spec, currency)}`;
    per = unit;
    body = body.slice(0, suffix.index);
  }
  const m = MONEY_BODY.exec(body);
  if (!m || m[3] === undefined) return null;
  const [, sign, prefix, number, multiplier, code] = m;
  for (const mark of [prefix, code]) {
    if (mark === undefined) continue;
    if (TIME_WORDS.has(mark)) return null;
    if (!currencyMatches(mark, currency)) return currencyMessage(currency);
  }
  const scale = multiplier === undefined ? 1 : (MULTIPLIERS.get(multiplier) ?? 1);
  const typed = (sign === '-' ? -1 : 1) * toNumber(number);
  // Only a product is cleaned of floating-point noise: twelve digits would cut the cents off $10,000,000,000.01.
  const amount = scale === 1 ? typed : clean(typed * scale);
  if (per === null || fieldPer === null) return amount;
  if (suffix === null) return { value: amount, notes: [barePeriodNote(amount, fieldPer, context)] };
  return convertRate(amount, per, fieldPer);
}

function readRate(s: string): number | string | null {
  const adverb = RATE_ADVERBS.get(s);
  if (adverb) return convertRate(1 / adverb.count, adverb.unit, 'year');
  const m = RATE.exec(s);
  if (m?.[1] === undefined) return null;
  const [, number, percent, every, word] = m;
  let value = toNumber(number);
  if (percent !== undefined) value = clean(value / 100);
  if (word === undefined) return value;
  let unit = TIME_WORDS.get(word);
  let count = every === undefined ? 1 : toNumber(every);
  if (word === 'quarter' || word === 'quarters') {
    unit = 'month';
    count *= 3;
  }
  if (!unit) return `“${word}” is not a period. Write a rate such as 0.3, 0.3/yr, 2 per year or 1 per month.`;
  if (count === 0) return 'A rate cannot be per 0 of a period.';
  return convertRate(clean(value / count), unit, 'year');
}

function readYears(s: string): number | string | null {
  const m = YEARS.exec(s);
  if (m?.[1] === undefined) return null;
  if (m[2] === undefined) return toNumber(m[1]);
  const unit = TIME_WORDS.get(m[2]);
  if (!unit) return `“${m[2]}” is not a unit of time. Write a number of years such as 3, 1.5 or 18 months.`;
  return convertTime(toNumber(m[1]), unit, 'year');
}

function readInteger(s: string, spec: QuantitySpec): number | string | null {
  const m = INTEGER.exec(s);
  if (m?.[1] === undefined) return null;
  const [, number, multiplier, word] = m;
  if (word !== undefined && word !== spec.unit.toLowerCase()) return null;
  const scale = multiplier === undefined ? 1 : (MULTIPLIERS.get(multiplier) ?? 1);
  const value = scale === 1 ? toNumber(number) : clean(toNumber(number) * scale);
  if (!Number.isInteger(value)) return `${number} is not a whole number. ${quantityHint(spec)}`;
  return value;
}

/** Characters an entry with arithmetic may hold: letters, digits, currency signs, + − * / ( ) . , and spaces. */
const ARITHMETIC_CHARACTERS = /^[a-zμ\d\p{Sc}\s.,+\-*/()]+$/u;
/** An operator after the first character: a sum, a product, a quotient or parentheses. */
const ARITHMETIC_OPERATOR = /[*/()]|.[+-]/;
/** `1 h -5 min`: a sign glued to a number after a space reads as a signed part, not a subtraction. */
const GLUED_SIGN = /\s[+-]\d/;
/** A currency sign, with the letters of a prefixed country code: $, €, us$, ca$. */
const CURRENCY_SIGN = /(?:[a-z]{1,2})?\p{Sc}/gu;

/** What arithmetic does not read: a message in the user's terms, or null for the field's hint. */
const ARITHMETIC_NOTE =
  'Numbers with units can be combined with + − * / and parentheses; nothing else is read.';

/**
 * An entry the hand-written readers did not read, read as arithmetic when it has that shape; null when it
 * does not (the caller then gives the field's hint). Throws ArithmeticLoading while the reader loads.
 */
function readWithArithmetic(
  s: string,
  kind: QuantityKind,
  spec: QuantitySpec,
  { currency }: QuantityContext,
): number | string | null {
  if (!ARITHMETIC_CHARACTERS.test(s) || !ARITHMETIC_OPERATOR.test(s) || GLUED_SIGN.test(s)) return null;
  // Numbers arrive written plainly (readLocalNumbers): a comma left is no part of one.
  if (s.includes(',')) return null;
  let text = s;
  for (const [mark] of text.matchAll(CURRENCY_SIGN)) {
    if (kind !== 'money') return null;
    if (!currencyMatches(mark, currency)) return currencyMessage(currency);
  }
  text = text.replace(CURRENCY_SIGN, ' ');
  // Every word must be one the field knows (a unit of time, a multiplier, the currency): anything else
  // (a function name, a variable, `per`) is not arithmetic on quantities, and mathjs never sees it.
  for (const [name] of text.matchAll(/[a-zμ]+/g)) {
    if (wordMeaning(name, kind, currency).kind !== 'unknown') continue;
    return kind === 'money' && isCurrencyCode(name) ? currencyMessage(currency) : null;
  }
  const hint = quantityHint(spec, currency);
  const read = readArithmetic(text, (name) => wordMeaning(name, kind, currency));
  if (!read.ok) return arithmeticMessage(read, kind, hint, currency);
  const value = fromArithmetic(read.value, read.time, kind, spec);
  if (value === null)
    return `That works out to ${DIMENSION_NAMES[read.time]}, not ${KIND_NAMES[kind]}. ${hint}`;
  if (kind === 'integer' && !Number.isInteger(value)) return `${value} is not a whole number. ${hint}`;
  return value;
}

/** What a word of an entry with arithmetic names, for a field of this kind. */
function wordMeaning(name: string, kind: QuantityKind, currency: string | undefined): Word {
  const time = TIME_WORDS.get(name);
  if (kind === 'money') {
    if (name === currency?.toLowerCase() || (!currency && isCurrencyCode(name))) return { kind: 'money' };
    const scale = MULTIPLIERS.get(name);
    if (scale !== undefined) return { kind: 'scale', factor: scale };
  }
  if (kind === 'integer') {
    const scale = MULTIPLIERS.get(name);
    if (scale !== undefined && name !== 'b' && name !== 'bn' && name !== 'billion') {
      return { kind: 'scale', factor: scale };
    }
  }
  return time === undefined ? { kind: 'unknown' } : { kind: 'time', unit: time };
}

const DIMENSION_NAMES: Readonly<Record<-1 | 0 | 1, string>> = {
  [-1]: 'a rate per unit of time',
  0: 'a plain number',
  1: 'a duration',
};

const KIND_NAMES: Readonly<Record<QuantityKind, string>> = {
  duration: 'a duration',
  hours: 'a duration',
  fraction: 'a fraction',
  money: 'an amount',
  rate: 'a rate per year',
  years: 'a number of years',
  integer: 'a whole number',
  number: 'a number',
};

/**
 * The result of arithmetic (seconds to the power `time`) in the field's unit; null when it is a quantity
 * of another kind. A plain number is in the field's own unit, as a bare number typed alone would be.
 */
function fromArithmetic(
  value: number,
  time: -1 | 0 | 1,
  kind: QuantityKind,
  spec: QuantitySpec,
): number | null {
  switch (kind) {
    case 'duration':
      return time === 1 || time === 0 ? clean(value) : null;
    case 'hours':
      return time === 1 ? clean(value / SECONDS_PER.hour) : time === 0 ? clean(value) : null;
    case 'years':
      return time === 1 ? clean(value / SECONDS_PER.year) : time === 0 ? clean(value) : null;
    case 'rate':
      return time === -1 ? clean(value * SECONDS_PER.year) : time === 0 ? clean(value) : null;
    case 'money': {
      const per = moneyPer(spec);
      if (time === 0) return clean(value);
      return time === -1 && per !== null ? clean(value * SECONDS_PER[per]) : null;
    }
    case 'fraction':
    case 'integer':
    case 'number':
      return time === 0 ? clean(value) : null;
  }
}

function arithmeticMessage(
  read: Extract<ArithmeticResult, { ok: false }>,
  kind: QuantityKind,
  hint: string,
  currency: string | undefined,
): string | null {
  switch (read.problem) {
    case 'syntax':
      return null;
    case 'not-allowed':
      return `${ARITHMETIC_NOTE} ${hint}`;
    case 'unknown-word': {
      const word = read.word ?? '';
      if (kind === 'money' && isCurrencyCode(word)) return currencyMessage(currency);
      return `“${word}” is not a unit of time. ${hint}`;
    }
    case 'mismatch':
      return `Those cannot be combined: add durations to durations and amounts to amounts. ${hint}`;
    case 'dimension':
      return `That works out to a quantity other than ${KIND_NAMES[kind]}. ${hint}`;
    case 'not-finite':
      return `That does not work out to a number (is something divided by zero?). ${hint}`;
  }
}

/** Whether a word is an ISO 4217 currency code ("gbp"), so that a mismatch is named as one. */
function isCurrencyCode(word: string): boolean {
  return /^[a-z]{3}$/.test(word) && CURRENCY_CODES.has(word.toUpperCase());
}

const CURRENCY_CODES: ReadonlySet<string> = new Set(
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [],
);

function currencyMessage(currency: string | undefined): string {
  return `This scenario counts money in ${currency ?? 'its currency'}: write the amount in ${currency ?? 'that currency'}.`;
}

/** Whether a typed symbol or code ("$", "us$", "usd", "€") names the scenario's currency. */
function currencyMatches(mark: string, currency: string | undefined): boolean {
  if (!currency) return true;
  if (mark === currency.toLowerCase()) return true;
  return currencySymbols(currency).includes(mark);
}

const symbolCache = new Map<string, string[]>();

/** The symbols en-US writes for a currency, in lower case: ["$"] for USD, ["ca$", "$"] for CAD. */
function currencySymbols(currency: string): string[] {
  let symbols = symbolCache.get(currency);
  if (!symbols) {
    symbols = [];
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      try {
        const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay })
          .formatToParts(1)
          .filter((part) => part.type === 'currency')
          .map((part) => part.value.toLowerCase());
        symbols.push(...parts);
      } catch {
        // An unknown code has no symbol: only the code itself is accepted.
      }
    }
    symbolCache.set(currency, symbols);
  }
  return symbols;
}

/** An amount as the hint shows it: "$5,600" for USD, "€5,600" for EUR, "5,600" when unknown. */
function exampleMoney(amount: number, currency: string | undefined): string {
  if (!currency) return amount.toLocaleString('en-US');
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${amount.toLocaleString('en-US')} ${currency}`;
  }
}

/** One sentence telling what the field accepts, with examples; also the message for an unreadable entry. */
export function quantityHint(spec: QuantitySpec, currency?: string): string {
  switch (quantityKind(spec)) {
    case 'duration':
      return 'Write a duration such as 90 s, 1.5 min or 2 h.';
    case 'hours':
      return 'Write a duration such as 2 h, 90 min or 1.5 days.';
    case 'fraction':
      return 'Write a percentage such as 95% or a fraction such as 0.95.';
    case 'money': {
      const per = moneyPer(spec);
      if (per === null)
        return `Write an amount such as 50000, ${exampleMoney(50000, currency)} or ${exampleMoney(50, currency)}k.`;
      if (per === 's') {
        return `Write an amount per second of data such as 200, ${exampleMoney(200, currency)} or ${exampleMoney(12, currency)}k/min.`;
      }
      if (per === 'day') {
        return `Write an amount per person-day such as 1000 or ${exampleMoney(1000, currency)}.`;
      }
      if (per === 'month') {
        return `Write an amount per month such as 12000, ${exampleMoney(12000, currency)} or ${exampleMoney(144, currency)}k/yr.`;
      }
      return `Write an amount per minute such as 5600, ${exampleMoney(5600, currency)} or ${exampleMoney(336, currency)}k/h.`;
    }
    case 'rate':
      return 'Write a rate such as 0.3, 0.3/yr, 2 per year or 1 per month.';
    case 'years':
      return 'Write a number of years such as 3, 1.5 or 18 months.';
    case 'integer':
      if (spec.unit === 'trials') return 'Write a whole number of trials such as 100,000 or 100k.';
      return spec.unit === '' ? 'Write a whole number such as 42.' : 'Write a whole number such as 3.';
    case 'number':
      return 'Write a number such as 3.';
    case null:
      return 'This field takes text or a choice, not a quantity.';
  }
}
