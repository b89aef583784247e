/** Width of every chart's viewBox, SVG units; the SVG scales to its container (width 100%). */
export const CHART_WIDTH = 640;

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

/** Font sizes, SVG units (≈ CSS pixels at the usual chart widths). */
export const FONT = { tick: 11, label: 12, legend: 12 } as const;

/** Shift that centres a line of text on its y (≈ 0.32 em at the tick and label sizes), SVG units. */
export const BASELINE = 4;
