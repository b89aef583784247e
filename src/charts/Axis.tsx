import { BASELINE, FONT, spacedLabels, type Box } from './layout';
import type { Palette } from './theme';
import { twoLines } from './wrap';

export interface Tick {
  value: number;
  label: string;
}

interface AxisProps {
  orient: 'bottom' | 'left';
  /** Data value → SVG coordinate along the axis. */
  scale: (value: number) => number;
  ticks: readonly Tick[];
  plot: Box;
  label: string;
  palette: Palette;
  /** Grid lines across the plot at each tick. */
  grid?: boolean;
  /** Distance of the axis title from the axis line, SVG units. */
  labelOffset?: number;
}

/** A numeric axis drawn by React: line, ticks, optional grid and a title with the unit. */
export function Axis({ orient, scale, ticks, plot, label, palette, grid = true, labelOffset }: AxisProps) {
  const bottom = plot.y + plot.height;
  const right = plot.x + plot.width;
  if (orient === 'bottom') {
    const offset = labelOffset ?? 36;
    // A narrow chart writes fewer tick labels rather than let them run into each other.
    const written = spacedLabels(
      ticks.map((t) => ({ x: scale(t.value), label: t.label })),
      FONT.tick,
    );
    return (
      <g>
        {ticks.map((t, i) => {
          const x = scale(t.value);
          return (
            <g key={t.value}>
              {grid && <line x1={x} x2={x} y1={plot.y} y2={bottom} style={{ stroke: palette.grid }} />}
              <line x1={x} x2={x} y1={bottom} y2={bottom + 5} style={{ stroke: palette.muted }} />
              {written[i] && (
                <text
                  x={x}
                  y={bottom + 17}
                  textAnchor="middle"
                  fontSize={FONT.tick}
                  style={{ fill: palette.muted }}
                >
                  {t.label}
                </text>
              )}
            </g>
          );
        })}
        <line x1={plot.x} x2={right} y1={bottom} y2={bottom} style={{ stroke: palette.muted }} />
        <text
          x={plot.x + plot.width / 2}
          y={bottom + offset}
          textAnchor="middle"
          fontSize={FONT.label}
          style={{ fill: palette.text }}
        >
          {label}
        </text>
      </g>
    );
  }
  const offset = labelOffset ?? 46;
  return (
    <g>
      {ticks.map((t) => {
        const y = scale(t.value);
        return (
          <g key={t.value}>
            {grid && <line x1={plot.x} x2={right} y1={y} y2={y} style={{ stroke: palette.grid }} />}
            <line x1={plot.x - 5} x2={plot.x} y1={y} y2={y} style={{ stroke: palette.muted }} />
            <text
              x={plot.x - 8}
              y={y}
              dy={BASELINE}
              textAnchor="end"
              fontSize={FONT.tick}
              style={{ fill: palette.muted }}
            >
              {t.label}
            </text>
          </g>
        );
      })}
      <line x1={plot.x} x2={plot.x} y1={plot.y} y2={bottom} style={{ stroke: palette.muted }} />
      <text
        transform={`translate(${plot.x - offset},${plot.y + plot.height / 2}) rotate(-90)`}
        textAnchor="middle"
        fontSize={FONT.label}
        style={{ fill: palette.text }}
      >
        {label}
      </text>
    </g>
  );
}

export interface Band {
  key: string;
  label: string;
  /** Centre of the band, SVG units. */
  y: number;
  /** Bold (the recommended pattern). */
  emphasis?: boolean;
}

/** Category names left of horizontal bars, on up to two lines. */
export function BandLabels({ bands, x, palette }: { bands: readonly Band[]; x: number; palette: Palette }) {
  return (
    <g>
      {bands.map((band) => {
        const lines = twoLines(band.label, 18);
        const first = band.y - ((lines.length - 1) * 14) / 2;
        return (
          <text
            key={band.key}
            x={x}
            y={first + BASELINE}
            textAnchor="end"
            fontSize={FONT.label}
            fontWeight={band.emphasis ? 700 : 400}
            style={{ fill: palette.text }}
          >
            {lines.map((line, i) => (
              <tspan key={i} x={x} y={first + BASELINE + i * 14}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
}
