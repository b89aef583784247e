/**
 * The analyses that follow a run: what the recommendation hinges on (sensitivity) and which operational
 * changes would close a missed target (remedies). Both rerun the scenario many times, so they use at most
 * ANALYSIS_TRIALS trials per rerun, with the scenario's seed.
 */
import { checkRemedies, remedyActions, type RemedyCheck, type Target } from './remedies';
import {
  analyseDrivers,
  sensitivityDrivers,
  sensitivityReport,
  type DriverResult,
  type Sensitivity,
} from './sensitivity';
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

/** An architecture and a target it missed. */
export interface Miss {
  pattern: PatternId;
  target: Target;
}

/**
 * A share of the analyses, as one thread runs it: some sensitivity drivers (by input), or the remedies of
 * some misses. The app spreads the drivers over its workers; the command line runs everything at once.
 */
export type AnalysisTask = { kind: 'drivers'; inputs: string[] } | { kind: 'remedies'; misses: Miss[] };

export type AnalysisValue =
  | { kind: 'drivers'; base: Omit<Sensitivity, 'drivers'>; drivers: DriverResult[] }
  | { kind: 'remedies'; checks: RemedyCheck[] };

/** How many steps a task reports progress over (drivers, or reruns). */
export function taskSize(scenario: Scenario, task: AnalysisTask): number {
  return task.kind === 'drivers' ? task.inputs.length : remedyActions(scenario).length;
}

/**
 * One task, a step at a time (yields the steps done, returns its value), on the analysis scenario's
 * trials. The caller passes the scenario itself; the trials are capped here.
 */
export function* taskSteps(scenario: Scenario, task: AnalysisTask): Generator<number, AnalysisValue, void> {
  const s = analysisScenario(scenario);
  if (task.kind === 'drivers') {
    const value = yield* analyseDrivers(s, task.inputs);
    return { kind: 'drivers', ...value };
  }
  return { kind: 'remedies', checks: yield* checkRemedies(s, task.misses) };
}

/**
 * The app's split of the analyses over `workers` threads: the rerun drivers dealt out in turn (priced
 * ones, nearly free, to the first), and the remedies as a task of their own when anything is missed.
 */
export function analysisTasks(scenario: Scenario, result: SimulationResult, workers: number): AnalysisTask[] {
  const n = Math.max(1, workers);
  const groups: string[][] = Array.from({ length: n }, () => []);
  let next = 0;
  for (const d of sensitivityDrivers(analysisScenario(scenario))) {
    if (d.reprice) groups[0]!.push(d.input);
    else groups[next++ % n]!.push(d.input);
  }
  const tasks: AnalysisTask[] = groups
    .filter((inputs, i) => i === 0 || inputs.length > 0)
    .map((inputs) => ({ kind: 'drivers', inputs }));
  const misses = missesOf(result, scenario.targets.confidence);
  if (misses.length > 0) tasks.push({ kind: 'remedies', misses });
  return tasks;
}

/** The tasks' values as one analysis. */
export function joinAnalysis(values: readonly AnalysisValue[]): Analysis {
  let base: Omit<Sensitivity, 'drivers'> | undefined;
  const drivers: DriverResult[] = [];
  const remedies: RemedyCheck[] = [];
  for (const v of values) {
    if (v.kind === 'drivers') {
      // Each task ran the base again (the same simulation): count it once, as one thread would.
      base = base ? { ...base, reruns: base.reruns + v.base.reruns - 1 } : v.base;
      drivers.push(...v.drivers);
    } else remedies.push(...v.checks);
  }
  return { remedies, ...(base ? { sensitivity: sensitivityReport(base, drivers) } : {}) };
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
