/**
 * The one entry into the deck code, loaded by `import()` when someone exports slides: it pulls in
 * pptxgenjs, which the first page never needs.
 */
import { version } from '../../package.json';
import type { Scenario, SimulationResult } from '../../models/types';
import { asciiSlug } from '../io/fileName';
import type { ProposalForm } from '../pdf/model';
import { proposalContext } from '../pdf/sections/context';
import { deckContent } from './content';
import { renderDeck } from './render';

export interface DeckRequest {
  scenario: Scenario;
  result: SimulationResult;
  form: ProposalForm;
  /** yyyy-mm-dd */
  date: string;
}

/** `HA-slides_<client>_<yyyy-mm-dd>.pptx`, ASCII only. */
export function deckFileName(client: string, date: string): string {
  const slug = asciiSlug(client) || 'client';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'undated';
  return `HA-slides_${slug}_${day}.pptx`;
}

export async function exportDeck(request: DeckRequest): Promise<{ blob: Blob; fileName: string }> {
  const ctx = proposalContext({ ...request, appVersion: version });
  const blob = await renderDeck(deckContent(ctx));
  return { blob, fileName: deckFileName(ctx.client, ctx.date) };
}

/** Loads pptxgenjs while the person fills in the form. */
export async function preloadDeck(): Promise<void> {
  await import('pptxgenjs');
}
