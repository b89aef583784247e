/**
 * Numbers as people of a locale write them. In the United States `9,000` is nine thousand and `9.000` is
 * nine; in Germany it is the other way round; in France the thousands are set apart by a space, in
 * Switzerland by an apostrophe. The inputs read every number of an entry by the conventions of the person's
 * locale, say so when the entry could mean something else (`9.000` read as 9 where a point marks decimals),
 * and write numbers back with the same conventions, so that the text a field shows reads back as the value
 * it holds, whatever the locale.
 *
 * Only the two marks differ by locale: digits are always 0–9 and unit words stay English, as in the rest of
 * the app.
 */

/** The two marks of a locale: what separates decimals, and what groups thousands. */
export interface NumberConventions {
  locale: string;
  decimal: '.' | ',';
  /** ",", ".", "'", "’" or a space (a narrow no-break space in French). */
  group: string;
  /** Whether groups after the first of thousands are of two digits (India: 12,34,567). */
  pairs: boolean;
}

/** The locale numbers are read and written in when none is given. */
export const DEFAULT_NUMBER_LOCALE = 'en-US';

const GROUP_MARKS = new Set([',', '.', "'", '’', ' ', '\u00a0', '\u202f']);
const conventionsCache = new Map<string, NumberConventions>();

/** The conventions of `locale`; those of en-US for a locale the browser does not know. */
export function numberConventions(locale: string = DEFAULT_NUMBER_LOCALE): NumberConventions {
  let found = conventionsCache.get(locale);
  if (found) return found;
  let parts: Intl.NumberFormatPart[];
  let grouped: string;
  try {
    const format = new Intl.NumberFormat(locale, { numberingSystem: 'latn' });
    parts = format.formatToParts(12345.5);
    grouped = format.format(1234567);
  } catch {
    return numberConventions(DEFAULT_NUMBER_LOCALE);
  }
  const decimal = parts.find((p) => p.type === 'decimal')?.value === ',' ? ',' : '.';
  const mark = parts.find((p) => p.type === 'group')?.value ?? ',';
  // A locale whose marks are something else (Arabic's ٫ and ٬) writes the usual ones of its decimal mark.
  const group = GROUP_MARKS.has(mark) && mark !== decimal ? mark : decimal === ',' ? '.' : ',';
  found = { locale, decimal, group, pairs: /^\d{2}\D\d{2}\D\d{3}$/.test(grouped) };
  conventionsCache.set(locale, found);
  return found;
}

/** The locale of the person's browser, for reading and writing numbers; en-US outside a browser. */
export function browserNumberLocale(): string {
  const nav = (globalThis as { navigator?: { language?: unknown } }).navigator;
  const language = typeof nav?.language === 'string' ? nav.language : DEFAULT_NUMBER_LOCALE;
  try {
    return Intl.NumberFormat.supportedLocalesOf([language]).length > 0 ? language : DEFAULT_NUMBER_LOCALE;
  } catch {
    return DEFAULT_NUMBER_LOCALE;
  }
}

/* ---------------------------------------------------------------------------------------------------------
 * Writing
 */

const englishFormats = new Map<string, Intl.NumberFormat>();

function english(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = englishFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', options);
    englishFormats.set(key, format);
  }
  return format;
}

/** Text written with en-US marks, given the marks of `conventions`: "5,600.5" → "5.600,5" in de-DE. */
function withMarks(text: string, conventions: NumberConventions): string {
  if (conventions.decimal === '.' && conventions.group === ',' && !conventions.pairs) return text;
  return text.replace(/\d[\d,.]*/g, (number) => {
    const [whole = '', decimals] = number.split('.');
    let digits = whole.replace(/,/g, '');
    let groupedWhole = whole;
    if (conventions.pairs && digits.length > 3) {
      // 1234567 → 12,34,567: the last three digits, then pairs.
      const last = digits.slice(-3);
      digits = digits.slice(0, -3);
      const pairs: string[] = [];
      while (digits.length > 2) {
        pairs.unshift(digits.slice(-2));
        digits = digits.slice(0, -2);
      }
      groupedWhole = [digits, ...pairs, last].join(',');
    }
    const grouped = groupedWhole.replace(/,/g, conventions.group);
    return decimals === undefined ? grouped : `${grouped}${conventions.decimal}${decimals}`;
  });
}

