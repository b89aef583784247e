import { poisson, sample } from '../random/distributions';
import { streamFor } from '../random/xoshiro';
import type { Scenario } from '../types';
import { PATTERN_IDS, SCOPE_IDS } from '../types';
import { binOf, HISTOGRAM_BINS } from './histogram';
import { buildPlan, LOSS_BACKUP, LOSS_LAG, LOSS_SYNC, MAX_STEPS, type LossPlan, type Plan } from './plan';

/**
 * The Monte Carlo kernel. One trial is one simulated year in which the same incidents strike all four
 * patterns (common random numbers: differences between patterns are not blurred by different luck).
 *
 * Trials are grouped in blocks of BLOCK_TRIALS, each with its own random stream. A block is never split,
 * and its sums are kept apart and added in block order at the end, so the same seed gives the same
 * numbers, to the last bit, whatever the number of workers or the chunk size.
 */
export const BLOCK_TRIALS = 4096;

/** Uniforms each incident draws for each pattern: MAX_STEPS path steps, the manual branch, loss, degradation. */
export const UNIFORMS_PER_INCIDENT = MAX_STEPS + 3;

// Per-block, per-pattern sums (layout of one stride).
export const S_N_ORD = 0; // ordinary incidents
export const S_N_REG = 1; // regional incidents
export const S_RTO_ORD = 2; // Σ outage seconds, ordinary
export const S_RTO_REG = 3;
export const S_RPO_ORD = 4; // Σ seconds of data lost, ordinary
export const S_RPO_REG = 5;
export const S_RTO_ORD_OK = 6; // incidents meeting the target
export const S_RPO_ORD_OK = 7;
export const S_RTO_REG_OK = 8;
export const S_RPO_REG_OK = 9;
export const S_COVERED = 10; // incidents with an automated path
export const S_MANUAL = 11; // … that fell to people
export const S_PHASE = 12; // six phase sums (seconds), PHASE_IDS order
/**
 * Per-scope sums, SCOPE_SUMS per scope: incidents, Σ outage seconds, Σ seconds lost, Σ loss, Σ loss².
 * They give the expected annual figures by the compound-Poisson identity E[annual] = Σ rate × E[per incident],
 * which removes the noise of the incident counts from the means (see summarize).
 */
export const S_SCOPE = 18;
export const SCOPE_SUMS = 5;
export const STRIDE = S_SCOPE + SCOPE_SUMS * SCOPE_IDS.length;

// Histograms per pattern.
export const H_RTO_ORD = 0;
export const H_RPO_ORD = 1;
export const H_RTO_REG = 2;
export const H_RPO_REG = 3;
export const H_DOWNTIME = 4; // annual downtime minutes
export const H_LOSS = 5; // annual loss (currency)
export const HISTOGRAMS = 6;

const PATTERNS = PATTERN_IDS.length;
const SCOPES = SCOPE_IDS.length;

/** What a run of some blocks produced: numbers and typed arrays only, so it crosses a worker boundary. */
export interface PartialRun {
  seed: number;
  trials: number;
  /** Block indices covered, ascending. */
  blocks: number[];
  /** STRIDE × patterns sums per block, in `blocks` order. */
  blockSums: Float64Array;
  /** HISTOGRAMS × patterns histograms of HISTOGRAM_BINS counts. */
  histograms: Float64Array;
  /** Uniform draws made (for the benchmark's random-number floor). */
  uniforms: number;
}

export function blockCount(trials: number): number {
  return Math.ceil(trials / BLOCK_TRIALS);
}

export function trialsInBlock(trials: number, block: number): number {
  return Math.max(0, Math.min(BLOCK_TRIALS, trials - block * BLOCK_TRIALS));
}

export function emptyHistograms(): Float64Array {
  return new Float64Array(PATTERNS * HISTOGRAMS * HISTOGRAM_BINS);
}

export function histogramOffset(pattern: number, histogram: number): number {
  return (pattern * HISTOGRAMS + histogram) * HISTOGRAM_BINS;
}

/** Run blocks [firstBlock, endBlock) of the scenario's trials. `onBlock` is told after each block. */
export function runBlocks(
  scenario: Scenario,
  firstBlock: number,
  endBlock: number,
  onBlock?: (done: number) => void,
): PartialRun {
  const plan = buildPlan(scenario);
  const trials = scenario.simulation.trials;
  const last = Math.min(endBlock, blockCount(trials));
  const blocks: number[] = [];
  for (let b = firstBlock; b < last; b++) blocks.push(b);
  const blockSums = new Float64Array(blocks.length * PATTERNS * STRIDE);
  const histograms = emptyHistograms();
  let uniforms = 0;
  blocks.forEach((block, i) => {
    uniforms += runBlock(
      plan,
      scenario.simulation.seed,
      block,
      trialsInBlock(trials, block),
      blockSums,
      i * PATTERNS * STRIDE,
      histograms,
    );
    onBlock?.(i + 1);
  });
  return { seed: scenario.simulation.seed, trials, blocks, blockSums, histograms, uniforms };
}

