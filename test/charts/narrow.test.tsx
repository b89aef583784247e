// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BreakEvenChart } from '../../src/charts/BreakEvenChart';
import { CostStackChart } from '../../src/charts/CostStackChart';
import { FailoverTimelineChart } from '../../src/charts/FailoverTimelineChart';
import { FONT, textWidth } from '../../src/charts/layout';
import { LossExceedanceChart } from '../../src/charts/LossExceedanceChart';
import { RpoCdfChart } from '../../src/charts/RpoCdfChart';
import { RtoCdfChart } from '../../src/charts/RtoCdfChart';
import { TornadoChart } from '../../src/charts/TornadoChart';
import type { ChartProps } from '../../src/charts/types';
import { fixtureResult, fixtureScenario, fixtureSensitivity } from './fixtures';

/**
 * jsdom has no layout: a box's width and a ResizeObserver that reports it are stood in for, so that a
 * chart lays itself out as it would in a phone's 320-pixel column.
 */
let boxWidth = 320;
const realObserver = globalThis.ResizeObserver;
const realWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');

beforeAll(() => {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => boxWidth });
});

afterAll(() => {
  globalThis.ResizeObserver = realObserver;
  if (realWidth) Object.defineProperty(HTMLElement.prototype, 'clientWidth', realWidth);
});

afterEach(cleanup);

const CHARTS: [string, ComponentType<ChartProps>][] = [
  ['cost', CostStackChart],
  ['rto', RtoCdfChart],
  ['rpo', RpoCdfChart],
  ['loss', LossExceedanceChart],
  ['timeline', FailoverTimelineChart],
  ['break-even', BreakEvenChart],
];

/** Each line of text of an SVG (a <text>, or each of its <tspan>s) with its estimated left and right ends. */
function textExtents(svg: SVGSVGElement) {
  const out: { text: string; left: number; right: number; size: number }[] = [];
  for (const text of svg.querySelectorAll('text')) {
    const anchor = text.getAttribute('text-anchor') ?? 'start';
    const size = Number(text.getAttribute('font-size') ?? svg.getAttribute('font-size'));
    const bold = text.getAttribute('font-weight') === '700';
    const spans = text.querySelectorAll('tspan');
    const lines = spans.length > 0 ? [...spans] : [text];
    for (const line of lines) {
      const x = Number(line.getAttribute('x') ?? text.getAttribute('x') ?? NaN);
      const content = line.textContent ?? '';
      const w = textWidth(content, size, bold);
      // A rotated title (the y axis) runs along the height: only its size matters here.
      if (text.getAttribute('transform')) {
        out.push({ text: content, left: 0, right: 0, size });
        continue;
      }
      const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
      out.push({ text: content, left, right: left + w, size });
    }
  }
  return out;
}

describe('charts in a narrow box', () => {
  it.each(CHARTS)(
    '%s: laid out at the box width, every text at least 11 px and inside the chart',
    (_n, Chart) => {
      boxWidth = 320;
      const { container } = render(<Chart result={fixtureResult()} scenario={fixtureScenario()} />);
      const svg = container.querySelector('svg')!;
      // One SVG unit per CSS pixel: the chart is as wide as its box, so its font sizes are pixels.
      expect(svg.getAttribute('viewBox')).toMatch(/^0 0 320 \d+(\.\d+)?$/);
      const texts = textExtents(svg);
      expect(texts.length).toBeGreaterThan(5);
      for (const t of texts) {
        expect(t.size, t.text).toBeGreaterThanOrEqual(FONT.tick);
        expect(t.left, t.text).toBeGreaterThanOrEqual(-1);
        expect(t.right, t.text).toBeLessThanOrEqual(321);
      }
    },
  );

  it('the tornado too', () => {
    boxWidth = 320;
    const { container } = render(
      <TornadoChart sensitivity={fixtureSensitivity()} currency="USD" horizonYears={3} />,
    );
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 320 /);
    for (const t of textExtents(svg)) {
      expect(t.size, t.text).toBeGreaterThanOrEqual(FONT.tick);
      expect(t.right, t.text).toBeLessThanOrEqual(321);
    }
  });

  it('never lays out narrower than 300 units (a narrower box scrolls it), nor wider than 640', () => {
    boxWidth = 200;
    const narrow = render(<CostStackChart result={fixtureResult()} scenario={fixtureScenario()} />);
    expect(narrow.container.querySelector('svg')!.getAttribute('viewBox')).toMatch(/^0 0 300 /);
    cleanup();
    boxWidth = 1200;
    const wide = render(<CostStackChart result={fixtureResult()} scenario={fixtureScenario()} />);
    expect(wide.container.querySelector('svg')!.getAttribute('viewBox')).toMatch(/^0 0 640 /);
  });
});
