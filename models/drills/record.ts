/**
 * One drill read from a CSV row (every value text) or a JSON object (typed values), checked column by
 * column. The reasons name the column and say what to write instead; a row with any reason is refused whole.
 */
import { TECHNOLOGIES, technology } from '../catalogue/index';
import { show } from '../scenario/leafCheck';
import type { Drill, DrillOutcome, PatternId, ScopeId, TechnologySlot } from '../types';
import { DRILL_OUTCOMES, PATTERN_IDS, SCOPE_IDS } from '../types';
import { readDrillDate } from './dates';
import { DRILL_COLUMNS, MAX_DRILL_SECONDS, MAX_NOTE_CHARS, PHASE_COLUMNS, type DrillColumn } from './fields';

/** The technology field of a scenario that holds an architecture's technology (none for a single node). */
export const TECHNOLOGY_SLOT: Readonly<Record<PatternId, TechnologySlot | null>> = {
  'single-node': null,
  'active-passive-async': 'activePassiveAsync',
  'active-passive-sync': 'activePassiveSync',
  'active-passive-dr': 'activePassiveDr',
  'active-active': 'activeActive',
};

export type ReadDrill = { ok: true; drill: Drill } | { ok: false; errors: string[] };

/** Where the values come from: CSV cells are text (blank is absent), JSON values are typed. */
export type DrillSource = 'csv' | 'json';

/** A plain decimal number of seconds: 42, 0.5, 1e3. */
const PLAIN_NUMBER = /^\+?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Phases may add up to a little more than the outage (timings rounded apart): 1 s or 2%, whichever is more. */
export function phaseSlack(outageSeconds: number): number {
  return Math.max(1, 0.02 * outageSeconds);
}

/** A value the row gives, or undefined when it leaves the column out (an absent key, a blank text). */
function given(values: Readonly<Record<string, unknown>>, key: string): unknown {
  if (!Object.hasOwn(values, key)) return undefined;
  const value = values[key];
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

function readSeconds(value: unknown, source: DrillSource): number | string {
  let n: number;
  if (source === 'csv' && typeof value === 'string') {
    const text = value.trim();
    if (!PLAIN_NUMBER.test(text)) {
      if (/^-/.test(text)) return `must not be negative, got ${show(text)}`;
      if (/^\d+,\d+$/.test(text)) return `write decimals with a point, e.g. ${text.replace(',', '.')}`;
      if (/^[\d.]+\s*[a-zA-Zµ]+$/.test(text) || /:/.test(text)) {
        return `write a plain number of seconds without a unit, got ${show(text)}`;
      }
      return `must be a number of seconds, got ${show(text)}`;
    }
    n = Number(text);
  } else if (typeof value === 'number') {
    n = value;
  } else {
    return `must be a number of seconds, got ${show(value)}`;
  }
  if (!Number.isFinite(n)) return `must be a finite number of seconds, got ${show(value)}`;
  if (n < 0) return `must not be negative, got ${n}`;
  if (n > MAX_DRILL_SECONDS) return `must be at most ${MAX_DRILL_SECONDS} seconds, got ${n}`;
  return n;
}

function oneOf<T extends string>(values: readonly T[], text: string): T | undefined {
  return values.find((v) => v === text);
}

/** "did you mean automated?" for a near miss of an allowed value. */
function suggestion(values: readonly string[], text: string): string {
  const lower = text.trim().toLowerCase();
  const near = values.find((v) => v === lower || (lower.length >= 3 && v.startsWith(lower)));
  return near === undefined ? '' : `; did you mean ${near}?`;
}

function readChoice<T extends string>(
  value: unknown,
  values: readonly T[],
  what: string,
): { value: T } | string {
  if (typeof value !== 'string') return `must be ${what}, got ${show(value)}`;
  const found = oneOf(values, value.trim());
  if (found !== undefined) return { value: found };
  return `must be one of ${values.join(', ')}, got ${show(value)}${suggestion(values, value)}`;
}

/** Reads one drill; `values` maps column keys to cells (CSV) or JSON values. Never throws. */
export function readDrill(values: Readonly<Record<string, unknown>>, source: DrillSource): ReadDrill {
  const errors: string[] = [];
  const out: Record<string, unknown> = {};
  const fail = (column: DrillColumn, reason: string) => errors.push(`${column.key}: ${reason}`);
  for (const column of DRILL_COLUMNS) {
    const value = given(values, column.key);
    if (value === undefined) {
      if (column.required) fail(column, 'missing');
      continue;
    }
    const read = readColumn(column, value, source);
    if (typeof read === 'object') out[column.key] = read.value;
    else fail(column, read);
  }
  if (errors.length > 0) return { ok: false, errors };
  const drill = out as unknown as Drill;
  const crossErrors = crossColumnErrors(drill);
  return crossErrors.length > 0 ? { ok: false, errors: crossErrors } : { ok: true, drill };
}

function readColumn(column: DrillColumn, value: unknown, source: DrillSource): { value: unknown } | string {
  switch (column.kind) {
    case 'seconds': {
      const read = readSeconds(value, source);
      return typeof read === 'number' ? { value: read } : read;
    }
    case 'date': {
      if (typeof value !== 'string') return `must be an ISO 8601 date as text, got ${show(value)}`;
      const read = readDrillDate(value);
      return typeof read === 'string' ? read : { value: value.trim() };
    }
    case 'scope':
      return readChoice<ScopeId>(value, SCOPE_IDS, 'a failure scope');
    case 'architecture':
      return readChoice<PatternId>(value, PATTERN_IDS, 'an architecture id');
    case 'outcome':
      return readChoice<DrillOutcome>(value, DRILL_OUTCOMES, 'automated or manual');
    case 'technology': {
      if (typeof value !== 'string') return `must be a catalogue id, got ${show(value)}`;
      const id = value.trim();
      if (!technology(id))
        return `unknown technology ${show(id)}; use a catalogue id such as ${TECHNOLOGIES[0]?.id}`;
      return { value: id };
    }
    case 'text': {
      if (typeof value !== 'string') return `must be text, got ${show(value)}`;
      if ([...value].length > MAX_NOTE_CHARS) return `must be at most ${MAX_NOTE_CHARS} characters`;
      return { value };
    }
  }
}

/** Rules between columns: a technology that fits the architecture, phases that fit in the outage. */
function crossColumnErrors(drill: Drill): string[] {
  const errors: string[] = [];
  if (drill.technology !== undefined) {
    const slot = TECHNOLOGY_SLOT[drill.architecture];
    const preset = technology(drill.technology);
    if (slot === null) {
      errors.push('technology: a single node has no technology to name; leave it blank');
    } else if (preset && preset.slot !== slot) {
      errors.push(
        `technology: ${preset.name} (${drill.technology}) is not a technology of the ${drill.architecture} architecture`,
      );
    }
  }
  const phases = PHASE_COLUMNS.reduce((sum, key) => sum + (drill[key] ?? 0), 0);
  if (phases > drill.outageSeconds + phaseSlack(drill.outageSeconds)) {
    errors.push(
      `outageSeconds: the phases add up to ${Number(phases.toPrecision(6))} s, more than the outage of ${drill.outageSeconds} s`,
    );
  }
  return errors;
}
