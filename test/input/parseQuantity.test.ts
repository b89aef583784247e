import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO_FIELDS, OVERRIDES_FIELD, type FieldSpec } from '../../models/scenario/fields';
import { MAX_ENTRY_LENGTH, parseQuantity, quantityKind } from '../../src/input/parseQuantity';
import { loadArithmetic } from '../../src/input/arithmetic';
import { evaluateArithmetic, restrictedMath } from '../../src/input/mathInstance';
import { convertRate, convertTime } from '../../src/input/unitMath';

// Entries with arithmetic need the reader loaded (the app starts it when the inputs are reached); its first
// load, transformed on the fly, can take seconds on a busy machine.
beforeAll(() => loadArithmetic(), 30_000);

function field(path: string): FieldSpec {
  const spec = SCENARIO_FIELDS.find((f) => f.path === path);
  if (!spec) throw new Error(`no field ${path}`);
  return spec;
}

const usd = { currency: 'USD' };
const value = (text: string, path: string, context = usd) => {
  const read = parseQuantity(text, field(path), context);
  if (!read.ok) throw new Error(`${JSON.stringify(text)} at ${path}: ${read.message}`);
  return read.value;
};
const message = (text: string, path: string, context = usd) => {
  const read = parseQuantity(text, field(path), context);
  if (read.ok) throw new Error(`${JSON.stringify(text)} at ${path} was read as ${read.value}`);
  return read.message;
};

describe('durations (seconds)', () => {
  const rto = 'targets.rtoSeconds';
  it.each([
    ['90 s', 90],
    ['90s', 90],
    ['90', 90],
    ['1.5 min', 90],
    ['2 h', 7200],
    ['1 day', 86400],
    ['500 ms', 0.5],
    ['1 h 30 min', 5400],
    ['1h30m', 5400],
    ['2 days 4 h', 187200],
    ['  15 MIN ', 900],
    ['3,600 s', 3600],
    ['1.1 min', 66],
    ['0', 0],
  ])('%s → %d s', (text, seconds) => {
    expect(value(text, rto)).toBe(seconds);
  });

  it('reads a negative duration, for the validator to refuse with its own message', () => {
    expect(value('-5 s', rto)).toBe(-5);
  });

  it.each(['abc', '', '   ', 's', '1 h 30', '90 s!', '1 h -5 min', 'constructor', '__proto__'])(
    'refuses %j with the example message',
    (text) => {
      expect(message(text, rto)).toBe('Write a duration such as 90 s, 1.5 min or 2 h.');
    },
  );

  it('names a unit it does not know', () => {
    expect(message('5 parsecs', rto)).toBe(
      '“parsecs” is not a unit of time. Write a duration such as 90 s, 1.5 min or 2 h.',
    );
  });

  it('reads a decimal comma as one, and says so where a point marks decimals', () => {
    expect(parseQuantity('1,5 min', field(rto), usd)).toEqual({
      ok: true,
      value: 90,
      notes: ['Read 1,5 as 1.5, with the comma marking the decimals.'],
    });
    expect(parseQuantity('1,5 min', field(rto), { locale: 'de-DE' })).toEqual({ ok: true, value: 90 });
  });

  it('explains a number that is no number as written', () => {
    expect(message('1,23,4 min', rto)).toBe(
      '“1,23,4” is not a number as written: group thousands in threes (12,345) and mark decimals with a point (1.5). Write a duration such as 90 s, 1.5 min or 2 h.',
    );
  });

  it('reads override values as durations too', () => {
    expect(parseQuantity('2 min', OVERRIDES_FIELD.value)).toEqual({ ok: true, value: 120 });
  });
});

describe('fractions', () => {
  const confidence = 'targets.confidence';
  it.each([
    ['99.95%', 0.9995],
    ['95%', 0.95],
    ['95 %', 0.95],
    ['0.95', 0.95],
    ['.5', 0.5],
    ['100%', 1],
    ['1', 1],
  ])('%s → %d', (text, fraction) => {
    expect(value(text, confidence)).toBe(fraction);
  });

  it('refuses a bare 95 and says how to write it', () => {
    expect(message('95', confidence)).toContain('write 95% or 0.95');
  });

  it('refuses more than 100%', () => {
    expect(message('150%', confidence)).toMatch(/at most 100%/);
    expect(message('150', confidence)).toMatch(/at most 100%/);
  });

  it('refuses words', () => {
    expect(message('most', confidence)).toBe('Write a percentage such as 95% or a fraction such as 0.95.');
  });
});

