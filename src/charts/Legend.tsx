import type { SeriesInfo } from './data/series';
import { BASELINE, FONT, textWidth } from './layout';
import { Marker } from './Marker';
import { type MarkerShape, type Palette, PATTERN_DASH, PATTERN_MARKER } from './theme';
import { wrapWords } from './wrap';

export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /**
   * A line sample (curves, reference lines), a filled box (bars), a whisker (P95), an outlined box, or a
   * limit (a dashed line capped at its end).
   */
  mark: 'line' | 'box' | 'whisker' | 'outline' | 'limit';
  dash?: string | undefined;
  /** A marker in the middle of a line sample, as the line carries it. */
  marker?: MarkerShape | undefined;
  /** Thicker sample and bold text: the recommended pattern. */
  emphasis?: boolean;
}

const ROW = 20;
/** Height of each further line of a label that wraps, SVG units. */
const LINE = 14;
const SWATCH = 26;

const itemWidth = (item: LegendItem) =>
  SWATCH + 6 + textWidth(item.label, FONT.legend, item.emphasis === true) + 12;

/**
 * Columns that fit: at most `columns`, each as wide as its widest item, fewer when the labels are long.
 * Returns each column's left offset, SVG units.
 */
export function legendColumns(items: readonly LegendItem[], width: number, columns: number): number[] {
  for (let n = Math.max(1, columns); n > 1; n--) {
    const widths = Array.from({ length: n }, (_, c) =>
      Math.max(0, ...items.filter((_, i) => i % n === c).map(itemWidth)),
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

/** One legend entry placed: its left, the middle of its first line, and its label's lines. */
export interface PlacedItem {
  item: LegendItem;
  x: number;
  y: number;
  lines: string[];
}

/**
 * The legend laid out in `width` SVG units, row by row in up to `columns` columns; in a single column a
 * label too long for the width wraps onto further lines (a narrow chart never cuts it off).
 */
export function legendLayout(
  items: readonly LegendItem[],
  width: number,
  columns: number,
): { items: PlacedItem[]; height: number } {
  const lefts = legendColumns(items, width, columns);
  const n = lefts.length;
  const linesOf = (item: LegendItem) => {
    if (n > 1 || itemWidth(item) <= width) return [item.label];
    const perChar = textWidth('x', FONT.legend, item.emphasis === true);
    return wrapWords(item.label, Math.max(8, Math.floor((width - SWATCH - 18) / perChar)));
  };
  const placed: PlacedItem[] = [];
  let top = 0;
  for (let row = 0; row * n < items.length; row++) {
    const inRow = items.slice(row * n, row * n + n).map(linesOf);
    inRow.forEach((lines, c) => {
      placed.push({ item: items[row * n + c]!, x: lefts[c]!, y: top + ROW / 2, lines });
    });
    top += ROW + (Math.max(...inRow.map((l) => l.length)) - 1) * LINE;
  }
  return { items: placed, height: top };
}

/** Height of the legend, SVG units. */
export function legendHeight(items: readonly LegendItem[], width: number, columns: number): number {
  return legendLayout(items, width, columns).height;
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
  const { x, y, width, palette } = props;
  const layout = legendLayout(props.items, width, props.columns);
  return (
    <g>
      {layout.items.map(({ item, x: left, y: mid, lines }) => (
        <g key={item.key}>
          <Swatch item={item} x={x + left} y={y + mid} palette={palette} />
          <text
            x={x + left + SWATCH + 6}
            y={y + mid}
            dy={BASELINE}
            fontSize={FONT.legend}
            fontWeight={item.emphasis ? 700 : 400}
            style={{ fill: palette.text }}
          >
            {lines.length === 1
              ? item.label
              : lines.map((line, i) => (
                  <tspan key={i} x={x + left + SWATCH + 6} y={y + mid + i * LINE} dy={BASELINE}>
                    {line}
                  </tspan>
                ))}
          </text>
        </g>
      ))}
    </g>
  );
}

function Swatch({ item, x, y, palette }: { item: LegendItem; x: number; y: number; palette: Palette }) {
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
  if (item.mark === 'limit') {
    return (
      <g style={{ stroke: item.color, fill: 'none', strokeWidth: 1.5 }}>
        <path d={`M${x + 2},${y + 2}H${x + SWATCH - 2}`} strokeDasharray={item.dash} />
        <path d={`M${x + SWATCH - 2},${y - 5}V${y + 5}`} />
      </g>
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
    <g>
      <line
        x1={x}
        x2={x + SWATCH}
        y1={y}
        y2={y}
        strokeDasharray={item.dash}
        style={{ stroke: item.color, strokeWidth: item.emphasis ? 3.25 : 1.75 }}
      />
      {item.marker && (
        <Marker shape={item.marker} x={x + SWATCH / 2} y={y} color={item.color} surface={palette.surface} />
      )}
    </g>
  );
}

/** Where legends sit: the chart's full width less a small inset, SVG units. */
export const LEGEND_X = 12;
export const legendWidth = (chartWidth: number) => chartWidth - 2 * LEGEND_X;

/** Legend items of the pattern lines, the recommended (or closest) one marked. */
export function patternLegend(series: readonly SeriesInfo[], palette: Palette): LegendItem[] {
  return series.map((s) => ({
    key: s.id,
    label: s.tag ? `${s.name} (${s.tag})` : s.name,
    color: palette.patterns[s.id],
    mark: 'line',
    dash: PATTERN_DASH[s.id],
    marker: PATTERN_MARKER[s.id],
    emphasis: s.recommended,
  }));
}
