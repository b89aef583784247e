/**
 * The two updates of a calibration, in closed form (methodology: "Calibration from drills").
 *
 * The chance that automation falls to people: Beta–Binomial. The prior is a Beta centred on the model's
 * chance with the weight of MANUAL_PRIOR_WEIGHT drills, Beta(w·p₀, w·(1 − p₀)); k manual outcomes in n
 * drills make it Beta(w·p₀ + k, w·(1 − p₀) + n − k), whose mean (w·p₀ + k)/(w + n) the engine uses.
 *
 * The time of an automated failover's phase: lognormal, a conjugate normal update of its log-mean with the
 * log-spread σ held. The prior log-mean μ₀ counts as OUTAGE_PRIOR_WEIGHT measurements, so n measured values
 * xᵢ make it μₙ = (w·μ₀ + Σ ln xᵢ)/(w + n), and the phase is drawn from the lognormal (μₙ, σ).
 */
import type { Dist, Scenario } from '../types';
import { exp, log } from '../random/exp';
import { betaMean, betaQuantile } from './beta';
import { Z95 } from './lognormalFit';

/** Drills the prior of the manual-path probability weighs as. */
export const MANUAL_PRIOR_WEIGHT = 10;
/** Drills the prior log-mean of a failover phase weighs as. */
export const OUTAGE_PRIOR_WEIGHT = 5;
/** Standard normal quantile at 1 − 10⁻⁶: a calibrated lognormal is capped at its one-in-a-million value. */
export const CAP_Z = 4.753424308822899;

/** Mean, median and 95th percentile of an updated figure (seconds, or a fraction for a probability). */
export interface FigureSummary {
  mean: number;
  p50: number;
  p95: number;
}

/**
 * The chance that automation falls to people t years after the last drill:
 * p(t) = a + (u − a)(1 − e^(−t/τ)), a right after a drill, u untested, τ the drift time constant.
 */
export function manualPathAt(assumptions: Scenario['assumptions'], years: number): number {
  const a = assumptions.manualPathAfterDrill;
  const u = assumptions.manualPathUntested;
  return a + (u - a) * (1 - exp(-years / assumptions.driftYears));
}

export interface BetaShape {
  alpha: number;
  beta: number;
}

/** The prior Beta centred on `priorMean` with the weight of MANUAL_PRIOR_WEIGHT drills. */
export function manualPrior(priorMean: number): BetaShape {
  return { alpha: MANUAL_PRIOR_WEIGHT * priorMean, beta: MANUAL_PRIOR_WEIGHT * (1 - priorMean) };
}

/** The posterior Beta after `manual` of `drills` drills fell to people. */
export function manualPosterior(prior: BetaShape, manual: number, drills: number): BetaShape {
  return { alpha: prior.alpha + manual, beta: prior.beta + drills - manual };
}

export function betaSummary({ alpha, beta }: BetaShape): FigureSummary {
  return {
    mean: betaMean(alpha, beta),
    p50: betaQuantile(0.5, alpha, beta),
    p95: betaQuantile(0.95, alpha, beta),
  };
}

/** μₙ = (w·μ₀ + Σ ln xᵢ)/(w + n) for positive measurements xᵢ (seconds). */
export function logMeanPosterior(mu0: number, measured: readonly number[]): number {
  const logs = measured.reduce((sum, x) => sum + log(x), 0);
  return (OUTAGE_PRIOR_WEIGHT * mu0 + logs) / (OUTAGE_PRIOR_WEIGHT + measured.length);
}

/**
 * The distribution the engine draws a calibrated phase from: the lognormal of log-mean μ and log-spread σ,
 * capped at its one-in-a-million value; a fixed value when σ is 0.
 */
export function calibratedDist(mu: number, sigma: number): Dist {
  if (!(sigma > 0)) return { kind: 'fixed', value: exp(mu) };
  return {
    kind: 'lognormal',
    median: exp(mu),
    p95: exp(mu + Z95 * sigma),
    max: exp(mu + CAP_Z * sigma),
  };
}
