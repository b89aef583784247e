/**
 * Drill logs as CSV (RFC 4180): a header row naming the columns in any order, then one drill per row.
 * Fields are separated by commas; a field in double quotes may hold commas, line breaks and doubled quotes
 * (""). Blank lines are skipped. Every problem is reported with its line (1-based, the line a row starts on).
 */
import { DRILL_COLUMNS, drillColumn } from './fields';

export interface CsvRecord {
  /** Line the record starts on, 1-based. */
  line: number;
  cells: string[];
}

export type CsvRecords = { ok: true; records: CsvRecord[] } | { ok: false; line: number; reason: string };

/** The records of CSV text (a leading byte-order mark removed), or where and why it cannot be read. */
export function csvRecords(text: string): CsvRecords {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  /** The field being read was quoted: even empty, it is a value. */
  let quoted = false;
  let line = 1;
  let start = 1;
  const endField = () => {
    cells.push(cell);
    cell = '';
    quoted = false;
  };
  const endRecord = () => {
    const blank = cells.length === 0 && cell === '' && !quoted;
    endField();
    if (!blank) records.push({ line: start, cells });
    cells = [];
  };
  let i = 0;
  while (i < body.length) {
    const c = body.charAt(i);
    if (c === '"') {
      if (cell !== '' || quoted) {
        return { ok: false, line, reason: 'a double quote inside a field that does not start with one' };
      }
      quoted = true;
      const opened = line;
      i++;
      for (;;) {
        if (i >= body.length) {
          return {
            ok: false,
            line: opened,
            reason: 'a quoted field is never closed (a double quote is missing)',
          };
        }
        const q = body.charAt(i);
        if (q === '"' && body.charAt(i + 1) === '"') {
          cell += '"';
          i += 2;
        } else if (q === '"') {
          i++;
          break;
        } else {
          if (q === '\n') line++;
          cell += q;
          i++;
        }
      }
      const next = body.charAt(i);
      if (i < body.length && next !== ',' && next !== '\n' && next !== '\r') {
        return { ok: false, line, reason: 'text after the closing double quote of a field' };
      }
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && body.charAt(i + 1) === '\n' ? 2 : 1;
      line++;
      start = line;
    } else {
      cell += c;
      i++;
    }
  }
  if (cells.length > 0 || cell !== '' || quoted) endRecord();
  return { ok: true, records };
}

export interface CsvHeader {
  /** Column key of each field of a row, in file order. */
  keys: string[];
}

/** The header's column keys, or the reasons it cannot be used (line 1's problems). */
export function readCsvHeader(record: CsvRecord): CsvHeader | string[] {
  const errors: string[] = [];
  const keys = record.cells.map((cell) => cell.trim());
  const seen = new Set<string>();
  for (const key of keys) {
    if (key === '') errors.push(`line ${record.line}: a column has no name`);
    else if (!drillColumn(key)) {
      errors.push(
        `line ${record.line}: unknown column ${JSON.stringify(key)}; the columns are ${DRILL_COLUMNS.map((c) => c.key).join(', ')}`,
      );
    } else if (seen.has(key)) errors.push(`line ${record.line}: column ${JSON.stringify(key)} appears twice`);
    seen.add(key);
  }
  for (const column of DRILL_COLUMNS) {
    if (column.required && !seen.has(column.key)) {
      errors.push(`line ${record.line}: the header has no ${column.key} column (a header row is required)`);
    }
  }
  return errors.length > 0 ? errors : { keys };
}

/** A CSV field as written: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
