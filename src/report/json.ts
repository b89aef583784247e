import type { SimulationResult } from '../types';

/**
 * The JSON report, shared by the command line (`--format json`) and the app's "Export results (JSON)":
 * the whole result, without the chart curves (the app draws those), pretty-printed, ending in a newline.
 */
export function jsonReport(result: SimulationResult): string {
  const patterns = result.patterns.map(({ curves: _curves, ...rest }) => rest);
  return `${JSON.stringify({ ...result, patterns }, null, 2)}\n`;
}
