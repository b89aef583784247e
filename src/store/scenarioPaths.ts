/**
 * Reading and replacing one field of a scenario by its dotted path, without mutating anything, and the
 * paths of distribution overrides as the validator names them (`overrides["traffic.extra"].min`).
 */
import { DISTRIBUTION_IDS, type DistributionId } from '../../models/engine';
import { SCENARIO_FIELDS, type FieldSpec } from '../../models/scenario/fields';
import type { Dist, Scenario, TriangularSeconds } from '../../models/types';

export type TrianglePart = keyof TriangularSeconds;
export const TRIANGLE_PARTS: readonly TrianglePart[] = ['min', 'mode', 'max'];

const FIELDS = new Map(SCENARIO_FIELDS.map((spec) => [spec.path, spec]));

/** The field table's row for a leaf path, e.g. "targets.rtoSeconds". */
export function fieldSpec(path: string): FieldSpec | undefined {
  return FIELDS.get(path);
}

/** The value at a leaf path of the field table; undefined for any other path. */
export function valueAt(scenario: Scenario, path: string): unknown {
  if (!FIELDS.has(path)) return undefined;
  let value: unknown = scenario;
  for (const key of path.split('.')) value = (value as Record<string, unknown>)[key];
  return value;
}

/** A copy of `scenario` with the leaf at `path` replaced; only the objects on the path are new. */
export function withValue(scenario: Scenario, path: string, value: unknown): Scenario {
  if (!FIELDS.has(path)) throw new Error(`${path}: not a field of the scenario`);
  const replace = (node: Record<string, unknown>, keys: string[]): Record<string, unknown> => {
    const [key = '', ...rest] = keys;
    return {
      ...node,
      [key]: rest.length === 0 ? value : replace(node[key] as Record<string, unknown>, rest),
    };
  };
  return replace(scenario as unknown as Record<string, unknown>, path.split('.')) as unknown as Scenario;
}

/** `overrides["traffic.extra"]`, or `overrides["traffic.extra"].min` with a part: the validator's names. */
export function overridePath(id: DistributionId, part?: TrianglePart): string {
  const row = `overrides[${JSON.stringify(id)}]`;
  return part === undefined ? row : `${row}.${part}`;
}

/** The distribution and part an override path names, or null. */
export function parseOverridePath(path: string): { id: DistributionId; part: TrianglePart } | null {
  const m = /^overrides\["([^"]+)"\]\.(min|mode|max)$/.exec(path);
  if (!m) return null;
  const id = DISTRIBUTION_IDS.find((known) => known === m[1]);
  return id === undefined ? null : { id, part: m[2] as TrianglePart };
}

/**
 * The validator's message for `paths` (the first that has one), without the path and with a capital:
 * "targets.rtoSeconds: must be a positive number of seconds, got 0" → "Must be a positive number …".
 */
export function messageFor(errors: readonly string[], paths: readonly string[]): string | undefined {
  for (const path of paths) {
    const prefix = `${path}: `;
    const found = errors.find((error) => error.startsWith(prefix));
    if (found !== undefined) return capitalize(found.slice(prefix.length));
  }
  return undefined;
}

export function capitalize(text: string): string {
  return text.length === 0 ? text : `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

/**
 * Least, most likely and greatest value of a distribution, as a starting point for an override: exact for
 * fixed, uniform and triangular ones; for a lognormal its 5th percentile, median and 95th percentile; for a
 * mixture the least and greatest of its parts and the most likely value of its heaviest part.
 */
export function suggestedTriangle(dist: Dist): TriangularSeconds {
  switch (dist.kind) {
    case 'fixed':
      return { min: dist.value, mode: dist.value, max: dist.value };
    case 'uniform':
      return { min: dist.min, mode: (dist.min + dist.max) / 2, max: dist.max };
    case 'triangular':
      return { min: dist.min, mode: dist.mode, max: dist.max };
    case 'lognormal': {
      const p95 = Math.min(dist.p95, dist.max);
      return { min: round((dist.median * dist.median) / dist.p95), mode: dist.median, max: p95 };
    }
    case 'mixture': {
      const parts = dist.parts.map((part) => ({ weight: part.weight, t: suggestedTriangle(part.dist) }));
      const heaviest = parts.reduce(
        (a, b) => (b.weight > a.weight ? b : a),
        parts[0] ?? { weight: 0, t: zero },
      );
      return {
        min: Math.min(...parts.map((p) => p.t.min)),
        mode: heaviest.t.mode,
        max: Math.max(...parts.map((p) => p.t.max)),
      };
    }
  }
}

const zero: TriangularSeconds = { min: 0, mode: 0, max: 0 };

/** Three significant digits are plenty for a suggestion in seconds. */
function round(value: number): number {
  return Number(value.toPrecision(3));
}
