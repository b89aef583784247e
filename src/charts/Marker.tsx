import type { MarkerShape } from './theme';

/** Half the size of a marker, SVG units. */
const R = 4;

/**
 * A marker centred on (x, y): a filled shape with a thin rim in the surface colour, so it stands out on a
 * line of its own colour and over the lines it crosses.
 */
export function Marker(props: { shape: MarkerShape; x: number; y: number; color: string; surface: string }) {
  const { shape, x, y, color, surface } = props;
  const style = { fill: color, stroke: surface, strokeWidth: 1 };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={R} style={style} />;
    case 'square':
      return <rect x={x - R + 0.5} y={y - R + 0.5} width={2 * R - 1} height={2 * R - 1} style={style} />;
    case 'triangle':
      return (
        <path
          d={`M${x},${y - R - 0.5}L${x + R + 0.5},${y + R - 0.5}L${x - R - 0.5},${y + R - 0.5}Z`}
          style={style}
        />
      );
    case 'diamond':
      return (
        <path d={`M${x},${y - R - 1}L${x + R + 1},${y}L${x},${y + R + 1}L${x - R - 1},${y}Z`} style={style} />
      );
    case 'cross':
      return (
        <path
          d={`M${x - R},${y - R}L${x + R},${y + R}M${x - R},${y + R}L${x + R},${y - R}`}
          style={{ fill: 'none', stroke: color, strokeWidth: 2.5 }}
        />
      );
  }
}

/**
 * Where one series puts its markers, SVG units: every `spacing` across [from, to], the series at `index`
 * of `count` shifted by index/count of a spacing. Lines that lie on top of each other thus show their
 * markers side by side rather than one over the other.
 */
export function markerXs(from: number, to: number, spacing: number, index: number, count: number): number[] {
  const out: number[] = [];
  if (!(to > from) || !(spacing > 0)) return out;
  const shift = (spacing * (index + 0.5)) / Math.max(1, count);
  for (let x = from + shift; x <= to; x += spacing) out.push(x);
  return out;
}