describe('money', () => {
  const perMinute = 'business.downtimeCostPerMinute';
  it.each([
    ['5600', 5600],
    ['$5,600', 5600],
    ['5,600 USD', 5600],
    ['usd 5600', 5600],
    ['$5,600/min', 5600],
    ['$5,600 per minute', 5600],
    ['$336k/h', 5600],
    ['336k per hour', 5600],
    ['$336,000/hr', 5600],
    ['1.2M', 1_200_000],
    ['$1.2m', 1_200_000],
    ['5.6k', 5600],
    ['$93.33/s', 5599.8],
  ])('%s → %d per minute', (text, amount) => {
    expect(value(text, perMinute)).toBe(amount);
  });

  it('converts to the field’s own period', () => {
    expect(value('$144k/yr', 'costs.monthlyBudget')).toBe(12000);
    expect(value('$12,000', 'costs.monthlyBudget')).toBe(12000);
    expect(value('$12k/min', 'business.dataLossCostPerSecond')).toBe(200);
  });

  it('takes the symbol and code of the scenario’s currency only', () => {
    expect(value('€5,600', perMinute, { currency: 'EUR' })).toBe(5600);
    expect(value('5600 eur', perMinute, { currency: 'EUR' })).toBe(5600);
    expect(message('€5,600', perMinute)).toBe('This scenario counts money in USD: write the amount in USD.');
    expect(message('5,600 GBP', perMinute)).toBe(
      'This scenario counts money in USD: write the amount in USD.',
    );
  });

  it('refuses what is not an amount, with examples in the scenario’s currency', () => {
    expect(message('lots', perMinute)).toBe('Write an amount per minute such as 5600, $5,600 or $336k/h.');
    expect(message('5600 min', perMinute)).toBe(
      'Write an amount per minute such as 5600, $5,600 or $336k/h.',
    );
    expect(message('lots', perMinute, { currency: 'EUR' })).toBe(
      'Write an amount per minute such as 5600, €5,600 or €336k/h.',
    );
    expect(message('$5,600/fortnightish', perMinute)).toMatch(/not a unit of time/);
  });
});

describe('rates per year', () => {
  const node = 'failureRates.node';
  it.each([
    ['0.3', 0.3],
    ['0.3/yr', 0.3],
    ['0.3 per year', 0.3],
    ['2 per year', 2],
    ['2 a year', 2],
    ['1 per month', 12],
    ['1/mo', 12],
    ['1 per quarter', 4],
    ['quarterly', 4],
    ['1 every 2 years', 0.5],
    ['1 per 2 years', 0.5],
    ['1.5%', 0.015],
  ])('%s → %d per year', (text, rate) => {
    expect(value(text, node)).toBe(rate);
  });

  it('refuses an unknown period', () => {
    expect(message('2 per fortnight-ish', node)).toBe(
      'Write a rate such as 0.3, 0.3/yr, 2 per year or 1 per month.',
    );
    expect(message('2 per eon', node)).toMatch(/^“eon” is not a period/);
  });
});

describe('years and whole numbers', () => {
  it('reads years, and months as years', () => {
    expect(value('3', 'horizonYears')).toBe(3);
    expect(value('3 years', 'horizonYears')).toBe(3);
    expect(value('18 months', 'assumptions.driftYears')).toBe(1.5);
  });

  it('reads counts with separators and k', () => {
    expect(value('3', 'operations.healthCheckFailureThreshold')).toBe(3);
    expect(value('100,000', 'simulation.trials')).toBe(100_000);
    expect(value('100k', 'simulation.trials')).toBe(100_000);
    expect(value('1.1k', 'simulation.trials')).toBe(1100);
    expect(value('100000 trials', 'simulation.trials')).toBe(100_000);
    expect(value('20261125', 'simulation.seed')).toBe(20_261_125);
  });

  it('refuses fractions of a count', () => {
    expect(message('2.5', 'operations.healthCheckFailureThreshold')).toBe(
      '2.5 is not a whole number. Write a whole number such as 3.',
    );
    expect(message('lots', 'simulation.trials')).toBe(
      'Write a whole number of trials such as 100,000 or 100k.',
    );
  });
});

