import { ChartFrame } from './ChartFrame';
import { cdfStops, cdfTable } from './cdfText';
import type { CdfChartData } from './data/cdf';
import { formatDuration, formatPercent } from '../format';
import { durationTicks } from './data/logAxis';
import { isCompact } from './layout';
import { StepCurvesPlot } from './StepCurvesPlot';
import { palette, type ChartTheme } from './theme';

interface Props {
  kind: 'rto' | 'rpo';
  heading: string;
  caption: string;
  theme: ChartTheme;
  data: CdfChartData;
  /** "RTO target 60 s": the target line's label, also used in the table and read-outs. */
  targetText: string;
  /** Title and description of the SVG, for screen readers. */
  title: string;
  description: string;
  xLabel: string;
  /** The x axis's title in a narrow chart. */
  shortXLabel: string;
  sliderLabel: string;
  /** Heading of the read-out at x. */
  stopHeading: (x: number) => string;
  table: Parameters<typeof cdfTable>[1];
}

/**
 * A per-incident distribution (RTO or RPO) of each pattern as step curves, with the target as a vertical
 * line and the required confidence as a horizontal one: the frame both CDF charts share.
 */
export function TargetCdfChart(props: Props) {
  const { data, targetText } = props;
  const confidence = formatPercent(data.confidence);
  const stops = cdfStops(data, props.stopHeading);
  return (
    <ChartFrame
      kind={props.kind}
      heading={props.heading}
      caption={props.caption}
      theme={props.theme}
      table={cdfTable(data, props.table)}
    >
      {(width) => (
        <StepCurvesPlot
          width={width}
          title={props.title}
          description={props.description}
          palette={palette(props.theme)}
          curves={data.curves}
          domain={data.domain}
          xLabel={isCompact(width) ? props.shortXLabel : props.xLabel}
          yLabel="Share of incidents ≤ x"
          formatX={formatDuration}
          xTicks={durationTicks(data.domain[0], data.domain[1])}
          target={{ x: data.target.x, label: targetText }}
          level={{ p: data.confidence, tick: confidence, legend: `${confidence} must meet the target` }}
          stops={stops}
          sliderLabel={props.sliderLabel}
          initialStop={stops.findIndex((s) => s.x === data.target.x)}
        />
      )}
    </ChartFrame>
  );
}
