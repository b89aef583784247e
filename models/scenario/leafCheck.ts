/**
 * The check of one leaf value against its row of the field table, as the reason of an error message
 * ("must be a positive number of seconds, got -5"), or null when the value is accepted.
 * Catalogue ids are checked elsewhere (catalogueCheck.ts): here a technology id is only a string.
 */
import type { FieldSpec } from './fields';

/** A value as an error message quotes it: numbers as JavaScript prints them, strings quoted and cut short. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const chars = [...value];
    return JSON.stringify(chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : value);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'undefined')
    return String(value);
  return `a ${typeof value}`;
}

/** Number of characters as JSON Schema counts them: Unicode code points, not UTF-16 units. */
export function codePointLength(text: string): number {
  return [...text].length;
}

export function checkLeaf(spec: FieldSpec, value: unknown): string | null {
  switch (spec.kind) {
    case 'fraction':
      return checkFraction(spec, value);
    case 'number':
    case 'integer':
      return checkNumber(spec, value);
    case 'string':
      return checkString(spec, value);
    case 'enum':
      return checkEnum(spec, value);
    case 'boolean':
      return typeof value === 'boolean' ? null : `must be true or false, got ${show(value)}`;
  }
}

/** "10000000 seconds", "1 second", "1000 trials"; bare when the field has no unit words. */
function withUnit(bound: number, spec: FieldSpec): string {
  if (!spec.unitWords) return String(bound);
  return `${bound} ${bound === 1 ? spec.unitWords.replace(/s\b/, '') : spec.unitWords}`;
}

function checkNumber(spec: FieldSpec, value: unknown): string | null {
  const got = `, got ${show(value)}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `${spec.kind === 'integer' ? 'must be a whole number' : 'must be a finite number'}${got}`;
  }
  if (spec.kind === 'integer' && !Number.isInteger(value)) return `must be a whole number${got}`;
  const noun = spec.noun ?? 'number';
  if (spec.exclusiveMin !== undefined && value <= spec.exclusiveMin) {
    return spec.exclusiveMin === 0
      ? `must be a positive ${noun}${got}`
      : `must be more than ${withUnit(spec.exclusiveMin, spec)}${got}`;
  }
  if (spec.min !== undefined && value < spec.min) {
    return spec.min === 0
      ? `must be a non-negative ${noun}${got}`
      : `must be at least ${withUnit(spec.min, spec)}${got}`;
  }
  if (spec.smallest !== undefined && value > 0 && value < spec.smallest) {
    const least = withUnit(spec.smallest, spec);
    return spec.zeroAllowed ? `must be 0 or at least ${least}${got}` : `must be at least ${least}${got}`;
  }
  if (spec.exclusiveMax !== undefined && value >= spec.exclusiveMax) {
    return `must be less than ${withUnit(spec.exclusiveMax, spec)}${got}`;
  }
  if (spec.max !== undefined && value > spec.max) return `must be at most ${withUnit(spec.max, spec)}${got}`;
  return null;
}

/** A fraction is the likeliest place for a percentage typed by habit, so the message shows the fix. */
function checkFraction(spec: FieldSpec, value: unknown): string | null {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (spec.exclusiveMin === undefined || value > spec.exclusiveMin) &&
    (spec.min === undefined || value >= spec.min) &&
    (spec.exclusiveMax === undefined || value < spec.exclusiveMax) &&
    (spec.max === undefined || value <= spec.max);
  if (ok) return null;
  const got = `, got ${show(value)}`;
  if (typeof value === 'number' && value > 1 && value <= 100) {
    const asFraction = Number((value / 100).toPrecision(12));
    return `must be a fraction between 0 and 1 (write ${asFraction} for ${value}%)${got}`;
  }
  if (value === 0 || value === 1) return `must be a fraction above 0 and below 1${got}`;
  return `must be a fraction between 0 and 1${got}`;
}

function checkString(spec: FieldSpec, value: unknown): string | null {
  const got = `, got ${show(value)}`;
  if (typeof value !== 'string') return `must be text${got}`;
  const length = codePointLength(value);
  if (spec.minLength !== undefined && length < spec.minLength) {
    return spec.minLength === 1
      ? `must not be empty${got}`
      : `must be at least ${spec.minLength} characters${got}`;
  }
  if (spec.maxLength !== undefined && length > spec.maxLength) {
    return `must be at most ${spec.maxLength} characters, got ${length} characters`;
  }
  if (spec.pattern !== undefined && !new RegExp(spec.pattern, 'u').test(value)) {
    return `${spec.patternHint ?? `must match ${spec.pattern}`}${got}`;
  }
  if (spec.values !== undefined && !spec.values.includes(value)) {
    return `${show(value)} ${spec.valuesHint ?? 'is not one of the values this field takes'}`;
  }
  return null;
}

function checkEnum(spec: FieldSpec, value: unknown): string | null {
  const values = spec.values ?? [];
  if (values.some((v) => v === value)) return null;
  const allowed = values.map((v) => JSON.stringify(v));
  return `must be ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`}, got ${show(value)}`;
}
