import type { SeriesInfo } from './data/series';
import { BASELINE, CHART_WIDTH, FONT } from './layout';
import { type Palette, PATTERN_DASH } from './theme';

export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** A line sample (curves, reference lines), a filled box (bars), a whisker (P95) or an outlined box. */
  mark: 'line' | 'box' | 'whisker' | 'outline';
  dash?: string | undefined;
  /** Thicker sample and bold text: the recommended pattern. */
  emphasis?: boolean;
}

const ROW = 20;
const SWATCH = 26;

/** Rough width of a label, SVG units: system sans-serif averages ~0.5 em per character (bold ~0.6), with a margin. */
function textWidth(item: LegendItem): number {
  return item.label.length * FONT.legend * (item.emphasis ? 0.6 : 0.53);
}

/**
 * Columns that fit: at most `columns`, each as wide as its widest item, fewer when the labels are long.
 * Returns each column's left offset, SVG units.
 */
export function legendColumns(items: readonly LegendItem[], width: number, columns: number): number[] {
  for (let n = Math.max(1, columns); n > 1; n--) {
    const widths = Array.from({ length: n }, (_, c) =>
      Math.max(0, ...items.filter((_, i) => i % n === c).map((item) => SWATCH + 6 + textWidth(item) + 12)),
    );
    const total = widths.reduce((a, b) => a + b, 0);
    if (total <= width) {
      // Share the spare room evenly, so columns line up with the plot rather than bunch on the left.
      const spare = (width - total) / n;
      return widths.map((_, c) => widths.slice(0, c).reduce((a, b) => a + b, 0) + c * spare);
    }
  }
  return [0];
}

/** Height of the legend, SVG units. */
export function legendHeight(items: readonly LegendItem[], width: number, columns: number): number {
  return Math.ceil(items.length / legendColumns(items, width, columns).length) * ROW;
}

/** A legend inside the SVG (so the exported SVG carries it), filled row by row. */
export function Legend(props: {
  items: readonly LegendItem[];
  x: number;
  y: number;
  width: number;
  columns: number;
  palette: Palette;
}) {
  const { items, x, y, width, palette } = props;
  const lefts = legendColumns(items, width, props.columns);
  const n = lefts.length;
  return (
    <g>
      {items.map((item, i) => {
        const left = x + lefts[i % n]!;
        const mid = y + Math.floor(i / n) * ROW + ROW / 2;
        return (
          <g key={item.key}>
            <Swatch item={item} x={left} y={mid} />
            <text
              x={left + SWATCH + 6}
              y={mid}
              dy={BASELINE}
              fontSize={FONT.legend}
              fontWeight={item.emphasis ? 700 : 400}
              style={{ fill: palette.text }}
            >
              {item.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function Swatch({ item, x, y }: { item: LegendItem; x: number; y: number }) {
  if (item.mark === 'box') {
    return <rect x={x + 4} y={y - 7} width={SWATCH - 8} height={14} rx={2} style={{ fill: item.color }} />;
  }
  if (item.mark === 'outline') {
    return (
      <rect
        x={x + 4}
        y={y - 7}
        width={SWATCH - 8}
        height={14}
        style={{ fill: 'none', stroke: item.color, strokeWidth: 2 }}
      />
    );
  }
  if (item.mark === 'whisker') {
    return (
      <path
        d={`M${x + 2},${y}H${x + SWATCH - 2}M${x + SWATCH - 2},${y - 6}V${y + 6}`}
        style={{ stroke: item.color, fill: 'none', strokeWidth: 1.5 }}
      />
    );
  }
  return (
    <line
      x1={x}
      x2={x + SWATCH}
      y1={y}
      y2={y}
      strokeDasharray={item.dash}
      style={{ stroke: item.color, strokeWidth: item.emphasis ? 3.25 : 1.75 }}
    />
  );
}

/** Where legends sit: the chart's full width less a small inset, SVG units. */
export const LEGEND_X = 12;
export const LEGEND_WIDTH = CHART_WIDTH - 2 * LEGEND_X;

/** Legend items of the pattern lines, the recommended one marked. */
export function patternLegend(series: readonly SeriesInfo[], palette: Palette): LegendItem[] {
  return series.map((s) => ({
    key: s.id,
    label: s.recommended ? `${s.name} (recommended)` : s.name,
    color: palette.patterns[s.id],
    mark: 'line',
    dash: PATTERN_DASH[s.id],
    emphasis: s.recommended,
  }));
}
