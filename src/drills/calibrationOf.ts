import { calibrate, type Calibration } from '../../models/calibration/calibrate';
import type { Scenario } from '../../models/types';

const memo = new WeakMap<Scenario, Calibration>();

/**
 * The calibration of a scenario from its drill log, computed once per scenario object: the run and the
 * drill-log panel read the same one.
 */
export function calibrationOf(scenario: Scenario): Calibration {
  let calibration = memo.get(scenario);
  if (!calibration) {
    calibration = calibrate(scenario);
    memo.set(scenario, calibration);
  }
  return calibration;
}
