import type { PatternId } from './types';

/** The name of each architecture, defined once: the app, the command line and the PDF all use it. */
export const PATTERN_NAMES: Readonly<Record<PatternId, string>> = {
  'single-node': 'Single node (baseline)',
  'active-passive-async': 'Active-passive, async replication',
  'active-passive-sync': 'Active-passive, sync replication',
  'active-passive-dr': 'In-region HA plus a cross-region standby',
  'active-active': 'Multi-region active-active',
};

export function patternName(id: PatternId): string {
  return PATTERN_NAMES[id];
}
