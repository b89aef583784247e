import { describe, expect, it } from 'vitest';
import {
  formatAvailability,
  formatBytes,
  formatCount,
  formatDist,
  formatDuration,
  formatMoney,
  formatMoneyRange,
  formatMoneyRate,
  formatMinutes,
  formatMoneyTick,
  formatNumber,
  formatPercent,
  formatWeek,
  percentileName,
} from '../../src/format';

describe('the one formatter of each concept', () => {
  it('writes money in the scenario currency, whole units, then millions and billions', () => {
    expect(formatMoney(12000, 'USD')).toBe('$12,000');
    expect(formatMoney(1234.6, 'EUR')).toBe('€1,235');
    expect(formatMoney(2_866_624, 'USD')).toBe('$2.87M');
    expect(formatMoney(3_400_000_000, 'USD')).toBe('$3.4B');
    expect(formatMoney(-1500, 'USD')).toBe('-$1,500');
    expect(formatMoney(1500, 'ZZZ')).toMatch(/1,500/);
    expect(formatMoneyRate(5600, 'USD', 'min')).toBe('$5,600/min');
  });

  it('writes a range of money once when its ends are the same', () => {
    expect(formatMoneyRange({ low: 4000, high: 12000 }, 'USD')).toBe('$4,000–$12,000');
    expect(formatMoneyRange({ low: 400, high: 400 }, 'USD')).toBe('$400');
    expect(formatMoneyRange({ low: 400.2, high: 399.8 }, 'USD')).toBe('$400');
  });

  it('writes short money for axis ticks', () => {
    expect(formatMoneyTick(0, 'USD')).toBe('$0');
    expect(formatMoneyTick(250_000, 'USD')).toBe('$250K');
    expect(formatMoneyTick(1_500_000, 'EUR')).toBe('€1.5M');
  });

  it('never writes a tick under one unit of money as $0 (a log axis has no zero)', () => {
    expect(formatMoneyTick(0.01, 'USD')).toBe('$0.01');
    expect(formatMoneyTick(0.1, 'USD')).toBe('$0.1');
    expect(formatMoneyTick(0.5, 'USD')).toBe('$0.5');
    expect(formatMoneyTick(0.001, 'EUR')).toBe('€0.001');
    expect(formatMoneyTick(1, 'USD')).toBe('$1');
    for (let e = -4; e <= 9; e++) expect(formatMoneyTick(10 ** e, 'USD')).not.toBe('$0');
  });

  it('keeps decimals in proportion to the size of a number', () => {
    expect(formatNumber(0.05)).toBe('0.05');
    expect(formatNumber(1.834)).toBe('1.83');
    expect(formatNumber(23.46)).toBe('23.5');
    expect(formatNumber(3600.4)).toBe('3,600');
    expect(formatNumber(0)).toBe('0');
    expect(formatCount(20000)).toBe('20,000');
  });

  it('names durations in the unit a person would use, rounding to the nearest', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(0.05)).toBe('0.05 s');
    expect(formatDuration(0.25)).toBe('0.25 s');
    expect(formatDuration(0.996)).toBe('1 s');
    expect(formatDuration(3.46)).toBe('3.5 s');
    expect(formatDuration(9.96)).toBe('10 s');
    expect(formatDuration(60)).toBe('60 s');
    expect(formatDuration(119.4)).toBe('119 s');
    expect(formatDuration(119.6)).toBe('2 min');
    expect(formatDuration(526)).toBe('8.8 min');
    expect(formatDuration(5400)).toBe('90 min');
    expect(formatDuration(4 * 3600)).toBe('4 h');
    expect(formatDuration(3 * 86400)).toBe('3 days');
  });

  it('writes minutes as the same durations, and sizes in bytes', () => {
    expect(formatMinutes(90)).toBe('90 min');
    expect(formatMinutes(0.5)).toBe('30 s');
    expect(formatMinutes(52.596)).toBe(formatDuration(52.596 * 60));
    expect(formatBytes(850)).toBe('850 bytes');
    expect(formatBytes(12_800)).toBe('12.5 KB');
    expect(formatBytes(3.25 * 1024 * 1024)).toBe('3.3 MB');
  });

  it('writes a week of a plan with a decimal at most, rounded rather than cut', () => {
    expect(formatWeek(3)).toBe('3');
    expect(formatWeek(2.5)).toBe('2.5');
    expect(formatWeek(2.25)).toBe('2.3');
    expect(formatWeek(1.96)).toBe('2');
  });

  it('turns shares into percentages that never round to 0% or 100% when they are not', () => {
    expect(formatPercent(0.95)).toBe('95%');
    expect(formatPercent(0.9751)).toBe('97.5%');
    expect(formatPercent(0.9996)).toBe('> 99.9%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.0004)).toBe('< 0.1%');
    expect(formatPercent(0)).toBe('0%');
    expect(percentileName(0.95)).toBe('P95');
    expect(percentileName(0.995)).toBe('P99.5');
  });

  it('writes availability with the digits that tell the nines apart', () => {
    // 52.6 minutes a year is 99.99% of a 365.25-day year.
    expect(formatAvailability(1 - 52.596 / (365.25 * 24 * 60))).toBe('99.99%');
    expect(formatAvailability(0.999959)).toBe('99.996%');
    expect(formatAvailability(0.9999959)).toBe('99.9996%');
    expect(formatAvailability(0.99955)).toBe('99.955%');
    expect(formatAvailability(0.9999999)).toBe('> 99.9999%');
    expect(formatAvailability(1)).toBe('100%');
  });

  it('describes distributions in words', () => {
    expect(formatDist({ kind: 'triangular', min: 30, mode: 60, max: 300 })).toBe(
      '30 s / 60 s / 5 min (least / most likely / greatest)',
    );
    expect(formatDist({ kind: 'uniform', min: 20, max: 30 })).toBe('uniform 20 s – 30 s');
  });
});
