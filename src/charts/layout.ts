/**
 * Width of every chart's viewBox at full size, SVG units: the PDF's charts and the page's at their widest.
 * On the page a chart is drawn as wide as its box (down to MIN_CHART_WIDTH), so that an SVG unit stays a
 * CSS pixel and the text keeps its size on a phone.
 */
export const CHART_WIDTH = 640;

/** The narrowest a chart is laid out, SVG units; a narrower box scrolls it sideways rather than shrink it. */
export const MIN_CHART_WIDTH = 300;

/** Below this width a chart takes its compact layout: names above the bars, one legend column. */
export const COMPACT_WIDTH = 520;

export const isCompact = (width: number): boolean => width < COMPACT_WIDTH;

/**
 * The width to lay a chart out at, SVG units, for a box `available` CSS pixels wide shown `zoom` times
 * larger than its SVG units: whole units, so the drawing is never shrunk below its font sizes.
 */
export function chartWidthFor(available: number, zoom = 1): number {
  if (!(available > 0) || !(zoom > 0)) return CHART_WIDTH;
  return Math.min(CHART_WIDTH, Math.max(MIN_CHART_WIDTH, Math.floor(available / zoom)));
}

/** A rectangle in SVG units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot area left inside a chart of the given size once margins are taken. */
export function plotBox(width: number, height: number, margin: Margin): Box {
  return {
    x: margin.left,
    y: margin.top,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
}

/** Font sizes, SVG units (CSS pixels on the page, where a chart is drawn at its box's width or wider). */
export const FONT = { tick: 11, label: 12, legend: 12 } as const;

/** Shift that centres a line of text on its y (≈ 0.32 em at the tick and label sizes), SVG units. */
export const BASELINE = 4;

/**
 * Rough width of a line of text, SVG units: the system sans-serif averages about 0.55 em per character
 * (0.62 em in bold), a little generous so that estimates err towards room.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.62 : 0.55);
}

/**
 * Which tick labels to write along a horizontal axis so that none runs into the next: from the left, a label
 * is kept when it starts at least `gap` after the last kept one ends. Positions and the result are in the
 * ticks' order; a narrow chart thus writes every other decade, say, instead of a smear.
 */
export function spacedLabels(
  ticks: readonly { x: number; label: string }[],
  fontSize: number,
  gap = 8,
): boolean[] {
  let end = -Infinity;
  return ticks.map(({ x, label }) => {
    const half = textWidth(label, fontSize) / 2;
    if (x - half < end + gap) return false;
    end = x + half;
    return true;
  });
}
