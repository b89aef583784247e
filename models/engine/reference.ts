/**
 * The reference engine: the documented model, one incident at a time, with no tricks. It is slow and
 * meant to be read; the kernel (runBlocks.ts) is tested against it and must give the same numbers from the
 * same uniforms. Change the model here (and in docs/model.md) first.
 *
 * Random numbers follow the documented streams exactly (models/random/xoshiro.ts `streamFor`): for block b,
 * lane s (one per scope) draws each trial's count of incidents of that scope, one uniform per trial; lane
 * S·(1 + p) + s (architecture p, scope s) draws, incident after incident in trial order, the `stride`
 * uniforms of each incident's layout (plan.ts `UniformLayout`).
 */
import { poisson, sample } from '../random/distributions';
import { streamFor, type Xoshiro128 } from '../random/xoshiro';
import type { Scenario, SimulationResult } from '../types';
import { PATTERN_IDS, PHASE_IDS, SCOPE_IDS } from '../types';
import { binOf } from './histogram';
import { buildPlan, type ScopePlan, type Step } from './plan';
import {
  blockCount,
  emptyHistograms,
  H_DOWNTIME,
  H_LOSS,
  H_RPO,
  H_RTO,
  histogramOffset,
  trialsInBlock,
} from './runBlocks';
import { emptyTotals, type PatternTotals } from './sums';
import { summarizeTotals } from './summarize';

/** What one incident did to one architecture. */
export interface IncidentOutcome {
  /** Seconds of outage. */
  outage: number;
  /** Seconds of committed writes lost. */
  lost: number;
  /** Whether it had an automated path, and whether that fell to people. */
  automated: boolean;
  manual: boolean;
  /** Whether it ended because the region returned before the recovery did. */
  returned: boolean;
  /** Seconds spent in each phase (PHASE_IDS order) on the path taken. */
  phases: number[];
}

/** Play one incident out from its uniforms `u` (the layout's `stride` of them). */
export function playIncident(sp: ScopePlan, u: readonly number[]): IncidentOutcome {
  const { layout } = sp;
  const manual = sp.auto !== null && u[layout.branch]! < sp.pManual;
  const path: Step[] = sp.auto !== null && !manual ? sp.auto : sp.fallback;
  const phases = PHASE_IDS.map(() => 0);
  let outage = 0;
  path.forEach((step, i) => {
    const seconds = sample(step.sampler, u[i]!);
    outage += seconds;
    phases[step.phase] = phases[step.phase]! + seconds;
  });

  // A regional outage ends on its own, perhaps before the recovery does.
  let returned = false;
  if (sp.race !== null) {
    const lasts = sample(sp.race, u[layout.race]!);
    returned = lasts < outage;
    outage = Math.min(lasts, outage);
  }

  // Data lost: only by a recovery that did happen, and only for the share of incidents that lose any.
  let lost = 0;
  const { sampler, share, byBranch } = sp.loss;
  if (sampler !== null && !returned) {
    const chooser = byBranch ? layout.branch : layout.share;
    const loses = chooser < 0 ? true : u[chooser]! < share;
    if (loses) lost = sample(sampler, u[layout.loss]!);
  }
  return { outage, lost, automated: sp.auto !== null, manual, returned, phases };
}

/** Minutes in a second, multiplied rather than divided by 60, as the kernel does (same last bit). */
const MINUTES_PER_SECOND = 1 / 60;

function draw(rng: Xoshiro128, count: number): number[] {
  return Array.from({ length: count }, () => rng.next());
}

/** Simulate every trial of the scenario, one incident at a time. */
export function simulateReference(scenario: Scenario): SimulationResult {
  const { totals, histograms } = referenceRun(scenario);
  return summarizeTotals(scenario, totals, histograms);
}

/** The named totals and histograms of a whole run, as the kernel's decoded run gives them. */
export function referenceRun(scenario: Scenario): { totals: PatternTotals[]; histograms: Float64Array } {
  const plan = buildPlan(scenario);
  const { trials, seed } = scenario.simulation;
  const totals = emptyTotals();
  const histograms = emptyHistograms();
  const count = (pattern: number, histogram: number, value: number) => {
    const i = histogramOffset(pattern, histogram) + binOf(value);
    histograms[i] = histograms[i]! + 1;
  };
  const scopes = SCOPE_IDS.length;

  for (let block = 0; block < blockCount(trials); block++) {
    const n = trialsInBlock(trials, block);
    // Per architecture and trial: minutes of downtime and seconds of data lost in the year.
    const downtime = PATTERN_IDS.map(() => new Array<number>(n).fill(0));
    const lostSeconds = PATTERN_IDS.map(() => new Array<number>(n).fill(0));

    SCOPE_IDS.forEach((scope, s) => {
      const years = draw(streamFor(seed, block, s), n);
      const lanes = PATTERN_IDS.map((_, p) => streamFor(seed, block, scopes * (1 + p) + s));
      for (let trial = 0; trial < n; trial++) {
        const incidents = poisson(plan.rates[s]!, years[trial]!);
        for (let k = 0; k < incidents; k++) {
          PATTERN_IDS.forEach((_, p) => {
            const sp = plan.patterns[p]!.scopes[s]!;
            const o = playIncident(sp, draw(lanes[p]!, sp.layout.stride));
            const t = totals[p]!.scopes[scope];
            t.incidents += 1;
            t.outageSeconds += o.outage;
            t.outageSquares += o.outage * o.outage;
            t.lostSeconds += o.lost;
            t.lostSquares += o.lost * o.lost;
            t.outageTimesLost += o.outage * o.lost;
            t.rtoMet += +(o.outage <= sp.rtoTarget);
            t.rpoMet += +(o.lost <= sp.rpoTarget);
            t.automated += +o.automated;
            t.manual += +o.manual;
            t.returned += +o.returned;
            if (!sp.region) {
              PHASE_IDS.forEach((phase, i) => (totals[p]!.phaseSeconds[phase] += o.phases[i]!));
            }
            count(p, H_RTO + s, o.outage);
            count(p, H_RPO + s, o.lost);
            downtime[p]![trial] = downtime[p]![trial]! + o.outage * MINUTES_PER_SECOND;
            lostSeconds[p]![trial] = lostSeconds[p]![trial]! + o.lost;
          });
        }
      }
    });

    // Each year's downtime and loss (the downtime's cost plus the data lost's).
    PATTERN_IDS.forEach((_, p) => {
      for (let trial = 0; trial < n; trial++) {
        const minutes = downtime[p]![trial]!;
        count(p, H_DOWNTIME, minutes);
        count(
          p,
          H_LOSS,
          minutes * plan.downtimeCostPerMinute + lostSeconds[p]![trial]! * plan.dataLossCostPerSecond,
        );
      }
    });
  }
  return { totals, histograms };
}
