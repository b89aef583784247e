import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenarioJson } from '../../models/scenario/validate';
import type { Scenario, SimulationResult } from '../../models/types';
import { storeOpener } from '../../src/io/opener';
import {
  createSimulationStore,
  type OpenOrigin,
  type SimulationRunner,
} from '../../src/store/simulationStore';
import { abortError } from '../../src/worker/runSimulation';

// Plain paths: a jsdom test replaces the global URL, which node:fs does not take.
const SCENARIOS = join(dirname(fileURLToPath(import.meta.url)), '../../public/scenarios');

/** Every preset scenario of public/scenarios, by file name. */
export function presets(): { file: string; scenario: Scenario }[] {
  return readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((file) => {
      const parsed = parseScenarioJson(readFileSync(join(SCENARIOS, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join('; ')}`);
      return { file, scenario: parsed.scenario };
    });
}

export function presetText(file: string): string {
  return readFileSync(join(SCENARIOS, file), 'utf8');
}

/** Runs that never finish unless cancelled: the store is tested, not the simulation. */
export const idleRunner: SimulationRunner = (_scenario, { signal }) =>
  new Promise<{ result: SimulationResult; mode: 'main-thread' }>((_, reject) => {
    signal?.addEventListener('abort', () => reject(abortError()));
  });

/**
 * A store as the app makes it (without saving), whose `openAsNew` calls are listed in `opened`, and the
 * opener the app uses on it.
 */
export function storeWithOpener() {
  const store = createSimulationStore({
    runner: idleRunner,
    fetchText: async () => ({ ok: false, status: 404, text: async () => '' }),
    baseUrl: '/',
  });
  const opened: { scenario: Scenario; origin: OpenOrigin }[] = [];
  const own = store.getState().openAsNew;
  store.setState({
    openAsNew: (scenario, origin) => {
      opened.push({ scenario, origin });
      return own(scenario, origin);
    },
  });
  return { store, opener: storeOpener(store), opened };
}
