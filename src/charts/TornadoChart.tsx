import { scaleLinear } from 'd3-scale';
import { useId, useMemo } from 'react';
import type { Sensitivity } from '../../models/engine/sensitivity';
import { formatMoney, formatMoneyTick } from '../format';
import { Axis } from './Axis';
import { BarHotspots } from './BarHotspots';
import { ChartFrame } from './ChartFrame';
import { ChartSvg, PlotClip } from './ChartSvg';
import { tornadoData, tornadoTable } from './data/tornado';
import { BASELINE, FONT, isCompact, plotBox, textWidth } from './layout';
import { Legend, LEGEND_X, type LegendItem, legendHeight, legendWidth } from './Legend';
import { type ChartTheme, palette } from './theme';
import { twoLines, wrapWords } from './wrap';
import { CHART_NAMES } from './catalog';

export const TORNADO_HEADING = CHART_NAMES['tornado'];
export const TORNADO_CAPTION =
  'Each uncertain input moved to a low and a high value, the rest kept: the longer the bar, the more the expected total moves. A bold input can change the recommendation within its range.';

/** Left column for the inputs' names, SVG units. */
const NAME_WIDTH = 196;
/** Characters per line of an input's name (two lines at most). */
const NAME_CHARS = 30;
/** Height of one input's row; its two bars. */
const ROW = 34;
/** In a narrow chart the input's name takes lines above its bars, each this high. */
const NAME_LINE = 14;
const BAR = 13;
const THIN = 6;

interface Props {
  sensitivity: Sensitivity;
  currency: string;
  horizonYears: number;
  theme?: ChartTheme;
}

/**
 * The tornado: for each input (largest swing first), the expected horizon total of the recommended
 * architecture from the input's low to its high value (thick bar), and of the runner-up (thin bar below),
 * with each one's total at the base as a vertical line.
 */
