/**
 * The scenario format at the edge: anything read from a file, a URL or the form passes through here.
 * Every error names its field and the reason; all errors are collected, not just the first; missing fields
 * take their defaults. Nothing from the input is ever assigned under a key it chose, except ids checked
 * against a fixed list, so a hostile file cannot reach an object's prototype.
 */
import type { BenchmarkSetId, MoneyRange, PatternId, Scenario, TriangularSeconds } from '../types';
import { PATTERN_IDS } from '../types';
import { DISTRIBUTION_IDS } from '../engine/distributionIds';
import { benchmarkSet, technology } from '../catalogue/index';
import { DEFAULT_SCENARIO } from './defaults';
import {
  FORBIDDEN_KEYS,
  MONEY_RANGE_FIELDS,
  MONEY_RANGE_PARTS,
  OVERRIDES_FIELD,
  SCENARIO_FIELDS,
  SCENARIO_GROUPS,
  type FieldSpec,
} from './fields';
import { migrateScenario } from './migrate';
import { checkLeaf, show } from './leafCheck';
import { checkCatalogueId } from './catalogueCheck';
import { findJsonSyntaxError, utf8Length } from './jsonSyntax';
import { scenarioWarnings } from './warnings';
import { DRILL_LOG_PATH, parseDrillLog } from '../drills/scenarioLog';
import { PROVENANCE_PATH, parseProvenance } from './provenance';

export type ParseResult =
  | {
      ok: true;
      scenario: Scenario;
      warnings: string[];
      /** What bringing an earlier format version up to date assumed (empty for a current file). */
      migrated: string[];
      /** Fields the input left out, which took their defaults (dotted paths). */
      defaulted: string[];
    }
  | {
      ok: false;
      /** One message per problem, at most MAX_ERRORS of them and a last line counting the rest. */
      errors: string[];
      /** How many problems were found: more than `errors` holds when the list was cut short. */
      problems: number;
    };

/** The schemaVersion this version writes; earlier ones are read and brought up to date (migrate.ts). */
export const SCHEMA_VERSION = 5;
/** Largest scenario text read, in bytes of UTF-8: the limit of files, imports, share links and the CLI. */
export const MAX_SCENARIO_BYTES = 1_000_000;
/** Beyond this many errors the list ends with a count: a wrong file would otherwise bury the first ones. */
const MAX_ERRORS = 50;
/** Objects and arrays visited when looking for forbidden keys; bounds the work on hostile input. */
const MAX_SCANNED = 100_000;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
const fail = (errors: string[]): ParseResult => ({
  ok: false,
  errors: capped(errors),
  problems: errors.length,
});

const ROOT_KEYS = new Set([
  ...SCENARIO_FIELDS.map((f) => f.path.split('.')[0] ?? ''),
  OVERRIDES_FIELD.path,
  DRILL_LOG_PATH,
  PROVENANCE_PATH,
]);
const TRIANGLE = ['min', 'mode', 'max'] as const;
const MONEY_PARTS = Object.keys(MONEY_RANGE_PARTS) as (keyof MoneyRange)[];

/** Validate `input` (a parsed JSON value) and fill every missing field from the defaults. Never throws. */
export function parseScenario(input: unknown): ParseResult {
  try {
    return parse(input);
  } catch (e) {
    return fail([`scenario: could not be read (${errorText(e)})`]);
  }
}

/**
 * Parse the text of a scenario file: at most `maxBytes` of UTF-8, a leading byte-order mark allowed.
 * Never throws.
 */
export function parseScenarioJson(text: string, maxBytes = MAX_SCENARIO_BYTES): ParseResult {
  try {
    if (typeof text !== 'string') return fail([`file: must be text, got ${show(text)}`]);
    const bytes = utf8Length(text);
    if (bytes > maxBytes) return fail([`file: ${bytes} bytes is over the limit of ${maxBytes} bytes`]);
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (e) {
      const at = findJsonSyntaxError(body);
      return fail([
        at
          ? `JSON: not valid at line ${at.line}, column ${at.column} (position ${at.position}): ${at.reason}`
          : `JSON: not valid (${errorText(e)})`,
      ]);
    }
    return parseScenario(value);
  } catch (e) {
    return fail([`file: could not be read (${errorText(e)})`]);
  }
}

