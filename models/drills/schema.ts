/**
 * The JSON Schema of a scenario's drill log, from the column table (part of public/scenario.schema.json).
 * Rules the schema cannot state are the validator's: a date that exists, a technology of the drilled
 * architecture, phases that add up to no more than the outage.
 */
import { TECHNOLOGIES } from '../catalogue/index';
import { DRILL_OUTCOMES, PATTERN_IDS, SCOPE_IDS } from '../types';
import { DATE_TIME } from './dates';
import { DRILL_COLUMNS, MAX_DRILL_SECONDS, MAX_DRILLS, MAX_NOTE_CHARS, type DrillColumn } from './fields';

type Schema = Record<string, unknown>;

const DATE_SCHEMA: Schema = { type: 'string', pattern: DATE_TIME.source };

function columnSchema(column: DrillColumn): Schema {
  const text = { title: column.label, description: column.unit ? `${column.help} Unit: s.` : column.help };
  switch (column.kind) {
    case 'date':
      return { ...text, ...DATE_SCHEMA };
    case 'scope':
      return { ...text, type: 'string', enum: [...SCOPE_IDS] };
    case 'architecture':
      return { ...text, type: 'string', enum: [...PATTERN_IDS] };
    case 'outcome':
      return { ...text, type: 'string', enum: [...DRILL_OUTCOMES] };
    case 'technology':
      return { ...text, type: 'string', enum: TECHNOLOGIES.map((t) => t.id) };
    case 'seconds':
      return { ...text, type: 'number', minimum: 0, maximum: MAX_DRILL_SECONDS };
    case 'text':
      return { ...text, type: 'string', maxLength: MAX_NOTE_CHARS };
  }
}

export function drillSchema(): Schema {
  return {
    title: 'Drill',
    description: 'One measured failover drill; durations in seconds.',
    type: 'object',
    additionalProperties: false,
    required: DRILL_COLUMNS.filter((c) => c.required).map((c) => c.key),
    properties: Object.fromEntries(DRILL_COLUMNS.map((c) => [c.key, columnSchema(c)])),
  };
}

export function drillLogSchema(): Schema {
  return {
    title: 'Drill log',
    description:
      'Failovers the team has drilled and measured; they recalibrate the manual-path probability and the ' +
      'automated failover times of the architectures drilled.',
    type: 'object',
    additionalProperties: false,
    properties: {
      asOf: {
        title: 'As of',
        description:
          'Date the calibration is made as of: the time since the last drill is counted to it. Absent: the latest drill’s date.',
        ...DATE_SCHEMA,
      },
      drills: {
        title: 'Drills',
        type: 'array',
        maxItems: MAX_DRILLS,
        items: { $ref: '#/$defs/drill' },
        default: [],
      },
    },
    default: { drills: [] },
  };
}
