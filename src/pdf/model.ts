/**
 * The proposal as a plain document: sections of blocks, with every number already written out as text.
 * `proposal.ts` builds it from a scenario and its result; `render.ts` lays it out on PDF pages.
 */

/** The six charts of the results, in the order the proposal shows them. */
export const CHART_IDS = ['cost', 'rto', 'rpo', 'loss', 'timeline', 'break-even'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export type PaperSize = 'a4' | 'letter';

/** What the person exporting types into the form (plain text; never markup). */
export interface ProposalForm {
  clientName: string;
  preparedBy: string;
  company: string;
  paper: PaperSize;
  /** A free note for the client, shown on the cover. */
  note: string;
  /** Whether a logo was attached (the image itself goes to the renderer). */
  hasLogo: boolean;
}

export interface KeyValue {
  key: string;
  value: string;
}

export interface CoverBlock {
  kind: 'cover';
  title: string;
  subtitle: string;
  client: string;
  preparedBy: string;
  company: string;
  date: string;
  /** Leave room for the logo at the top of the cover. */
  logo: boolean;
  note: string;
  facts: KeyValue[];
}

export interface TableBlock {
  kind: 'table';
  header: string[];
  /** Cells are plain text; `\n` starts a new line within a cell. */
  rows: string[][];
  /** Relative column widths (any positive numbers, one per column). */
  widths: number[];
  caption?: string;
  /** Row index drawn highlighted (the recommended pattern). */
  highlightRow?: number;
}

export type Block =
  | CoverBlock
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'strong' }
  | { kind: 'subheading'; text: string }
  | { kind: 'bullets'; items: string[]; ordered?: boolean }
  | { kind: 'keyValue'; items: KeyValue[] }
  | TableBlock
  | { kind: 'chart'; chart: ChartId; title: string; caption: string }
  | { kind: 'checklist'; items: string[] }
  | { kind: 'pageBreak' };

export const SECTION_IDS = [
  'cover',
  'summary',
  'inputs',
  'comparison',
  'charts',
  'uncertainty',
  'runbook',
  'implementation',
  'readiness',
  'validation',
  'sources',
  'methodology',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Section {
  id: SectionId;
  heading: string;
  blocks: Block[];
}

export interface ProposalDocument {
  title: string;
  /** ASCII-only download name, e.g. `HA-proposal_Societe-Generale-Zurich_2026-11-25.pdf`. */
  fileName: string;
  /** Client and date as the footer of every page shows them. */
  client: string;
  date: string;
  sections: Section[];
}
