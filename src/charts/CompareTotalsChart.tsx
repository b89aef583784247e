import { scaleLinear } from 'd3-scale';
import { useId, useMemo } from 'react';
import { formatMoney, formatMoneyRate, formatMoneyTick } from '../format';
import { Axis, BandLabels } from './Axis';
import { BarHotspots } from './BarHotspots';
import { ChartFrame } from './ChartFrame';
import { ChartSvg, PlotClip } from './ChartSvg';
import { type ComparedResult, compareTotalsData } from './data/compareTotals';
import { HaloText } from './HaloText';
import { BASELINE, FONT, isCompact, plotBox } from './layout';
import { Legend, LEGEND_X, type LegendItem, legendHeight, legendWidth } from './Legend';
import { type ChartTheme, palette } from './theme';

export const COMPARE_HEADING = 'Expected cost per year, scenario by scenario';
export const COMPARE_CAPTION =
  'For each pattern, one bar per scenario: the shorter the bar, the cheaper that pattern is over a year in that scenario. The outlined bar is the pattern each scenario recommends, or its closest when none is feasible.';

/** Bar thickness, the gap between the bars of a pattern and between patterns, SVG units. */
const BAR = 16;
const GAP = 3;
const GROUP_GAP = 22;
const NAME_WIDTH = 150;
/** Room right of the plot for the value written after the longest bar. */
const RIGHT_ROOM = 72;
/** In a narrow chart each pattern's name takes a line above its bars. */
const NAME_LINE = 18;
/** Rough width of a character of tick text, SVG units. */
const CHAR = 6.4;
/** Longest scenario name shown in the legend, characters (the table and description carry it whole). */
const LEGEND_NAME = 36;

const shortName = (name: string) => {
  const chars = [...name];
  return chars.length > LEGEND_NAME ? `${chars.slice(0, LEGEND_NAME - 1).join('')}…` : name;
};

interface Props {
  items: readonly ComparedResult[];
  theme?: ChartTheme;
}

/**
 * The expected cost per year over the horizon of each pattern for two to four scenarios, overlaid: patterns on the axis, one
 * bar per scenario (coloured and lettered A–D), each scenario's recommended pattern outlined. Draws
 * nothing when the scenarios use different currencies.
 */
