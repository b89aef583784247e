import type { PatternId, PhaseId } from '../../models/types';
import type { CostPart } from './data/costStack';

/**
 * 'auto' follows the page (light or dark) through CSS variables; 'light' uses fixed light colours and
 * inline fonts, so the SVG can be serialised on its own (the PDF export).
 */
export type ChartTheme = 'auto' | 'light';

/** Every colour a chart paints with: CSS values, set inline on the SVG elements. */
export interface Palette {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  /** Targets, budget and the scenario's own cost: reference lines. */
  reference: string;
  patterns: Record<PatternId, string>;
  costParts: Record<CostPart, string>;
  phases: Record<PhaseId, string>;
  /** Compared scenarios A to D, in order (the comparison chart). */
  scenarios: readonly [string, string, string, string];
  /** Set on the SVG only in the light theme; in 'auto' the page's font is inherited. */
  fontFamily: string | undefined;
}

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies). On white, the purple, green and
 * yellow are darkened to keep 3:1 against the background; on dark, the original hues all reach 5:1. These are the
 * light values of charts.css, which the theme test keeps in step.
 */
export const LIGHT: Palette = {
  text: '#16191f',
  muted: '#4a5361',
  grid: '#d5dae1',
  surface: '#ffffff',
  reference: '#16191f',
  patterns: {
    'single-node': '#d55e00',
    'active-passive-async': '#0072b2',
    'active-passive-sync': '#a1467e',
    'active-passive-dr': '#8a6a00',
    'active-active': '#007a5a',
  },
  costParts: {
    infrastructure: '#6b7280',
    oneOff: '#3b5b8c',
    maintenance: '#2a7f7f',
    downtime: '#b86e00',
    dataLoss: '#7b3294',
  },
  phases: {
    detection: '#0072b2',
    decision: '#56b4e9',
    promotion: '#009e73',
    reroute: '#e69f00',
    manual: '#d55e00',
    recovery: '#cc79a7',
  },
  scenarios: ['#0072b2', '#b86e00', '#007a5a', '#a1467e'],
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif",
};

const cssVar = (name: string) => `var(--chart-${name})`;

const AUTO: Palette = {
  text: 'var(--text)',
  muted: 'var(--muted)',
  grid: 'var(--border)',
  surface: 'var(--surface)',
  reference: 'var(--text)',
  patterns: {
    'single-node': cssVar('single-node'),
    'active-passive-async': cssVar('active-passive-async'),
    'active-passive-sync': cssVar('active-passive-sync'),
    'active-passive-dr': cssVar('active-passive-dr'),
    'active-active': cssVar('active-active'),
  },
  costParts: {
    infrastructure: cssVar('infrastructure'),
    oneOff: cssVar('one-off'),
    maintenance: cssVar('maintenance'),
    downtime: cssVar('downtime'),
    dataLoss: cssVar('data-loss'),
  },
  phases: {
    detection: cssVar('detection'),
    decision: cssVar('decision'),
    promotion: cssVar('promotion'),
    reroute: cssVar('reroute'),
    manual: cssVar('manual'),
    recovery: cssVar('recovery'),
  },
  scenarios: [cssVar('scenario-a'), cssVar('scenario-b'), cssVar('scenario-c'), cssVar('scenario-d')],
  fontFamily: undefined,
};

export function palette(theme: ChartTheme): Palette {
  return theme === 'light' ? LIGHT : AUTO;
}

/** Dash patterns, so that lines differ by more than colour (and in print). Solid for active-active. */
export const PATTERN_DASH: Record<PatternId, string | undefined> = {
  'single-node': '8 4',
  'active-passive-async': '2 3',
  'active-passive-sync': '9 3 2 3',
  'active-passive-dr': '12 3 2 3 2 3',
  'active-active': undefined,
};

/** Marker shapes along each pattern's line, so that lines lying on top of each other stay told apart. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';

export const PATTERN_MARKER: Record<PatternId, MarkerShape> = {
  'single-node': 'square',
  'active-passive-async': 'circle',
  'active-passive-sync': 'triangle',
  'active-passive-dr': 'diamond',
  'active-active': 'cross',
};

/** Line width, SVG units: the recommended pattern is drawn thicker. */
export const lineWidth = (recommended: boolean) => (recommended ? 3.25 : 1.75);
