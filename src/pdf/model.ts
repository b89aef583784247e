/**
 * The proposal as a plain document: sections of blocks, with every number already written out as text.
 * `proposal.ts` builds it from a scenario and its result; `render.ts` lays it out on PDF pages.
 */

/** The six charts of the results, in the order the proposal shows them. */
export const CHART_IDS = ['cost', 'rto', 'rpo', 'loss', 'timeline', 'break-even'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export type PaperSize = 'a4' | 'letter';

/**
 * What the person exporting gives: per export (client, contact, version, note, paper) and from the
 * browser's settings (who prepares it, how to reach them, how long an offer stays valid). Plain text; never
 * markup.
 */
export interface ProposalForm {
  clientName: string;
  /** Who at the client the proposal is for: a name, a role, an address (free text). */
  clientContact: string;
  preparedBy: string;
  company: string;
  email: string;
  phone: string;
  /** Version of the document, e.g. "1.0". */
  version: string;
  /** Days the offer stays valid after the date. */
  validityDays: number;
  paper: PaperSize;
  /** A free note for the client, shown after the decision. */
  note: string;
  /** Whether a logo was attached (the image itself goes to the renderer). */
  hasLogo: boolean;
}

export interface KeyValue {
  key: string;
  value: string;
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
  /** Columns whose text is set flush right (numbers). */
  numeric?: number[];
}

/** The title block of the first page. */
export interface MastheadBlock {
  kind: 'masthead';
  title: string;
  subtitle: string;
  /** Document facts in two columns (ID, version, dates, who prepared it for whom). */
  meta: KeyValue[];
  /** Leave room for the logo. */
  logo: boolean;
}

/** One bar of the plan's timeline, in weeks from the start. */
export interface TimelinePhase {
  label: string;
  start: number;
  length: number;
  roles: string;
}

export interface RunbookStepBlock {
  /** "1", "2" … */
  label: string;
  role: string;
  text: string;
  command?: string;
  /** Catalogue ids, listed in the sources appendix. */
  sources: string[];
}

export type Block =
  | MastheadBlock
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'strong' }
  | { kind: 'subheading'; text: string }
  | { kind: 'bullets'; items: string[]; ordered?: boolean }
  | { kind: 'keyValue'; items: KeyValue[] }
  | TableBlock
  | { kind: 'chart'; chart: ChartId; title: string; caption: string }
  | { kind: 'checklist'; items: string[] }
  /** A boxed statement: the decision, or a warning. */
  | { kind: 'callout'; title: string; lines: string[]; tone: 'positive' | 'caution' }
  /** The table of contents, drawn by the renderer once page numbers are known. */
  | { kind: 'contents' }
  | {
      kind: 'timeline';
      phases: TimelinePhase[];
      milestones: { label: string; at: number }[];
      caption: string;
    }
  | { kind: 'steps'; steps: RunbookStepBlock[] }
  | { kind: 'signoff'; parties: { side: string; name: string; role: string }[] }
  | { kind: 'pageBreak' };

export const SECTION_IDS = [
  'decision',
  'contents',
  'about',
  'summary',
  'inputs',
  'comparison',
  'charts',
  'uncertainty',
  'risks',
  'implementation',
  'runbook',
  'validation',
  'readiness',
  'signoff',
  'sources',
  'methodology',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Section {
  id: SectionId;
  heading: string;
  blocks: Block[];
  /**
   * A chapter starts on a new page (the default); a section that is not one follows the previous section
   * on the same page.
   */
  chapter?: boolean;
  /** A chapter that may share the page of the one before it (the default is a page of its own). */
  newPage?: boolean;
  /** Appendices are lettered in the contents. */
  appendix?: boolean;
}

export interface ProposalDocument {
  title: string;
  /** ASCII-only download name, e.g. `HA-proposal_Societe-Generale-Zurich_2026-11-25.pdf`. */
  fileName: string;
  /** Client, document id and date as the footer of every page shows them. */
  client: string;
  documentId: string;
  version: string;
  date: string;
  sections: Section[];
}