describe('limits', () => {
  it(`reads at most ${MAX_ENTRY_LENGTH} characters`, () => {
    const longest = `${'0'.repeat(MAX_ENTRY_LENGTH - 2)}90`;
    expect(value(longest, 'targets.rtoSeconds')).toBe(90);
    expect(message(`${longest} `, 'targets.rtoSeconds')).toMatch(
      /^Too long: an entry has at most 64 characters/,
    );
    expect(message('9'.repeat(1000), 'targets.rtoSeconds')).toMatch(/^Too long/);
  });

  it('refuses a number too large to hold', () => {
    expect(message('1e999', 'targets.rtoSeconds')).toBe('That number is too large.');
  });

  it('is not for text or choice fields', () => {
    expect(quantityKind(field('name'))).toBeNull();
    expect(parseQuantity('x', field('technology.trafficLayer')).ok).toBe(false);
  });

  it('knows the kind of every numeric field', () => {
    for (const spec of SCENARIO_FIELDS) {
      if (spec.kind === 'number' || spec.kind === 'integer' || spec.kind === 'fraction') {
        expect(quantityKind(spec), spec.path).not.toBeNull();
      }
    }
  });
});

describe('units of time', () => {
  it('convert by a table, with mathjs’s year of 365.25 days', () => {
    expect(convertTime(1.5, 'minute', 's')).toBe(90);
    expect(convertTime(1, 'year', 'month')).toBe(12);
    expect(convertTime(1, 'year', 'day')).toBe(365.25);
    expect(convertRate(336_000, 'hour', 'minute')).toBe(5600);
    expect(convertRate(1, 'month', 'year')).toBe(12);
  });
});

describe('arithmetic, read by mathjs after the hand-written readers', () => {
  it.each([
    ['2 h + 30 min', 'targets.rtoSeconds', 9000],
    ['2h+30min', 'targets.rtoSeconds', 9000],
    ['3 * 45 s', 'targets.rtoSeconds', 135],
    ['(1 h - 10 min) / 2', 'targets.rtoSeconds', 1500],
    ['1 h - 90 s', 'targets.rtoSeconds', 3510],
    ['60 * 3', 'targets.rtoSeconds', 180],
    ['2 h + 30 min', 'failureDurations.regionOutage.medianHours', 2.5],
    ['1 day / 4', 'failureDurations.regionOutage.p95Hours', 6],
    ['12000 USD / hour', 'business.downtimeCostPerMinute', 200],
    ['12000 usd / hour + 6000 usd / hour', 'business.downtimeCostPerMinute', 300],
    ['$12,000 / hour + $6,000 / hour', 'business.downtimeCostPerMinute', 300],
    ['$3k / min + $2.6k / min', 'business.downtimeCostPerMinute', 5600],
    ['12 * 1,000', 'costs.monthlyBudget', 12_000],
    ['2 / year + 1 / month', 'failureRates.node', 14],
    ['1 / (2 years)', 'failureRates.node', 0.5],
    ['18 months + 6 months', 'horizonYears', 2],
    ['100 * 1000', 'simulation.trials', 100_000],
    ['20k * 5', 'simulation.trials', 100_000],
    ['1 - 0.05', 'targets.confidence', 0.95],
  ])('%s in %s → %d', (text, path, expected) => {
    expect(value(text, path)).toBe(expected);
  });

  it('says why an entry with arithmetic does not fit the field', () => {
    expect(message('2 h + 3', 'targets.rtoSeconds')).toMatch(/^Those cannot be combined/);
    expect(message('12 / hour', 'targets.rtoSeconds')).toMatch(
      /^That works out to a rate per unit of time, not a duration\./,
    );
    expect(message('2 h * 3 h', 'targets.rtoSeconds')).toMatch(
      /^That works out to a quantity other than a duration/,
    );
    expect(message('2 h + 5 parsecs', 'targets.rtoSeconds')).toBe(
      'Write a duration such as 90 s, 1.5 min or 2 h.',
    );
    expect(message('5600 gbp + 1 gbp', 'business.downtimeCostPerMinute')).toBe(
      'This scenario counts money in USD: write the amount in USD.',
    );
    expect(message('€5,600 + €1', 'business.downtimeCostPerMinute')).toBe(
      'This scenario counts money in USD: write the amount in USD.',
    );
    expect(message('1 h / 0', 'targets.rtoSeconds')).toMatch(/divided by zero/);
    expect(message('3 * 2.5', 'operations.healthCheckFailureThreshold')).toMatch(
      /^7.5 is not a whole number/,
    );
    expect(message('2 h + 30 min', 'costs.monthlyBudget')).toMatch(
      /^That works out to a duration, not an amount/,
    );
  });
});

