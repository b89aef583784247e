import { calibrate, type Calibration } from '../../models/calibration/calibrate';
import type { Scenario } from '../../models/types';

const memo = new WeakMap<Scenario, Calibration>();
/** The last calibration computed, for the copy of its scenario a preview runs with fewer trials. */
let last: { scenario: Scenario; calibration: Calibration } | null = null;

/** The same scenario but for the number of trials, which no calibration reads. */
function sameButTrials(a: Scenario, b: Scenario): boolean {
  const keys = Object.keys(a) as (keyof Scenario)[];
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => k === 'simulation' || a[k] === b[k]) &&
    a.simulation.seed === b.simulation.seed
  );
}

/**
 * The calibration of a scenario from its drill log, computed once per scenario: the run, its preview and
 * the drill-log panel read the same one.
 */
export function calibrationOf(scenario: Scenario): Calibration {
  let calibration = memo.get(scenario);
  if (calibration) return calibration;
  if (last && sameButTrials(last.scenario, scenario)) {
    const figures = last.calibration.scenario.calibrated;
    calibration = {
      ...last.calibration,
      scenario: figures ? { ...scenario, calibrated: figures } : scenario,
    };
  } else {
    calibration = calibrate(scenario);
    last = { scenario, calibration };
  }
  memo.set(scenario, calibration);
  return calibration;
}
