import { describe, expect, it } from 'vitest';
import { twoLines } from '../../src/charts/wrap';

describe('chart text', () => {
  it('splits long names at the space nearest the middle', () => {
    expect(twoLines('Active-passive, async replication', 18)).toEqual([
      'Active-passive,',
      'async replication',
    ]);
    expect(twoLines('Single node (baseline)', 18)).toEqual(['Single node', '(baseline)']);
    expect(twoLines('Short', 18)).toEqual(['Short']);
  });
});
