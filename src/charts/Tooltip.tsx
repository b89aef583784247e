/** What a tooltip says: a heading line and the exact values, as plain text. */
export interface ReadOut {
  title: string;
  lines: string[];
}

/** The read-out as one sentence, for assistive technology (aria-label, aria-valuetext). */
export function readOutText(readOut: ReadOut): string {
  return `${readOut.title}: ${readOut.lines.join('; ')}`;
}

/** An SVG coordinate as a CSS percentage of the chart box (the overlay scales with the SVG). */
export const pct = (value: number, of: number) => `${(100 * value) / of}%`;

/**
 * A tooltip placed at (x, y) of a chart whose viewBox is width × height: positioned in percentages,
 * so it follows the SVG as it scales. It opens towards the middle of the chart to stay inside it.
 * Hidden from assistive technology: the focused element already carries the same text.
 */
export function Tooltip(props: { readOut: ReadOut; x: number; y: number; width: number; height: number }) {
  const { readOut, x, y, width, height } = props;
  const shiftX = x > width / 2 ? 'calc(-100% - 10px)' : '10px';
  const shiftY = y > height / 2 ? '-100%' : '0';
  return (
    <div
      className="chart-tooltip"
      aria-hidden="true"
      style={{ left: pct(x, width), top: pct(y, height), transform: `translate(${shiftX}, ${shiftY})` }}
    >
      <strong>{readOut.title}</strong>
      {readOut.lines.map((line, i) => (
        <span key={i}>{line}</span>
      ))}
    </div>
  );
}
