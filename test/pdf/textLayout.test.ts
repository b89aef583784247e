import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCjk, wrapText } from '../../src/pdf/textLayout';

/** One unit per character: widths become character counts. */
const count = (text: string) => [...text].length;

describe('wrapText', () => {
  it('breaks at spaces and keeps every line within the width', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 10, count);
    expect(lines.map((l) => l.text)).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
  });

  it('breaks a web address only after a separator and links every piece to the whole address', () => {
    const url = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_FailoverDBCluster.html';
    const lines = wrapText(`Read ${url}.`, 30, count);
    for (const line of lines) expect(count(line.text)).toBeLessThanOrEqual(30);
    const pieces = lines.flatMap((l) =>
      l.links.map((k) => ({ text: l.text.slice(k.start, k.end), url: k.url })),
    );
    expect(pieces.map((p) => p.text).join('')).toBe(url);
    for (const p of pieces) expect(p.url).toBe(url);
    // Every piece but the last ends at a separator.
    for (const p of pieces.slice(0, -1)) expect(p.text).toMatch(/[/.?&=#\-_]$/);
    // The full stop after the address is not part of the link.
    expect(lines.at(-1)!.text.endsWith('.')).toBe(true);
  });

  it('breaks CJK text between characters, with no space added', () => {
    const lines = wrapText('日本語株式会社ホールディングス', 5, count);
    expect(lines.map((l) => l.text).join('')).toBe('日本語株式会社ホールディングス');
    for (const l of lines) expect(count(l.text)).toBeLessThanOrEqual(5);
    expect(isCjk('語')).toBe(true);
    expect(isCjk('a')).toBe(false);
  });

  it('keeps a no-break space and honours line breaks', () => {
    expect(wrapText('waits 30\u00a0s then', 9, count).map((l) => l.text)).toEqual([
      'waits',
      '30\u00a0s then',
    ]);
    expect(wrapText('a\n\nb', 10, count).map((l) => l.text)).toEqual(['a', '', 'b']);
  });

  it('never loses or reorders a character (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ab', 'cdefgh', 'https://x.io/a/b-c', '日本', 'ijklmnopqrstuvwxyz'), {
          maxLength: 12,
        }),
        fc.integer({ min: 3, max: 40 }),
        (words, width) => {
          const text = words.join(' ');
          const lines = wrapText(text, width, count);
          for (const l of lines) expect(count(l.text)).toBeLessThanOrEqual(width);
          expect(
            lines
              .map((l) => l.text)
              .join('')
              .replace(/ /g, ''),
          ).toBe(text.replace(/ /g, ''));
        },
      ),
    );
  });
});
