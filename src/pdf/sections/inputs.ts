/**
 * Inputs and targets: everything the recommendation rests on, split into what the client gave and what is
 * still an assumption the client must confirm before signing (a preset's example value, the planner's
 * assumption, or one whose source was not recorded, each named), so no one signs an assumption unknowingly.
 * A preset's description is never printed as the client's: the scenario is introduced by where it started.
 */
import { sourceOf } from '../../../models/scenario/provenance';
import { inputProvenance, sourceText } from '../../report/inputProvenance';
import type { Section } from '../model';
import type { Context } from './context';
import { cleanText } from './text';

/** Who or what the scenario models, and where its values started: the client's words, or the origin. */
function introduction(ctx: Context): string {
  const { scenario, client } = ctx;
  const name = cleanText(scenario.name, 120);
  const { origin } = scenario.provenance;
  const description = cleanText(scenario.description, 400);
  if (description !== '' && sourceOf(scenario.provenance, 'description') === 'client') {
    return `${name}: ${description}`;
  }
  switch (origin.kind) {
    case 'preset':
      return `${name}. Started from the planner’s preset “${cleanText(origin.name, 120)}”, an example: every input ${client} has not given or confirmed is the preset’s value, listed below as an assumption to confirm.`;
    case 'defaults':
      return `${name}. A client session: every input ${client} has not given is the planner’s assumption, listed below as one to confirm.`;
    case 'file':
      return `${name}. Where the inputs came from was not recorded; each input not confirmed since is listed below as an assumption to confirm.`;
  }
}

export function inputsSection(ctx: Context): Section {
  const { scenario } = ctx;
  const { given, toConfirm } = inputProvenance(scenario);
  const { origin } = scenario.provenance;
  return {
    id: 'inputs',
    heading: 'Inputs and targets',
    blocks: [
      {
        kind: 'paragraph',
        text: `${introduction(ctx)} Money in ${scenario.currency}. ${given.length === 1 ? '1 input was' : `${given.length} inputs were`} given by ${ctx.client}; ${toConfirm.length === 1 ? '1 is an assumption' : `${toConfirm.length} are assumptions`} that ${ctx.client} confirms or corrects before signing.`,
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
            text: `No input has been given by ${ctx.client} yet: every value below is an assumption.`,
          },
      { kind: 'subheading', text: `Assumptions to confirm (${toConfirm.length})` },
      toConfirm.length > 0
        ? {
            kind: 'table',
            header: ['Input', 'Value assumed', 'Source', 'Confirmed'],
            widths: [2, 1.8, 1.6, 0.9],
            rows: toConfirm.map((i) => [i.label, i.value, sourceText(i.source, origin), '☐ yes   ☐ no']),
          }
        : { kind: 'paragraph', text: 'None: every input was given.' },
    ],
  };
}
