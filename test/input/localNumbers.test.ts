import { describe, expect, it } from 'vitest';
import { MONEY_RANGE_FIELDS, SCENARIO_FIELDS, type FieldSpec } from '../../models/scenario/fields';
import { numberConventions, readLocalNumbers } from '../../src/input/localNumbers';
import { parseQuantity, type Quantity } from '../../src/input/parseQuantity';

function field(path: string): FieldSpec {
  const spec = SCENARIO_FIELDS.find((f) => f.path === path);
  if (!spec) throw new Error(`no field ${path}`);
  return spec;
}

const read = (text: string, path: string, locale = 'en-US', currency = 'USD'): Quantity =>
  parseQuantity(text, field(path), { currency, locale });

describe('the marks of a locale', () => {
  it('come from the browser’s own tables', () => {
    expect(numberConventions('en-US')).toMatchObject({ decimal: '.', group: ',', pairs: false });
    expect(numberConventions('de-DE')).toMatchObject({ decimal: ',', group: '.' });
    expect(numberConventions('fr-FR').decimal).toBe(',');
    expect(numberConventions('fr-FR').group).toMatch(/\s/);
    expect(numberConventions('de-CH')).toMatchObject({ decimal: '.' });
    expect(numberConventions('en-IN')).toMatchObject({ decimal: '.', group: ',', pairs: true });
  });

  it('fall back to en-US for a locale no one knows', () => {
    expect(numberConventions('not a locale')).toMatchObject({ decimal: '.', group: ',' });
  });
});

describe('9.000 and 9,000', () => {
  it('in the United States: the comma groups, the point marks decimals, and the point is questioned', () => {
    expect(read('9,000', 'costs.monthlyBudget')).toMatchObject({ ok: true, value: 9000 });
    const point = read('9.000 min', 'targets.rtoSeconds');
    expect(point).toEqual({
      ok: true,
      value: 540,
      notes: ['Read 9.000 as 9: here a point marks decimals. For 9,000, write 9000.'],
    });
  });

  it('in Germany: the point groups, the comma marks decimals, and the comma is questioned', () => {
    expect(read('9.000 min', 'targets.rtoSeconds', 'de-DE')).toEqual({ ok: true, value: 540_000 });
    expect(read('9,000 min', 'targets.rtoSeconds', 'de-DE')).toEqual({
      ok: true,
      value: 540,
      notes: ['Read 9,000 as 9: here a comma marks decimals. For 9.000, write 9000.'],
    });
  });

  it('leaves no doubt where there is none', () => {
    expect(read('1.234,5 min', 'targets.rtoSeconds', 'de-DE')).toEqual({ ok: true, value: 74_070 });
    expect(read('12.000.000', 'simulation.seed', 'de-DE')).toEqual({ ok: true, value: 12_000_000 });
    expect(read('0,500', 'targets.confidence', 'de-DE')).toEqual({ ok: true, value: 0.5 });
    expect(read('1,234.5 min', 'targets.rtoSeconds')).toEqual({ ok: true, value: 74_070 });
  });

  it('reads the other convention where it is plain, and says so', () => {
    expect(read('1.234,5 min', 'targets.rtoSeconds')).toEqual({
      ok: true,
      value: 74_070,
      notes: ['Read 1.234,5 as 1,234.5, with the comma marking the decimals.'],
    });
    expect(read('1.5 min', 'targets.rtoSeconds', 'de-DE')).toEqual({
      ok: true,
      value: 90,
      notes: ['Read 1.5 as 1,5, with the point marking the decimals.'],
    });
  });

  it('reads spaces and apostrophes where the locale groups with them', () => {
    expect(read('1 200 000', 'simulation.trials', 'fr-FR')).toMatchObject({ ok: true, value: 1_200_000 });
    expect(read('2,5 h', 'targets.rtoSeconds', 'fr-FR')).toMatchObject({ ok: true, value: 9000 });
    expect(read("1'200'000", 'simulation.trials', 'de-CH')).toMatchObject({ ok: true, value: 1_200_000 });
    expect(read('12,34,567', 'simulation.seed', 'en-IN')).toMatchObject({ ok: true, value: 1_234_567 });
  });

  it('rewrites every number of an entry, arithmetic included', () => {
    expect(readLocalNumbers('$1.200 / h + $300 / h', 'de-DE')).toEqual({
      ok: true,
      text: '$1200 / h + $300 / h',
      notes: [],
    });
  });
});

describe('clock durations', () => {
  it('reads hh:mm:ss at once', () => {
    expect(read('00:02:00', 'targets.rtoSeconds')).toEqual({ ok: true, value: 120 });
    expect(read('1:30:00', 'targets.regionRtoSeconds')).toEqual({ ok: true, value: 5400 });
    expect(read('1:30:00', 'failureDurations.regionOutage.medianHours')).toEqual({ ok: true, value: 1.5 });
    expect(read('00:00:05.5', 'targets.rtoSeconds')).toEqual({ ok: true, value: 5.5 });
  });

  it('reads mm:ss and says that it did', () => {
    expect(read('2:30', 'targets.rtoSeconds')).toEqual({
      ok: true,
      value: 150,
      notes: ['Read 2:30 as minutes and seconds (2 min 30 s); for hours and minutes, write 2:30:00.'],
    });
  });

  it('refuses minutes or seconds of 60 and more', () => {
    expect(read('1:75', 'targets.rtoSeconds')).toEqual({
      ok: false,
      message:
        'In 1:75 the minutes and seconds must be below 60. Write a duration such as 90 s, 1.5 min or 2 h.',
    });
  });
});

describe('a bare amount in a field that counts per period', () => {
  it('is read per the field’s period, and the note says how to write it per hour', () => {
    expect(read('12,000', 'business.downtimeCostPerMinute')).toEqual({
      ok: true,
      value: 12_000,
      notes: [
        'Read as $12,000/min: an amount without a period counts per minute here. If the figure is per hour, write $12,000/h.',
      ],
    });
    expect(read('200', 'business.dataLossCostPerSecond')).toMatchObject({
      notes: [expect.stringMatching(/^Read as \$200\/s: .* If the figure is per hour, write \$200\/h\.$/)],
    });
  });

  it('is not questioned once the period is written', () => {
    expect(read('$12,000/h', 'business.downtimeCostPerMinute')).toEqual({ ok: true, value: 200 });
    expect(read('12k per minute', 'business.downtimeCostPerMinute')).toEqual({ ok: true, value: 12_000 });
  });

  it('uses the locale’s marks in the note', () => {
    expect(read('12.000', 'business.downtimeCostPerMinute', 'de-DE', 'EUR')).toMatchObject({
      value: 12_000,
      notes: [expect.stringContaining('€12.000/min')],
    });
  });

  it('a sum paid once has no period to question', () => {
    expect(parseQuantity('50000', MONEY_RANGE_FIELDS[1].value, { currency: 'USD' })).toEqual({
      ok: true,
      value: 50_000,
    });
  });
});