function parse(raw: unknown): ParseResult {
  if (!isObject(raw)) return fail([`scenario: must be a JSON object, got ${show(raw)}`]);
  const version = own(raw, 'schemaVersion');
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    // Fields of a newer format may mean something else: listing them as unknown would only mislead.
    return fail([
      `schemaVersion: this file was written by a newer version (schemaVersion ${version}); this version reads ${SCHEMA_VERSION}`,
    ]);
  }
  // Forbidden keys are looked for before a migration copies anything; a file with any is not migrated.
  const forbidden = forbiddenKeyErrors(raw);
  const migration = forbidden.length === 0 ? migrateScenario(raw, SCHEMA_VERSION) : null;
  const input = migration?.value ?? raw;
  const out = JSON.parse(JSON.stringify(DEFAULT_SCENARIO)) as Scenario;
  const given = new Set<string>();
  // concat, not push(...list): a hostile file can yield more errors than a call has room for arguments.
  let errors = forbidden.concat(
    version === undefined ? [`schemaVersion: missing; write "schemaVersion": ${SCHEMA_VERSION}`] : [],
    unknownKeyErrors(input, '', ROOT_KEYS),
    readLeaves(input, out, given),
    groupErrors(input),
  );
  errors = errors.concat(technologyErrors(out, given, own(input, 'benchmarkSet') !== undefined));
  out.overrides = parseOverrides(own(input, OVERRIDES_FIELD.path), errors);
  for (const field of MONEY_RANGE_FIELDS) {
    const [group = '', key = ''] = field.path.split('.');
    const value = isObject(own(input, group)) ? own(own(input, group) as Obj, key) : undefined;
    (out.costs as unknown as Obj)[key] = parseMoneyRanges(value, field, errors);
  }
  out.drillLog = parseDrillLog(own(input, DRILL_LOG_PATH), errors);
  out.provenance = parseProvenance(own(input, PROVENANCE_PATH), errors);
  errors = errors.concat(crossFieldErrors(out, given));

  if (errors.length > 0) return fail(errors);
  const defaulted = SCENARIO_FIELDS.filter((f) => f.path !== 'schemaVersion' && !given.has(f.path)).map(
    (f) => f.path,
  );
  return {
    ok: true,
    scenario: out,
    warnings: scenarioWarnings(out),
    migrated: migration?.notices ?? [],
    defaulted,
  };
}

function capped(errors: string[]): string[] {
  const shown = errors.slice(0, MAX_ERRORS);
  if (errors.length > MAX_ERRORS) shown.push(`… and ${errors.length - MAX_ERRORS} more errors`);
  return shown;
}

/**
 * Rules between fields. A regional outage's 95th percentile is at least its median; a topology has at
 * least one replica that holds data. When the file leaves the topology out, the active-active preset's own
 * layout is used.
 */
function crossFieldErrors(out: Scenario, given: Set<string>): string[] {
  const errors: string[] = [];
  const outage = out.failureDurations.regionOutage;
  if (outage.p95Hours < outage.medianHours) {
    errors.push(
      `failureDurations.regionOutage.p95Hours: must be at least the median (${outage.medianHours} hours), got ${outage.p95Hours}`,
    );
  }
  const topologyGiven = ['activeActiveRegions', 'replicationFactor', 'witnessRegion'].some((k) =>
    given.has(`topology.${k}`),
  );
  const preset = technology(out.technology.activeActive);
  if (!topologyGiven && preset?.topology) out.topology = { ...preset.topology };
  const t = out.topology;
  if (t.replicationFactor - (t.witnessRegion ? 1 : 0) < 1) {
    errors.push(
      'topology.replicationFactor: a witness holds no data, so with a witness region the replication factor must be at least 2',
    );
  }
  return errors;
}

/** Check every leaf the input gives; write the accepted ones into `out` and note their paths in `given`. */
function readLeaves(input: Obj, out: Scenario, given: Set<string>): string[] {
  const errors: string[] = [];
  for (const spec of SCENARIO_FIELDS) {
    const value = leafValue(input, spec);
    if (value === undefined) continue;
    const reason = checkLeaf(spec, value);
    if (reason) errors.push(`${spec.path}: ${reason}`);
    else {
      setLeaf(out, spec, value);
      given.add(spec.path);
    }
  }
  return errors;
}

