/**
 * The content of the PDF proposal, as a plain document (see `model.ts`). Pure: the same scenario, result,
 * form, date and version give the same document. Every number comes from the simulation result or the
 * scenario and is written with the app's one formatter of each concept, so the proposal says exactly what
 * the app shows.
 *
 * Each section of the proposal is a module of its own in `sections/`, built from one shared context
 * (`sections/context.ts`); this module puts them in order and lists, in the sources appendix, every
 * catalogue id the other sections cite.
 */
import { asciiSlug } from '../io/fileName';
import type { Block, ProposalDocument, Section } from './model';
import { proposalContext, type ProposalInput } from './sections/context';
import { decisionSection, PROPOSAL_TITLE } from './sections/decision';
import { aboutSection } from './sections/about';
import { summarySection } from './sections/summary';
import { inputsSection } from './sections/inputs';
import { comparisonSection } from './sections/comparison';
import { chartsSection } from './sections/chartPages';
import { risksSection } from './sections/risks';
import { uncertaintySection } from './sections/uncertainty';
import { implementationSection } from './sections/implementation';
import { runbookSection } from './sections/runbook';
import { validationSection } from './sections/validation';
import { readinessSection } from './sections/readiness';
import { signoffSection } from './sections/signoff';
import { citedIds, sourcesSection } from './sections/sources';
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

/** Every piece of text of a block, in reading order. */
export function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'masthead':
      return [block.title, block.subtitle, ...block.meta.flatMap((m) => [m.key, m.value])];
    case 'paragraph':
    case 'subheading':
      return [block.text];
    case 'bullets':
    case 'checklist':
      return block.items;
    case 'keyValue':
      return block.items.flatMap((i) => [i.key, i.value]);
    case 'table':
      return [block.caption ?? '', ...block.header, ...block.rows.flat()];
    case 'chart':
      return [block.title, block.caption];
    case 'callout':
      return [block.title, ...block.lines];
    case 'timeline':
      return [
        ...block.phases.flatMap((p) => [p.label, p.roles]),
        ...block.milestones.map((m) => m.label),
        block.caption,
      ];
    case 'steps':
      return block.steps.flatMap((s) => [s.label, s.role, s.text, s.command ?? '', s.sources.join(', ')]);
    case 'signoff':
      return block.parties.flatMap((p) => [p.side, p.name, p.role]);
    case 'contents':
    case 'pageBreak':
      return [];
  }
}

/** All the text of a section, its heading first. */
export function sectionText(section: Section): string[] {
  return [section.heading, ...section.blocks.flatMap(blockText)];
}

/** The whole proposal, its sections in the order of `SECTION_IDS`. */
export function buildProposal(input: ProposalInput): ProposalDocument {
  const ctx = proposalContext(input);
  const body: Section[] = [
    decisionSection(ctx),
    { id: 'contents', heading: 'Contents', blocks: [{ kind: 'contents' }] },
    aboutSection(ctx),
    summarySection(ctx),
    inputsSection(ctx),
    comparisonSection(ctx),
    chartsSection(ctx),
    uncertaintySection(ctx),
    risksSection(ctx),
    implementationSection(ctx),
    runbookSection(ctx),
    validationSection(ctx),
    readinessSection(ctx),
    signoffSection(ctx),
  ];
  const methodology = methodologySection(ctx);
  const cited = citedIds([...body, methodology].flatMap(sectionText));
  return {
    title: PROPOSAL_TITLE,
    fileName: proposalFileName(ctx.client, ctx.date),
    client: ctx.client,
    documentId: ctx.documentId,
    version: ctx.version,
    date: ctx.date,
    sections: [...body, sourcesSection(ctx, cited), methodology],
  };
}
