/**
 * How an imported file or a shared link becomes the scenario on screen: the store's `openAsNew` action,
 * which adds it as a new scenario (its name suffixed when taken) and never overwrites a saved one.
 */
import type { Scenario } from '../../models/types';
import type { HeldRun, OpenOrigin, SimulationState } from '../store/simulationStore';

export type { OpenOrigin };

export interface ScenarioOpener {
  /** Opens `scenario` as a new scenario and returns the name it got. Throws when it cannot. */
  openAsNew: (scenario: Scenario, origin: OpenOrigin) => string;
  /** The run of the open scenario waiting for a click because it would be slow, if any. */
  heldRun?: () => HeldRun | null;
}

/** What the opener needs of the store. */
export interface OpenerStore {
  getState: () => Pick<SimulationState, 'openAsNew' | 'scenario'> & Partial<Pick<SimulationState, 'heldRun'>>;
}

/** The store's `openAsNew`, looked up when called (a zustand store's state is replaced on every change). */
export function storeOpener(store: OpenerStore): ScenarioOpener {
  return {
    openAsNew: (scenario, origin) => {
      store.getState().openAsNew(scenario, origin);
      return store.getState().scenario.name;
    },
    heldRun: () => store.getState().heldRun ?? null,
  };
}
