import { PATTERN_NAMES } from '../models/patterns';
import type { PatternId } from '../models/types';

/** How the app names each pattern: the model's names, defined once. */
export const PATTERN_LABELS: Readonly<Record<PatternId, string>> = PATTERN_NAMES;

export function patternLabel(id: PatternId, fallback?: string): string {
  return (Object.hasOwn(PATTERN_LABELS, id) ? PATTERN_LABELS[id] : undefined) ?? fallback ?? id;
}
