/**
 * Line breaking for the PDF, independent of jsPDF (the width of a string comes from a function): breaks at
 * spaces, between CJK characters (which take no spaces), inside a web address only after a separator
 * (/ . ? & = # - _), and inside any other word too long for the line only as a last resort. A number and
 * its unit are kept together by a no-break space before this runs. Each line knows which web addresses it
 * shows part of, so the renderer can make every piece a live link to the whole address.
 */

export interface LinkSpan {
  /** Character offsets of the piece within the line. */
  start: number;
  end: number;
  url: string;
}

export interface Line {
  text: string;
  links: LinkSpan[];
}

export type Measure = (text: string) => number;

const URL_PATTERN = /^(https?:\/\/\S+)$/;
/** Trailing punctuation that ends a sentence rather than the address. */
const URL_TAIL = /[.,;:!?)\]]+$/;

/** Whether a character is one of the CJK scripts, which break between any two characters. */
export function isCjk(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

interface Piece {
  text: string;
  /** A space separates it from the previous piece (dropped at a line start). */
  space: boolean;
  url?: string;
}

/** Cuts a long word after separators: "a/b.c" → "a/", "b.", "c". */
function atSeparators(word: string): string[] {
  return word.split(/(?<=[/.?&=#\-_–])(?=.)/);
}

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  text.split(' ').forEach((word, w) => {
    if (word === '') {
      if (w > 0) out.push({ text: '', space: true });
      return;
    }
    const match = URL_PATTERN.exec(word);
    if (match) {
      const tail = URL_TAIL.exec(word)?.[0] ?? '';
      const url = word.slice(0, word.length - tail.length);
      atSeparators(url).forEach((part, i) => out.push({ text: part, space: i === 0 && w > 0, url }));
      if (tail) out.push({ text: tail, space: false });
      return;
    }
    // CJK characters each make a piece; runs of other characters stay words.
    let first = true;
    let buffer = '';
    const flush = () => {
      if (buffer) out.push({ text: buffer, space: first && w > 0 });
      if (buffer) first = false;
      buffer = '';
    };
    for (const ch of word) {
      if (isCjk(ch)) {
        flush();
        out.push({ text: ch, space: first && w > 0 });
        first = false;
      } else buffer += ch;
    }
    flush();
  });
  return out;
}

/** Splits a piece wider than the line: at separators, then between characters. */
function split(piece: Piece, width: number, measure: Measure): Piece[] {
  const parts = atSeparators(piece.text);
  const out: Piece[] = [];
  for (const part of parts) {
    if (measure(part) <= width) {
      out.push({ ...piece, text: part, space: out.length === 0 && piece.space });
      continue;
    }
    let buffer = '';
    for (const ch of part) {
      if (buffer && measure(buffer + ch) > width) {
        out.push({ ...piece, text: buffer, space: out.length === 0 && piece.space });
        buffer = '';
      }
      buffer += ch;
    }
    if (buffer) out.push({ ...piece, text: buffer, space: out.length === 0 && piece.space });
  }
  // Merge neighbours back while they fit, so a long word breaks as late as it can.
  const merged: Piece[] = [];
  for (const p of out) {
    const last = merged[merged.length - 1];
    if (last && !p.space && measure(last.text + p.text) <= width) last.text += p.text;
    else merged.push({ ...p });
  }
  return merged;
}

/**
 * One paragraph (no `\n`) broken into lines no wider than `width`. Widths add up (the PDF sets text with
 * no kerning), so a line's width grows piece by piece instead of being measured again whole.
 */
function wrapParagraph(text: string, width: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  const space = measure(' ');
  let line: Line = { text: '', links: [] };
  let used = 0;
  const place = (p: Piece, w: number) => {
    const start = line.text.length;
    line.text += p.text;
    used += w;
    if (p.url) {
      const last = line.links[line.links.length - 1];
      if (last && last.url === p.url && last.end === start) last.end = line.text.length;
      else line.links.push({ start, end: line.text.length, url: p.url });
    }
  };
  for (const raw of pieces(text)) {
    const candidates = measure(raw.text) > width ? split(raw, width, measure) : [raw];
    for (const p of candidates) {
      const w = measure(p.text);
      const sep = p.space && line.text !== '';
      if (line.text !== '' && used + (sep ? space : 0) + w > width) {
        lines.push(line);
        line = { text: '', links: [] };
        used = 0;
        if (p.text !== '') place(p, w);
        continue;
      }
      if (sep) {
        line.text += ' ';
        used += space;
      }
      place(p, w);
    }
  }
  lines.push({ text: line.text.trimEnd(), links: line.links });
  return lines;
}

/** Text broken into lines no wider than `width`; `\n` starts a new line, an empty line stays empty. */
export function wrapText(text: string, width: number, measure: Measure): Line[] {
  return text
    .split('\n')
    .flatMap((part) =>
      part.trim() === '' ? [{ text: '', links: [] }] : wrapParagraph(part, width, measure),
    );
}
