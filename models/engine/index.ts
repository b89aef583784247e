import type { Scenario, SimulationResult } from '../types';
import { blockCount, runBlocks } from './runBlocks';
import { windowScenario } from './slo';
import { summarize } from './summarize';

export { BLOCK_TRIALS, blockByBlock, blockCount, runBlocks, type PartialRun } from './runBlocks';
export { mergePartials } from './merge';
export { summarize, MINUTES_PER_YEAR } from './summarize';
export { costLine, totalAtDowntimeCost, type CostLine } from './breakEven';
export { distributionTable, type DistributionEntry, type DistributionTable } from './distributionTable';
export { DISTRIBUTION_IDS, type DistributionId } from './distributionIds';
export { manualPathProbability } from './plan';
export { windowScenario } from './slo';

/** Run every block of the scenario, and of its availability windows, on this thread. */
export function simulate(scenario: Scenario): SimulationResult {
  const blocks = blockCount(scenario.simulation.trials);
  return summarize(scenario, runBlocks(scenario, 0, blocks), runBlocks(windowScenario(scenario), 0, blocks));
}
