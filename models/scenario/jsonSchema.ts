/**
 * The JSON Schema (draft 2020-12) of a scenario file, generated from the field table so that editors,
 * other tools and the validator agree on every bound. Written to public/scenario.schema.json by
 * `npm run schema`.
 *
 * Fields with a default are optional (the validator fills them); only schemaVersion is required.
 * Rules the schema cannot state are left to the validator: min ≤ mode ≤ max in an override, and catalogue
 * ids that must belong to the chosen benchmark set and fit their pattern slot.
 */
import { DISTRIBUTION_IDS } from '../engine/distributionIds';
import { drillLogSchema, drillSchema } from '../drills/schema';
import { provenanceSchema } from './provenance';
import { TECHNOLOGIES, TRAFFIC_LAYERS, slotOf } from '../catalogue/index';
import { DEFAULT_SCENARIO } from './defaults';
import { PATTERN_IDS } from '../types';
import {
  MONEY_RANGE_FIELDS,
  MONEY_RANGE_PARTS,
  OVERRIDES_FIELD,
  SCENARIO_FIELDS,
  SCENARIO_GROUPS,
  type CatalogueRef,
  type FieldSpec,
} from './fields';

export const SCENARIO_SCHEMA_ID = 'https://ha-planner.app/scenario.schema.json';

type Schema = Record<string, unknown>;

export function scenarioJsonSchema(): Schema {
  const properties: Record<string, Schema> = {};
  /** The properties object of the group at `path` (creating the groups on the way). */
  const groupAt = (path: string[]): Record<string, Schema> => {
    let props = properties;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      const group = (props[key] ??= groupSchema(path.slice(0, i + 1).join('.')));
      props = group.properties as Record<string, Schema>;
    }
    return props;
  };
  for (const spec of SCENARIO_FIELDS) {
    const keys = spec.path.split('.');
    const leaf = keys.pop() ?? '';
    groupAt(keys)[leaf] = leafSchema(spec);
  }
  for (const field of MONEY_RANGE_FIELDS) {
    const keys = field.path.split('.');
    const leaf = keys.pop() ?? '';
    groupAt(keys)[leaf] = {
      title: field.label,
      description: `${field.help} Keys are architecture ids.`,
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        PATTERN_IDS.map((id) => [
          id,
          { $ref: `#/$defs/${leaf === 'quotes' ? 'monthlyRange' : 'oneOffRange'}` },
        ]),
      ),
      default: {},
    };
  }
  properties[OVERRIDES_FIELD.path] = {
    title: OVERRIDES_FIELD.label,
    description: `${OVERRIDES_FIELD.help} Keys are distribution ids; values in seconds.`,
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(DISTRIBUTION_IDS.map((id) => [id, { $ref: '#/$defs/triangularSeconds' }])),
    default: {},
  };
  properties['drillLog'] = drillLogSchema();
  properties['provenance'] = provenanceSchema();
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCENARIO_SCHEMA_ID,
    title: 'HA Planner scenario',
    description:
      'Inputs of one HA Planner simulation. Missing fields take their defaults. Money is in the scenario currency, ' +
      'durations in seconds, probabilities are fractions in [0, 1].',
    $comment:
      'Also checked by the app, beyond this schema: min <= mode <= max in each override and low <= mostLikely ' +
      "<= high in each money range; a regional outage's p95Hours >= medianHours; with a witness region the " +
      'replication factor is at least 2; technology ids exist in the catalogue, belong to the chosen benchmark ' +
      'set and fit their pattern slot; in a drill, a date that exists, a technology of the drilled architecture ' +
      'and phases that add up to no more than the outage. Files of schemaVersion 1 to 3 are read by the app ' +
      'and brought up to date.',
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion'],
    properties,
    $defs: {
      triangularSeconds: triangleSchema(),
      monthlyRange: moneyRangeSchema(MONEY_RANGE_FIELDS[0]),
      oneOffRange: moneyRangeSchema(MONEY_RANGE_FIELDS[1]),
      drill: drillSchema(),
    },
  };
}

