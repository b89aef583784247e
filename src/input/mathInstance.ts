/**
 * The planner's mathjs instance: the `unit` function and the Unit type it needs, nothing else. There is no
 * expression parser (`evaluate`, `parse`), and the members that would let code extend or reconfigure the
 * instance (`import`, `create`, `factory`, `Unit.createUnit` and friends) are removed. Typed text never
 * reaches it as a string either: the parser maps each unit word to a known unit name first.
 *
 * This module is loaded on demand (unitMath.ts), so that mathjs is not part of the first page load.
 */
import { create, unitDependencies } from 'mathjs';
import type { TimeUnit } from './unitMath';

// The typings declare every dependency map as possibly undefined; this one is always there.
if (!unitDependencies) throw new Error('mathjs: unitDependencies is missing');
const instance = create({ unitDependencies }, { number: 'number' });

// create() always attaches these; a unit converter has no use for them.
const members = instance as unknown as Record<string, unknown>;
for (const name of ['import', 'create', 'factory']) delete members[name];
const unitClass = instance.Unit as unknown as Record<string, unknown>;
for (const name of ['createUnit', 'createUnitSingle', 'deleteUnit', 'setUnitSystem']) delete unitClass[name];

/** The restricted instance, exported so that tests can check what it exposes. */
export const restrictedMath: Readonly<Record<string, unknown>> = members;

/** `value` in unit `from`, expressed in unit `to`. */
export function convert(value: number, from: TimeUnit, to: TimeUnit): number {
  return instance.unit(value, from).toNumber(to);
}
