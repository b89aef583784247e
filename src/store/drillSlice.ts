/**
 * Edits of the scenario's drill log: replacing its drills (an import), adding, changing or removing one,
 * and its as-of date. Each candidate goes through the scenario validator whole, like every other edit; an
 * accepted one becomes the scenario (an undo step) and starts a run, a refused one changes nothing and its
 * problems are returned for the form to show.
 */
import type { StateCreator } from 'zustand/vanilla';
import { parseScenario } from '../../models/scenario/validate';
import type { Drill, DrillLog, Scenario } from '../../models/types';
import type { SimulationState } from './simulationStore';

export interface DrillSlice {
  /** Replaces every drill of the log; the problems when refused, else []. */
  setDrills: (drills: readonly Drill[]) => string[];
  addDrill: (drill: Drill) => string[];
  /** Replaces drill `index` (0-based). */
  replaceDrill: (index: number, drill: Drill) => string[];
  removeDrill: (index: number) => void;
  /** Sets the date the calibration is made as of; blank text goes back to the latest drill's date. */
  setDrillAsOf: (text: string) => string[];
}

/** "drillLog.drills[3].outcome: …" → "outcome: …"; "drillLog.asOf: …" → "as-of date: …". */
function inFormWords(error: string): string {
  return error.replace(/^drillLog\.drills\[\d+\]\./, '').replace(/^drillLog\.asOf/, 'as-of date');
}

export function createDrillSlice(): StateCreator<SimulationState, [], [], DrillSlice> {
  return (set, get) => {
    const commit = (log: DrillLog): string[] => {
      const { scenario } = get();
      const candidate: Scenario = { ...scenario, drillLog: log };
      const parsed = parseScenario(candidate);
      if (!parsed.ok) return parsed.errors.map(inFormWords);
      set({ scenario: candidate, warnings: parsed.warnings });
      get().refresh();
      return [];
    };
    const log = () => get().scenario.drillLog;
    return {
      setDrills: (drills) => commit({ ...log(), drills: [...drills] }),
      addDrill: (drill) => commit({ ...log(), drills: [...log().drills, drill] }),
      replaceDrill: (index, drill) =>
        commit({ ...log(), drills: log().drills.map((d, i) => (i === index ? drill : d)) }),
      removeDrill: (index) => {
        commit({ ...log(), drills: log().drills.filter((_, i) => i !== index) });
      },
      setDrillAsOf: (text) => {
        const { asOf: _asOf, ...rest } = log();
        const date = text.trim();
        return commit(date === '' ? rest : { ...rest, asOf: date });
      },
    };
  };
}
