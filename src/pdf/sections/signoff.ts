/**
 * Next steps and the sign-off: what happens after this document is read, in order and with dates where the
 * proposal has them, then a signature block for each side.
 */
import { formatNumber } from '../../format';
import { inputProvenance } from '../../report/inputProvenance';
import type { Section } from '../model';
import type { Context } from './context';
import { planPhases, planWeeks } from './plan';
import { cleanText, longDate } from './text';

export function nextSteps(ctx: Context): string[] {
  const toConfirm = inputProvenance(ctx.scenario).toConfirm.length;
  const phases = planPhases(ctx);
  const first = phases[0]!;
  return [
    toConfirm > 0
      ? `${ctx.client} confirms or corrects the ${toConfirm} assumptions listed under Inputs and targets; a changed input gives a new version of this proposal.`
      : `${ctx.client} checks the inputs listed under Inputs and targets.`,
    `Both sides sign this proposal before ${longDate(ctx.validUntil)}, when its prices lapse.`,
    `A kick-off names the people in each role of the runbook; phase 1, “${first.name}”, takes ${formatNumber(first.weeks)} ${first.weeks === 1 ? 'week' : 'weeks'}.`,
    `The work follows the plan to go-live in about ${formatNumber(planWeeks(phases))} weeks; it is accepted when the drills meet the acceptance criteria.`,
  ];
}

export function signoffSection(ctx: Context): Section {
  const provider = cleanText(ctx.form.company, 120) || cleanText(ctx.form.preparedBy, 120) || 'the provider';
  return {
    id: 'signoff',
    heading: 'Next steps and sign-off',
    blocks: [
      { kind: 'bullets', ordered: true, items: nextSteps(ctx) },
      { kind: 'subheading', text: 'Sign-off' },
      {
        kind: 'paragraph',
        text: `Signed for ${ctx.client} and for ${provider}, accepting proposal ${ctx.documentId}, version ${ctx.version}, with its scope, plan and acceptance criteria.`,
      },
      {
        kind: 'signoff',
        parties: [
          { side: `For ${ctx.client}`, name: cleanText(ctx.form.clientContact, 120), role: '' },
          { side: `For ${provider}`, name: cleanText(ctx.form.preparedBy, 120), role: '' },
        ],
      },
    ],
  };
}
