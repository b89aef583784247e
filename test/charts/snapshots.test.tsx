// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BreakEvenChart } from '../../src/charts/BreakEvenChart';
import { CostStackChart } from '../../src/charts/CostStackChart';
import { FailoverTimelineChart } from '../../src/charts/FailoverTimelineChart';
import { LossExceedanceChart } from '../../src/charts/LossExceedanceChart';
import { RpoCdfChart } from '../../src/charts/RpoCdfChart';
import { RtoCdfChart } from '../../src/charts/RtoCdfChart';
import type { ChartTheme } from '../../src/charts/theme';
import type { ChartProps } from '../../src/charts/types';
import { fixtureResult, fixtureScenario } from './fixtures';
import { normalizeSvg } from './svg';

afterEach(cleanup);

const CHARTS: [string, ComponentType<ChartProps>][] = [
  ['cost', CostStackChart],
  ['rto', RtoCdfChart],
  ['rpo', RpoCdfChart],
  ['loss', LossExceedanceChart],
  ['timeline', FailoverTimelineChart],
  ['break-even', BreakEvenChart],
];

function svgOf(Chart: ComponentType<ChartProps>, theme: ChartTheme): string {
  const { container } = render(<Chart result={fixtureResult()} scenario={fixtureScenario()} theme={theme} />);
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('no <svg> rendered');
  return svg.outerHTML;
}

describe('chart snapshots', () => {
  it.each(CHARTS)('%s chart matches its golden SVG', async (name, Chart) => {
    await expect(normalizeSvg(svgOf(Chart, 'auto'))).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });

  it('cost chart in the light theme matches its golden SVG', async () => {
    await expect(normalizeSvg(svgOf(CostStackChart, 'light'))).toMatchFileSnapshot(
      '__snapshots__/cost-light.svg',
    );
  });

  it.each(CHARTS)('%s chart is self-contained in the light theme', (_name, Chart) => {
    const svg = svgOf(Chart, 'light');
    expect(svg).not.toContain('var(');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(/font-family:/);
  });

  it('renders the same SVG twice', () => {
    const first = normalizeSvg(svgOf(BreakEvenChart, 'auto'));
    cleanup();
    expect(normalizeSvg(svgOf(BreakEvenChart, 'auto'))).toBe(first);
  });

  it('normalises ids and decimals', () => {
    expect(
      normalizeSvg('<svg id="_r_1_-t" aria-labelledby="_r_1_-t"><path d="M1.23456,-0.001"/></svg>'),
    ).toBe('<svg id="id1" aria-labelledby="id1">\n<path d="M1.23,0"/>\n</svg>\n');
  });
});
