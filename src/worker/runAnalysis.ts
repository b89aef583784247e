/**
 * The main-thread side of the analyses that follow a run (what the recommendation hinges on, and remedies
 * checked by rerunning): the work is split into tasks (analysisTasks), each run whole on one worker of the
 * page's pool, side by side; without workers the same tasks run here in slices. The numbers are the same
 * either way: every rerun uses the scenario's seed.
 */
import {
  analysisTasks,
  joinAnalysis,
  taskSteps,
  type Analysis,
  type AnalysisValue,
} from '../../models/engine/analysis';
import type { Scenario, SimulationResult } from '../../models/types';
import { calibrationOf } from '../drills/calibrationOf';
import { stepCooperatively } from './cooperativeRun';
import { defaultWorkerCount, workerPool, type RunOptions } from './runSimulation';
import { abortError } from './workerPool';

const MAIN_THREAD_SLICE_MS = 30;

export type Analyser = (
  scenario: Scenario,
  result: SimulationResult,
  options: RunOptions,
) => Promise<Analysis>;

export const runAnalysis: Analyser = async (given, result, options = {}) => {
  // The reruns move inputs of the model the result came from: the one the drill log recalibrated.
  const scenario = calibrationOf(given).scenario;
  const { signal, onProgress } = options;
  if (signal?.aborted) throw abortError();
  const workers = options.workers ?? defaultWorkerCount();
  const pool = options.pool ?? (workers > 0 && typeof Worker !== 'undefined' ? workerPool() : null);
  const tasks = analysisTasks(scenario, result, Math.max(1, workers));
  const done = tasks.map(() => 0);
  const report = (i: number) => (fraction: number) => {
    done[i] = fraction;
    onProgress?.(done.reduce((a, b) => a + b, 0) / tasks.length);
  };
  const values = await Promise.all(
    tasks.map(async (task, i): Promise<AnalysisValue> => {
      const opts = { ...(signal ? { signal } : {}), onProgress: report(i) };
      const value = pool && workers > 0 ? await pool.analyse(scenario, task, workers, opts) : null;
      if (value) return value;
      const here = await stepCooperatively(taskSteps(scenario, task), {
        shouldStop: () => signal?.aborted === true,
        yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
        sliceMs: MAIN_THREAD_SLICE_MS,
      });
      if (here === null) throw abortError();
      return here;
    }),
  );
  return joinAnalysis(values);
};
