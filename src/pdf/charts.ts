/**
 * The six result charts as standalone SVG elements for the PDF: each chart component is rendered to
 * static markup in its light theme (inline colours, no CSS needed), its first <svg> is taken out of the
 * figure around it, and every text is set in the embedded PDF font.
 */
import { type ComponentType, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Scenario, SimulationResult } from '../../models/types';
import { BreakEvenChart } from '../charts/BreakEvenChart';
import { CostStackChart } from '../charts/CostStackChart';
import { FailoverTimelineChart } from '../charts/FailoverTimelineChart';
import { LossExceedanceChart } from '../charts/LossExceedanceChart';
import { RpoCdfChart } from '../charts/RpoCdfChart';
import { RtoCdfChart } from '../charts/RtoCdfChart';
import type { ChartProps } from '../charts/types';
import { PDF_FONT } from './fonts';
import { CHART_IDS, type ChartId } from './model';
import { applyFont } from './svgFont';
import { neutralizeStyles, restoreStyles } from './svgStyles';

const COMPONENTS: Record<ChartId, ComponentType<ChartProps>> = {
  cost: CostStackChart,
  rto: RtoCdfChart,
  rpo: RpoCdfChart,
  loss: LossExceedanceChart,
  timeline: FailoverTimelineChart,
  'break-even': BreakEvenChart,
};

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The first <svg> of some markup (a chart may wrap it in a figure), as an SVG element of this document. Its
 * inline styles go through the CSSOM, which the page's Content-Security-Policy allows (see svgStyles.ts).
 */
export function extractSvg(markup: string): SVGSVGElement | null {
  const parsed = new DOMParser().parseFromString(
    `<!doctype html><body>${neutralizeStyles(markup)}`,
    'text/html',
  );
  const found = parsed.querySelector('svg');
  if (!found || found.namespaceURI !== SVG_NS) return null;
  const svg = document.importNode(found, true) as SVGSVGElement;
  restoreStyles(svg);
  return svg;
}

/** Renders one chart for print; null when it produced no SVG. */
export function chartSvg(chart: ChartId, scenario: Scenario, result: SimulationResult): SVGSVGElement | null {
  const markup = renderToStaticMarkup(createElement(COMPONENTS[chart], { result, scenario, theme: 'light' }));
  const svg = extractSvg(markup);
  if (!svg) return null;
  // The page scales charts to their container; in the PDF the size comes from the viewBox alone.
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  applyFont(svg, PDF_FONT);
  return svg;
}

/** Every chart that rendered, by id. A chart that fails is left out (the PDF says so in its place). */
export async function chartSvgs(
  scenario: Scenario,
  result: SimulationResult,
): Promise<Partial<Record<ChartId, SVGSVGElement>>> {
  const out: Partial<Record<ChartId, SVGSVGElement>> = {};
  for (const chart of CHART_IDS) {
    try {
      const svg = chartSvg(chart, scenario, result);
      if (svg) out[chart] = svg;
    } catch (error) {
      console.error(`The ${chart} chart could not be drawn for the PDF.`, error);
    }
    // Let the page breathe between charts.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return out;
}
