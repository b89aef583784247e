import type { ReactNode } from 'react';
import type { Palette } from './theme';

interface Props {
  x: number;
  y: number;
  palette: Palette;
  children: ReactNode;
  textAnchor?: 'start' | 'middle' | 'end';
  fontSize: number;
  fontWeight?: number;
}

/**
 * A label that stays legible over lines: drawn twice, first as a wide stroke in the surface colour.
 * Two elements rather than `paint-order`, which SVG-to-PDF converters do not all honour.
 */
export function HaloText({
  x,
  y,
  palette,
  children,
  textAnchor = 'start',
  fontSize,
  fontWeight = 400,
}: Props) {
  const common = { x, y, textAnchor, fontSize, fontWeight };
  return (
    <g>
      <text
        {...common}
        style={{ fill: palette.surface, stroke: palette.surface, strokeWidth: 4, strokeLinejoin: 'round' }}
      >
        {children}
      </text>
      <text {...common} style={{ fill: palette.text }}>
        {children}
      </text>
    </g>
  );
}
