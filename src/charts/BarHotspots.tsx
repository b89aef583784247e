import { useState } from 'react';
import type { Box } from './layout';
import { pct, type ReadOut, readOutText, Tooltip } from './Tooltip';

export interface Hotspot {
  key: string;
  /** The bar (or group of segments) this hotspot covers, SVG units. */
  box: Box;
  readOut: ReadOut;
}

/**
 * One focusable button over each bar: hover, focus or tap shows its exact values. Buttons rather than
 * marks inside the SVG, which stays a single image for assistive technology and for export.
 */
export function BarHotspots({
  items,
  width,
  height,
}: {
  items: readonly Hotspot[];
  width: number;
  height: number;
}) {
  const [active, setActive] = useState<string | null>(null);
  const shown = items.find((item) => item.key === active);
  return (
    <div className="chart-overlay">
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          className="chart-hotspot"
          aria-label={readOutText(item.readOut)}
          style={{
            left: pct(item.box.x, width),
            top: pct(item.box.y, height),
            width: pct(item.box.width, width),
            height: pct(item.box.height, height),
          }}
          onFocus={() => setActive(item.key)}
          onBlur={() => setActive(null)}
          onMouseEnter={() => setActive(item.key)}
          onMouseLeave={() => setActive(null)}
          onClick={() => setActive(item.key)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setActive(null);
          }}
        />
      ))}
      {shown && (
        <Tooltip
          readOut={shown.readOut}
          x={shown.box.x + shown.box.width}
          y={shown.box.y + shown.box.height / 2}
          width={width}
          height={height}
        />
      )}
    </div>
  );
}
