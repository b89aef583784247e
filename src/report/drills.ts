/**
 * What the simulation expects a drill of each failure scope to show, for an architecture: the outage and
 * the data lost at the 95th percentile of that scope's own simulated incidents. The validation plan and
 * the acceptance criteria read it from here.
 */
import type { PatternResult, ScopeId } from '../../models/types';

export interface DrillExpectation {
  /** Outage at the 95th percentile, seconds. */
  outageP95: number;
  /** Data lost at the 95th percentile, seconds of writes. */
  lossP95: number;
  /** Which incidents the figures come from, in words ("zone incidents"). */
  basis: string;
  /** Whether any incident of the scope was simulated (a scope with no failure rate has none). */
  simulated: boolean;
}

const SCOPE_WORDS: Record<ScopeId, string> = {
  node: 'node crashes',
  storage: 'storage losses',
  network: 'network partitions',
  zone: 'zone outages',
  region: 'regional disasters',
};

export function scopeExpectation(pattern: PatternResult, scope: ScopeId): DrillExpectation {
  const own = pattern.perScope[scope];
  return {
    outageP95: own.outageSeconds.p95,
    lossP95: own.lostSeconds.p95,
    basis: `simulated ${SCOPE_WORDS[scope]}`,
    simulated: own.incidentsPerYear > 0,
  };
}
