/** Small pieces of Markdown shared by the generated documents. */

/** Text for a table cell: one line, pipes escaped. */
export function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/** A Markdown table from a header and rows of cells (already written as cell text). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/**
 * Top-level domains that mark a word of a source as a web address. A closed list, so that file names
 * such as `sentinel.conf` or `high-availability.md` stay words.
 */
const WEB_DOMAINS = 'com|org|net|io|dev|sh|cn|ms|co|info|app|cloud|tech';
const ADDRESS = new RegExp(
  String.raw`(?<![\w./-])((?:[a-z0-9-]+\.)+(?:${WEB_DOMAINS})(?:/[^\s;,()…]*)?)(?![\w…/])`,
  'gi',
);

/**
 * A source as the catalogue records it (a title, an address without its scheme, or both), with every
 * complete web address made a link. An address cut short with an ellipsis is left as text: a link to a
 * part of it would lead somewhere else.
 */
export function linkAddresses(source: string): string {
  return source.replace(ADDRESS, (address: string) => {
    const trimmed = address.replace(/[.:]+$/, '');
    const rest = address.slice(trimmed.length);
    return `[${trimmed}](https://${trimmed})${rest}`;
  });
}

/** The line every generated document starts with, naming where it comes from and how to rebuild it. */
export function generatedNote(from: string): string {
  return `<!-- Generated from ${from} by \`npm run docs\`: edit the source, not this file. -->`;
}
