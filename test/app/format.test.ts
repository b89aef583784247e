import { describe, expect, it } from 'vitest';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatMoney,
  formatMoneyRate,
  formatNumber,
  formatPercent,
} from '../../src/format';

describe('format', () => {
  it('writes money in the scenario currency, whole units', () => {
    expect(formatMoney(12000, 'USD')).toBe('$12,000');
    expect(formatMoney(1234.6, 'EUR')).toBe('€1,235');
    expect(formatMoneyRate(5600, 'USD', 'min')).toBe('$5,600/min');
  });

  it('keeps decimals in proportion to the size of a number', () => {
    expect(formatNumber(0.05)).toBe('0.05');
    expect(formatNumber(1.834)).toBe('1.83');
    expect(formatNumber(23.46)).toBe('23.5');
    expect(formatNumber(3600.4)).toBe('3,600');
    expect(formatNumber(0)).toBe('0');
    expect(formatCount(20000)).toBe('20,000');
  });

  it('names durations as people say them', () => {
    expect(formatDuration(60)).toBe('60 s');
    expect(formatDuration(900)).toBe('15 min');
    expect(formatDuration(4 * 3600)).toBe('4 h');
    expect(formatDuration(5400)).toBe('90 min');
    expect(formatDuration(3 * 3600 + 1800)).toBe('3 h 30 min');
  });

  it('turns fractions into percentages', () => {
    expect(formatPercent(0.95)).toBe('95%');
    expect(formatPercent(0.9751, 1)).toBe('97.5%');
    // 52.6 minutes a year is 99.99% of a 365.25-day year.
    expect(formatAvailability(1 - 52.596 / (365.25 * 24 * 60))).toBe('99.99%');
    expect(formatAvailability(0.999948)).toBe('99.9948%');
  });
});
