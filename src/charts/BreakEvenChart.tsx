import { scaleLinear, scaleLog, scaleSymlog } from 'd3-scale';
import { line } from 'd3-shape';
import { useId, useMemo } from 'react';
import { formatMoney, formatMoneyTick } from '../format';
import { Axis } from './Axis';
import { ChartFrame } from './ChartFrame';
import { ChartSvg, PlotClip } from './ChartSvg';
import { breakEvenStops, describeBreakEven } from './breakEvenText';
import { CrosshairSlider } from './CrosshairSlider';
import { breakEvenData, type CostPoint } from './data/breakEven';
import { decadeTicks, logStops } from './data/logAxis';
import { CHART_WIDTH, FONT, plotBox } from './layout';
import { HaloText } from './HaloText';
import { Legend, LEGEND_WIDTH, LEGEND_X, legendHeight, patternLegend } from './Legend';
import { TargetLine } from './TargetLine';
import { lineWidth, palette, PATTERN_DASH } from './theme';
import type { ChartProps } from './types';

export const BREAK_EVEN_HEADING = 'When redundancy pays for itself';
export const BREAK_EVEN_CAPTION =
  'The lowest line at your downtime cost is the cheapest pattern; numbered points are the costs where two patterns swap places.';

const PLOT_HEIGHT = 240;
const LIST_ROW = 17;

/**
 * Expected cost per year (the horizon total over its years) against the downtime cost per minute, one line
 * per pattern, crossings numbered.
 */
export function BreakEvenChart({ result, scenario, theme = 'auto' }: ChartProps) {
  const data = useMemo(() => breakEvenData(result, scenario), [result, scenario]);
  const colours = palette(theme);
  const clipId = useId();
  const { currency } = data;
  const perMinute = (v: number) => `${formatMoney(v, currency)}/min`;
  const names = new Map(data.lines.map((l) => [l.id, l.name]));

  const legend = patternLegend(data.lines, colours);
  const legendRows = legendHeight(legend, LEGEND_WIDTH, 2);
  const listHeight = data.crossings.length * LIST_ROW;
  const margin = {
    top: 30,
    right: 24,
    bottom: 62 + legendRows + (listHeight > 0 ? listHeight + 10 : 0),
    left: 70,
  };
  const height = PLOT_HEIGHT + margin.top + margin.bottom;
  const plot = plotBox(CHART_WIDTH, height, margin);
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
  const xTicks = [0, ...decadeTicks(data.symlogConstant, data.domain[1])].map((value) => ({
    value,
    label: formatMoneyTick(value, currency),
  }));
  const yValues = data.yScale === 'log' ? logStops(data.yDomain[0], data.yDomain[1]) : y.ticks(5);
  const yTicks = yValues.map((value) => ({ value, label: formatMoneyTick(value, currency) }));
  const ordered = [...data.lines].sort((a, b) => Number(a.recommended) - Number(b.recommended));
  const stops = breakEvenStops(data, names, perMinute);
  const listTop = plot.y + plot.height + 54 + legendRows;

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
      <ChartSvg
        width={CHART_WIDTH}
        height={height}
        title={`${BREAK_EVEN_HEADING}: expected cost per year against downtime cost`}
        description={describeBreakEven(data, names, perMinute)}
        palette={colours}
      >
        <PlotClip id={clipId} {...plot} />
        <Axis
          orient="bottom"
          scale={x}
          ticks={xTicks}
          plot={plot}
          label={`Downtime cost (${currency}/min, log scale)`}
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
          width={LEGEND_WIDTH}
          columns={2}
          palette={colours}
        />
        {data.crossings.map((c, i) => (
          <text
            key={`${c.from}-${c.to}`}
            x={16}
            y={listTop + i * LIST_ROW + 12}
            fontSize={FONT.tick}
            style={{ fill: colours.text }}
          >
            {`${i + 1}  ${c.fromName} = ${c.toName} at ${perMinute(c.x)} (${formatMoney(c.y, currency)}/yr)`}
          </text>
        ))}
      </ChartSvg>
      <CrosshairSlider
        stops={stops.map((stop) => ({
          x: x(stop.x),
          readOut: stop.readOut,
          marks: stop.values.map((v) => ({ key: v.id, y: y(v.y), color: colours.patterns[v.id] })),
        }))}
        plot={plot}
        width={CHART_WIDTH}
        height={height}
        label="Read the cost lines"
        initial={Math.max(
          0,
          stops.findIndex((s) => s.x === data.scenarioCost),
        )}
      />
    </ChartFrame>
  );
}