export function CompareTotalsChart({ items, theme = 'auto' }: Props) {
  const data = useMemo(() => compareTotalsData(items), [items]);
  const colours = palette(theme);
  const clipId = useId();
  const { currency } = data;
  if (currency === null || data.series.length === 0) return null;

  const money = (v: number) => formatMoney(v, currency);
  const n = data.series.length;
  const groupHeight = n * BAR + (n - 1) * GAP;
  const legend: LegendItem[] = [
    ...data.series.map((s) => ({
      key: s.key,
      label: `${s.letter} · ${shortName(s.name)}`,
      color: colours.scenarios[s.index] ?? colours.text,
      mark: 'box' as const,
    })),
    {
      key: 'recommended',
      label: 'Outline: recommended (or closest)',
      color: colours.text,
      mark: 'outline',
    },
  ];
  const description =
    `Expected cost per year over the horizon in ${currency} of every architecture, for ${n} scenarios. ` +
    data.series
      .map((s) => {
        const pattern = data.groups.find((g) => g.id === s.recommended)?.name ?? s.recommended;
        return s.feasible
          ? `${s.letter}, ${s.name}: recommends ${pattern}`
          : `${s.letter}, ${s.name}: nothing feasible, the closest is ${pattern}`;
      })
      .join('; ') +
    '. ' +
    data.groups
      .map((g) => `${g.name}: ${g.bars.map((b) => `${b.letter} ${money(b.value)}`).join(', ')}`)
      .join('; ') +
    '.';

  return (
    <ChartFrame
      kind="compare"
      heading={COMPARE_HEADING}
      caption={COMPARE_CAPTION}
      theme={theme}
      table={{
        caption: `Expected cost per year over the horizon per architecture and scenario, ${currency} per year; * marks the architecture each scenario recommends (or its closest, when none is feasible).`,
        columns: ['Pattern', ...data.series.map((s) => `${s.letter} · ${s.name}`)],
        rows: data.groups.map((group) => ({
          key: group.id,
          header: group.name,
          cells: data.series.map((s) => {
            const bar = group.bars.find((b) => b.seriesKey === s.key);
            return bar ? `${money(bar.value)}${bar.recommended ? ' *' : ''}` : '–';
          }),
        })),
      }}
    >
      {(width) => {
        const legendRows = legendHeight(legend, legendWidth(width), 2);
        const compact = isCompact(width);
        const nameLine = compact ? NAME_LINE : 0;
        const plotHeight =
          data.groups.length * (groupHeight + nameLine) + (data.groups.length - 1) * GROUP_GAP + 2 * 12;
        const margin = {
          top: 14,
          right: RIGHT_ROOM,
          bottom: 58 + legendRows,
          left: compact ? 14 : NAME_WIDTH,
        };
        const height = plotHeight + margin.top + margin.bottom;
        const plot = plotBox(width, height, margin);
        const x = scaleLinear()
          .domain([0, data.axisMax])
          .range([plot.x, plot.x + plot.width])
          .nice(5);
        const ticks = x
          .ticks(compact ? 3 : 5)
          .map((value) => ({ value, label: formatMoneyTick(value, currency) }));
        const groupTop = (i: number) => plot.y + 12 + nameLine + i * (groupHeight + nameLine + GROUP_GAP);
        const barTop = (group: number, index: number) => groupTop(group) + index * (BAR + GAP);
        const nameOf = (key: string) => data.series.find((s) => s.key === key)?.name ?? '';
        const bars = data.groups.flatMap((group, g) =>
          group.bars.map((bar) => ({ group, bar, y: barTop(g, bar.index), end: x(bar.value) })),
        );
        return (
          <>
            <ChartSvg
              width={width}
              height={height}
              title={`${COMPARE_HEADING}: expected cost per year by architecture and scenario`}
              description={description}
              palette={colours}
            >
              <PlotClip
                id={clipId}
                x={plot.x}
                y={plot.y}
                width={plot.width + RIGHT_ROOM}
                height={plot.height}
              />
              <Axis
                orient="bottom"
                scale={x}
                ticks={ticks}
                plot={plot}
                label={`Expected cost per year (${currency}/yr)`}
                palette={colours}
              />
              {compact ? (
                data.groups.map((group, g) => (
                  <text
                    key={group.id}
                    x={plot.x}
                    y={groupTop(g) - NAME_LINE / 2 + BASELINE - 2}
                    fontSize={FONT.label}
                    style={{ fill: colours.text }}
                  >
                    {group.name}
                  </text>
                ))
              ) : (
                <BandLabels
                  bands={data.groups.map((group, g) => ({
                    key: group.id,
                    label: group.name,
                    y: groupTop(g) + groupHeight / 2,
                  }))}
                  x={plot.x - 10}
                  palette={colours}
                />
              )}
              <g clipPath={`url(#${clipId})`}>
                {bars.map(({ group, bar, y, end }) => (
                  <g key={`${group.id}-${bar.seriesKey}`}>
                    <rect
                      x={plot.x}
                      y={y}
                      width={Math.max(0, end - plot.x)}
                      height={BAR}
                      style={{ fill: colours.scenarios[bar.index] ?? colours.text }}
                    />
                    {bar.recommended && (
                      <rect
                        x={plot.x + 1}
                        y={y - 1.5}
                        width={Math.max(2, end - plot.x)}
                        height={BAR + 3}
                        style={{ fill: 'none', stroke: colours.text, strokeWidth: 2 }}
                      />
                    )}
                  </g>
                ))}
              </g>
              {bars.map(({ group, bar, y, end }) => {
                const label = `${bar.letter} ${formatMoneyTick(bar.value, currency)}`;
                const outside = end + 5 + label.length * CHAR <= width - 2;
                return (
                  <HaloText
                    key={`${group.id}-${bar.seriesKey}`}
                    x={outside ? end + 5 : end - 5}
                    y={y + BAR / 2 + 4}
                    textAnchor={outside ? 'start' : 'end'}
                    fontSize={FONT.tick}
                    fontWeight={bar.recommended ? 700 : 400}
                    palette={colours}
                  >
                    {label}
                  </HaloText>
                );
              })}
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
              items={bars.map(({ group, bar, y, end }) => ({
                key: `${group.id}-${bar.seriesKey}`,
                box: { x: plot.x, y, width: Math.max(end - plot.x, 24), height: BAR },
                readOut: {
                  title: `${bar.letter} · ${nameOf(bar.seriesKey)}`,
                  lines: [
                    `${group.name}: ${formatMoneyRate(bar.value, currency, 'yr')} expected in total`,
                    ...(bar.recommended
                      ? [
                          data.series.find((x) => x.key === bar.seriesKey)?.feasible
                            ? 'The pattern this scenario recommends'
                            : 'The closest pattern of this scenario (none is feasible)',
                        ]
                      : []),
                  ],
                },
              }))}
            />
          </>
        );
      }}
    </ChartFrame>
  );
}
