/**
 * The cover: the first thing the client sees. Who the proposal is for, who prepared it and when, the
 * note written for them, and the answer in three facts (the workload, the recommended architecture, and
 * whether it meets every target within budget), so the page can be read on its own.
 */
import type { KeyValue, Section } from '../model';
import type { Context } from './context';
import { cleanNote, cleanText, longDate } from './text';

/** The title of the cover, and of the document itself. */
export const PROPOSAL_TITLE = 'High-availability proposal';

export function coverSection(ctx: Context): Section {
  const { scenario, result, form } = ctx;
  const facts: KeyValue[] = [
    { key: 'Workload', value: cleanText(scenario.name, 120) },
    { key: 'Recommended architecture', value: ctx.recName },
    {
      key: 'Status',
      value: result.recommendation.feasible
        ? 'Meets every target within budget'
        : 'No architecture meets every target within budget; this one comes closest',
    },
  ];
  return {
    id: 'cover',
    heading: 'Cover',
    blocks: [
      {
        kind: 'cover',
        title: PROPOSAL_TITLE,
        subtitle: `for ${ctx.client}`,
        client: ctx.client,
        preparedBy: cleanText(form.preparedBy, 120),
        company: cleanText(form.company, 120),
        date: longDate(ctx.date),
        logo: form.hasLogo,
        note: cleanNote(form.note),
        facts,
      },
    ],
  };
}
