/**
 * What a bad year costs, in plain words: the downtime and data-loss cost that one year in twenty (P95) and
 * one year in a hundred (P99) exceed, for the recommended architecture and for staying on a single node.
 * The PDF's first page and the board deck take these sentences from here; when the decision work gives the
 * tail its own sentences, they replace this one function.
 */
import { patternName } from '../../models/patterns';
import type { Scenario, SimulationResult } from '../../models/types';
import { formatMoney } from '../format';
import { baselineOf, recommendedOf } from './horizonCosts';

export function badYearSentences(result: SimulationResult, scenario: Scenario): string[] {
  const m = (x: number) => formatMoney(x, scenario.currency);
  const rec = recommendedOf(result);
  const base = baselineOf(result);
  const out = [
    `With ${rec.id === 'single-node' ? 'a single node' : patternName(rec.id)}, downtime and lost data cost more than ${m(rec.annualLoss.p95)} in one year in twenty and more than ${m(rec.annualLoss.p99)} in one year in a hundred (expected ${m(rec.annualLoss.mean)} a year).`,
  ];
  if (rec.id !== 'single-node') {
    out.push(
      `Staying on a single node: more than ${m(base.annualLoss.p95)} in one year in twenty and more than ${m(base.annualLoss.p99)} in one year in a hundred (expected ${m(base.annualLoss.mean)} a year).`,
    );
  }
  if (rec.annualLoss.p95 < rec.annualLoss.mean) {
    out.push(
      `The expected loss is above the one-in-twenty year because most of it comes from years rarer and costlier than one in twenty, such as a year with a regional outage: the average includes them, the one-in-twenty figure does not.`,
    );
  }
  return out;
}