/** The schema as the file public/scenario.schema.json holds it: 2-space JSON and a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

function groupSchema(path: string): Schema {
  const group = SCENARIO_GROUPS.find((g) => g.path === path);
  return {
    ...(group ? { title: group.label, description: group.help } : {}),
    type: 'object',
    additionalProperties: false,
    properties: {},
  };
}

function leafSchema(spec: FieldSpec): Schema {
  const schema: Schema = { title: spec.label, description: describe(spec), type: jsonType(spec) };
  if (spec.values) schema.enum = [...spec.values];
  if (spec.ref) schema.enum = catalogueIds(spec.ref);
  if (spec.min !== undefined) schema.minimum = spec.min;
  // Zero (where allowed), or at least the smallest positive value: nothing in between.
  if (spec.smallest !== undefined) {
    if (spec.zeroAllowed) schema.anyOf = [{ const: 0 }, { minimum: spec.smallest }];
    else schema.minimum = spec.smallest;
  }
  if (spec.exclusiveMin !== undefined) schema.exclusiveMinimum = spec.exclusiveMin;
  if (spec.max !== undefined) schema.maximum = spec.max;
  if (spec.exclusiveMax !== undefined) schema.exclusiveMaximum = spec.exclusiveMax;
  if (spec.minLength !== undefined) schema.minLength = spec.minLength;
  if (spec.maxLength !== undefined) schema.maxLength = spec.maxLength;
  if (spec.pattern !== undefined) schema.pattern = spec.pattern;
  const fallback = defaultOf(spec.path);
  if (fallback !== undefined) schema.default = fallback;
  return schema;
}

function moneyRangeSchema(field: (typeof MONEY_RANGE_FIELDS)[number]): Schema {
  const part = ({ label, help }: { label: string; help: string }): Schema => ({
    ...leafSchema(field.value),
    title: label,
    description: `${help} Unit: ${field.value.unit}.`,
  });
  const p = MONEY_RANGE_PARTS;
  return {
    title: 'Money range',
    description: 'Least, most likely and greatest amount; low <= mostLikely <= high.',
    type: 'object',
    additionalProperties: false,
    required: ['low', 'mostLikely', 'high'],
    properties: { low: part(p.low), mostLikely: part(p.mostLikely), high: part(p.high) },
  };
}

function triangleSchema(): Schema {
  const part = ({ label, help }: { label: string; help: string }): Schema => ({
    ...leafSchema(OVERRIDES_FIELD.value),
    title: label,
    description: `${help} Unit: s.`,
  });
  const { parts } = OVERRIDES_FIELD;
  return {
    title: 'Triangular distribution',
    description: 'Least, most likely and greatest value in seconds; min <= mode <= max.',
    type: 'object',
    additionalProperties: false,
    required: ['min', 'mode', 'max'],
    properties: { min: part(parts.min), mode: part(parts.mode), max: part(parts.max) },
  };
}

/**
 * Every catalogue id that can fill `ref`, whatever the benchmark set, so that editors can offer them.
 * Whether the id belongs to the chosen set is left to the validator.
 */
function catalogueIds(ref: CatalogueRef): string[] {
  if (ref === 'trafficLayer') return TRAFFIC_LAYERS.map((t) => t.id);
  return TECHNOLOGIES.filter((t) => slotOf(t) === ref).map((t) => t.id);
}

function jsonType(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'integer':
      return 'integer';
    case 'number':
    case 'fraction':
      return 'number';
    case 'string':
      return 'string';
    case 'enum':
      return spec.values?.every((v) => typeof v === 'number') ? 'integer' : 'string';
    case 'boolean':
      return 'boolean';
  }
}

function describe(spec: FieldSpec): string {
  if (spec.ref === 'trafficLayer') return `${spec.help} A catalogue id.`;
  if (spec.ref) return `${spec.help} A catalogue id from the chosen benchmark set.`;
  if (spec.unit === '' || spec.unit === 'text' || spec.kind === 'boolean') return spec.help;
  return `${spec.help} Unit: ${spec.unit}.`;
}

function defaultOf(path: string): unknown {
  if (path === 'schemaVersion') return undefined;
  let value: unknown = DEFAULT_SCENARIO;
  for (const key of path.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}
