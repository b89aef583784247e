/**
 * Drill logs written out, in the formats `read.ts` reads back to the same drills: CSV with every column in
 * the table's order (blank where a drill leaves one out), and JSON `{ "drills": [ … ] }`.
 */
import type { Drill } from '../types';
import { csvField } from './csv';
import { DRILL_COLUMNS } from './fields';

export function drillLogCsv(drills: readonly Drill[]): string {
  const header = DRILL_COLUMNS.map((c) => c.key).join(',');
  const rows = drills.map((drill) =>
    DRILL_COLUMNS.map((c) => {
      const value = drill[c.key];
      return value === undefined ? '' : csvField(String(value));
    }).join(','),
  );
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

export function drillLogJson(drills: readonly Drill[]): string {
  // Keys in the table's order, whatever order the drill's object has them in.
  const ordered = drills.map((drill) =>
    Object.fromEntries(
      DRILL_COLUMNS.filter((c) => drill[c.key] !== undefined).map((c) => [c.key, drill[c.key]]),
    ),
  );
  return `${JSON.stringify({ drills: ordered }, null, 2)}\n`;
}
