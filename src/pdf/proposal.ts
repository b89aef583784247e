/**
 * The content of the PDF proposal, as a plain document (see `model.ts`). Pure: the same scenario, result,
 * form, date and version give the same document. Every number comes from the simulation result or the
 * scenario and is written with the model's own formatting (models/text.ts), so the proposal says exactly
 * what the app shows.
 *
 * Each section of the proposal is a module of its own in `sections/`, built from one shared context
 * (`sections/context.ts`); this module puts them in order.
 */
import { asciiSlug } from '../io/fileName';
import type { ProposalDocument } from './model';
import { proposalContext, type ProposalInput } from './sections/context';
import { coverSection, PROPOSAL_TITLE } from './sections/cover';
import { summarySection } from './sections/summary';
import { inputsSection } from './sections/inputs';
import { comparisonSection } from './sections/comparison';
import { chartsSection } from './sections/chartPages';
import { runbookSection } from './sections/runbook';
import { uncertaintySection } from './sections/uncertainty';
import { implementationSection } from './sections/implementation';
import { readinessSection } from './sections/readiness';
import { validationSection } from './sections/validation';
import { sourcesSection } from './sections/sources';
import { methodologySection } from './sections/methodology';

export { asciiSlug };

export * from './model';
export type { ProposalInput };

/** `HA-proposal_<client>_<yyyy-mm-dd>.pdf`, ASCII only. */
export function proposalFileName(client: string, date: string): string {
  const slug = asciiSlug(client) || 'client';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'undated';
  return `HA-proposal_${slug}_${day}.pdf`;
}

/** The whole proposal, its twelve sections in the order of `SECTION_IDS`. */
export function buildProposal(input: ProposalInput): ProposalDocument {
  const ctx = proposalContext(input);
  return {
    title: PROPOSAL_TITLE,
    fileName: proposalFileName(ctx.client, ctx.date),
    client: ctx.client,
    date: ctx.date,
    sections: [
      coverSection(ctx),
      summarySection(ctx),
      inputsSection(ctx),
      comparisonSection(ctx),
      chartsSection(ctx),
      uncertaintySection(ctx),
      runbookSection(ctx),
      implementationSection(ctx),
      readinessSection(ctx),
      validationSection(ctx),
      sourcesSection(ctx),
      methodologySection(ctx),
    ],
  };
}
