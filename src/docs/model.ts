/**
 * docs/model.md: the written model (models/methodology.ts), the same text the app's methodology panel and
 * the proposal's appendix show, with numbered sections that code and notes can cite ("docs/model.md §2").
 */
import { METHODOLOGY } from '../../models/methodology';
import { generatedNote } from './markdown';

export function modelDocument(): string {
  const lines = [
    generatedNote('models/methodology.ts'),
    '',
    '# The model',
    '',
    'How HA Planner turns a scenario into its numbers, precisely enough to re-implement it and get the same',
    'results. The app shows this text under Methodology, and every proposal carries it as an appendix.',
    'The reference engine follows it step by step; the optimised engine is tested against the reference.',
    '',
    ...METHODOLOGY.map((section, i) => `${i + 1}. [${section.heading}](#${anchor(i, section.heading)})`),
  ];
  METHODOLOGY.forEach((section, i) => {
    lines.push('', `## ${i + 1}. ${section.heading}`);
    for (const paragraph of section.paragraphs) lines.push('', paragraph);
  });
  return `${lines.join('\n')}\n`;
}

/** The anchor a Markdown renderer gives the heading "N. Heading". */
function anchor(index: number, heading: string): string {
  return `${index + 1}-${heading}`
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}
