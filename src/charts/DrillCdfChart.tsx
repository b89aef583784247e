import { scaleLinear, scaleLog } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { useId } from 'react';
import type { CurvePoint } from '../../models/types';
import { formatDuration, formatPercent } from '../format';
import { Axis } from './Axis';
import { ChartFrame } from './ChartFrame';
import { ChartSvg, PlotClip } from './ChartSvg';
import type { DrillCdfData } from './data/drillCdf';
import { durationTicks } from './data/logAxis';
import type { StepCurve } from './data/stepCurve';
import { isCompact, plotBox } from './layout';
import { Legend, LEGEND_X, legendHeight, legendWidth, type LegendItem } from './Legend';
import { palette, type ChartTheme } from './theme';

const PLOT_HEIGHT = 220;
const BEFORE_DASH = '6 4';
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** The heading of an architecture's chart. */
export function drillCdfHeading(data: DrillCdfData): string {
  return `${data.name}: outage per incident, modelled and measured`;
}

/**
 * An architecture's outage per ordinary incident as the model gives it before and after its drills (step
 * curves), with each measured drill as a point at its plotting position: where the points sit right of the
 * "before" curve, the drills were slower than the model assumed.
 */
export function DrillCdfChart({ data, theme = 'auto' }: { data: DrillCdfData; theme?: ChartTheme }) {
  const colours = palette(theme);
  const clipId = useId();
  const colour = colours.patterns[data.pattern];
  const legend: LegendItem[] = [
    ...(data.before
      ? [
          {
            key: 'before',
            label: 'Model before the drills',
            color: colours.muted,
            mark: 'line' as const,
            dash: BEFORE_DASH,
          },
        ]
      : []),
    { key: 'after', label: 'Model after the drills', color: colour, mark: 'line', emphasis: true },
    { key: 'drills', label: 'Drills as measured (○ flagged for review)', color: colour, mark: 'box' },
  ];
  const heading = drillCdfHeading(data);
  const flagged = data.points.filter((p) => p.review).length;
  const description =
    `Share of ordinary incidents of ${data.name} recovered within x seconds, on a log scale: the model ` +
    `${data.before ? 'before and ' : ''}after its drills, and ${data.points.length} drills as measured, from ` +
    `${formatDuration(data.points[0]!.x)} to ${formatDuration(data.points.at(-1)!.x)}` +
    `${flagged > 0 ? `, ${flagged} flagged for review` : ''}.`;
  return (
    <ChartFrame
      kind="drills"
      heading={heading}
      caption="Points right of the model’s curve are drills slower than it expected; the calibrated curve moves toward them as drills accumulate."
      theme={theme}
      table={{
        caption: `Each drill of ${data.name} (ordinary failures) with its outage, and the share of modelled incidents that recover at least as fast.`,
        columns: [
          'Drill',
          'Outcome',
          'Outage',
          'Model before: share ≤ outage',
          'Model after: share ≤ outage',
        ],
        rows: data.points.map((p) => ({
          key: String(p.index),
          header: `Drill ${p.index + 1} (${p.date})${p.review ? ', flagged for review' : ''}`,
          cells: [
            p.outcome,
            formatDuration(p.x),
            p.before === null ? 'not run yet' : formatPercent(p.before),
            formatPercent(p.after),
          ],
        })),
      }}
    >
      {(width: number) => {
        const columns = isCompact(width) ? 1 : 2;
        const margin = {
          top: 24,
          right: 22,
          bottom: 62 + legendHeight(legend, legendWidth(width), columns),
          left: 62,
        };
        const height = PLOT_HEIGHT + margin.top + margin.bottom;
        const plot = plotBox(width, height, margin);
        const x = scaleLog()
          .domain(data.domain)
          .range([plot.x, plot.x + plot.width]);
        const y = scaleLinear()
          .domain([0, 1])
          .range([plot.y + plot.height, plot.y]);
        const path = line<CurvePoint>()
          .x((d) => x(d.x))
          .y((d) => y(d.p))
          .curve(curveStepAfter);
        const steps = (curve: StepCurve) =>
          path([
            { x: data.domain[0], p: curve.start },
            ...curve.points,
            { x: data.domain[1], p: curve.points.at(-1)?.p ?? curve.start },
          ]) ?? undefined;
        const ticks = durationTicks(data.domain[0], data.domain[1]).map((value) => ({
          value,
          label: formatDuration(value),
        }));
        return (
          <ChartSvg width={width} height={height} title={heading} description={description} palette={colours}>
            <PlotClip id={clipId} {...plot} />
            <Axis
              orient="bottom"
              scale={x}
              ticks={ticks}
              plot={plot}
              label={isCompact(width) ? 'Outage (log scale)' : 'Outage per ordinary incident (log scale)'}
              palette={colours}
            />
            <Axis
              orient="left"
              scale={y}
              ticks={Y_TICKS.map((value) => ({ value, label: `${Math.round(value * 100)}%` }))}
              plot={plot}
              label="Share of incidents ≤ x"
              palette={colours}
            />
            <g clipPath={`url(#${clipId})`}>
              {data.before && (
                <path
                  d={steps(data.before)}
                  strokeDasharray={BEFORE_DASH}
                  style={{ fill: 'none', stroke: colours.muted, strokeWidth: 1.75 }}
                />
              )}
              <path d={steps(data.after)} style={{ fill: 'none', stroke: colour, strokeWidth: 3 }} />
              {data.points.map((p) => (
                <circle
                  key={p.index}
                  cx={x(p.x)}
                  cy={y(p.p)}
                  r={p.review ? 6 : 4.5}
                  style={
                    p.review
                      ? { fill: colours.surface, stroke: colour, strokeWidth: 2.5 }
                      : { fill: colour, stroke: colours.surface, strokeWidth: 1.5 }
                  }
                />
              ))}
            </g>
            <Legend
              items={legend}
              x={LEGEND_X}
              y={plot.y + plot.height + 46}
              width={legendWidth(width)}
              columns={columns}
              palette={colours}
            />
          </ChartSvg>
        );
      }}
    </ChartFrame>
  );
}
