/**
 * The analyses that follow a run: what the recommendation hinges on (sensitivity) and which operational
 * changes would close a missed target (remedies). Both rerun the scenario many times, so they use at most
 * ANALYSIS_TRIALS trials per rerun, with the scenario's seed.
 */
import { checkRemedies, type RemedyCheck, type Target } from './remedies';
import { analyseDrivers, sensitivityReport, type Sensitivity } from './sensitivity';
import type { PatternId, Scenario, SimulationResult } from '../types';

/** Trials per rerun: the live preview's, enough for a stable decision in tens of milliseconds. */
export const ANALYSIS_TRIALS = 20_000;

/** What the analyses add to a result: remedies always, the sensitivity when asked for. */
export interface Analysis {
  /** Every remedy tried, met or not; a remedy is offered only where `meets` is true. */
  remedies: RemedyCheck[];
  sensitivity?: Sensitivity;
}

/** The scenario the analyses rerun: at most ANALYSIS_TRIALS trials, the same seed. */
export function analysisScenario(scenario: Scenario): Scenario {
  const trials = Math.min(scenario.simulation.trials, ANALYSIS_TRIALS);
  return { ...scenario, simulation: { ...scenario.simulation, trials } };
}

const TARGETS: readonly Target[] = ['rto', 'rpo', 'regionRto', 'regionRpo'];

/** Each architecture's targets missed at the confidence level in a result. */
export function missesOf(
  result: SimulationResult,
  confidence: number,
): { pattern: PatternId; target: Target }[] {
  return result.patterns.flatMap((p) =>
    TARGETS.filter((t) => p.meetsTargets[t] < confidence).map((target) => ({ pattern: p.id, target })),
  );
}

/** Drain a generator of steps to its value. */
function finish<T>(steps: Generator<number, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** What the recommendation hinges on, on this thread (the command line). */
export function sensitivityOf(scenario: Scenario): Sensitivity {
  const drivers = finish(analyseDrivers(analysisScenario(scenario)));
  return sensitivityReport(drivers.base, drivers.drivers);
}

/** Every remedy for the targets the result misses, tried on this thread (the command line). */
export function remediesFor(scenario: Scenario, result: SimulationResult): RemedyCheck[] {
  return finish(checkRemedies(analysisScenario(scenario), missesOf(result, scenario.targets.confidence)));
}
