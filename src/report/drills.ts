/**
 * What the simulation expects a drill of each failure scope to show, for an architecture: the outage and
 * the data lost at the targets' confidence level. The validation plan and the acceptance criteria read it
 * from here. The result gives percentiles for ordinary incidents (node, storage, network and zone
 * together) and for regional ones; when it carries figures of each scope, this function is where they go.
 */
import type { PatternResult, ScopeId } from '../../models/types';

export interface DrillExpectation {
  /** Outage at the 95th percentile, seconds. */
  outageP95: number;
  /** Data lost at the 95th percentile, seconds of writes. */
  lossP95: number;
  /** Which incidents the figures come from. */
  basis: 'ordinary incidents' | 'regional incidents';
}

export function scopeExpectation(pattern: PatternResult, scope: ScopeId): DrillExpectation {
  if (scope === 'region') {
    return {
      outageP95: pattern.regionRtoSeconds.p95,
      lossP95: pattern.regionRpoSeconds.p95,
      basis: 'regional incidents',
    };
  }
  return {
    outageP95: pattern.incidentRtoSeconds.p95,
    lossP95: pattern.incidentRpoSeconds.p95,
    basis: 'ordinary incidents',
  };
}
