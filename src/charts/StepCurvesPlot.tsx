import { scaleLinear, scaleLog } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { useId } from 'react';
import type { CurvePoint, PatternId } from '../../models/types';
import { Axis } from './Axis';
import { TargetLine } from './TargetLine';
import { ChartSvg, PlotClip } from './ChartSvg';
import { CrosshairSlider } from './CrosshairSlider';
import { decadeTicks } from './data/logAxis';
import type { SeriesInfo } from './data/series';
import { levelAt, type StepCurve } from './data/stepCurve';
import { formatPercent } from '../format';
import { BASELINE, FONT, plotBox } from './layout';
import { Legend, type LegendItem, LEGEND_X, legendHeight, legendWidth, patternLegend } from './Legend';
import { Marker, markerXs } from './Marker';
import { lineWidth, type Palette, PATTERN_DASH, PATTERN_MARKER } from './theme';
import type { ReadOut } from './Tooltip';

export interface StepSeries extends SeriesInfo, StepCurve {
  empty: boolean;
}

export interface StepStop {
  x: number;
  values: { id: PatternId; p: number }[];
  readOut: ReadOut;
}

interface Props {
  /** Width to lay the chart out at, SVG units. */
  width: number;
  title: string;
  description: string;
  palette: Palette;
  curves: readonly StepSeries[];
  /** Log x domain, in the data's unit. */
  domain: [number, number];
  xLabel: string;
  yLabel: string;
  formatX: (x: number) => string;
  /** Tick values of the x axis, in the data's unit; powers of ten when not given. */
  xTicks?: readonly number[] | undefined;
  /** A vertical reference line (a target). */
  target?: { x: number; label: string } | undefined;
  /** A horizontal reference line (the required share): a short label right of the plot, a longer one in the legend. */
  level?: { p: number; tick: string; legend: string } | undefined;
  stops: readonly StepStop[];
  sliderLabel: string;
  initialStop?: number;
}

const LEGEND_COLUMNS = 2;
const LEVEL_DASH = '4 4';
const PLOT_HEIGHT = 230;
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];
/** Distance between two markers of one curve, SVG units. */
const MARKER_SPACING = 64;

/** Step curves of probabilities (0–1) over a log x axis: the RTO, RPO and loss-exceedance charts. */
export function StepCurvesPlot(props: Props) {
  const { palette, curves, domain, target, level, stops, width } = props;
  const clipId = useId();
  const legend: LegendItem[] = [
    ...patternLegend(curves, palette),
    ...(level
      ? [
          {
            key: 'level',
            label: level.legend,
            color: palette.reference,
            mark: 'line' as const,
            dash: LEVEL_DASH,
          },
        ]
      : []),
  ];
  const legendRows = legendHeight(legend, legendWidth(width), LEGEND_COLUMNS);
  const margin = { top: 30, right: level ? 40 : 22, bottom: 62 + legendRows, left: 62 };
  const height = PLOT_HEIGHT + margin.top + margin.bottom;
  const plot = plotBox(width, height, margin);
  const x = scaleLog()
    .domain(domain)
    .range([plot.x, plot.x + plot.width]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([plot.y + plot.height, plot.y]);
  const path = line<CurvePoint>()
    .x((d) => x(d.x))
    .y((d) => y(d.p))
    .curve(curveStepAfter);
  // The recommended pattern last, so it is drawn on top.
  const ordered = [...curves].sort((a, b) => Number(a.recommended) - Number(b.recommended));
  const ticks = (props.xTicks ?? decadeTicks(domain[0], domain[1])).map((value) => ({
    value,
    label: props.formatX(value),
  }));
  const drawn = ordered.filter((c) => !c.empty);
  // Markers at the same spacing on every curve, each curve's shifted: curves on top of each other show all.
  const markers = curves
    .filter((c) => !c.empty)
    .flatMap((c, i, all) =>
      markerXs(plot.x, plot.x + plot.width, MARKER_SPACING, i, all.length).map((px) => ({
        key: `${c.id}-${px}`,
        id: c.id,
        x: px,
        y: y(levelAt(c, x.invert(px))),
      })),
    );

  return (
    <>
      <ChartSvg
        width={width}
        height={height}
        title={props.title}
        description={props.description}
        palette={palette}
      >
        <PlotClip id={clipId} {...plot} />
        <Axis orient="bottom" scale={x} ticks={ticks} plot={plot} label={props.xLabel} palette={palette} />
        <Axis
          orient="left"
          scale={y}
          ticks={Y_TICKS.map((value) => ({ value, label: formatPercent(value) }))}
          plot={plot}
          label={props.yLabel}
          palette={palette}
        />
        {level && (
          <g>
            <line
              x1={plot.x}
              x2={plot.x + plot.width}
              y1={y(level.p)}
              y2={y(level.p)}
              strokeDasharray={LEVEL_DASH}
              style={{ stroke: palette.reference }}
            />
            {/* Right of the plot, where no curve can run over it. */}
            <text
              x={plot.x + plot.width + 5}
              y={y(level.p) + BASELINE}
              fontSize={FONT.tick}
              fontWeight={700}
              style={{ fill: palette.text }}
            >
              {level.tick}
            </text>
          </g>
        )}
        <g clipPath={`url(#${clipId})`}>
          {drawn.map((c) => {
            const last = c.points.at(-1)?.p ?? c.start;
            const data = [{ x: domain[0], p: c.start }, ...c.points, { x: domain[1], p: last }];
            return (
              <path
                key={c.id}
                d={path(data) ?? undefined}
                strokeDasharray={PATTERN_DASH[c.id]}
                style={{
                  fill: 'none',
                  stroke: palette.patterns[c.id],
                  strokeWidth: lineWidth(c.recommended),
                }}
              />
            );
          })}
        </g>
        {/* Outside the clip: a marker on a curve at 0% or 100% stays whole. */}
        {markers.map((m) => (
          <Marker
            key={m.key}
            shape={PATTERN_MARKER[m.id]}
            x={m.x}
            y={m.y}
            color={palette.patterns[m.id]}
            surface={palette.surface}
          />
        ))}
        {target && <TargetLine x={x(target.x)} label={target.label} plot={plot} palette={palette} />}
        <Legend
          items={legend}
          x={LEGEND_X}
          y={plot.y + plot.height + 46}
          width={legendWidth(width)}
          columns={LEGEND_COLUMNS}
          palette={palette}
        />
      </ChartSvg>
      <CrosshairSlider
        stops={stops.map((stop) => ({
          x: x(stop.x),
          readOut: stop.readOut,
          marks: stop.values.map((v) => ({ key: v.id, y: y(v.p), color: palette.patterns[v.id] })),
        }))}
        plot={plot}
        width={width}
        height={height}
        label={props.sliderLabel}
        initial={props.initialStop ?? 0}
      />
    </>
  );
}
