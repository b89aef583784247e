/**
 * The content of the PDF proposal, as a plain document (see `model.ts`). Pure: the same scenario, result,
 * form, date and version give the same document. Every number comes from the simulation result or the
 * scenario and is written with the model's own formatting (models/text.ts), so the proposal says exactly
 * what the app shows.
 */
import { benchmarkSet } from '../../models/catalogue/index';
import { METHODOLOGY } from '../../models/methodology';
import { asciiSlug } from '../io/fileName';
import type { Block, ProposalDocument, Section } from './model';
import { coverSection, PROPOSAL_TITLE } from './sections/cover';
import { summarySection } from './sections/summary';
import { inputsSection } from './sections/inputs';
import { comparisonSection } from './sections/comparison';
import { chartsSection } from './sections/chartPages';
import { runbookSection } from './sections/runbook';
import { implementationSection } from './sections/implementation';
import { readinessSection } from './sections/readiness';
import { validationSection } from './sections/validation';
import { sourcesSection } from './sections/sources';
import { proposalContext, type Context, type ProposalInput } from './sections/context';
import { cleanText, yesNo } from './sections/text';

export { asciiSlug };

export * from './model';
export type { ProposalInput };

/** `HA-proposal_<client>_<yyyy-mm-dd>.pdf`, ASCII only. */
export function proposalFileName(client: string, date: string): string {
  const slug = asciiSlug(client) || 'client';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'undated';
  return `HA-proposal_${slug}_${day}.pdf`;
}

// ---------------------------------------------------------------------------------------------------------
// 11. Methodology

function methodologySection(ctx: Context): Section {
  const { result, scenario } = ctx;
  const blocks: Block[] = [];
  for (const part of METHODOLOGY) {
    blocks.push({ kind: 'subheading', text: part.heading });
    for (const text of part.paragraphs) blocks.push({ kind: 'paragraph', text });
  }
  blocks.push({ kind: 'subheading', text: 'This run' });
  blocks.push({
    kind: 'keyValue',
    items: [
      { key: 'Simulated years per architecture', value: result.trials.toLocaleString('en-US') },
      { key: 'Seed', value: String(result.seed) },
      {
        key: 'Converged',
        value: result.converged
          ? `${yesNo(true)}: every 95% interval of the expected annual total is within 1% of it`
          : `${yesNo(false)}: see each architecture’s 95% interval; more trials would narrow it`,
      },
      { key: 'Benchmark set', value: benchmarkSet(result.benchmarkSet).name },
      { key: 'Scenario', value: cleanText(scenario.name, 120) },
      { key: 'App version', value: `HA Planner ${ctx.appVersion}` },
      { key: 'Date', value: ctx.date },
    ],
  });
  blocks.push({
    kind: 'paragraph',
    tone: 'muted',
    text: 'The same scenario and seed give the same numbers in the app, the command line and this proposal.',
  });
  return { id: 'methodology', heading: 'Methodology', blocks };
}

// ---------------------------------------------------------------------------------------------------------

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
      runbookSection(ctx),
      implementationSection(ctx),
      readinessSection(ctx),
      validationSection(ctx),
      sourcesSection(ctx),
      methodologySection(ctx),
    ],
  };
}
