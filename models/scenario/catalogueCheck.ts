/**
 * Checks of the `technology` ids against the catalogue: a database id must exist, belong to the chosen
 * benchmark set and fit its pattern slot; a traffic layer id must exist. The JSON Schema lists the ids
 * that fit each slot, but cannot tie them to the scenario's `benchmarkSet`.
 */
import type { BenchmarkSetId } from '../types';
import {
  TRAFFIC_LAYERS,
  benchmarkSet,
  slotOf,
  technologiesFor,
  technology,
  trafficLayer,
} from '../catalogue/index';
import type { CatalogueRef } from './fields';

type Slot = Exclude<CatalogueRef, 'trafficLayer'>;

const SLOT_NAMES: Record<Slot, string> = {
  activePassiveAsync: 'active-passive async',
  activePassiveSync: 'active-passive sync',
  activePassiveDr: 'in-region HA plus cross-region standby',
  activeActive: 'active-active',
};

/**
 * The reason `id` cannot fill `ref`, or null when it can. `set` is the scenario's benchmark set, or
 * undefined when that field is itself invalid (then set membership is not judged).
 */
export function checkCatalogueId(
  ref: CatalogueRef,
  id: string,
  set: BenchmarkSetId | undefined,
): string | null {
  if (ref === 'trafficLayer') {
    if (trafficLayer(id)) return null;
    return `unknown traffic layer ${JSON.stringify(id)}; choose one of: ${TRAFFIC_LAYERS.map((t) => t.id).join(', ')}`;
  }
  const choices = set === undefined ? [] : technologiesFor(set, ref).map((t) => t.id);
  const hint = choices.length > 0 ? `; choose one of: ${choices.join(', ')}` : '';
  const preset = technology(id);
  if (!preset) return `unknown technology ${JSON.stringify(id)}${hint}`;
  if (set !== undefined && !benchmarkSet(set).technologies.includes(id)) {
    return `${JSON.stringify(id)} is not in the ${set} benchmark set${hint}`;
  }
  const slot = slotOf(preset);
  if (slot !== ref) {
    return `${JSON.stringify(id)} is an ${SLOT_NAMES[slot]} technology and cannot fill the ${SLOT_NAMES[ref]} slot${hint}`;
  }
  return null;
}
