import type { TechnologyPreset } from '../types';
import { ACTIVE_ACTIVE_PRESETS } from './presets/activeActive';
import { ASYNC_PRESETS, SYNC_PRESETS } from './presets/activePassive';
import { ARTICLE_PRESETS } from './presets/article';
import { DR_PRESETS } from './presets/disasterRecovery';

/**
 * Every technology preset, in the order the pickers list them: the sourced set's active-passive (async,
 * sync), DR standby and active-active presets, then the article's.
 */
const SOURCED: readonly TechnologyPreset[] = [
  ...ASYNC_PRESETS,
  ...SYNC_PRESETS,
  ...DR_PRESETS,
  ...ACTIVE_ACTIVE_PRESETS,
];

export const TECHNOLOGIES: readonly TechnologyPreset[] = [...SOURCED, ...ARTICLE_PRESETS];

/** Ids of the sourced presets, in catalogue order. */
export const SOURCED_TECHNOLOGY_IDS: readonly string[] = SOURCED.map((t) => t.id);

/** Ids of the article's presets, in catalogue order. */
export const ARTICLE_TECHNOLOGY_IDS: readonly string[] = ARTICLE_PRESETS.map((t) => t.id);
