import { scaleBand, scaleLinear } from 'd3-scale';
import { useId } from 'react';
import { Axis, BandLabels } from './Axis';
import { BarHotspots } from './BarHotspots';
import { ChartSvg, PlotClip } from './ChartSvg';
import { HaloText } from './HaloText';
import type { SeriesInfo } from './data/series';
import { CHART_WIDTH, FONT, plotBox } from './layout';
import { Legend, LEGEND_WIDTH, LEGEND_X, type LegendItem, legendHeight } from './Legend';
import { TargetLine } from './TargetLine';
import type { Palette } from './theme';
import type { ReadOut } from './Tooltip';

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
  title: string;
  description: string;
  palette: Palette;
  bars: readonly BarSpec[];
  /** Right end of the axis, axis unit (rounded up to a nice number here). */
  axisMax: number;
  xLabel: string;
  formatTick: (value: number) => string;
  /** A vertical reference line, e.g. the budget. */
  reference?: { x: number; label: string } | undefined;
  legend: readonly LegendItem[];
  legendColumns: number;
}

const BAND = 58;
const NAME_WIDTH = 150;
/** Space one label needs before a bar's end, SVG units (about 12 characters). */
const LABEL_ROOM = 80;

/** Horizontal stacked bars, one per pattern: the cost and failover-timeline charts. */
export function BarsPlot(props: Props) {
  const { palette, bars, reference, legend } = props;
  const clipId = useId();
  const legendRows = legendHeight(legend, LEGEND_WIDTH, props.legendColumns);
  const margin = { top: 30, right: 26, bottom: 54 + legendRows, left: NAME_WIDTH };
  const height = BAND * bars.length + margin.top + margin.bottom;
  const plot = plotBox(CHART_WIDTH, height, margin);
  const x = scaleLinear()
    .domain([0, props.axisMax > 0 ? props.axisMax : 1])
    .range([plot.x, plot.x + plot.width])
    .nice(5);
  const max = x.domain()[1]!;
  const band = scaleBand<string>()
    .domain(bars.map((b) => b.id))
    .range([plot.y, plot.y + plot.height])
    .paddingInner(0.42)
    .paddingOuter(0.3);
  const ticks = x.ticks(5).map((value) => ({ value, label: props.formatTick(value) }));
  const thickness = band.bandwidth();
  const top = (id: string) => band(id) ?? plot.y;
  const endX = (bar: BarSpec) => x(Math.min(bar.segments.at(-1)?.end ?? 0, max));

  return (
    <>
      <ChartSvg
        width={CHART_WIDTH}
        height={height}
        title={props.title}
        description={props.description}
        palette={palette}
      >
        <PlotClip id={clipId} {...plot} />
        <Axis orient="bottom" scale={x} ticks={ticks} plot={plot} label={props.xLabel} palette={palette} />
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
            </g>
          ))}
        </g>
        {reference && <TargetLine x={x(reference.x)} label={reference.label} plot={plot} palette={palette} />}
        {bars.map((bar) => {
          const end = endX(bar);
          const roomy = end - plot.x >= LABEL_ROOM;
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
          width={LEGEND_WIDTH}
          columns={props.legendColumns}
          palette={palette}
        />
      </ChartSvg>
      <BarHotspots
        width={CHART_WIDTH}
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

/** The P95 whisker: a line with a cap, or an arrow when the value lies beyond the axis. */
function Whisker(props: { from: number; to: number; y: number; clipped: boolean; palette: Palette }) {
  const { from, to, y, clipped, palette } = props;
  if (to <= from) return null;
  const end = clipped ? `M${to - 7},${y - 5}L${to},${y}L${to - 7},${y + 5}` : `M${to},${y - 7}V${y + 7}`;
  return (
    <path d={`M${from},${y}H${to}${end}`} style={{ fill: 'none', stroke: palette.text, strokeWidth: 1.5 }} />
  );
}
