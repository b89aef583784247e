import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MONEY_RANGE_FIELDS,
  OVERRIDES_FIELD,
  SCENARIO_FIELDS,
  type FieldSpec,
} from '../../models/scenario/fields';
import { formatQuantity } from '../../src/input/formatQuantity';
import { parseQuantity, quantityKind, type QuantityKind } from '../../src/input/parseQuantity';

/** Locales with every pair of marks: point and comma either way, spaces, apostrophes, groups of two. */
const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'sv-SE', 'es-ES', 'ja-JP'];
const CURRENCIES = ['USD', 'EUR', 'CHF', 'JPY', 'INR', 'GBP'];

/** Every field that takes a quantity: the scenario's, an override's, a quote's and a one-off cost's. */
const FIELDS: FieldSpec[] = [
  ...SCENARIO_FIELDS.filter((f) => quantityKind(f) !== null),
  OVERRIDES_FIELD.value,
  ...MONEY_RANGE_FIELDS.map((f) => f.value),
];

/** Values a field of each kind holds, at the precision its text keeps (six decimals, cents for money). */
const scaled = (max: number, digits: number) =>
  fc.integer({ min: 0, max: max * 10 ** digits }).map((n) => n / 10 ** digits);
const VALUES: Record<QuantityKind, fc.Arbitrary<number>> = {
  duration: fc.oneof(scaled(1e7, 3), fc.integer({ min: 0, max: 1e7 })),
  hours: scaled(720, 6),
  fraction: scaled(1, 8),
  money: fc.oneof(scaled(1e12, 2), fc.integer({ min: 0, max: 1e12 })),
  rate: scaled(1000, 6),
  years: scaled(100, 6),
  integer: fc.integer({ min: 0, max: 4_294_967_295 }),
  number: scaled(1000, 6),
};

describe('what a field shows reads back as the value it holds', () => {
  for (const spec of FIELDS) {
    const kind = quantityKind(spec);
    if (kind === null) continue;
    it(`${spec.path} (${kind}), in every locale, with nothing assumed`, () => {
      fc.assert(
        fc.property(
          VALUES[kind],
          fc.constantFrom(...LOCALES),
          fc.constantFrom(...CURRENCIES),
          (value, locale, currency) => {
            const text = formatQuantity(spec, value, currency, locale);
            expect(parseQuantity(text, spec, { currency, locale }), `${text} in ${locale}`).toEqual({
              ok: true,
              value,
            });
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});
