import { scaleLinear, scaleLog, scaleSymlog } from 'd3-scale';
import { line } from 'd3-shape';
import { useId, useMemo } from 'react';
import { formatMoney, formatMoneyRate, formatMoneyTick } from '../format';
import { Axis } from './Axis';
import { CHART_NAMES } from './catalog';
import { ChartFrame } from './ChartFrame';
import { ChartSvg, PlotClip } from './ChartSvg';
import { breakEvenStops, describeBreakEven } from './breakEvenText';
import { CrosshairSlider } from './CrosshairSlider';
import { type BreakEvenData, breakEvenData, type CostPoint } from './data/breakEven';
import { decadeTicks, logStops } from './data/logAxis';
import { FONT, isCompact, plotBox, textWidth } from './layout';
import { HaloText } from './HaloText';
import { Legend, LEGEND_X, legendHeight, legendWidth, patternLegend } from './Legend';
import { Marker, markerXs } from './Marker';
import { TargetLine } from './TargetLine';
import { lineWidth, type Palette, palette, PATTERN_DASH, PATTERN_MARKER } from './theme';
import type { ChartProps } from './types';
import { wrapWords } from './wrap';

export const BREAK_EVEN_HEADING = CHART_NAMES['break-even'];
export const BREAK_EVEN_CAPTION =
  'The lowest line at your downtime cost is the cheapest pattern; numbered points are the costs where two patterns swap places.';

const PLOT_HEIGHT = 240;
const LIST_ROW = 17;
/** Distance between two markers of one line, SVG units. */
const MARKER_SPACING = 64;

/** y of a line at x, SVG units, between its sampled points (dense enough for straight pieces). */
function yAt(points: readonly CostPoint[], x: number): number {
  const i = points.findIndex((p) => p.x >= x);
  if (i <= 0) return points[Math.max(0, i)]?.y ?? 0;
  const a = points[i - 1]!;
  const b = points[i]!;
  return b.x === a.x ? b.y : a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
}

/**
 * Expected cost per year (the horizon total over its years) against the downtime cost per minute, one line
 * per pattern, crossings numbered.
 */
export function BreakEvenChart({ result, scenario, theme = 'auto' }: ChartProps) {
  const data = useMemo(() => breakEvenData(result, scenario), [result, scenario]);
  const colours = palette(theme);
  const { currency } = data;
  const perMinute = (v: number) => formatMoneyRate(v, currency, 'min');
  const names = new Map(data.lines.map((l) => [l.id, l.name]));
  const stops = breakEvenStops(data, names, perMinute);

  return (
    <ChartFrame
      kind="break-even"
      heading={BREAK_EVEN_HEADING}
      caption={BREAK_EVEN_CAPTION}
      theme={theme}
      table={{
        caption: `Expected cost per year over the horizon (${currency}/yr) of each architecture at a downtime cost per minute; break-even costs and yours marked.`,
        columns: [`Downtime cost (${currency}/min)`, ...data.lines.map((l) => l.name)],
        rows: stops.map((stop) => ({
          key: String(stop.x),
          header: stop.readOut.title.replace(/^At /, ''),
          cells: stop.values.map((v) => formatMoney(v.y, currency)),
        })),
      }}
    >
      {(width) => (
        <BreakEvenPlot
          width={width}
          data={data}
          colours={colours}
          stops={stops}
          description={describeBreakEven(data, names, perMinute)}
        />
      )}
    </ChartFrame>
  );
}

