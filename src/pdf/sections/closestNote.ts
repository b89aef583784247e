/**
 * When no architecture meets every target within budget, the runbook and the plan still describe the
 * closest one; this note opens them so no reader mistakes that architecture for one that meets the targets.
 */
import type { Block } from '../model';
import type { Context } from './context';

/** Said before the runbook and the plan when no architecture is feasible. */
export function closestNote(ctx: Context): Block {
  return {
    kind: 'paragraph',
    tone: 'strong',
    text: `No architecture meets every target within budget; this section describes the closest, ${ctx.recName}, which does not meet them as it stands (see the executive summary for the blockers and remedies).`,
  };
}
