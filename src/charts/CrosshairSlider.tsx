import { type KeyboardEvent, type PointerEvent, useState } from 'react';
import type { Box } from './layout';
import { pct, type ReadOut, readOutText, Tooltip } from './Tooltip';

/** A stop of the read-out: an x position (SVG units), what it reads and where each curve is there. */
export interface Stop {
  x: number;
  readOut: ReadOut;
  /** Points on the curves at this x, SVG units, drawn as dots. */
  marks: { key: string; y: number; color: string }[];
}

interface Props {
  stops: readonly Stop[];
  plot: Box;
  width: number;
  height: number;
  /** Accessible name, e.g. "Read the RTO curves". */
  label: string;
  /** Stop shown first when the slider gets the keyboard focus (e.g. the target). */
  initial?: number;
}

const STEP_KEYS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 };

/**
 * A keyboard-and-pointer read-out over a line chart: a slider whose value is a stop along x. Arrow keys
 * (Page Up/Down by five, Home, End) or the pointer move a crosshair; the tooltip lists every pattern's
 * value there, and the same text is the slider's aria-valuetext.
 */
export function CrosshairSlider({ stops, plot, width, height, label, initial = 0 }: Props) {
  const [index, setIndex] = useState<number | null>(null);
  const last = stops.length - 1;
  const current = index === null ? undefined : stops[index];
  const clamp = (i: number) => Math.max(0, Math.min(last, i));

  const onKeyDown = (event: KeyboardEvent) => {
    const from = index ?? initial;
    let next: number | null;
    if (event.key in STEP_KEYS) next = from + STEP_KEYS[event.key]!;
    else if (event.key === 'PageUp') next = from + 5;
    else if (event.key === 'PageDown') next = from - 5;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'Escape') next = null;
    else return;
    event.preventDefault();
    setIndex(next === null ? null : clamp(next));
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    if (rect.width === 0) return;
    const x = plot.x + ((event.clientX - rect.left) / rect.width) * plot.width;
    let nearest = 0;
    stops.forEach((stop, i) => {
      if (Math.abs(stop.x - x) < Math.abs(stops[nearest]!.x - x)) nearest = i;
    });
    setIndex(nearest);
  };

  if (stops.length === 0) return null;
  const valueIndex = index ?? initial;
  return (
    <div className="chart-overlay">
      <div
        className="chart-slider"
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={last}
        aria-valuenow={valueIndex}
        aria-valuetext={readOutText(stops[valueIndex]!.readOut)}
        style={{
          left: pct(plot.x, width),
          top: pct(plot.y, height),
          width: pct(plot.width, width),
          height: pct(plot.height, height),
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setIndex((i) => i ?? initial)}
        onBlur={() => setIndex(null)}
        onPointerMove={onPointerMove}
        onPointerDown={onPointerMove}
        onPointerLeave={(event) => {
          if (document.activeElement !== event.currentTarget) setIndex(null);
        }}
      />
      {current && (
        <>
          <div
            className="chart-crosshair"
            style={{
              left: pct(current.x, width),
              top: pct(plot.y, height),
              height: pct(plot.height, height),
            }}
          />
          {current.marks.map((mark) => (
            <div
              key={mark.key}
              className="chart-dot"
              style={{ left: pct(current.x, width), top: pct(mark.y, height), background: mark.color }}
            />
          ))}
          <Tooltip readOut={current.readOut} x={current.x} y={plot.y + 8} width={width} height={height} />
        </>
      )}
    </div>
  );
}