function lost(loss: LossPlan, uLoss: number, uDegraded: number): number {
  switch (loss.kind) {
    case LOSS_LAG:
      return sample(loss.lag!, uLoss);
    case LOSS_SYNC:
      return uDegraded < loss.pDegraded ? sample(loss.lag!, uLoss) : 0;
    case LOSS_BACKUP:
      return uLoss * loss.backupSeconds;
    default:
      return 0;
  }
}

/** a[i] += v, spelled so that strict index checks stay quiet in the hot loop. */
function add(a: Float64Array, i: number, v: number): void {
  a[i] = a[i]! + v;
}

/** Simulate one block; returns the number of uniforms drawn. */
function runBlock(
  plan: Plan,
  seed: number,
  block: number,
  n: number,
  sums: Float64Array,
  base: number,
  hist: Float64Array,
): number {
  const rng = streamFor(seed, block);
  const counts = new Int32Array(SCOPES);
  const downtime = new Float64Array(PATTERNS); // minutes this year
  const loss = new Float64Array(PATTERNS); // currency this year
  const c = plan.downtimeCostPerMinute;
  const d = plan.dataLossCostPerSecond;
  const bins = HISTOGRAM_BINS;
  const p0 = plan.rates.map((r) => Math.exp(-r));
  let draws = 0;

  for (let t = 0; t < n; t++) {
    for (let s = 0; s < SCOPES; s++) counts[s] = poisson(plan.rates[s]!, rng.next(), p0[s]);
    draws += SCOPES;
    downtime.fill(0);
    loss.fill(0);

    for (let s = 0; s < SCOPES; s++) {
      for (let k = counts[s]!; k > 0; k--) {
        for (let p = 0; p < PATTERNS; p++) {
          // Fixed draws per incident whatever the path, so streams stay aligned when parameters change.
          const uBranch = rng.next();
          const uLoss = rng.next();
          const uDegraded = rng.next();
          draws += UNIFORMS_PER_INCIDENT;
          const sp = plan.patterns[p]!.scopes[s]!;
          const o = base + p * STRIDE;
          const manual = sp.auto === null || uBranch < sp.pManual;
          const steps = manual ? sp.fallback : sp.auto!;
          let rto = 0;
          let i = 0;
          for (; i < steps.length; i++) {
            const st = steps[i]!;
            const v = sample(st.sampler, rng.next());
            rto += v;
            add(sums, o + S_PHASE + st.phase, v);
          }
          for (; i < MAX_STEPS; i++) rng.next();
          const rpo = lost(manual ? sp.fallbackLoss : sp.autoLoss, uLoss, uDegraded);
          if (sp.auto !== null) {
            add(sums, o + S_COVERED, 1);
            if (manual) add(sums, o + S_MANUAL, 1);
          }
          const h = histogramOffset(p, 0);
          if (sp.region) {
            add(sums, o + S_N_REG, 1);
            add(sums, o + S_RTO_REG, rto);
            add(sums, o + S_RPO_REG, rpo);
            if (rto <= plan.regionRtoSeconds) add(sums, o + S_RTO_REG_OK, 1);
            if (rpo <= plan.regionRpoSeconds) add(sums, o + S_RPO_REG_OK, 1);
            add(hist, h + H_RTO_REG * bins + binOf(rto), 1);
            add(hist, h + H_RPO_REG * bins + binOf(rpo), 1);
          } else {
            add(sums, o + S_N_ORD, 1);
            add(sums, o + S_RTO_ORD, rto);
            add(sums, o + S_RPO_ORD, rpo);
            if (rto <= plan.rtoSeconds) add(sums, o + S_RTO_ORD_OK, 1);
            if (rpo <= plan.rpoSeconds) add(sums, o + S_RPO_ORD_OK, 1);
            add(hist, h + H_RTO_ORD * bins + binOf(rto), 1);
            add(hist, h + H_RPO_ORD * bins + binOf(rpo), 1);
          }
          const money = (rto / 60) * c + rpo * d;
          const sc = o + S_SCOPE + s * SCOPE_SUMS;
          add(sums, sc, 1);
          add(sums, sc + 1, rto);
          add(sums, sc + 2, rpo);
          add(sums, sc + 3, money);
          add(sums, sc + 4, money * money);
          add(downtime, p, rto / 60);
          add(loss, p, money);
        }
      }
    }

    for (let p = 0; p < PATTERNS; p++) {
      const h = histogramOffset(p, 0);
      add(hist, h + H_DOWNTIME * bins + binOf(downtime[p]!), 1);
      add(hist, h + H_LOSS * bins + binOf(loss[p]!), 1);
    }
  }
  return draws;
}
