/**
 * Text a scenario brings (its name above all) on its way out of the app, to a terminal, a Markdown
 * renderer or a spreadsheet. The app itself shows names as they are: React writes them as text, never as
 * markup. Another program may read characters as commands instead, so where text leaves as text this is
 * the policy:
 *
 * 1. Line breaks, tabs and every other white space become one space: a name is one line, and cannot start
 *    a heading, a list or a table row of its own.
 * 2. Every other control character (C0, DEL and C1: ESC and CSI start terminal escape sequences that move
 *    the cursor, recolour, retitle the window or hide text) becomes U+FFFD, "�": visible, and inert.
 * 3. Bidirectional controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM) and the other
 *    invisible format characters (zero-width space, word joiner, byte-order mark, soft hyphen …) are
 *    removed, so text reads in the order it is stored and hides nothing. The zero-width joiner and
 *    non-joiner stay: some scripts and emoji need them.
 * 4. A name with nothing visible left (only spaces, marks, fillers such as U+3164) is shown as
 *    NO_VISIBLE_NAME.
 * 5. In Markdown, the characters that mean something there (\ ` * _ [ ] < > | # ~ &) are escaped with a
 *    backslash, so `<script>` and `|` stay text and a table keeps its columns.
 *
 * JSON keeps every character (it is data) but writes the invisible ones as `\u` escapes (jsonSafe), which
 * JSON readers turn back into the same text.
 */

/** What a name with no visible character is shown as. */
export const NO_VISIBLE_NAME = '(no visible name)';

/** Rule 1: white space of every kind, control characters that act as white space included. */
const WHITE = /[\s\u0085]+/gu;
/** Rule 2: C0 (other than the white space above), DEL and C1. */
// eslint-disable-next-line no-control-regex -- control characters are what this module looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
/** Rule 3: format characters, the joiners excepted. */
const FORMAT = /(?![\u200c\u200d])\p{Cf}/gu;
/** What draws nothing: white space, controls, format characters, marks alone, and blank "letters". */
const INVISIBLE = /^[\s\p{Cc}\p{Cf}\p{M}\u115f\u1160\u3164\uffa0\u2800]*$/u;
/** Rule 5. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|#~&]/g;

/** Text as one inert line (rules 1 to 3). */
export function plainText(text: string): string {
  return text.replace(WHITE, ' ').replace(CONTROL, '\ufffd').replace(FORMAT, '').trim();
}

/** A name as one inert line, or NO_VISIBLE_NAME when nothing of it would show (rules 1 to 4). */
export function plainName(name: string): string {
  const text = plainText(name);
  return INVISIBLE.test(text) ? NO_VISIBLE_NAME : text;
}

/** A name for Markdown (rules 1 to 5). */
export function markdownName(name: string): string {
  const plain = plainName(name);
  return plain === NO_VISIBLE_NAME ? plain : plain.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/**
 * Whole lines for a terminal (messages, reports): line feeds and tabs kept, every other control character
 * replaced (rule 2), bidirectional and invisible format characters removed (rule 3).
 */
export function terminalText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this module looks for
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu, '\ufffd').replace(FORMAT, '');
}

/**
 * A field of a table file (CSV), where a quoted field may hold line breaks: tabs, line feeds and carriage
 * returns kept, every other control character replaced (rule 2), format characters removed (rule 3).
 */
export function tableText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are what this module looks for
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu, '\ufffd')
      .replace(FORMAT, '')
  );
}

/**
 * JSON text with every character a terminal could act on, or that would not show, written as a `\u`
 * escape: DEL, C1, format characters and the two line separators JSON.stringify leaves raw. The data read
 * back is the same.
 */
export function jsonSafe(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u2028\u2029]|\p{Cf}/gu,
    // Per UTF-16 unit: a character beyond the first plane is written as its surrogate pair.
    (c) =>
      Array.from(c.split(''), (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  );
}