describe('hostile entries stay refused', () => {
  const rto = 'targets.rtoSeconds';
  const hint = 'Write a duration such as 90 s, 1.5 min or 2 h.';
  it.each([
    // Not arithmetic in shape: refused at once, without mathjs.
    'import({}, {override: true})',
    'createUnit("x")',
    'a = 3',
    '2^3^4^5',
    '9^9^9',
    '5!',
    '"2 h"',
    '1 h; 2 h',
    '{a: 1}',
    '[1, 2]',
    '1 ? 2 : 3',
    '2 h to min',
    '1 h -5 min',
    '100% - 5%',
    'x.y',
    '__proto__',
  ])('%j is refused with the field’s example message', (text) => {
    expect(message(text, rto)).toBe(hint);
  });

  it.each([
    // Arithmetic in shape, refused by the walk of mathjs's tree.
    'evaluate(1)',
    'parse(1)',
    'sqrt(4) s',
    'f(x) + 1 s',
    'hour + 1 s',
    '1 h 30 + 1',
    '(2 h) (3)',
    '2 (3 h)',
    'e * 1 s',
    'pi * 1 s',
    'constructor * 1 s',
    '__proto__ + 1 s',
  ])('%j is refused, never evaluated', (text) => {
    const read = message(text, rto);
    expect(
      read === hint ||
        read.startsWith('Numbers with units can be combined') ||
        /is not a unit of time/.test(read),
    ).toBe(true);
  });

  it('reads no tree larger than a sum of a few quantities', () => {
    const long = Array.from({ length: 21 }, () => '1').join('+');
    expect(long.length).toBeLessThanOrEqual(MAX_ENTRY_LENGTH);
    expect(message(long, rto)).toMatch(/^Numbers with units can be combined/);
    expect(message(`${'('.repeat(15)}1 s${')'.repeat(15)}`, rto)).toMatch(
      /^Numbers with units can be combined/,
    );
    expect(value(`${'('.repeat(5)}1 s${')'.repeat(5)}`, rto)).toBe(1);
  });

  it('walks the tree itself: mathjs refuses to add an hour to a number, and the walk refuses calls', () => {
    const word = (name: string) =>
      name === 'h' ? ({ kind: 'time', unit: 'hour' } as const) : ({ kind: 'unknown' } as const);
    expect(evaluateArithmetic('2 h + 1 h', word)).toEqual({ ok: true, value: 10_800, time: 1 });
    expect(evaluateArithmetic('2 h + 1', word)).toEqual({ ok: false, problem: 'mismatch' });
    expect(evaluateArithmetic('f(2) h', word)).toEqual({ ok: false, problem: 'not-allowed' });
    expect(evaluateArithmetic('2 +', word)).toEqual({ ok: false, problem: 'syntax' });
    expect(evaluateArithmetic('2 x', word)).toEqual({ ok: false, problem: 'unknown-word', word: 'x' });
    expect(evaluateArithmetic('x * 2 h', word)).toEqual({ ok: false, problem: 'not-allowed' });
    expect(evaluateArithmetic('1'.repeat(65), word)).toEqual({ ok: false, problem: 'not-allowed' });
  });

  it('exposes no evaluator, no parser and no way to extend or reconfigure the instance', () => {
    for (const name of [
      'evaluate',
      'parse',
      'compile',
      'import',
      'create',
      'createUnit',
      'factory',
      'config',
    ]) {
      expect(name in restrictedMath, name).toBe(false);
    }
    const unitClass = restrictedMath['Unit'] as Record<string, unknown>;
    for (const name of ['createUnit', 'createUnitSingle', 'deleteUnit', 'setUnitSystem']) {
      expect(name in unitClass, `Unit.${name}`).toBe(false);
    }
    // What remains still does unit arithmetic: an hour and 30 minutes add up to 5,400 s.
    const unit = restrictedMath['unit'] as (
      value: number,
      name: string,
    ) => { toNumber: (to: string) => number };
    const add = restrictedMath['add'] as (a: unknown, b: unknown) => { toNumber: (to: string) => number };
    expect(add(unit(1, 'hour'), unit(30, 'minute')).toNumber('s')).toBe(5400);
  });
});
