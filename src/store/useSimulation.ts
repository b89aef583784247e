import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { simulationStore, type SimulationState, type SimulationStore } from './simulationStore';

/**
 * The store components read. The app's one store unless a provider says otherwise (component tests give
 * each test a store of its own, with a stand-in for the simulation).
 */
export const SimulationStoreContext = createContext<SimulationStore>(simulationStore);

/** Reads the simulation store from a component; re-renders only when the selected value changes. */
export function useSimulation<T>(selector: (state: SimulationState) => T): T {
  return useStore(useContext(SimulationStoreContext), selector);
}

/** The store itself, for actions and for reading the latest state inside event handlers. */
export function useSimulationStore(): SimulationStore {
  return useContext(SimulationStoreContext);
}
