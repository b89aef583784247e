/**
 * The analyses that follow a full run: what the recommendation hinges on (sensitivity) and remedies
 * checked by rerunning. They start by themselves once a full run lands, run on the workers with progress,
 * and stop as soon as the scenario changes or someone cancels them. The analysis on screen always belongs
 * to the result on screen (`analysisFor` is that result): a newer result hides it until its own is done.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Analysis } from '../../models/engine/analysis';
import type { SimulationResult } from '../../models/types';
import { isAbortError } from '../worker/runSimulation';
import type { Analyser } from '../worker/runAnalysis';
import type { SimulationState } from './simulationStore';

export type AnalysisStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface AnalysisSlice {
  analysisStatus: AnalysisStatus;
  /** Fraction done, 0..1. */
  analysisProgress: number;
  analysis: Analysis | null;
  /** The result the analysis was made for. */
  analysisFor: SimulationResult | null;
  analysisError: string | null;
  /** Analyses the result on screen (a full run's), cancelling any analysis in progress. */
  startAnalysis: () => void;
  /** Stops the analysis in progress, if any, and says so. */
  cancelAnalysis: () => void;
  /** Stops the analysis in progress without a word: a newer run is coming, with its own. */
  dropAnalysis: () => void;
}

export function createAnalysisSlice(
  analyser: Analyser,
): StateCreator<SimulationState, [], [], AnalysisSlice> {
  return (set, get) => {
    let controller: AbortController | null = null;

    const stop = (): boolean => {
      const active = controller !== null;
      controller?.abort();
      controller = null;
      return active;
    };

    return {
      analysisStatus: 'idle',
      analysisProgress: 0,
      analysis: null,
      analysisFor: null,
      analysisError: null,

      startAnalysis: () => {
        stop();
        const { result, resultScenario, resultKind } = get();
        if (!result || !resultScenario || resultKind !== 'full') return;
        const current = new AbortController();
        controller = current;
        set({ analysisStatus: 'running', analysisProgress: 0, analysisError: null });
        analyser(resultScenario, result, {
          signal: current.signal,
          onProgress: (fraction) => {
            if (controller === current) set({ analysisProgress: Math.min(1, Math.max(0, fraction)) });
          },
        }).then(
          (analysis) => {
            if (controller !== current) return;
            controller = null;
            set({ analysisStatus: 'done', analysisProgress: 1, analysis, analysisFor: result });
          },
          (error: unknown) => {
            if (controller !== current) return;
            controller = null;
            if (isAbortError(error)) set({ analysisStatus: 'cancelled' });
            else {
              set({
                analysisStatus: 'error',
                analysisError: error instanceof Error ? error.message : String(error),
              });
            }
          },
        );
      },

      cancelAnalysis: () => {
        if (stop()) set({ analysisStatus: 'cancelled' });
      },

      dropAnalysis: () => {
        if (stop()) set({ analysisStatus: 'idle', analysisProgress: 0 });
      },
    };
  };
}
