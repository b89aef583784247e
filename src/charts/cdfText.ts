import type { CdfChartData } from './data/cdf';
import type { DataTable } from './ChartFrame';
import { formatDuration, formatPercent } from '../format';
import type { StepStop } from './StepCurvesPlot';

/** Read-out stops of a CDF chart: "Outage ≤ 60 s" and each pattern's share there. */
export function cdfStops(data: CdfChartData, heading: (x: number) => string): StepStop[] {
  const names = new Map(data.curves.map((c) => [c.id, c.name]));
  return data.probes.map((probe) => ({
    x: probe.x,
    values: probe.values,
    readOut: {
      title: heading(probe.x),
      lines: probe.values.map((v) => `${names.get(v.id) ?? v.id}: ${formatPercent(v.p)}`),
    },
  }));
}

/** The data table of a CDF chart: one row per stop, one column per pattern, plus the counted target share. */
export function cdfTable(
  data: CdfChartData,
  text: { caption: string; xHeader: string; targetRow: string; zeroRow?: string },
): DataTable {
  const shares = (values: { id: string; p: number }[]) =>
    data.curves.map((c) => {
      const v = values.find((value) => value.id === c.id);
      return v ? formatPercent(v.p) : 'no incidents';
    });
  const rows = data.probes.map((probe) => ({
    key: String(probe.x),
    header: formatDuration(probe.x),
    cells: shares(probe.values),
  }));
  const zero = text.zeroRow
    ? [
        {
          key: 'zero',
          header: text.zeroRow,
          cells: shares(data.curves.map((c) => ({ id: c.id, p: c.zeroShare }))),
        },
      ]
    : [];
  return {
    caption: text.caption,
    columns: [text.xHeader, ...data.curves.map((c) => c.name)],
    rows: [
      ...zero,
      ...rows,
      {
        key: 'target',
        header: text.targetRow,
        cells: data.curves.map((c) => formatPercent(c.meetsTarget)),
      },
    ],
  };
}
