import { scaleBand, scaleLinear } from 'd3-scale';
import { useId } from 'react';
import { Axis, BandLabels } from './Axis';
import { BarHotspots } from './BarHotspots';
import { ChartSvg, PlotClip } from './ChartSvg';
import { HaloText } from './HaloText';
import type { SeriesInfo } from './data/series';
import { BASELINE, FONT, isCompact, plotBox, textWidth } from './layout';
import { Legend, LEGEND_X, type LegendItem, legendHeight, legendWidth } from './Legend';
import type { Palette } from './theme';
import type { ReadOut } from './Tooltip';
import { wrapWords } from './wrap';

export interface BarSpec extends SeriesInfo {
  /** Stacked segments, in the axis unit. */
  segments: { key: string; start: number; end: number; color: string }[];
  /** Written above the bar's end (e.g. the total). */
  label: string;
  /** A whisker from the bar's end to `to` (axis unit); cut at the axis when `clipped`. */
  whisker?: { to: number; clipped: boolean } | undefined;
  readOut: ReadOut;
}

interface Props {
  /** Width to lay the chart out at, SVG units. */
  width: number;
  title: string;
  description: string;
  palette: Palette;
  bars: readonly BarSpec[];
  /** Right end of the axis, axis unit (rounded up to a nice number here). */
  axisMax: number;
  xLabel: string;
  formatTick: (value: number) => string;
  /**
   * A limit on each bar's first segment alone (the budget on infrastructure), axis unit: drawn as a line
   * under that segment of every bar, from zero to the limit, with a cap at the limit.
   */
  firstSegmentLimit?: number | undefined;
  legend: readonly LegendItem[];
  legendColumns: number;
  /** Lines of text under the legend (each wrapped to the width): what the bars leave out. */
  notes?: readonly string[] | undefined;
}

const BAND = 58;
/** In the compact layout each band also holds its name above the bar. */
const COMPACT_BAND = 78;
const NAME_WIDTH = 162;
/** Space one label needs before a bar's end, SVG units (about 12 characters). */
const LABEL_ROOM = 80;
/** How far below a bar the limit line runs, SVG units. */
const LIMIT_GAP = 4;
/** Height of a line of notes, SVG units. */
const NOTE_LINE = 16;

/**
 * Horizontal stacked bars, one per pattern: the cost and failover-timeline charts. Names sit left of the
 * bars, or above them in a narrow chart, where the bars then take the whole width.
 */
