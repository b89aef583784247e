import type { PatternId, PatternResult, SimulationResult } from '../../../models/types';
import { patternLabel } from '../../patterns';

/** What every chart says about a pattern besides its numbers. */
export interface SeriesInfo {
  id: PatternId;
  /** Display name, as the rest of the app writes it. */
  name: string;
  /** true for the pattern the recommendation picked, or the closest when none is feasible (drawn emphasised). */
  recommended: boolean;
  /** What the emphasis means, in a legend: "recommended", "closest" when nothing is feasible; else null. */
  tag: 'recommended' | 'closest' | null;
}

export function seriesInfo(result: SimulationResult, pattern: PatternResult): SeriesInfo {
  const recommended = pattern.id === result.recommendation.pattern;
  return {
    id: pattern.id,
    name: patternLabel(pattern.id, pattern.name),
    recommended,
    tag: recommended ? (result.recommendation.feasible ? 'recommended' : 'closest') : null,
  };
}
