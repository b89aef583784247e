import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { SCENARIO_FIELDS } from '../../models/scenario/fields';
import { formatQuantity, formatSecondsExact, unitText } from '../../src/input/formatQuantity';
import { parseQuantity, quantityKind } from '../../src/input/parseQuantity';
import { fieldSpec, valueAt } from '../../src/store/scenarioPaths';

const spec = (path: string) => {
  const found = fieldSpec(path);
  if (!found) throw new Error(path);
  return found;
};

describe('formatQuantity', () => {
  it('writes values the way people write them', () => {
    expect(formatQuantity(spec('targets.rtoSeconds'), 60, 'USD')).toBe('60 s');
    expect(formatQuantity(spec('targets.regionRtoSeconds'), 86400, 'USD')).toBe('24 h');
    expect(formatQuantity(spec('operations.humanResponseSeconds'), 900, 'USD')).toBe('15 min');
    expect(formatQuantity(spec('targets.confidence'), 0.95, 'USD')).toBe('95%');
    expect(formatQuantity(spec('targets.confidence'), 0.9995, 'USD')).toBe('99.95%');
    expect(formatQuantity(spec('business.downtimeCostPerMinute'), 5600, 'USD')).toBe('$5,600/min');
    expect(formatQuantity(spec('business.downtimeCostPerMinute'), 5600, 'EUR')).toBe('€5,600/min');
    expect(formatQuantity(spec('costs.monthlyBudget'), 12000, 'USD')).toBe('$12,000/month');
    expect(formatQuantity(spec('failureRates.node'), 0.3, 'USD')).toBe('0.3 per year');
    expect(formatQuantity(spec('horizonYears'), 1, 'USD')).toBe('1 year');
    expect(formatQuantity(spec('simulation.trials'), 100000, 'USD')).toBe('100,000');
    expect(formatQuantity(spec('simulation.seed'), 20261125, 'USD')).toBe('20261125');
    expect(formatQuantity(spec('name'), 'Checkout', 'USD')).toBe('Checkout');
  });

  it('never rounds a duration away', () => {
    expect(formatSecondsExact(0)).toBe('0 s');
    expect(formatSecondsExact(90)).toBe('90 s');
    expect(formatSecondsExact(150)).toBe('150 s');
    expect(formatSecondsExact(5400)).toBe('90 min');
    expect(formatSecondsExact(259200)).toBe('3 days');
    expect(formatSecondsExact(0.25)).toBe('0.25 s');
  });

  it('reads back every default value exactly', () => {
    for (const field of SCENARIO_FIELDS) {
      if (quantityKind(field) === null) continue;
      const value = valueAt(DEFAULT_SCENARIO, field.path);
      const text = formatQuantity(field, value, DEFAULT_SCENARIO.currency);
      expect(parseQuantity(text, field, { currency: 'USD' }), `${field.path}: ${text}`).toEqual({
        ok: true,
        value,
      });
    }
  });

  it('reads back durations, shares and amounts exactly', () => {
    const rto = spec('targets.rtoSeconds');
    for (const seconds of [0, 0.5, 1, 59, 60, 61, 119, 120, 3599, 3600, 5400, 86400, 172800, 1e7]) {
      expect(parseQuantity(formatQuantity(rto, seconds, 'USD'), rto)).toEqual({ ok: true, value: seconds });
    }
    const share = spec('targets.confidence');
    for (const fraction of [0.5, 0.9, 0.95, 0.99, 0.999, 0.9995, 0.01]) {
      expect(parseQuantity(formatQuantity(share, fraction, 'USD'), share)).toEqual({
        ok: true,
        value: fraction,
      });
    }
    const money = spec('business.downtimeCostPerMinute');
    for (const amount of [0, 0.5, 12.25, 5600, 1_234_567]) {
      const text = formatQuantity(money, amount, 'USD');
      expect(parseQuantity(text, money, { currency: 'USD' })).toEqual({ ok: true, value: amount });
    }
  });

  it('names units in words', () => {
    expect(unitText(spec('business.downtimeCostPerMinute'), 'EUR')).toBe('EUR per minute');
    expect(unitText(spec('business.dataLossCostPerSecond'), 'USD')).toBe('USD per second of data');
    expect(unitText(spec('targets.confidence'), 'USD')).toBe('% or fraction');
    expect(unitText(spec('name'), 'USD')).toBe('');
  });
});
