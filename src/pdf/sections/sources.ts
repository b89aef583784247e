/**
 * Assumptions and sources: where every number of the proposal comes from. The caveats to read before
 * quoting a figure, each sourced figure with its source, date and confidence, and each assumption (a value
 * with no public source) with the reason for it, so the client can check or challenge any input.
 */
import { benchmarkSet } from '../../../models/catalogue/index';
import { CONFIDENCE_MEANING, scenarioSources } from '../../../models/sources';
import type { Confidence } from '../../../models/types';
import { formatAssumption } from '../../format/assumptions';
import type { Block, Section } from '../model';
import type { Context } from './context';

export function sourcesSection(ctx: Context): Section {
  const sources = scenarioSources(ctx.scenario);
  const used = new Set(sources.figures.map((f) => f.figure.confidence));
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `First the caveats to read before quoting a figure; then every figure behind the numbers of this proposal, with its source, date and confidence, and every assumption (a value with no public source). Benchmark set: ${benchmarkSet(ctx.scenario.benchmarkSet).name}.`,
    },
    {
      kind: 'keyValue',
      items: (Object.keys(CONFIDENCE_MEANING) as Confidence[])
        .filter((c) => used.has(c))
        .map((c) => ({ key: c, value: CONFIDENCE_MEANING[c] })),
    },
    { kind: 'subheading', text: `Sourced figures (${sources.figures.length})` },
    {
      kind: 'table',
      header: ['Id', 'Figure', 'Value', 'Source', 'Date', 'Confidence'],
      widths: [0.85, 2.2, 2.1, 2.45, 1.2, 1.3],
      rows: sources.figures.map(({ figure }) => [
        figure.id,
        figure.note ? `${figure.subject}\n${figure.note}` : figure.subject,
        figure.value,
        figure.source,
        figure.date ?? '—',
        figure.confidence,
      ]),
    },
    { kind: 'subheading', text: `Assumptions (${sources.assumptions.length})` },
    {
      kind: 'table',
      header: ['Assumption', 'Value', 'Why'],
      widths: [2, 2.5, 3],
      rows: sources.assumptions.map((a) => [a.label, formatAssumption(a.value), a.note ?? '—']),
    },
  ];
  if (sources.caveats.length > 0) {
    // Read before quoting any figure: right after the introduction.
    blocks.splice(1, 0, { kind: 'subheading', text: 'Caveats' }, { kind: 'bullets', items: sources.caveats });
  }
  return { id: 'sources', heading: 'Assumptions and sources', blocks };
}
