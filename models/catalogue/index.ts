import type { BenchmarkSet, BenchmarkSetId, TechnologyPreset, TechnologySlot, TrafficLayer } from '../types';
import { BENCHMARK_SETS } from './sets';
import { TECHNOLOGIES } from './technologies';
import { TRAFFIC_LAYERS } from './traffic';

export { FIGURES, figureById } from './figures';
export { TECHNOLOGIES, SOURCED_TECHNOLOGY_IDS, ARTICLE_TECHNOLOGY_IDS } from './technologies';
export { TRAFFIC_LAYERS } from './traffic';
export { BENCHMARK_SETS } from './sets';
export { figureUrls } from './sourceUrls';

export type { TechnologySlot };

const TECHNOLOGY_BY_ID = new Map(TECHNOLOGIES.map((t) => [t.id, t]));
const TRAFFIC_BY_ID = new Map(TRAFFIC_LAYERS.map((t) => [t.id, t]));

export function technology(id: string): TechnologyPreset | undefined {
  return TECHNOLOGY_BY_ID.get(id);
}

export function trafficLayer(id: string): TrafficLayer | undefined {
  return TRAFFIC_BY_ID.get(id);
}

export function benchmarkSet(id: BenchmarkSetId): BenchmarkSet {
  return BENCHMARK_SETS[id];
}

/** The scenario field (and architecture) a preset fills. */
export function slotOf(preset: TechnologyPreset): TechnologySlot {
  return preset.slot;
}

/** The presets of a benchmark set that fit a slot, in catalogue order. */
export function technologiesFor(set: BenchmarkSetId, slot: TechnologySlot): TechnologyPreset[] {
  return BENCHMARK_SETS[set].technologies
    .map((id) => TECHNOLOGY_BY_ID.get(id))
    .filter((t): t is TechnologyPreset => t !== undefined && slotOf(t) === slot);
}
