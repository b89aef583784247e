import { DEFAULT_SCENARIO } from '../models/scenario/defaults';
import type { Scenario } from '../models/types';

export type Json = Record<string, unknown>;

/** A fresh copy of the default scenario as plain JSON, with one dotted path set (to anything at all). */
export function withField(path: string, value: unknown): Json {
  const doc = JSON.parse(JSON.stringify(DEFAULT_SCENARIO)) as Json;
  const keys = path.split('.');
  let target = doc;
  for (const key of keys.slice(0, -1)) target = target[key] as Json;
  target[keys[keys.length - 1]!] = value;
  return doc;
}

/** A deep copy of the default scenario with some parts replaced (one level deep per group). */
export function scenarioWith(patch: {
  [K in keyof Scenario]?: Scenario[K] extends object ? Partial<Scenario[K]> : Scenario[K];
}): Scenario {
  const base = structuredClone(DEFAULT_SCENARIO) as Scenario;
  const out = base as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] =
      typeof value === 'object' && value !== null && typeof current === 'object' && current !== null
        ? { ...(current as object), ...value }
        : value;
  }
  return base;
}

/** Assumptions under which automation never falls to people. */
export const NO_MANUAL_PATH = { manualPathAfterDrill: 0, manualPathUntested: 0, syncDegradedProbability: 0 };