/** The keys a group may hold: its leaves, its subgroups and its maps, by name. */
function childKeys(group: string): Set<string> {
  const prefix = `${group}.`;
  const paths = [
    ...SCENARIO_FIELDS.map((f) => f.path),
    ...SCENARIO_GROUPS.map((g) => g.path),
    ...MONEY_RANGE_FIELDS.map((f) => f.path),
  ];
  return new Set(
    paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).split('.')[0] ?? ''),
  );
}

/** Groups that are not objects, and unknown keys inside the groups. */
function groupErrors(input: Obj): string[] {
  let errors: string[] = [];
  for (const group of SCENARIO_GROUPS) {
    const value = valueAt(input, group.path);
    if (value === undefined) continue;
    if (!isObject(value)) {
      errors.push(`${group.path}: must be an object, got ${show(value)}`);
      continue;
    }
    errors = errors.concat(unknownKeyErrors(value, group.path, childKeys(group.path)));
  }
  return errors;
}

/** Fill the technology slots the file left out, then check the ones it gave against the catalogue. */
function technologyErrors(out: Scenario, given: Set<string>, setInInput: boolean): string[] {
  const setValid = !setInInput || given.has('benchmarkSet');
  const set: BenchmarkSetId | undefined = setValid ? out.benchmarkSet : undefined;
  const errors: string[] = [];
  for (const spec of SCENARIO_FIELDS) {
    if (!spec.ref) continue;
    const slot = leafKey(spec) as keyof Scenario['technology'];
    if (!given.has(spec.path)) {
      // A file that picks a benchmark set but no technology gets that set's choices, not the default set's.
      if (setInInput && set !== undefined) out.technology[slot] = benchmarkSet(set).defaults[slot];
      continue;
    }
    const reason = checkCatalogueId(spec.ref, out.technology[slot], set);
    if (reason) errors.push(`${spec.path}: ${reason}`);
  }
  return errors;
}

function parseOverrides(value: unknown, errors: string[]): Record<string, TriangularSeconds> {
  const out: Record<string, TriangularSeconds> = {};
  if (value === undefined) return out;
  const path = OVERRIDES_FIELD.path;
  if (!isObject(value)) {
    errors.push(`${path}: must be an object keyed by distribution id, got ${show(value)}`);
    return out;
  }
  for (const id of Object.keys(value)) {
    if (FORBIDDEN_KEYS.includes(id)) continue;
    const idPath = childPath(path, id);
    if (!(DISTRIBUTION_IDS as readonly string[]).includes(id)) {
      errors.push(`${idPath}: unknown distribution id`);
      continue;
    }
    const triangle = parseTriangle(own(value, id), idPath, errors);
    // `id` is one of DISTRIBUTION_IDS, never a key of the input's choosing.
    if (triangle) out[id] = triangle;
  }
  return out;
}

function parseTriangle(value: unknown, path: string, errors: string[]): TriangularSeconds | undefined {
  if (!isObject(value)) {
    errors.push(`${path}: must be an object with min, mode and max in seconds, got ${show(value)}`);
    return undefined;
  }
  const before = errors.length;
  for (const error of unknownKeyErrors(value, path, new Set(TRIANGLE))) errors.push(error);
  const numbers: number[] = [];
  for (const part of TRIANGLE) {
    const x = own(value, part);
    const reason =
      x === undefined ? 'missing; an override needs min, mode and max' : checkLeaf(OVERRIDES_FIELD.value, x);
    if (reason) errors.push(`${path}.${part}: ${reason}`);
    else numbers.push(x as number);
  }
  const [min, mode, max] = numbers;
  if (errors.length > before || min === undefined || mode === undefined || max === undefined)
    return undefined;
  if (!(min <= mode && mode <= max)) {
    errors.push(`${path}: must have min ≤ mode ≤ max, got min ${min}, mode ${mode}, max ${max}`);
    return undefined;
  }
  return { min, mode, max };
}

/** A map of money ranges keyed by architecture id (quotes, one-off costs). */
function parseMoneyRanges(
  value: unknown,
  field: (typeof MONEY_RANGE_FIELDS)[number],
  errors: string[],
): Partial<Record<PatternId, MoneyRange>> {
  const out: Partial<Record<PatternId, MoneyRange>> = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    errors.push(`${field.path}: must be an object keyed by architecture id, got ${show(value)}`);
    return out;
  }
  for (const id of Object.keys(value)) {
    if (FORBIDDEN_KEYS.includes(id)) continue;
    const idPath = childPath(field.path, id);
    const pattern = PATTERN_IDS.find((p) => p === id);
    if (pattern === undefined) {
      errors.push(`${idPath}: unknown architecture id; use one of ${PATTERN_IDS.join(', ')}`);
      continue;
    }
    const range = parseMoneyRange(own(value, id), idPath, field.value, errors);
    // `pattern` is one of PATTERN_IDS, never a key of the input's choosing.
    if (range) out[pattern] = range;
  }
  return out;
}

