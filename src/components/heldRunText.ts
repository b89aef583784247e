/**
 * The words for a run that waits for a click because it would be slow (models/workEstimate.ts), and for
 * results left on screen from earlier inputs: one wording for the open scenario's runs (RunStatus,
 * StaleNotice) and for the comparison's (CompareView, InputDifferences).
 */
import type { WorkEstimate } from '../../models/workEstimate';
import { formatCount, formatDuration, formatNumber } from '../format';

/** "about 25 min on this machine (5,000,000 trials × 5,000 incidents a year)". */
export function describeEstimate(estimate: WorkEstimate): string {
  return (
    `about ${formatDuration(estimate.seconds)} on this machine ` +
    `(${formatCount(estimate.trials)} trials × ${formatNumber(estimate.incidentsPerYear)} incidents a year)`
  );
}

/**
 * "Not run yet: this shared scenario takes about 25 min on this machine (…). Press “Run full simulation”
 * to run it." `took` is what describeEstimate says, or a total of several runs.
 */
export function notRunYetText(subject: string, took: string, button: string, several = false): string {
  return `Not run yet: ${subject} takes ${took}. Press “${button}” to run ${several ? 'them' : 'it'}.`;
}

/** Why results on screen are not those of the inputs on screen. */
export type EarlierReason =
  | { kind: 'running' }
  | { kind: 'held'; estimate: WorkEstimate }
  | { kind: 'cancelled' }
  | { kind: 'failed' }
  | { kind: 'unknown' };

/** "Results are for earlier inputs: the current inputs have not been simulated (about 25 min on this machine)". */
export function earlierInputsText(reason: EarlierReason): string {
  const lead = 'Results are for earlier inputs';
  switch (reason.kind) {
    case 'running':
      return `${lead}: the current inputs are being simulated`;
    case 'held':
      return `${lead}: the current inputs have not been simulated (about ${formatDuration(reason.estimate.seconds)} on this machine)`;
    case 'cancelled':
      return `${lead}: the run of the current inputs was cancelled`;
    case 'failed':
      return `${lead}: the run of the current inputs failed`;
    case 'unknown':
      return lead;
  }
}
