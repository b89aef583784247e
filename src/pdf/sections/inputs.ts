/**
 * Inputs and targets: everything the recommendation rests on, split into what the client gave and what is
 * still an assumption the client must confirm before signing, so no one signs an assumption unknowingly.
 */
import { inputProvenance } from '../../report/inputProvenance';
import type { Section } from '../model';
import type { Context } from './context';
import { cleanText } from './text';

export function inputsSection(ctx: Context): Section {
  const { scenario } = ctx;
  const { given, toConfirm } = inputProvenance(scenario);
  return {
    id: 'inputs',
    heading: 'Inputs and targets',
    blocks: [
      {
        kind: 'paragraph',
        text: `${cleanText(scenario.name, 120)}: ${cleanText(scenario.description, 400)} Money in ${scenario.currency}. ${given.length} inputs were given for this workload; ${toConfirm.length} are still the planner’s defaults, assumptions that ${ctx.client} confirms or corrects before signing.`,
      },
      { kind: 'subheading', text: `Given by ${ctx.client} (${given.length})` },
      given.length > 0
        ? {
            kind: 'table',
            header: ['Input', 'Value'],
            widths: [2, 3],
            rows: given.map((i) => [i.label, i.value]),
          }
        : {
            kind: 'paragraph',
            text: 'No input differs from the planner’s defaults yet: every value below is an assumption.',
          },
      { kind: 'subheading', text: `Assumptions to confirm (${toConfirm.length})` },
      toConfirm.length > 0
        ? {
            kind: 'table',
            header: ['Input', 'Value assumed', 'Confirmed'],
            widths: [2, 2.4, 0.9],
            rows: toConfirm.map((i) => [i.label, i.value, '☐ yes   ☐ no']),
          }
        : { kind: 'paragraph', text: 'None: every input was given.' },
    ],
  };
}
