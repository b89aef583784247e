import { describe, expect, it } from 'vitest';
import { chartWidthFor, CHART_WIDTH, MIN_CHART_WIDTH, spacedLabels } from '../../src/charts/layout';
import { legendLayout, type LegendItem } from '../../src/charts/Legend';
import { markerXs } from '../../src/charts/Marker';
import { twoLines, wrapWords } from '../../src/charts/wrap';

describe('chart text', () => {
  it('splits long names at the space nearest the middle', () => {
    expect(twoLines('Active-passive, async replication', 18)).toEqual([
      'Active-passive,',
      'async replication',
    ]);
    expect(twoLines('Single node (baseline)', 18)).toEqual(['Single node', '(baseline)']);
    expect(twoLines('Short', 18)).toEqual(['Short']);
  });

  it('fills words into lines of a given length, never losing one', () => {
    const text = 'In-region HA plus a cross-region standby (recommended)';
    const lines = wrapWords(text, 20);
    expect(lines).toEqual(['In-region HA plus a', 'cross-region standby', '(recommended)']);
    expect(lines.join(' ')).toBe(text);
    for (const line of wrapWords(text, 12)) expect(line.length <= 12 || !line.includes(' ')).toBe(true);
    expect(wrapWords('', 10)).toEqual(['']);
    expect(wrapWords('unbreakable-word-longer-than-the-line', 10)).toEqual([
      'unbreakable-word-longer-than-the-line',
    ]);
  });

  it('drops tick labels that would run into the one before, from the left', () => {
    const ticks = [0, 30, 60, 90, 200].map((x) => ({ x, label: '$100K' }));
    // "$100K" is about 30 units wide at 11 units: 30 apart is too close, 60 is enough.
    expect(spacedLabels(ticks, 11)).toEqual([true, false, true, false, true]);
    expect(spacedLabels(ticks.slice(0, 1), 11)).toEqual([true]);
  });

  it('lays a chart out at its box width, within its narrowest and widest layouts, zoomed', () => {
    expect(chartWidthFor(412.7)).toBe(412);
    expect(chartWidthFor(100)).toBe(MIN_CHART_WIDTH);
    expect(chartWidthFor(2000)).toBe(CHART_WIDTH);
    expect(chartWidthFor(0)).toBe(CHART_WIDTH);
    expect(chartWidthFor(Number.NaN)).toBe(CHART_WIDTH);
    // Shown 1.25 times larger, a 500-pixel box holds a 400-unit layout.
    expect(chartWidthFor(500, 1.25)).toBe(400);
  });

  it('spreads the markers of lines that overlap so that each line shows its own', () => {
    const a = markerXs(0, 200, 50, 0, 2);
    const b = markerXs(0, 200, 50, 1, 2);
    expect(a).toEqual([12.5, 62.5, 112.5, 162.5]);
    expect(b).toEqual([37.5, 87.5, 137.5, 187.5]);
    expect(markerXs(0, 0, 50, 0, 1)).toEqual([]);
  });

  it('wraps a long legend label in a single column, and counts its height', () => {
    const items: LegendItem[] = [
      { key: 'a', label: 'Short', color: '#000', mark: 'box' },
      {
        key: 'b',
        label: 'In-region HA plus a cross-region standby (recommended)',
        color: '#000',
        mark: 'line',
        emphasis: true,
      },
    ];
    const wide = legendLayout(items, 616, 2);
    expect(wide.items.map((i) => i.lines.length)).toEqual([1, 1]);
    expect(wide.height).toBe(20);
    const narrow = legendLayout(items, 320, 2);
    expect(narrow.items.map((i) => i.x)).toEqual([0, 0]);
    expect(narrow.items[1]!.lines.length).toBe(2);
    expect(narrow.items[1]!.lines.join(' ')).toBe(items[1]!.label);
    expect(narrow.height).toBe(20 + 20 + 14);
  });
});