export function TornadoChart({ sensitivity, currency, horizonYears, theme = 'auto' }: Props) {
  const data = useMemo(() => tornadoData(sensitivity, currency), [sensitivity, currency]);
  const table = useMemo(() => tornadoTable(sensitivity, currency), [sensitivity, currency]);
  const colours = palette(theme);
  const clipId = useId();
  const money = (v: number) => formatMoney(v, currency);
  const main = colours.patterns[data.recommended];
  const second = data.runnerUp ? colours.patterns[data.runnerUp] : colours.muted;

  const legend: LegendItem[] = [
    { key: 'rec', label: `${data.recommendedName} (recommended)`, color: main, mark: 'box', emphasis: true },
    ...(data.runnerUpName
      ? [{ key: 'runner', label: `${data.runnerUpName} (runner-up)`, color: second, mark: 'box' as const }]
      : []),
    {
      key: 'base',
      label: 'Each one’s total at your inputs',
      color: colours.reference,
      mark: 'line',
      dash: '4 3',
    },
    { key: 'low', label: 'Paler part: the input at its low value', color: colours.muted, mark: 'outline' },
  ];
  const description =
    `Expected total over ${horizonYears} years in ${currency} of ${data.recommendedName}` +
    `${data.runnerUpName ? ` and of the runner-up, ${data.runnerUpName},` : ''} as each input moves from a low to a high value. ` +
    `At your inputs: ${money(data.base)}${data.runnerUpBase !== null ? ` and ${money(data.runnerUpBase)}` : ''}. ` +
    data.rows
      .map(
        (r) =>
          `${r.label} ${r.lowText} to ${r.highText}: ${money(r.atLow)} to ${money(r.atHigh)}. ${r.sentence}`,
      )
      .join(' ');

  return (
    <ChartFrame
      kind="tornado"
      heading={TORNADO_HEADING}
      caption={TORNADO_CAPTION}
      theme={theme}
      table={{
        caption: `Every input moved, largest swing first: the expected total over ${horizonYears} years (${currency}) of the recommended architecture and of the runner-up at the input's low and high value, and what it does to the recommendation.`,
        columns: [
          'Input',
          'Low – high',
          `${data.recommendedName} at low / high`,
          ...(data.runnerUpName ? [`${data.runnerUpName} at low / high`] : []),
          'The recommendation',
        ],
        rows: table.map((r) => ({
          key: r.input,
          header: r.label,
          cells: [
            `${r.lowText} – ${r.highText}`,
            `${money(r.atLow)} / ${money(r.atHigh)}`,
            ...(data.runnerUpName
              ? [
                  r.runnerUpAtLow === null
                    ? '–'
                    : `${money(r.runnerUpAtLow)} / ${money(r.runnerUpAtHigh ?? 0)}`,
                ]
              : []),
            r.sentence,
          ],
        })),
      }}
    >
      {(width) => {
        const legendRows = legendHeight(legend, legendWidth(width), 2);
        const compact = isCompact(width);
        // Narrow: each input's name on lines of its own above its bars, as many as it needs.
        const nameChars = Math.floor((width - 30) / textWidth('x', FONT.tick, true));
        const names = data.rows.map((r) => (compact ? wrapWords(r.label, nameChars) : []));
        const above = names.map((_, i) =>
          names.slice(0, i + 1).reduce((sum, lines) => sum + lines.length * NAME_LINE, 0),
        );
        const plotHeight = data.rows.length * ROW + (above.at(-1) ?? 0) + 8;
        const margin = {
          top: 12,
          right: compact ? 16 : 24,
          bottom: 58 + legendRows,
          left: compact ? 14 : NAME_WIDTH,
        };
        const height = plotHeight + margin.top + margin.bottom;
        const plot = plotBox(width, height, margin);
        const x = scaleLinear()
          .domain(data.domain)
          .range([plot.x, plot.x + plot.width])
          .nice(4);
        const ticks = x
          .ticks(compact ? 3 : 4)
          .map((value) => ({ value, label: formatMoneyTick(value, currency) }));
        // The top of an input's first bar (in a narrow chart, under its name).
        const rowTop = (i: number) => plot.y + 4 + i * ROW + above[i]!;
        const span = (a: number, b: number) => ({
          x: x(Math.min(a, b)),
          width: Math.max(2, Math.abs(x(b) - x(a))),
        });
        return (
          <>
            <ChartSvg
              width={width}
              height={height}
              title={`${TORNADO_HEADING}: expected total as each input moves`}
              description={description}
              palette={colours}
            >
              <PlotClip id={clipId} x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
              <Axis
                orient="bottom"
                scale={x}
                ticks={ticks}
                plot={plot}
                label={`Expected total over ${horizonYears} years (${currency})`}
                palette={colours}
              />
              {data.rows.map((r, i) => {
                if (compact) {
                  const top = rowTop(i) - names[i]!.length * NAME_LINE;
                  return (
                    <text
                      key={r.input}
                      x={plot.x}
                      y={top + 11}
                      fontSize={FONT.tick}
                      fontWeight={r.flips ? 700 : 400}
                      style={{ fill: colours.text }}
                    >
                      {names[i]!.map((line, k) => (
                        <tspan key={k} x={plot.x} y={top + 11 + k * NAME_LINE}>
                          {line}
                        </tspan>
                      ))}
                    </text>
                  );
                }
                const lines = twoLines(r.label, NAME_CHARS);
                const mid = rowTop(i) + (BAR + THIN + 3) / 2;
                const first = mid - ((lines.length - 1) * 13) / 2;
                return (
                  <text
                    key={r.input}
                    x={plot.x - 8}
                    y={first + BASELINE}
                    textAnchor="end"
                    fontSize={FONT.tick}
                    fontWeight={r.flips ? 700 : 400}
                    style={{ fill: colours.text }}
                  >
                    {lines.map((line, k) => (
                      <tspan key={k} x={plot.x - 8} y={first + BASELINE + k * 13}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                );
              })}
              <g clipPath={`url(#${clipId})`}>
                {data.rows.map((r, i) => {
                  const top = rowTop(i);
                  // From each one's base total: a paler part to its total at the low value, a solid one to the high.
                  const halves = (
                    base: number,
                    low: number,
                    high: number,
                    y: number,
                    h: number,
                    fill: string,
                  ) => (
                    <>
                      <rect {...span(base, low)} y={y} height={h} style={{ fill, fillOpacity: 0.45 }} />
                      <rect {...span(base, high)} y={y} height={h} style={{ fill }} />
                    </>
                  );
                  return (
                    <g key={r.input}>
                      {halves(data.base, r.atLow, r.atHigh, top, BAR, main)}
                      {data.runnerUpBase !== null &&
                        r.runnerUpAtLow !== null &&
                        r.runnerUpAtHigh !== null &&
                        halves(
                          data.runnerUpBase,
                          r.runnerUpAtLow,
                          r.runnerUpAtHigh,
                          top + BAR + 3,
                          THIN,
                          second,
                        )}
                    </g>
                  );
                })}
                <line
                  x1={x(data.base)}
                  x2={x(data.base)}
                  y1={plot.y}
                  y2={plot.y + plot.height}
                  style={{ stroke: colours.reference, strokeWidth: 1.5, strokeDasharray: '4 3' }}
                />
                {data.runnerUpBase !== null && (
                  <line
                    x1={x(data.runnerUpBase)}
                    x2={x(data.runnerUpBase)}
                    y1={plot.y}
                    y2={plot.y + plot.height}
                    style={{ stroke: second, strokeWidth: 1.5, strokeDasharray: '4 3' }}
                  />
                )}
              </g>
              <Legend
                items={legend}
                x={LEGEND_X}
                y={plot.y + plot.height + 48}
                width={legendWidth(width)}
                columns={2}
                palette={colours}
              />
            </ChartSvg>
            <BarHotspots
              width={width}
              height={height}
              items={data.rows.map((r, i) => {
                const top = rowTop(i);
                const own = span(r.atLow, r.atHigh);
                return {
                  key: r.input,
                  box: { x: own.x, y: top, width: Math.max(own.width, 24), height: BAR + THIN + 3 },
                  readOut: {
                    title: `${r.label}: ${r.lowText} – ${r.highText}`,
                    lines: [
                      `${data.recommendedName}: ${money(r.atLow)} – ${money(r.atHigh)}`,
                      ...(data.runnerUpName && r.runnerUpAtLow !== null
                        ? [
                            `${data.runnerUpName}: ${money(r.runnerUpAtLow)} – ${money(r.runnerUpAtHigh ?? 0)}`,
                          ]
                        : []),
                      r.sentence,
                    ],
                  },
                };
              })}
            />
          </>
        );
      }}
    </ChartFrame>
  );
}
