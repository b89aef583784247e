/**
 * Assumptions and sources: where every number and every runbook step of the proposal comes from. The
 * caveats to read before quoting a figure; every figure the numbers rest on and every figure the text cites,
 * each with the address to read it at, its date, confidence and kind; the documentation the runbook follows; and
 * each assumption (a value with no public source) with the reason for it.
 */
import { benchmarkSet, figureById, figureUrls } from '../../../models/catalogue/index';
import {
  CONFIDENCE_MEANING,
  KIND_MEANING,
  scenarioSources,
  type AssumptionItem,
} from '../../../models/sources';
import type { Confidence, Figure, FigureKind } from '../../../models/types';
import { formatAssumption } from '../../format/assumptions';
import type { Block, Section } from '../model';
import type { Context } from './context';

/** Catalogue ids as the text writes them: "PAT-6", "RUN-12". */
export const FIGURE_ID = /\b[A-Z]{2,5}-\d{1,3}\b/g;

/** Every catalogue id a text mentions. */
export function citedIds(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const id of text.match(FIGURE_ID) ?? []) if (figureById(id)) out.add(id);
  return out;
}

/** Why a value is assumed, when the catalogue gives no note for it. */
function why(a: AssumptionItem): string {
  if (a.note) return a.note;
  switch (a.value.kind) {
    case 'manual-path':
      return 'No public source measures how often failover automation falls to people; the chance grows as the configuration drifts and falls back after each drill.';
    case 'fraction':
      return 'No public source gives how often a synchronous pair runs degraded to asynchronous; an estimate to confirm from the client’s monitoring.';
    default:
      return 'No public source gives this value: an assumption to confirm.';
  }
}

const byId = (a: Figure, b: Figure) => a.id.localeCompare(b.id, 'en', { numeric: true });

function figureRow(f: Figure): string[] {
  return [
    f.id,
    f.note ? `${f.subject}\n${f.note}` : f.subject,
    f.value,
    // The article names no address of its own: its title goes with its publisher's.
    f.id.startsWith('ART-') ? `${f.source}\n${figureUrls(f).join('\n')}` : figureUrls(f).join('\n'),
    f.date ?? 'undated',
    `${f.confidence}\n${f.kind}`,
  ];
}

/**
 * The sources section for a document whose other sections cite `cited` (ids found in their text): the
 * scenario's figures and every cited one, so no id in the proposal goes unlisted.
 */
export function sourcesSection(ctx: Context, cited: ReadonlySet<string> = new Set()): Section {
  const sources = scenarioSources(ctx.scenario);
  const ids = new Set([...sources.figures.map((f) => f.figure.id), ...cited]);
  // A listed figure's own text may cite others ("See AWS-6"): list those too.
  for (let grew = true; grew;) {
    grew = false;
    for (const id of [...ids]) {
      const f = figureById(id)!;
      for (const more of citedIds([f.subject, f.value, f.source, f.note ?? ''])) {
        if (!ids.has(more)) {
          ids.add(more);
          grew = true;
        }
      }
    }
  }
  const all = [...ids].map((id) => figureById(id)!).sort(byId);
  const figures = all.filter((f) => f.kind !== 'procedure');
  const procedures = all.filter((f) => f.kind === 'procedure');
  const used = new Set(all.map((f) => f.confidence));
  const kinds = new Set(figures.map((f) => f.kind));
  const header = ['Id', 'Figure', 'Value', 'Where to read it', 'Date', 'Confidence, kind'];
  const widths = [1, 1.85, 2.15, 2.4, 1.25, 1.3];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `First the caveats to read before quoting a figure; then every figure behind the numbers and the text of this proposal, with the address to read it at, its date, confidence and kind; the documentation the runbook follows; and every assumption (a value with no public source). Benchmark set: ${benchmarkSet(ctx.scenario.benchmarkSet).name}.`,
    },
  ];
  if (sources.caveats.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Caveats' }, { kind: 'bullets', items: sources.caveats });
  }
  blocks.push(
    { kind: 'subheading', text: 'Confidence labels' },
    {
      kind: 'keyValue',
      items: (Object.keys(CONFIDENCE_MEANING) as Confidence[])
        .filter((c) => used.has(c))
        .map((c) => ({ key: c, value: CONFIDENCE_MEANING[c] })),
    },
    { kind: 'subheading', text: 'Kinds of figure' },
    {
      kind: 'keyValue',
      items: (Object.keys(KIND_MEANING) as FigureKind[])
        .filter((k) => kinds.has(k))
        .map((k) => ({ key: k, value: KIND_MEANING[k] })),
    },
    { kind: 'subheading', text: `Sourced figures (${figures.length})` },
    { kind: 'table', header, widths, rows: figures.map(figureRow) },
  );
  if (procedures.length > 0) {
    blocks.push(
      { kind: 'subheading', text: `Documentation the runbook follows (${procedures.length})` },
      {
        kind: 'table',
        header: [
          'Id',
          'Command or action',
          'What the documentation says',
          'Where to read it',
          'Date',
          'Confidence',
        ],
        widths,
        rows: procedures.map((f) => [
          f.id,
          f.note ? `${f.subject}\n${f.note}` : f.subject,
          f.value,
          `${f.source}\n${figureUrls(f).join('\n')}`,
          f.date ?? 'undated',
          f.confidence,
        ]),
      },
    );
  }
  blocks.push(
    { kind: 'subheading', text: `Assumptions (${sources.assumptions.length})` },
    {
      kind: 'table',
      header: ['Assumption', 'Value', 'Why'],
      widths: [2, 2.5, 3],
      rows: sources.assumptions.map((a) => [a.label, formatAssumption(a.value), why(a)]),
    },
  );
  return { id: 'sources', heading: 'Assumptions and sources', blocks, appendix: true };
}
