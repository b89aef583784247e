/**
 * Which font of the PDF draws each character: DejaVu Sans (regular, bold) or DejaVu Sans Mono for most
 * scripts, the CJK fallback for Chinese, Japanese and Korean, and none for what no shipped font has. The
 * renderer splits text into runs by font; the export form lists, before export, the characters no font
 * draws, so nothing disappears silently.
 */
import { FONT_COVERAGE } from './fontCoverage';

export type FontFace = keyof typeof FONT_COVERAGE;
/** The face a piece of text asks for; the fallback stands in for any of them. */
export type Style = 'regular' | 'bold' | 'mono';

type Ranges = Uint32Array;

function decode(encoded: string): Ranges {
  const parts = encoded.split(',');
  const out = new Uint32Array(parts.length * 2);
  parts.forEach((part, i) => {
    const [a = '0', b = a] = part.split('-');
    out[i * 2] = parseInt(a, 16);
    out[i * 2 + 1] = parseInt(b, 16);
  });
  return out;
}

const RANGES = new Map<FontFace, Ranges>();
function ranges(face: FontFace): Ranges {
  let r = RANGES.get(face);
  if (!r) {
    r = decode(FONT_COVERAGE[face]);
    RANGES.set(face, r);
  }
  return r;
}

/** Whether a font draws a code point (binary search over its ranges). */
export function draws(face: FontFace, codePoint: number): boolean {
  const r = ranges(face);
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < r[mid * 2]!) hi = mid - 1;
    else if (codePoint > r[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Characters that are layout rather than glyphs: never reported as missing. */
const LAYOUT = /[\s\u200b-\u200d\ufeff]/u;

/** The face that draws a character in a style, or null when no shipped font has it. */
export function faceFor(ch: string, style: Style): FontFace | null {
  const cp = ch.codePointAt(0)!;
  if (LAYOUT.test(ch)) return style;
  if (draws(style, cp)) return style;
  // Bold and mono lack a few characters the regular face has.
  if (style !== 'regular' && draws('regular', cp)) return 'regular';
  // jsPDF reads only the Basic Multilingual Plane of a font's character map.
  if (cp <= 0xffff && draws('fallback', cp)) return 'fallback';
  return null;
}

export interface Run {
  face: FontFace | null;
  text: string;
}

/** The text cut into runs of one face each; characters no font has form runs of face null. */
export function runs(text: string, style: Style): Run[] {
  const out: Run[] = [];
  for (const ch of text) {
    const face = faceFor(ch, style);
    const last = out[out.length - 1];
    if (last && last.face === face) last.text += ch;
    else out.push({ face, text: ch });
  }
  return out;
}

/** Whether any character of the texts needs the CJK fallback font. */
export function needsFallback(texts: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const text of texts)
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp > 0x2000 && !draws('regular', cp) && !draws('bold', cp) && cp <= 0xffff && draws('fallback', cp))
        out.add(cp);
    }
  return out;
}

/** The characters of the texts that no shipped font draws, each once, in order of appearance. */
export function undrawable(texts: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const text of texts) for (const ch of text) if (faceFor(ch, 'regular') === null) out.add(ch);
  return [...out];
}
