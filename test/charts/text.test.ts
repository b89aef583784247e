import { describe, expect, it } from 'vitest';
import {
  formatMoneyReadOut,
  formatMoneyShort,
  formatSecondsReadOut,
  formatShare,
} from '../../src/charts/format';
import { twoLines } from '../../src/charts/wrap';

describe('chart text', () => {
  it('writes short money for ticks and whole money for read-outs', () => {
    expect(formatMoneyShort(0, 'USD')).toBe('$0');
    expect(formatMoneyShort(250_000, 'USD')).toBe('$250K');
    expect(formatMoneyShort(1_500_000, 'EUR')).toBe('€1.5M');
    expect(formatMoneyReadOut(183_716.2, 'USD')).toBe('$183,716');
    expect(formatMoneyReadOut(2_866_624, 'USD')).toBe('$2.9M');
  });

  it('keeps a decimal on shares only near 0% and 100%', () => {
    expect(formatShare(0.95)).toBe('95%');
    expect(formatShare(0.997)).toBe('99.7%');
    expect(formatShare(0.004)).toBe('0.4%');
  });

  it('adds minutes or hours to long durations', () => {
    expect(formatSecondsReadOut(45)).toBe('45 s');
    expect(formatSecondsReadOut(3150)).toBe('3,150 s (52.5 min)');
    expect(formatSecondsReadOut(36_000)).toBe('36,000 s (10 h)');
  });

  it('splits long names at the space nearest the middle', () => {
    expect(twoLines('Active-passive, async replication', 18)).toEqual([
      'Active-passive,',
      'async replication',
    ]);
    expect(twoLines('Single node (baseline)', 18)).toEqual(['Single node', '(baseline)']);
    expect(twoLines('Short', 18)).toEqual(['Short']);
  });
});
