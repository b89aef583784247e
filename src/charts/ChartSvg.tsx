import { type ReactNode, useId } from 'react';
import { FONT } from './layout';
import type { Palette } from './theme';

interface Props {
  width: number;
  height: number;
  /** Short name of the chart (read first by screen readers). */
  title: string;
  /** The chart's content in words: what it shows and its main numbers. */
  description: string;
  palette: Palette;
  children: ReactNode;
}

/**
 * The root <svg>: scales with its container through the viewBox, announced as one image with a title
 * and a description. With a fixed palette (light theme) it also paints its own background and font, so
 * it reads the same when serialised outside the page.
 */
export function ChartSvg({ width, height, title, description, palette, children }: Props) {
  const id = useId();
  const standalone = palette.fontFamily !== undefined;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      fontSize={FONT.label}
      style={standalone ? { fontFamily: palette.fontFamily, color: palette.text } : undefined}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {standalone && <rect width={width} height={height} style={{ fill: palette.surface }} />}
      {children}
    </svg>
  );
}

/** A clip path for the plot area, so steps and lines never spill over the axes. */
export function PlotClip({
  id,
  x,
  y,
  width,
  height,
}: {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}) {
  return (
    <defs>
      <clipPath id={id}>
        <rect x={x} y={y} width={width} height={height} />
      </clipPath>
    </defs>
  );
}
