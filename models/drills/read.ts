/**
 * Reading a drill-log file, CSV or JSON (`{ "drills": [ { …the CSV's columns… } ] }`), whole or not at all:
 * any row that does not read refuses the file, with every problem listed by line and reason, so a log is
 * never half-imported. A file over MAX_DRILL_FILE_BYTES or with more than MAX_DRILLS drills is refused
 * before its rows are read.
 */
import { findJsonSyntaxError, utf8Length } from '../scenario/jsonSyntax';
import { show } from '../scenario/leafCheck';
import type { Drill } from '../types';
import { csvRecords, readCsvHeader } from './csv';
import { drillColumn, MAX_DRILL_FILE_BYTES, MAX_DRILLS } from './fields';
import { readDrill } from './record';

export type DrillFileRead =
  | {
      ok: true;
      drills: Drill[];
      /** The line each drill starts on in the file, 1-based (same order as `drills`). */
      lines: number[];
      format: DrillFileFormat;
    }
  | { ok: false; errors: string[] };

export type DrillFileFormat = 'csv' | 'json';

/** Beyond this many problems the list ends with a count. */
const MAX_ERRORS = 50;

const fail = (errors: string[]): DrillFileRead => ({
  ok: false,
  errors:
    errors.length > MAX_ERRORS
      ? [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more problems`]
      : errors,
});

const tooMany = (count: number) =>
  `the file holds ${count.toLocaleString('en-US')} drills; a scenario keeps at most ${MAX_DRILLS.toLocaleString('en-US')}`;

/**
 * A drill-log file's drills. JSON when the text starts with `{` (after blanks and a byte-order mark),
 * or when `format` says so; CSV otherwise. Never throws.
 */
export function readDrillFile(text: string, format?: DrillFileFormat): DrillFileRead {
  try {
    if (typeof text !== 'string') return fail([`file: must be text, got ${show(text)}`]);
    const bytes = utf8Length(text);
    if (bytes > MAX_DRILL_FILE_BYTES) {
      return fail([
        `file: ${bytes.toLocaleString('en-US')} bytes is over the limit of ${MAX_DRILL_FILE_BYTES.toLocaleString('en-US')} bytes`,
      ]);
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const json = format === 'json' || (format === undefined && body.trimStart().startsWith('{'));
    return json ? readDrillJson(body) : readDrillCsv(body);
  } catch (e) {
    return fail([`file: could not be read (${e instanceof Error ? e.message : String(e)})`]);
  }
}

export function readDrillCsv(text: string): DrillFileRead {
  const read = csvRecords(text);
  if (!read.ok) return fail([`line ${read.line}: ${read.reason}`]);
  const [head, ...rows] = read.records;
  if (!head) return fail(['file: empty; a drill log needs a header row, then one row per drill']);
  const header = readCsvHeader(head);
  if (Array.isArray(header)) return fail(header);
  if (rows.length > MAX_DRILLS) return fail([`file: ${tooMany(rows.length)}`]);
  const errors: string[] = [];
  const drills: Drill[] = [];
  const lines: number[] = [];
  for (const row of rows) {
    if (row.cells.length !== header.keys.length) {
      errors.push(
        `line ${row.line}: ${row.cells.length} values, but the header has ${header.keys.length} columns`,
      );
      continue;
    }
    const values: Record<string, string> = {};
    // Keys come from the header, which holds known column names only.
    header.keys.forEach((key, k) => {
      if (drillColumn(key)) values[key] = row.cells[k] ?? '';
    });
    const drill = readDrill(values, 'csv');
    if (drill.ok) {
      drills.push(drill.drill);
      lines.push(row.line);
    } else errors.push(...drill.errors.map((e) => `line ${row.line}: ${e}`));
  }
  return errors.length > 0 ? fail(errors) : { ok: true, drills, lines, format: 'csv' };
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readDrillJson(text: string): DrillFileRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = findJsonSyntaxError(text);
    return fail([
      at
        ? `line ${at.line}, column ${at.column}: not valid JSON: ${at.reason}`
        : `file: not valid JSON (${e instanceof Error ? e.message : String(e)})`,
    ]);
  }
  if (!isObject(value)) return fail([`file: must be a JSON object { "drills": [ … ] }, got ${show(value)}`]);
  const errors = Object.keys(value)
    .filter((key) => key !== 'drills')
    .map((key) => `${JSON.stringify(key)}: unknown field; a drill log holds "drills" only`);
  const list = Object.hasOwn(value, 'drills') ? value['drills'] : undefined;
  if (!Array.isArray(list)) return fail([...errors, `drills: must be an array of drills, got ${show(list)}`]);
  if (list.length > MAX_DRILLS) return fail([`drills: ${tooMany(list.length)}`]);
  const starts = drillArrayLines(text);
  const lines = list.map((_, i) => (starts.length === list.length ? starts[i]! : 0));
  const where = (i: number) => (lines[i]! > 0 ? `line ${lines[i]} (drills[${i}])` : `drills[${i}]`);
  const drills: Drill[] = [];
  list.forEach((item: unknown, i) => {
    if (!isObject(item)) {
      errors.push(`${where(i)}: must be an object with the drill's fields, got ${show(item)}`);
      return;
    }
    for (const key of Object.keys(item)) {
      if (!drillColumn(key)) errors.push(`${where(i)}: ${JSON.stringify(key)}: unknown field`);
    }
    const drill = readDrill(item, 'json');
    if (drill.ok) drills.push(drill.drill);
    else errors.push(...drill.errors.map((e) => `${where(i)}: ${e}`));
  });
  return errors.length > 0 ? fail(errors) : { ok: true, drills, lines, format: 'json' };
}

/**
 * The line each element of the root object's "drills" array starts on, read from valid JSON text by
 * following its strings and brackets (the parser keeps no positions).
 */
function drillArrayLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let stringText = '';
  let lastString = '';
  let key = '';
  let inDrills = false;
  let expectElement = false;
  const element = () => {
    if (inDrills && depth === 2 && expectElement) {
      lines.push(line);
      expectElement = false;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') {
        inString = false;
        lastString = stringText;
      } else stringText += c;
      continue;
    }
    switch (c) {
      case '\n':
        line++;
        break;
      case '"':
        element();
        inString = true;
        stringText = '';
        break;
      case ':':
        if (depth === 1) key = lastString;
        break;
      case '{':
      case '[':
        element();
        depth++;
        if (c === '[' && depth === 2 && key === 'drills') {
          inDrills = true;
          expectElement = true;
        }
        break;
      case '}':
      case ']':
        if (depth === 2 && inDrills) inDrills = false;
        depth--;
        break;
      case ',':
        if (inDrills && depth === 2) expectElement = true;
        break;
      case ' ':
      case '\t':
      case '\r':
        break;
      default:
        element();
    }
  }
  return lines;
}
