/**
 * The app's state, in a React-free zustand store made of three slices: the scenario being edited
 * (scenarioSlice), the simulation runs (runSlice) and the preset scenarios (presetSlice). Tests and the worker
 * bridge use it directly; components read it through `useSimulation` with a selector. Data flows one way:
 * an edit changes the scenario, the scenario change starts a run, the run's result lands here.
 */
import { createStore } from 'zustand/vanilla';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario } from '../../models/types';
import { runSimulation } from '../worker/runSimulation';
import { createPresetSlice, type FetchText, type PresetSlice } from './presetSlice';
import { createRunSlice, type RunSlice, type SimulationRunner } from './runSlice';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';

export {
  FULL_RUN_DELAY_MS,
  PREVIEW_TRIALS,
  type RunKind,
  type SimulationRunner,
  type SimulationStatus,
} from './runSlice';
export { TECHNOLOGY_PATHS, type TechnologyPath } from './scenarioSlice';
export type { FetchText, PresetInfo } from './presetSlice';

export type SimulationState = ScenarioSlice & RunSlice & PresetSlice;

export interface SimulationStoreOptions {
  scenario?: Scenario;
  runner?: SimulationRunner;
  /** How preset files are fetched; the browser's fetch by default. */
  fetchText?: FetchText;
  /** Where the site is served from, ending in "/"; Vite's base by default. */
  baseUrl?: string;
}

const viteBase = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

export function createSimulationStore({
  scenario = DEFAULT_SCENARIO,
  runner = runSimulation,
  fetchText = (url) => fetch(url),
  baseUrl = viteBase,
}: SimulationStoreOptions = {}) {
  return createStore<SimulationState>()((...a) => ({
    ...createScenarioSlice(scenario)(...a),
    ...createRunSlice(runner)(...a),
    ...createPresetSlice(fetchText, baseUrl)(...a),
  }));
}

export type SimulationStore = ReturnType<typeof createSimulationStore>;

/** The app's one store. */
export const simulationStore = createSimulationStore();