function parseMoneyRange(
  value: unknown,
  path: string,
  spec: FieldSpec,
  errors: string[],
): MoneyRange | undefined {
  if (!isObject(value)) {
    errors.push(`${path}: must be an object with low, mostLikely and high, got ${show(value)}`);
    return undefined;
  }
  const before = errors.length;
  for (const error of unknownKeyErrors(value, path, new Set(MONEY_PARTS))) errors.push(error);
  const numbers: number[] = [];
  for (const part of MONEY_PARTS) {
    const x = own(value, part);
    const reason = x === undefined ? 'missing; a range needs low, mostLikely and high' : checkLeaf(spec, x);
    if (reason) errors.push(`${path}.${part}: ${reason}`);
    else numbers.push(x as number);
  }
  const [low, mostLikely, high] = numbers;
  if (errors.length > before || low === undefined || mostLikely === undefined || high === undefined) {
    return undefined;
  }
  if (!(low <= mostLikely && mostLikely <= high)) {
    errors.push(`${path}: must have low ≤ mostLikely ≤ high, got ${low}, ${mostLikely}, ${high}`);
    return undefined;
  }
  return { low, mostLikely, high };
}

/** Every `__proto__`, `constructor` or `prototype` key, at any depth (iterative: no stack overflow). */
function forbiddenKeyErrors(root: Obj): string[] {
  const errors: string[] = [];
  const seen = new Set<object>();
  const queue: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  for (let head = 0; head < queue.length && seen.size < MAX_SCANNED; head++) {
    const item = queue[head];
    if (!item || typeof item.value !== 'object' || item.value === null || seen.has(item.value)) continue;
    seen.add(item.value);
    if (Array.isArray(item.value)) {
      const items: unknown[] = item.value;
      for (let k = 0; k < items.length && queue.length < MAX_SCANNED; k++) {
        queue.push({ value: items[k], path: `${item.path}[${k}]` });
      }
      continue;
    }
    const obj = item.value as Obj;
    for (const key of Object.keys(obj)) {
      const path = childPath(item.path, key);
      if (FORBIDDEN_KEYS.includes(key)) {
        errors.push(`${path}: forbidden key; __proto__, constructor and prototype are never field names`);
      } else if (queue.length < MAX_SCANNED) {
        queue.push({ value: own(obj, key), path });
      }
    }
  }
  return errors;
}

/** "operations.frobnicate: unknown field" for each own key outside `known` (forbidden keys are reported apart). */
function unknownKeyErrors(obj: Obj, parent: string, known: ReadonlySet<string>): string[] {
  return Object.keys(obj)
    .filter((key) => !known.has(key) && !FORBIDDEN_KEYS.includes(key))
    .map((key) => `${childPath(parent, key)}: unknown field`);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `parent.key`, or `parent["odd key"]` when the key is not a plain name (distribution ids have dots). */
function childPath(parent: string, key: string): string {
  if (IDENTIFIER.test(key)) return parent === '' ? key : `${parent}.${key}`;
  const shown = key.length > 60 ? `${key.slice(0, 60)}…` : key;
  return `${parent}[${JSON.stringify(shown)}]`;
}

function leafKey(spec: FieldSpec): string {
  return spec.path.slice(spec.path.lastIndexOf('.') + 1);
}

/** The value at a dotted path of the input, own properties only; undefined where any step is missing. */
function valueAt(input: Obj, path: string): unknown {
  let value: unknown = input;
  for (const key of path.split('.')) {
    if (!isObject(value)) return undefined;
    value = own(value, key);
  }
  return value;
}

function leafValue(input: Obj, spec: FieldSpec): unknown {
  return valueAt(input, spec.path);
}

/** Write an accepted value; the keys come from the field table, never from the input. */
function setLeaf(out: Scenario, spec: FieldSpec, value: unknown): void {
  const keys = spec.path.split('.');
  const last = keys.pop() ?? '';
  let target = out as unknown as Obj;
  for (const key of keys) target = target[key] as Obj;
  target[last] = value;
}

function errorText(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unknown error';
  }
}