function BreakEvenPlot(props: {
  width: number;
  data: BreakEvenData;
  colours: Palette;
  stops: ReturnType<typeof breakEvenStops>;
  description: string;
}) {
  const { width, data, colours, stops } = props;
  const clipId = useId();
  const { currency } = data;
  const compact = isCompact(width);
  const perMinute = (v: number) => formatMoneyRate(v, currency, 'min');

  const legend = patternLegend(data.lines, colours);
  const legendRows = legendHeight(legend, legendWidth(width), 2);
  // Each crossing in words, wrapped to the chart's width.
  const listChars = Math.floor((width - 2 * LEGEND_X) / textWidth('x', FONT.tick));
  const list = data.crossings.map((c, i) =>
    wrapWords(
      `${i + 1}  ${c.fromName} = ${c.toName} at ${perMinute(c.x)} (${formatMoneyRate(c.y, currency, 'yr')})`,
      listChars,
    ),
  );
  const listLines = list.reduce((n, lines) => n + lines.length, 0);
  const listHeight = listLines * LIST_ROW;
  const margin = {
    top: 30,
    right: compact ? 16 : 24,
    bottom: 62 + legendRows + (listHeight > 0 ? listHeight + 10 : 0),
    left: 70,
  };
  const height = PLOT_HEIGHT + margin.top + margin.bottom;
  const plot = plotBox(width, height, margin);
  const x = scaleSymlog()
    .constant(data.symlogConstant)
    .domain(data.domain)
    .range([plot.x, plot.x + plot.width]);
  const yRange = [plot.y + plot.height, plot.y];
  const y =
    data.yScale === 'log'
      ? scaleLog().domain(data.yDomain).range(yRange)
      : scaleLinear().domain(data.yDomain).range(yRange).nice(5);
  const path = line<CostPoint>()
    .x((d) => x(d.x))
    .y((d) => y(d.y));
  // Ticks from the scale's constant up: the axis is logarithmic there. Its left edge, a downtime cost of
  // 0, is named in the axis title rather than by a "$0" tick on a log axis.
  const xTicks = decadeTicks(data.symlogConstant, data.domain[1]).map((value) => ({
    value,
    label: formatMoneyTick(value, currency),
  }));
  const yValues = data.yScale === 'log' ? logStops(data.yDomain[0], data.yDomain[1]) : y.ticks(5);
  const yTicks = yValues.map((value) => ({ value, label: formatMoneyTick(value, currency) }));
  const ordered = [...data.lines].sort((a, b) => Number(a.recommended) - Number(b.recommended));
  const markers = data.lines.flatMap((l, i) =>
    markerXs(plot.x, plot.x + plot.width, MARKER_SPACING, i, data.lines.length).map((px) => ({
      key: `${l.id}-${px}`,
      id: l.id,
      x: px,
      y: y(yAt(l.points, x.invert(px))),
    })),
  );
  const listTop = plot.y + plot.height + 54 + legendRows;
  const constant = formatMoneyTick(data.symlogConstant, currency);
  // The row each crossing's words start on.
  const firstRow = list.map((_, i) => list.slice(0, i).reduce((n, lines) => n + lines.length, 0));

  return (
    <>
      <ChartSvg
        width={width}
        height={height}
        title={`${BREAK_EVEN_HEADING}: expected cost per year against downtime cost`}
        description={props.description}
        palette={colours}
      >
        <PlotClip id={clipId} {...plot} />
        <Axis
          orient="bottom"
          scale={x}
          ticks={xTicks}
          plot={plot}
          label={
            compact
              ? `Downtime cost (${currency}/min, log scale)`
              : `Downtime cost (${currency}/min; log scale, linear from 0 to ${constant})`
          }
          palette={colours}
        />
        <Axis
          orient="left"
          scale={y}
          ticks={yTicks}
          plot={plot}
          label={`Expected cost per year (${currency}/yr${data.yScale === 'log' ? ', log scale' : ''})`}
          palette={colours}
          labelOffset={56}
        />
        <g clipPath={`url(#${clipId})`}>
          {ordered.map((l) => (
            <path
              key={l.id}
              d={path(l.points) ?? undefined}
              strokeDasharray={PATTERN_DASH[l.id]}
              style={{ fill: 'none', stroke: colours.patterns[l.id], strokeWidth: lineWidth(l.recommended) }}
            />
          ))}
          {markers.map((m) => (
            <Marker
              key={m.key}
              shape={PATTERN_MARKER[m.id]}
              x={m.x}
              y={m.y}
              color={colours.patterns[m.id]}
              surface={colours.surface}
            />
          ))}
        </g>
        <TargetLine
          x={x(data.scenarioCost)}
          label={`Your downtime cost ${perMinute(data.scenarioCost)}`}
          plot={plot}
          palette={colours}
        />
        {data.crossings.map((c, i) => (
          <g key={`${c.from}-${c.to}`}>
            <circle
              cx={x(c.x)}
              cy={y(c.y)}
              r={4.5}
              style={{ fill: colours.surface, stroke: colours.text, strokeWidth: 1.75 }}
            />
            <HaloText x={x(c.x) + 5} y={y(c.y) - 7} fontSize={FONT.tick} fontWeight={700} palette={colours}>
              {i + 1}
            </HaloText>
          </g>
        ))}
        <Legend
          items={legend}
          x={LEGEND_X}
          y={plot.y + plot.height + 46}
          width={legendWidth(width)}
          columns={2}
          palette={colours}
        />
        {list.map((lines, i) => (
          <g key={i}>
            {lines.map((text, k) => (
              <text
                key={k}
                x={k === 0 ? 16 : 30}
                y={listTop + (firstRow[i]! + k) * LIST_ROW + 12}
                fontSize={FONT.tick}
                style={{ fill: colours.text }}
              >
                {text}
              </text>
            ))}
          </g>
        ))}
      </ChartSvg>
      <CrosshairSlider
        stops={stops.map((stop) => ({
          x: x(stop.x),
          readOut: stop.readOut,
          marks: stop.values.map((v) => ({ key: v.id, y: y(v.y), color: colours.patterns[v.id] })),
        }))}
        plot={plot}
        width={width}
        height={height}
        label="Read the cost lines"
        initial={Math.max(
          0,
          stops.findIndex((s) => s.x === data.scenarioCost),
        )}
      />
    </>
  );
}
