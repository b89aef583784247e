/**
 * The parts of a proposal a client signs against: the document's identity and validity, who prepared it
 * for whom and how to reach them, the note written for the client, and what the work covers and what it
 * does not.
 */
import type { Block, Section } from '../model';
import type { Context } from './context';
import { documentFacts } from './decision';
import { cleanNote, cleanText } from './text';

/** What the work covers, for the recommended architecture. */
export function inScope(ctx: Context): string[] {
  const multiRegion = ctx.rec.id === 'active-active' || ctx.rec.id === 'active-passive-dr';
  const what = ctx.preset ? `${ctx.recName} on ${ctx.presetName}` : ctx.recName;
  return [
    `Design and build of ${what}, behind ${ctx.layerName}${multiRegion ? `, with ${ctx.globalName} between regions` : ''}.`,
    `Migration of the ${cleanText(ctx.scenario.name, 120)} data to it, rehearsed before the cut-over.`,
    'Monitoring and alerting of the database, replication and traffic layers, with the escalation path.',
    'The runbooks of this proposal, adapted to the systems as built, and the failover drills of the validation plan until the acceptance criteria are met.',
    'Handover to the team on call.',
  ];
}

/** What it does not cover. */
export function outOfScope(ctx: Context): string[] {
  const multiRegion = ctx.rec.id === 'active-active' || ctx.rec.id === 'active-passive-dr';
  return [
    'Changes to the application beyond its database connection settings and retry on reconnect.',
    'Protection against logical errors (a bad migration, an accidental delete) beyond backups and a tested restore.',
    ...(multiRegion
      ? []
      : ['Running in a second region: a regional disaster is recovered from the off-site backup.']),
    `Other databases and services of ${ctx.client}.`,
    'Vendor licences and support contracts not named in the cost table.',
    'Operation of the systems after handover.',
  ];
}

export function aboutSection(ctx: Context): Section {
  const blocks: Block[] = [
    { kind: 'keyValue', items: documentFacts(ctx) },
    {
      kind: 'paragraph',
      tone: 'muted',
      text: `The prices and figures of this proposal hold until the date above; a later version keeps the document number and raises the version.`,
    },
  ];
  const note = cleanNote(ctx.form.note);
  if (note) {
    blocks.push({ kind: 'subheading', text: `A note for ${ctx.client}` });
    blocks.push({ kind: 'paragraph', text: note });
  }
  blocks.push({ kind: 'subheading', text: 'In scope' });
  blocks.push({ kind: 'bullets', items: inScope(ctx) });
  blocks.push({ kind: 'subheading', text: 'Out of scope' });
  blocks.push({ kind: 'bullets', items: outOfScope(ctx) });
  // It follows the contents on their page.
  return { id: 'about', heading: 'About this proposal', blocks, newPage: false };
}
