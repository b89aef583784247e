/**
 * A price as a quote gives it, read into a range: one amount ("$9,000": the range is that amount), two
 * ("$8k–$12k": the most likely value midway), or three ("8000 / 9000 / 12000": least, most likely,
 * greatest). Each amount is read as the field's money (parseQuantity), so "$9k/month" and "108k/yr" work.
 */
import type { MoneyRange } from '../../models/types';
import { moneyExact } from './localNumbers';
import { parseQuantity, type QuantitySpec } from './parseQuantity';

/** Between amounts: a dash, a slash, "to", or "…". A leading sign is not a separator. */
const SEPARATOR = /\s*(?:–|—|\.\.\.|…|\bto\b|\s\/\s|(?<=\d[kmb]?)\s*-\s*)\s*/i;

export function readMoneyRange(
  text: string,
  spec: QuantitySpec,
  currency: string,
  locale?: string,
): MoneyRange | string {
  const parts = text
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 1 || parts.length > 3) {
    return 'Write one amount, or a range such as $8,000–$12,000, or least / most likely / greatest.';
  }
  const values: number[] = [];
  for (const part of parts) {
    const read = parseQuantity(part, spec, { currency, locale });
    if (!read.ok) return read.message;
    values.push(read.value);
  }
  const [a = 0, b = a, c = b] = values;
  const range: MoneyRange =
    values.length === 1
      ? { low: a, mostLikely: a, high: a }
      : values.length === 2
        ? { low: a, mostLikely: (a + b) / 2, high: b }
        : { low: a, mostLikely: b, high: c };
  if (!(range.low <= range.mostLikely && range.mostLikely <= range.high)) {
    return 'Write the amounts from the least to the greatest.';
  }
  return range;
}

/**
 * A range as its field shows it, so that reading the text back gives the same three amounts: one amount
 * when they are equal, two when the most likely value is midway ("$8,000–$12,000"), else all three
 * ("$8,000 / $9,000 / $12,000"). Exact, with the locale's marks.
 */
export function formatMoneyRangeEntry(range: MoneyRange, currency: string, locale?: string): string {
  const [low, mostLikely, high] = [range.low, range.mostLikely, range.high].map((amount) =>
    moneyExact(amount, currency, locale),
  );
  if (range.low === range.high && range.mostLikely === range.low) return low ?? '';
  if (range.mostLikely === (range.low + range.high) / 2) return `${low}–${high}`;
  return `${low} / ${mostLikely} / ${high}`;
}
