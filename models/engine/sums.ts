import type { PatternId, PhaseId, ScopeId } from '../types';
import { PATTERN_IDS, PHASE_IDS, SCOPE_IDS } from '../types';

/**
 * What the simulation adds up, per architecture and failure scope, and the one decoder that reads it.
 *
 * Inside the kernel the sums of a block are a flat Float64Array (STRIDE numbers per architecture), which
 * crosses a worker boundary cheaply; everything outside reads them through `readTotals`, by name.
 */

/** Sums of one architecture's incidents of one scope. */
export interface ScopeTotals {
  /** Incidents simulated. */
  incidents: number;
  /** Σ outage, seconds. */
  outageSeconds: number;
  /** Σ outage², seconds². */
  outageSquares: number;
  /** Σ committed writes lost, seconds of data. */
  lostSeconds: number;
  /** Σ lost², (seconds of data)². */
  lostSquares: number;
  /** Σ outage × lost, the cross term of the money's variance. */
  outageTimesLost: number;
  /** Incidents whose outage met the scope's RTO target. */
  rtoMet: number;
  /** Incidents whose data loss met the scope's RPO target. */
  rpoMet: number;
  /** Incidents that had an automated path. */
  automated: number;
  /** … of which automation fell to people. */
  manual: number;
  /** Incidents that ended because the failure itself ended (the region returned) before recovery. */
  returned: number;
}

export interface PatternTotals {
  id: PatternId;
  scopes: Record<ScopeId, ScopeTotals>;
  /** Σ seconds each phase took, over the ordinary incidents (not regional ones). */
  phaseSeconds: Record<PhaseId, number>;
}

// The flat layout: per architecture, the phase sums, then SCOPE_FIELDS numbers per scope.
export const PHASE_SUMS = 0;
const SCOPES_AT = PHASE_IDS.length;
export const INCIDENTS = 0;
export const OUTAGE = 1;
export const OUTAGE_SQUARES = 2;
export const LOST = 3;
export const LOST_SQUARES = 4;
export const OUTAGE_LOST = 5;
export const RTO_MET = 6;
export const RPO_MET = 7;
export const AUTOMATED = 8;
export const MANUAL_PATH = 9;
export const RETURNED = 10;
const SCOPE_FIELDS = 11;
/** Numbers per architecture in a block's sums. */
export const STRIDE = SCOPES_AT + SCOPE_FIELDS * SCOPE_IDS.length;

/** Where scope s's sums of an architecture start, relative to the architecture's first number. */
export function scopeOffset(scope: number): number {
  return SCOPES_AT + scope * SCOPE_FIELDS;
}

/**
 * The named totals of a run: every block's sums added up in block order (the fixed order is what makes
 * results reproducible to the last bit), then read field by field.
 */
export function readTotals(blockSums: Float64Array, blocks: number): PatternTotals[] {
  const perBlock = PATTERN_IDS.length * STRIDE;
  return PATTERN_IDS.map((id, p) => {
    const t = new Float64Array(STRIDE);
    for (let b = 0; b < blocks; b++) {
      const o = b * perBlock + p * STRIDE;
      for (let k = 0; k < STRIDE; k++) t[k] = t[k]! + blockSums[o + k]!;
    }
    const scopes = Object.fromEntries(
      SCOPE_IDS.map((scope, s) => {
        const o = scopeOffset(s);
        const totals: ScopeTotals = {
          incidents: t[o + INCIDENTS]!,
          outageSeconds: t[o + OUTAGE]!,
          outageSquares: t[o + OUTAGE_SQUARES]!,
          lostSeconds: t[o + LOST]!,
          lostSquares: t[o + LOST_SQUARES]!,
          outageTimesLost: t[o + OUTAGE_LOST]!,
          rtoMet: t[o + RTO_MET]!,
          rpoMet: t[o + RPO_MET]!,
          automated: t[o + AUTOMATED]!,
          manual: t[o + MANUAL_PATH]!,
          returned: t[o + RETURNED]!,
        };
        return [scope, totals];
      }),
    ) as Record<ScopeId, ScopeTotals>;
    const phaseSeconds = Object.fromEntries(
      PHASE_IDS.map((phase, i) => [phase, t[PHASE_SUMS + i]!]),
    ) as Record<PhaseId, number>;
    return { id, scopes, phaseSeconds };
  });
}

/** A scope's totals with nothing in them. */
export function emptyScopeTotals(): ScopeTotals {
  return {
    incidents: 0,
    outageSeconds: 0,
    outageSquares: 0,
    lostSeconds: 0,
    lostSquares: 0,
    outageTimesLost: 0,
    rtoMet: 0,
    rpoMet: 0,
    automated: 0,
    manual: 0,
    returned: 0,
  };
}

/** Totals with nothing in them, to add incidents to one by one (the reference engine). */
export function emptyTotals(): PatternTotals[] {
  return PATTERN_IDS.map((id) => ({
    id,
    scopes: Object.fromEntries(SCOPE_IDS.map((scope) => [scope, emptyScopeTotals()])) as Record<
      ScopeId,
      ScopeTotals
    >,
    phaseSeconds: Object.fromEntries(PHASE_IDS.map((phase) => [phase, 0])) as Record<PhaseId, number>,
  }));
}
