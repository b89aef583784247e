/**
 * Where the inputs of a scenario come from, so that a client's figures are never confused with a preset's
 * example or the planner's assumptions. A scenario records its origin (the preset it was opened from, the
 * planner's defaults of a new client session, or "file": written before provenance was recorded) and the
 * inputs typed or confirmed for the client; every other input has the origin's source:
 *
 *   client    typed (or confirmed) for this client
 *   preset    the value of the preset the scenario was opened from, an example
 *   assumed   the planner's default, an assumption to confirm
 *   file      not known: the scenario was saved before the planner recorded where inputs came from
 *
 * In a file: `"provenance": { "origin": { "kind": "preset", "preset": "payments-ledger", "name": "Payments
 * ledger" }, "client": ["business.downtimeCostPerMinute", …] }`. A current file without it is "file".
 */
import type { InputSource, Provenance, ProvenanceOrigin, Scenario } from '../types';
import { show } from './leafCheck';
import { SCENARIO_FIELDS } from './fields';

export const PROVENANCE_PATH = 'provenance';

/**
 * The inputs whose source is recorded: every field of the table but the format version, the scenario's
 * name and the simulation's settings (which describe the document and the run, not the client's
 * situation), and the maps of quotes, one-off costs, overrides and drills, each as a whole.
 */
export const PROVENANCE_PATHS: readonly string[] = [
  ...SCENARIO_FIELDS.map((f) => f.path).filter(
    (path) => path !== 'schemaVersion' && path !== 'name' && !path.startsWith('simulation.'),
  ),
  'costs.quotes',
  'costs.oneOff',
  'overrides',
  'drillLog',
];

const KNOWN = new Set(PROVENANCE_PATHS);
const ORDER = new Map(PROVENANCE_PATHS.map((path, i) => [path, i]));

/** The client's paths in the order of the field table, each once. */
export function inTableOrder(paths: Iterable<string>): string[] {
  return [...new Set(paths)]
    .filter((p) => KNOWN.has(p))
    .sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}

/** The preset id a file may name: the preset list's own rule for file names, without ".json". */
const PRESET_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const MAX_NAME = 120;

export const FILE_PROVENANCE: Provenance = { origin: { kind: 'file' }, client: [] };

export function presetProvenance(preset: string, name: string): Provenance {
  return { origin: { kind: 'preset', preset, name }, client: [] };
}

/** The provenance of a new client session: the planner's defaults, with the client's figures given. */
export function sessionProvenance(client: Iterable<string>): Provenance {
  return { origin: { kind: 'defaults' }, client: inTableOrder(client) };
}

/** The source of the input at `path` of a scenario (a path of PROVENANCE_PATHS). */
export function sourceOf(provenance: Provenance, path: string): InputSource {
  if (provenance.client.includes(path)) return 'client';
  switch (provenance.origin.kind) {
    case 'preset':
      return 'preset';
    case 'defaults':
      return 'assumed';
    case 'file':
      return 'file';
  }
}

/** `scenario`'s provenance with the inputs at `paths` marked as the client's (or unmarked, with false). */
export function markedClient(provenance: Provenance, paths: readonly string[], client = true): Provenance {
  const wanted = paths.filter((p) => KNOWN.has(p));
  if (wanted.length === 0) return provenance;
  const next = client
    ? inTableOrder([...provenance.client, ...wanted])
    : provenance.client.filter((p) => !wanted.includes(p));
  const same = next.length === provenance.client.length && next.every((p, i) => p === provenance.client[i]);
  return same ? provenance : { ...provenance, client: next };
}

