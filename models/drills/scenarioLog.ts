/**
 * The `drillLog` field of a scenario file: `{ "asOf"?: date, "drills": [ … ] }`, each drill checked as an
 * imported one is (record.ts), every error named by its path (`drillLog.drills[3].outcome: …`).
 */
import { show } from '../scenario/leafCheck';
import type { Drill, DrillLog } from '../types';
import { readDrillDate } from './dates';
import { drillColumn, MAX_DRILLS } from './fields';
import { readDrill } from './record';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

export const DRILL_LOG_PATH = 'drillLog';

/** The log `value` holds (an empty one when absent); its problems are added to `errors`. */
export function parseDrillLog(value: unknown, errors: string[]): DrillLog {
  const path = DRILL_LOG_PATH;
  if (value === undefined) return { drills: [] };
  if (!isObject(value)) {
    errors.push(`${path}: must be an object with "drills" (and optionally "asOf"), got ${show(value)}`);
    return { drills: [] };
  }
  for (const key of Object.keys(value)) {
    if (key !== 'asOf' && key !== 'drills') errors.push(`${path}.${key}: unknown field`);
  }
  const log: DrillLog = { drills: [] };
  const asOf = own(value, 'asOf');
  if (asOf !== undefined) {
    const read =
      typeof asOf === 'string' ? readDrillDate(asOf) : `must be an ISO 8601 date, got ${show(asOf)}`;
    if (typeof read === 'string') errors.push(`${path}.asOf: ${read}`);
    else log.asOf = (asOf as string).trim();
  }
  const list = own(value, 'drills');
  if (list === undefined) return log;
  if (!Array.isArray(list)) {
    errors.push(`${path}.drills: must be an array of drills, got ${show(list)}`);
    return log;
  }
  if (list.length > MAX_DRILLS) {
    errors.push(`${path}.drills: ${list.length} drills; a scenario keeps at most ${MAX_DRILLS}`);
    return log;
  }
  const drills: Drill[] = [];
  list.forEach((item: unknown, i) => {
    const at = `${path}.drills[${i}]`;
    if (!isObject(item)) {
      errors.push(`${at}: must be an object with the drill's fields, got ${show(item)}`);
      return;
    }
    for (const key of Object.keys(item)) {
      if (!drillColumn(key)) errors.push(`${at}.${key}: unknown field`);
    }
    const read = readDrill(item, 'json');
    if (read.ok) drills.push(read.drill);
    else for (const e of read.errors) errors.push(`${at}.${e}`);
  });
  log.drills = drills;
  return log;
}
