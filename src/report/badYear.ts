/**
 * What a bad year costs, in plain words, for the first page and the board deck: the recommended
 * architecture's tail (a typical year, one in twenty, one in a hundred, and why the expectation can exceed
 * the one-in-twenty year), then staying on a single node. The rest of the tail (incidents over the target,
 * a year beyond the risk tolerance) is in the section on deciding under uncertainty: page 1 must fit.
 */
import type { Scenario, SimulationResult } from '../../models/types';
import { formatMoney } from '../format';
import { tailWords } from './decision';
import { baselineOf, recommendedOf } from './horizonCosts';

export function badYearSentences(result: SimulationResult, scenario: Scenario): string[] {
  const m = (x: number) => formatMoney(x, scenario.currency);
  const rec = recommendedOf(result);
  const base = baselineOf(result);
  const w = tailWords(rec, scenario);
  const out = [w.typical, ...(w.expectation ? [w.expectation] : [])];
  if (rec.id !== 'single-node') {
    out.push(
      `Staying on a single node: more than ${m(base.annualLoss.p95)} in one year in twenty and more than ${m(base.annualLoss.p99)} in one year in a hundred (expected ${m(base.annualLoss.mean)} a year).`,
    );
  }
  return out;
}