/** The leaf or map at a provenance path, for comparing two scenarios input by input. */
export function provenanceValue(scenario: Scenario, path: string): unknown {
  let value: unknown = scenario;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

function parseOrigin(value: unknown, errors: string[]): ProvenanceOrigin {
  const path = `${PROVENANCE_PATH}.origin`;
  if (value === undefined) {
    errors.push(`${path}: missing; write {"kind": "file"} when it is not known`);
    return { kind: 'file' };
  }
  if (!isObject(value)) {
    errors.push(
      `${path}: must be an object with "kind" ("preset", "defaults" or "file"), got ${show(value)}`,
    );
    return { kind: 'file' };
  }
  const kind = own(value, 'kind');
  const allowed = kind === 'preset' ? ['kind', 'preset', 'name'] : ['kind'];
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) errors.push(`${path}.${key}: unknown field`);
  }
  if (kind === 'defaults' || kind === 'file') return { kind };
  if (kind !== 'preset') {
    errors.push(`${path}.kind: must be one of "preset", "defaults", "file", got ${show(kind)}`);
    return { kind: 'file' };
  }
  const preset = own(value, 'preset');
  const name = own(value, 'name');
  const before = errors.length;
  if (preset === undefined || name === undefined) {
    errors.push(`${path}: a preset origin names the preset's "preset" id and its "name"`);
    return { kind: 'file' };
  }
  if (typeof preset !== 'string' || !PRESET_ID.test(preset)) {
    errors.push(
      `${path}.preset: must be a preset's id (lower-case letters, digits and dashes), got ${show(preset)}`,
    );
  }
  if (typeof name !== 'string' || name.trim() === '' || [...name].length > MAX_NAME) {
    errors.push(`${path}.name: must be the preset's name, 1 to ${MAX_NAME} characters, got ${show(name)}`);
  }
  if (errors.length > before) return { kind: 'file' };
  return { kind: 'preset', preset: preset as string, name: name as string };
}

/**
 * The provenance `value` holds; a scenario without one is "file" (its sources are not known). Problems are
 * added to `errors`. Only known paths are ever kept.
 */
export function parseProvenance(value: unknown, errors: string[]): Provenance {
  const path = PROVENANCE_PATH;
  if (value === undefined) return { ...FILE_PROVENANCE, client: [] };
  if (!isObject(value)) {
    errors.push(`${path}: must be an object with "origin" and "client", got ${show(value)}`);
    return { ...FILE_PROVENANCE, client: [] };
  }
  for (const key of Object.keys(value)) {
    if (key !== 'origin' && key !== 'client') errors.push(`${path}.${key}: unknown field`);
  }
  const origin = parseOrigin(own(value, 'origin'), errors);
  const list = own(value, 'client');
  const client: string[] = [];
  if (list !== undefined && !Array.isArray(list)) {
    errors.push(`${path}.client: must be an array of input paths, got ${show(list)}`);
  } else if (Array.isArray(list)) {
    if (list.length > PROVENANCE_PATHS.length) {
      errors.push(`${path}.client: ${list.length} paths; a scenario has ${PROVENANCE_PATHS.length} inputs`);
    } else {
      list.forEach((item: unknown, i) => {
        if (typeof item === 'string' && client.includes(item)) {
          errors.push(`${path}.client[${i}]: ${show(item)} is listed twice`);
        } else if (typeof item === 'string' && KNOWN.has(item)) client.push(item);
        else errors.push(`${path}.client[${i}]: not an input of the scenario, got ${show(item)}`);
      });
    }
  }
  return { origin, client: inTableOrder(client) };
}

/** The JSON Schema of `provenance` (part of public/scenario.schema.json). */
export function provenanceSchema(): Record<string, unknown> {
  return {
    title: 'Provenance',
    description:
      'Where the inputs come from: the origin of the scenario (a preset, the planner’s defaults of a new client session, or "file" when not recorded), and the inputs typed or confirmed for the client. Absent: "file".',
    type: 'object',
    additionalProperties: false,
    required: ['origin'],
    properties: {
      origin: {
        oneOf: [
          {
            type: 'object',
            additionalProperties: false,
            required: ['kind', 'preset', 'name'],
            properties: {
              kind: { const: 'preset' },
              preset: { type: 'string', pattern: PRESET_ID.source },
              name: { type: 'string', minLength: 1, maxLength: MAX_NAME, pattern: '\\S' },
            },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['kind'],
            properties: { kind: { enum: ['defaults', 'file'] } },
          },
        ],
      },
      client: {
        type: 'array',
        uniqueItems: true,
        maxItems: PROVENANCE_PATHS.length,
        items: { enum: [...PROVENANCE_PATHS] },
      },
    },
  };
}
