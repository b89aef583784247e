import type { PatternId, PatternResult, SimulationResult } from '../../../models/types';
import { patternLabel } from '../../patterns';

/** What every chart says about a pattern besides its numbers. */
export interface SeriesInfo {
  id: PatternId;
  /** Display name, as the rest of the app writes it. */
  name: string;
  /** true for the pattern the recommendation picked (drawn emphasised). */
  recommended: boolean;
}

export function seriesInfo(result: SimulationResult, pattern: PatternResult): SeriesInfo {
  return {
    id: pattern.id,
    name: patternLabel(pattern.id, pattern.name),
    recommended: pattern.id === result.recommendation.pattern,
  };
}
