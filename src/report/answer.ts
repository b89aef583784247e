/**
 * The answer a person looks for first: which architecture, whether it meets every target within budget,
 * what it costs a month and a year, and its RTO and RPO at the confidence level the targets are held at.
 * The card and the client view show these figures; they come from the result, never recomputed.
 */
import type { PatternResult, Scenario, SimulationResult, Stats } from '../../models/types';
import { patternLabel } from '../patterns';

/** One recovery target against the recommended architecture's outcome. */
export interface TargetFigure {
  /** The outage (RTO) or the writes lost (RPO) at the confidence level, seconds. */
  atConfidence: number;
  /** The target, seconds. */
  target: number;
  /** Share of ordinary incidents that meet the target (fraction). */
  share: number;
  /** Whether the share reaches the confidence level. */
  met: boolean;
}

export interface Answer {
  name: string;
  /** "recommended", or "closest" when no architecture meets every target within budget. */
  standing: 'recommended' | 'closest';
  feasible: boolean;
  /** Infrastructure a month: expected, and its range (currency per month). */
  monthly: { expected: number; low: number; high: number };
  withinBudget: boolean;
  /**
   * Expected cost per year over the horizon: infrastructure, the one-off cost spread over the years,
   * maintenance and expected losses (currency per year); the total the architectures are ranked by.
   */
  perYear: number;
  horizonYears: number;
  /** The confidence level of the targets (fraction), e.g. 0.95. */
  confidence: number;
  rto: TargetFigure;
  rpo: TargetFigure;
}

type Target = 'rto' | 'rpo';

/**
 * The outage or loss at the confidence level. The recommendation's findings carry it exactly when they
 * mention the target (every target of a feasible choice, the missed ones of the closest); otherwise the
 * percentile the result holds (P50, P95, P99), or, at another level, the first point of the distribution
 * curve that reaches it (the upper edge of its histogram bin: never an understatement).
 */
export function atConfidence(
  result: SimulationResult,
  pattern: PatternResult,
  target: Target,
  confidence: number,
): number {
  if (pattern.id === result.recommendation.pattern) {
    for (const f of result.recommendation.findings) {
      if (target === 'rto' && f.kind === 'meets-rto') return f.atConfidence;
      if (target === 'rpo' && f.kind === 'meets-rpo') return f.atConfidence;
      if (f.kind === 'misses-target' && f.target === target) return f.atConfidence;
    }
  }
  const stats: Stats = target === 'rto' ? pattern.incidentRtoSeconds : pattern.incidentRpoSeconds;
  if (confidence === 0.5) return stats.p50;
  if (confidence === 0.95) return stats.p95;
  if (confidence === 0.99) return stats.p99;
  const curve = target === 'rto' ? pattern.curves.rto : pattern.curves.rpo;
  return curve.find((point) => point.p >= confidence)?.x ?? stats.p99;
}

export function answerOf(result: SimulationResult, scenario: Scenario): Answer {
  const rec = result.recommendation;
  const pattern = result.patterns.find((p) => p.id === rec.pattern);
  if (!pattern) throw new Error('The result has no recommended pattern.');
  const confidence = scenario.targets.confidence;
  const figure = (target: Target): TargetFigure => {
    const share = target === 'rto' ? pattern.meetsTargets.rto : pattern.meetsTargets.rpo;
    return {
      atConfidence: atConfidence(result, pattern, target, confidence),
      target: target === 'rto' ? scenario.targets.rtoSeconds : scenario.targets.rpoSeconds,
      share,
      met: share >= confidence,
    };
  };
  return {
    name: patternLabel(pattern.id, pattern.name),
    standing: rec.feasible ? 'recommended' : 'closest',
    feasible: rec.feasible,
    monthly: {
      expected: pattern.monthlyInfraCost.expected,
      low: pattern.monthlyInfraCost.low,
      high: pattern.monthlyInfraCost.high,
    },
    withinBudget: pattern.withinBudget,
    perYear: pattern.horizonTotalCost.mean / result.horizonYears,
    horizonYears: result.horizonYears,
    confidence,
    rto: figure('rto'),
    rpo: figure('rpo'),
  };
}
