import { useStore } from 'zustand';
import { simulationStore, type SimulationState } from './simulationStore';

/** Reads the simulation store from a component; re-renders only when the selected value changes. */
export function useSimulation<T>(selector: (state: SimulationState) => T): T {
  return useStore(simulationStore, selector);
}