/**
 * A number of one to three digits (not starting with 0) and exactly three decimals gets a fourth, a zero:
 * "1.2340", never "1.234", which a reader of another locale takes for a thousand and more (and which the
 * reader below would warn about). "0.001" and "1,234.567" are plain in every locale and stay. No digit is
 * lost.
 */
function unambiguous(text: string): string {
  return text.replace(/(?<![\d,.])([1-9]\d{0,2}\.\d{3})(?!\d)/g, '$10');
}

/** 5600 → "5,600" (en-US) or "5.600" (de-DE); up to six decimals, never three alone. */
export function plainNumber(value: number, locale?: string): string {
  return withMarks(
    unambiguous(english({ maximumFractionDigits: 6 }).format(value)),
    numberConventions(locale),
  );
}

/** A whole number without grouping (a seed): "20261125" in every locale. */
export function ungroupedNumber(value: number): string {
  return english({ maximumFractionDigits: 6, useGrouping: false }).format(value);
}

/**
 * Money with cents only when there are any, with the symbol where English puts it and the locale's marks:
 * "$5,600", "$0.5", "CHF 1,200"; "$5.600" in de-DE.
 */
export function moneyExact(amount: number, currency: string, locale?: string): string {
  let text: string;
  try {
    text = english({
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).format(amount);
  } catch {
    text = english({ maximumFractionDigits: 2 }).format(amount);
  }
  return withMarks(text, numberConventions(locale));
}

/* ---------------------------------------------------------------------------------------------------------
 * Reading
 */

/** An entry with every number rewritten plainly ("5600", "1.5"), and what the reading assumed. */
export type LocalReading = { ok: true; text: string; notes: string[] } | { ok: false; message: string };

/**
 * A number as written, separators and all: digits, then marks each followed by digits. A leading mark is
 * taken too (".5", ",5"), never one after a letter or another number's end.
 */
const NUMBER_RUN = /(?<![\d.,'’])(?:[.,](?=\d))?\d+(?:[.,'’]\d+)*/g;

/** Thousands set apart by spaces (French, Swedish): 1 234 567. Read only where the locale does so. */
const SPACED_THOUSANDS = /(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)/g;

function isGrouping(parts: readonly string[], conventions: NumberConventions): boolean {
  const [first = '', ...rest] = parts;
  if (rest.length === 0 || !/^[1-9]\d{0,2}$/.test(first)) return false;
  const last = rest[rest.length - 1] ?? '';
  if (last.length !== 3) return false;
  // Groups between the first and the last: three digits each, or two in a locale that groups in pairs.
  return rest.slice(0, -1).every((g) => g.length === 3 || (conventions.pairs && g.length === 2));
}

const MARK_NAMES: Record<string, string> = {
  '.': 'point',
  ',': 'comma',
  "'": 'apostrophe',
  '’': 'apostrophe',
};

/** The number `plain` (a JavaScript number literal) written with the locale's marks, every digit kept. */
function shown(plain: string, conventions: NumberConventions): string {
  return withMarks(unambiguous(english({ maximumFractionDigits: 20 }).format(Number(plain))), conventions);
}

/**
 * One number as written, plainly: the text to put in its place, a note when the reading was a guess or
 * used the other convention, or a message when it is no number at all.
 */
function readRun(
  run: string,
  conventions: NumberConventions,
): { plain: string; note?: string } | { message: string } {
  const marks = [...run.matchAll(/[.,'’]/g)].map((m) => m[0]);
  if (marks.length === 0) return { plain: run };
  const kinds = [...new Set(marks)];
  const apostrophes = kinds.filter((k) => k === "'" || k === '’');
  const notNumber = {
    message: `“${run}” is not a number as written: ${conventions.decimal === ',' ? 'group thousands in threes (12.345) and mark decimals with a comma (1,5)' : 'group thousands in threes (12,345) and mark decimals with a point (1.5)'}.`,
  };

  // Two kinds of mark: the last one, once, marks the decimals; the other groups thousands before it.
  if (kinds.length >= 2) {
    const decimalMark = marks[marks.length - 1] ?? '.';
    const groupMarks = kinds.filter((k) => k !== decimalMark);
    if (decimalMark === "'" || decimalMark === '’' || marks.filter((m) => m === decimalMark).length !== 1) {
      return notNumber;
    }
    if (groupMarks.length !== 1) return notNumber;
    const cut = run.lastIndexOf(decimalMark);
    const whole = run.slice(0, cut);
    if (!isGrouping(whole.split(groupMarks[0] ?? ','), conventions)) return notNumber;
    const plain = `${whole.split(groupMarks[0] ?? ',').join('')}.${run.slice(cut + 1)}`;
    if (decimalMark === conventions.decimal) return { plain };
    return {
      plain,
      note: `Read ${run} as ${shown(plain, conventions)}, with the ${MARK_NAMES[decimalMark]} marking the decimals.`,
    };
  }

  const mark = kinds[0] ?? '.';
  const parts = run.split(mark);
  // One kind of mark, more than once, or an apostrophe: it groups thousands.
  if (marks.length > 1 || apostrophes.length > 0) {
    if (!isGrouping(parts, conventions)) return notNumber;
    const plain = parts.join('');
    if (mark === conventions.group || apostrophes.length > 0 || mark !== conventions.decimal)
      return { plain };
    return {
      plain,
      note: `Read ${run} as ${shown(plain, conventions)}, with the ${MARK_NAMES[mark]}s grouping thousands.`,
    };
  }

  // One mark, once: a decimal mark, a thousands mark, or either.
  const [whole = '', after = ''] = parts;
  const asDecimal = `${whole}.${after}`;
  const couldGroup = after.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
  if (!couldGroup) {
    if (mark === conventions.decimal) return { plain: asDecimal };
    return {
      plain: asDecimal,
      note: `Read ${run} as ${shown(asDecimal, conventions)}, with the ${MARK_NAMES[mark]} marking the decimals.`,
    };
  }
  const asGroup = `${whole}${after}`;
  // Ambiguous: `9.000` is nine or nine thousand. The locale decides; a decimal reading is said aloud,
  // because three decimals are rarely what anyone writes.
  const decimalHere = mark === conventions.decimal || (mark !== conventions.group && mark === '.');
  if (!decimalHere) {
    if (mark === conventions.group) return { plain: asGroup };
    return {
      plain: asGroup,
      note: `Read ${run} as ${shown(asGroup, conventions)}, the ${MARK_NAMES[mark]} grouping thousands. For ${shown(asDecimal, conventions)}, write ${shown(asDecimal, conventions)}.`,
    };
  }
  return {
    plain: asDecimal,
    note: `Read ${run} as ${shown(asDecimal, conventions)}: here a ${MARK_NAMES[mark]} marks decimals. For ${shown(asGroup, conventions)}, write ${asGroup}.`,
  };
}

/**
 * Every number of a normalized entry (lower case, single spaces) rewritten plainly, by the conventions of
 * the locale, with a note for each reading that was a guess; or why a number cannot be read.
 */
export function readLocalNumbers(entry: string, locale?: string): LocalReading {
  const conventions = numberConventions(locale);
  let text = entry;
  if (/\s/.test(conventions.group)) {
    text = text.replace(SPACED_THOUSANDS, (number) => number.replace(/ /g, ''));
  }
  const notes: string[] = [];
  let problem: string | null = null;
  text = text.replace(NUMBER_RUN, (run) => {
    const read = readRun(run, conventions);
    if ('message' in read) {
      problem ??= read.message;
      return run;
    }
    if (read.note !== undefined) notes.push(read.note);
    return read.plain;
  });
  if (problem !== null) return { ok: false, message: problem };
  return { ok: true, text, notes };
}
