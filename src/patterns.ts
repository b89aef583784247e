import type { BenchmarkSetId, PatternId } from '../models/types';

/** How the app names each pattern. */
export const PATTERN_LABELS: Record<PatternId, string> = {
  'single-node': 'Single node (baseline)',
  'active-passive-async': 'Active-passive, async replication',
  'active-passive-sync': 'Active-passive, sync replication',
  'active-active': 'Multi-region active-active',
};

export function patternLabel(id: PatternId, fallback?: string): string {
  return PATTERN_LABELS[id] ?? fallback ?? id;
}

export const BENCHMARK_SET_LABELS: Record<BenchmarkSetId, string> = {
  article: "The article's figures",
  sourced: 'Sourced catalogue',
};