export function BarsPlot(props: Props) {
  const { palette, bars, legend, width, firstSegmentLimit } = props;
  const compact = isCompact(width);
  const clipId = useId();
  const legendRows = legendHeight(legend, legendWidth(width), props.legendColumns);
  const noteChars = Math.floor(legendWidth(width) / textWidth('x', FONT.tick));
  const noteLines = (props.notes ?? []).flatMap((note) => wrapWords(note, noteChars));
  const notesHeight = noteLines.length > 0 ? noteLines.length * NOTE_LINE + 8 : 0;
  const margin = {
    top: compact ? 36 : 30,
    right: compact ? 18 : 26,
    bottom: 54 + legendRows + notesHeight,
    left: compact ? 14 : NAME_WIDTH,
  };
  const height = (compact ? COMPACT_BAND : BAND) * bars.length + margin.top + margin.bottom;
  const plot = plotBox(width, height, margin);
  const x = scaleLinear()
    .domain([0, props.axisMax > 0 ? props.axisMax : 1])
    .range([plot.x, plot.x + plot.width])
    .nice(5);
  const max = x.domain()[1]!;
  const band = scaleBand<string>()
    .domain(bars.map((b) => b.id))
    .range([plot.y, plot.y + plot.height])
    .paddingInner(compact ? 0.55 : 0.42)
    .paddingOuter(0.3);
  const ticks = x.ticks(compact ? 4 : 5).map((value) => ({ value, label: props.formatTick(value) }));
  const thickness = band.bandwidth();
  const top = (id: string) => band(id) ?? plot.y;
  const endX = (bar: BarSpec) => x(Math.min(bar.segments.at(-1)?.end ?? 0, max));

  return (
    <>
      <ChartSvg
        width={width}
        height={height}
        title={props.title}
        description={props.description}
        palette={palette}
      >
        <PlotClip id={clipId} {...plot} height={plot.height + LIMIT_GAP + 4} />
        <Axis orient="bottom" scale={x} ticks={ticks} plot={plot} label={props.xLabel} palette={palette} />
        {compact ? (
          bars.map((b) => (
            <text
              key={b.id}
              x={plot.x}
              y={top(b.id) - 24 + BASELINE}
              fontSize={FONT.label}
              fontWeight={b.recommended ? 700 : 400}
              style={{ fill: palette.text }}
            >
              {b.name}
            </text>
          ))
        ) : (
          <BandLabels
            bands={bars.map((b) => ({
              key: b.id,
              label: b.name,
              y: top(b.id) + thickness / 2,
              emphasis: b.recommended,
            }))}
            x={plot.x - 10}
            palette={palette}
          />
        )}
        <g clipPath={`url(#${clipId})`}>
          {bars.map((bar) => (
            <g key={bar.id}>
              {bar.segments
                .filter((s) => s.end > s.start)
                .map((s) => (
                  <rect
                    key={s.key}
                    x={x(s.start)}
                    y={top(bar.id)}
                    width={x(s.end) - x(s.start)}
                    height={thickness}
                    // A thin line in the surface colour keeps neighbouring segments apart.
                    style={{ fill: s.color, stroke: palette.surface, strokeWidth: 1 }}
                  />
                ))}
              {bar.recommended && (
                <rect
                  x={plot.x}
                  y={top(bar.id) - 2}
                  width={endX(bar) - plot.x}
                  height={thickness + 4}
                  style={{ fill: 'none', stroke: palette.text, strokeWidth: 2 }}
                />
              )}
              {bar.whisker && (
                <Whisker
                  from={endX(bar)}
                  to={x(Math.min(bar.whisker.to, max))}
                  y={top(bar.id) + thickness / 2}
                  clipped={bar.whisker.clipped}
                  palette={palette}
                />
              )}
              {firstSegmentLimit !== undefined && (
                <LimitLine
                  from={plot.x}
                  to={x(Math.min(firstSegmentLimit, max))}
                  y={top(bar.id) + thickness + LIMIT_GAP}
                  palette={palette}
                />
              )}
            </g>
          ))}
        </g>
        {bars.map((bar) => {
          const end = endX(bar);
          // Compact: the value is a line of its own under the name, from the left.
          const roomy = !compact && end - plot.x >= LABEL_ROOM;
          return (
            <HaloText
              key={bar.id}
              x={roomy ? end : plot.x}
              y={top(bar.id) - 5}
              textAnchor={roomy ? 'end' : 'start'}
              fontSize={FONT.tick}
              fontWeight={bar.recommended ? 700 : 400}
              palette={palette}
            >
              {bar.label}
            </HaloText>
          );
        })}
        <Legend
          items={legend}
          x={LEGEND_X}
          y={plot.y + plot.height + 46}
          width={legendWidth(width)}
          columns={props.legendColumns}
          palette={palette}
        />
        {noteLines.map((line, i) => (
          <text
            key={i}
            x={LEGEND_X}
            y={plot.y + plot.height + 46 + legendRows + 8 + i * NOTE_LINE + 12}
            fontSize={FONT.tick}
            style={{ fill: palette.text }}
          >
            {line}
          </text>
        ))}
      </ChartSvg>
      <BarHotspots
        width={width}
        height={height}
        items={bars.map((bar) => ({
          key: bar.id,
          readOut: bar.readOut,
          box: {
            x: plot.x,
            y: top(bar.id),
            width: Math.max(endX(bar) - plot.x, 24),
            height: thickness,
          },
        }))}
      />
    </>
  );
}

/** Dashes of a limit line (and its legend sample). */
export const LIMIT_DASH = '4 2';

/** The limit of a bar's first segment: a dashed line from zero to the limit under the bar, capped there. */
function LimitLine(props: { from: number; to: number; y: number; palette: Palette }) {
  const { from, to, y, palette } = props;
  return (
    <g style={{ fill: 'none', stroke: palette.reference, strokeWidth: 1.5 }}>
      <path d={`M${from},${y}H${to}`} strokeDasharray={LIMIT_DASH} />
      <path d={`M${to},${y - 6}V${y + 3}`} />
    </g>
  );
}

/** The P95 whisker: a line with a cap, or an arrow when the value lies beyond the axis. */
function Whisker(props: { from: number; to: number; y: number; clipped: boolean; palette: Palette }) {
  const { from, to, y, clipped, palette } = props;
  if (to <= from) return null;
  const end = clipped ? `M${to - 7},${y - 5}L${to},${y}L${to - 7},${y + 5}` : `M${to},${y - 7}V${y + 7}`;
  return (
    <path d={`M${from},${y}H${to}${end}`} style={{ fill: 'none', stroke: palette.text, strokeWidth: 1.5 }} />
  );
}
