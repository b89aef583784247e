import { createContext, type ReactNode, useCallback, useContext, useId, useState } from 'react';
import { CHART_WIDTH, chartWidthFor } from './layout';
import type { ChartTheme } from './theme';
import './styles';

/**
 * How many CSS pixels an SVG unit of a chart takes at least: 1 on the page, more where charts are shown
 * to a room (the client view), so that their text grows with the rest of the type.
 */
export const ChartZoom = createContext(1);

/**
 * The width to lay a chart out at, SVG units: its box's width on the page (see chartWidthFor), measured
 * as it changes; CHART_WIDTH where nothing is measured (the PDF, tests without layout).
 */
function useChartWidth(
  theme: ChartTheme,
): [(element: HTMLDivElement | null) => (() => void) | undefined, number] {
  const zoom = useContext(ChartZoom);
  const [width, setWidth] = useState(CHART_WIDTH);
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      // The light theme is the printed chart: always full width.
      if (!element || theme === 'light' || typeof ResizeObserver === 'undefined') return undefined;
      const measure = () => setWidth(chartWidthFor(element.clientWidth, zoom));
      measure();
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      return () => observer.disconnect();
    },
    [theme, zoom],
  );
  return [ref, width];
}

export type ChartKind =
  'cost' | 'rto' | 'rpo' | 'loss' | 'timeline' | 'break-even' | 'compare' | 'tornado' | 'drills';

/** The chart's numbers as a table: one row per pattern (or per stop), cells already formatted. */
export interface DataTable {
  caption: string;
  /** Column headers, the first one over the row headers. */
  columns: string[];
  rows: { key: string; header: string; cells: string[] }[];
}

interface Props {
  kind: ChartKind;
  heading: string;
  /** One line on what to read from the chart. */
  caption: string;
  theme: ChartTheme;
  table: DataTable;
  /** The plot, an SVG and its overlay, laid out at the width given (SVG units). */
  children: (width: number) => ReactNode;
  /** Extra controls beside the table toggle (e.g. a zoom). */
  actions?: ReactNode;
}

/**
 * Every chart's frame: a figure with a heading and a caption, the plot, and a toggle that shows the
 * same numbers as an accessible table.
 */
export function ChartFrame({ kind, heading, caption, theme, table, children, actions }: Props) {
  const [open, setOpen] = useState(false);
  const tableId = useId();
  const [plotRef, width] = useChartWidth(theme);
  return (
    <figure className={theme === 'light' ? 'chart chart--light' : 'chart'} data-chart={kind}>
      <figcaption>
        <h3>{heading}</h3>
        <p className="chart-caption">{caption}</p>
      </figcaption>
      <div className="chart-plot" ref={plotRef}>
        <div className="chart-canvas">{children(width)}</div>
      </div>
      <div className="chart-actions">
        <button
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls={tableId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide data table' : 'Show data table'}
        </button>
        {actions}
      </div>
      <div
        id={tableId}
        className="chart-table-scroll"
        role="region"
        aria-label={`${heading}: data table`}
        tabIndex={open ? 0 : -1}
        hidden={!open}
      >
        {open && (
          <table className="chart-table">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.header}</th>
                  {row.cells.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </figure>
  );
}
