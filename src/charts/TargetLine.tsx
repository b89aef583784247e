import { HaloText } from './HaloText';
import { type Box, FONT } from './layout';
import type { Palette } from './theme';

/** A vertical dashed reference line across the plot, labelled above it. */
export function TargetLine(props: { x: number; label: string; plot: Box; palette: Palette }) {
  const { x, label, plot, palette } = props;
  // Keep the label inside the chart when the line is near an edge.
  const anchor = x < plot.x + 80 ? 'start' : x > plot.x + plot.width - 80 ? 'end' : 'middle';
  return (
    <g>
      <line
        x1={x}
        x2={x}
        y1={plot.y - 4}
        y2={plot.y + plot.height}
        strokeDasharray="6 3"
        style={{ stroke: palette.reference, strokeWidth: 1.5 }}
      />
      <HaloText x={x} y={plot.y - 9} textAnchor={anchor} fontSize={FONT.tick} palette={palette}>
        {label}
      </HaloText>
    </g>
  );
}
