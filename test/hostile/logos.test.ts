// @vitest-environment jsdom
/**
 * Broken and hostile logos: a damaged PNG is refused with a message for people when it is chosen (never the
 * PDF library's own words later), and an SVG is made safe as text before any DOM sees it.
 */
import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { readLogo } from '../../src/pdf/logo';
import { MAX_LOGO_PIXELS_SIDE, pngProblem } from '../../src/pdf/pngCheck';
import { sanitizeSvgText } from '../../src/pdf/svgSanitize';

// ----- PNG files made byte by byte

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

function chunk(type: string, data: Uint8Array | number[]): number[] {
  const body = Uint8Array.from([...type].map((c) => c.charCodeAt(0)).concat([...data]));
  return [...u32(body.length - 4), ...body, ...u32(crc(body))];
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** An 8-bit RGB PNG of width × height: rows of filter 0 and a colour gradient. */
function png(width: number, height: number, raw?: Uint8Array): Uint8Array<ArrayBuffer> {
  const rows = raw ?? new Uint8Array(height * (1 + width * 3)).map((_, i) => (i * 7) & 0xff);
  if (!raw) for (let y = 0; y < height; y++) rows[y * (1 + width * 3)] = 0;
  return Uint8Array.from([
    ...SIGNATURE,
    ...chunk('IHDR', [...u32(width), ...u32(height), 8, 2, 0, 0, 0]),
    ...chunk('IDAT', zlibSync(rows)),
    ...chunk('IEND', []),
  ]);
}

/** Chunk boundaries of a PNG: [start, end) of each chunk. */
function chunks(bytes: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const end = at + 12 + (length >>> 0);
    if (end > bytes.length) break;
    out.push([at, end]);
    at = end;
  }
  return out;
}

/** The same bytes with every chunk's CRC made right again (a crafted file, not a damaged one). */
function fixCrcs(bytes: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(bytes);
  for (const [start, end] of chunks(copy)) copy.set(u32(crc(copy.subarray(start + 4, end - 4))), end - 4);
  return copy;
}

const GOOD = png(16, 16);

/** What jsPDF (the PDF writer) makes of a PNG: true when it reads it. */
function pdfReads(bytes: Uint8Array): boolean {
  try {
    new jsPDF().getImageProperties(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('PNG logos', () => {
  it('a valid PNG passes, and the PDF writer reads it', () => {
    expect(pngProblem(GOOD, 'logo.png')).toBeNull();
    expect(pdfReads(GOOD)).toBe(true);
  });

  it('a truncated PNG is refused in words, where the PDF writer would fail in its own', () => {
    const cut = GOOD.subarray(0, GOOD.length - 20);
    expect(pngProblem(cut, 'logo.png')).toBe(
      '“logo.png” is damaged: it ends in the middle of a part (it may have been cut off). Save the logo again, or choose another file.',
    );
    let libraryWords = '';
    try {
      new jsPDF().getImageProperties(cut);
    } catch (error) {
      libraryWords = error instanceof Error ? error.message : String(error);
    }
    // What a person saw before: the library's message.
    expect(libraryWords).not.toBe('');
    expect(pngProblem(GOOD.subarray(0, 33), 'logo.png')).toMatch(/has no end|cut off/);
  });

  it('a changed byte fails its checksum; crafted data with right checksums still fails', () => {
    const flipped = Uint8Array.from(GOOD);
    const [, idatEnd] = chunks(GOOD)[1]!;
    flipped[idatEnd - 8]! ^= 0xff;
    expect(pngProblem(flipped, 'logo.png')).toBe(
      '“logo.png” is damaged: its IDAT part does not match its checksum. Save the logo again, or choose another file.',
    );
    expect(pngProblem(fixCrcs(flipped), 'logo.png')).toBe(
      '“logo.png” is damaged: its image data cannot be unpacked. Save the logo again, or choose another file.',
    );
    // Rows with an unknown filter type; too few rows; too many.
    const badFilter = new Uint8Array(16 * 49).fill(9);
    expect(pngProblem(png(16, 16, badFilter), 'logo.png')).toMatch(/image data cannot be unpacked/);
    expect(pngProblem(png(16, 16, new Uint8Array(16 * 49 - 1)), 'logo.png')).toMatch(/cannot be unpacked/);
    expect(pngProblem(png(16, 16, new Uint8Array(16 * 49 + 1)), 'logo.png')).toMatch(/cannot be unpacked/);
  });

  it('a header that lies about the size is caught before anything is unpacked', () => {
    expect(pngProblem(png(MAX_LOGO_PIXELS_SIDE + 1, 1, new Uint8Array(1)), 'big.png')).toBe(
      '“big.png” is 4,097 × 1 pixels; a logo can be at most 4,096 pixels wide and high.',
    );
    // A small file that unpacks to 100 MB: stopped at the bytes its rows need.
    const bomb = png(16, 16, new Uint8Array(100_000_000));
    expect(bomb.length).toBeLessThan(200_000);
    const started = performance.now();
    expect(pngProblem(bomb, 'bomb.png')).toMatch(/image data cannot be unpacked/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('any truncation or change of bytes, with or without right checksums, is a message or a PNG the PDF writer reads', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: GOOD.length - 1 }).map((n) => GOOD.subarray(0, n)),
          fc
            .tuple(
              fc.integer({ min: 8, max: GOOD.length - 1 }),
              fc.integer({ min: 1, max: 255 }),
              fc.boolean(),
            )
            .map(([at, xor, fix]) => {
              const copy = Uint8Array.from(GOOD);
              copy[at]! ^= xor;
              return fix ? fixCrcs(copy) : copy;
            }),
        ),
        (bytes) => {
          const problem = pngProblem(bytes, 'logo.png');
          if (problem === null) expect(pdfReads(bytes)).toBe(true);
          else expect(problem).toMatch(/^“logo\.png” (is|uses) /);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('readLogo gives the message when the file is chosen', async () => {
    const cut = new File([GOOD.slice(0, 60)], 'cut.png', { type: 'image/png' });
    await expect(readLogo(cut)).rejects.toThrow(/^“cut\.png” is damaged: /);
    const undecodable = new File([GOOD], 'odd.png', { type: 'image/png' });
    await expect(readLogo(undecodable, async () => false)).rejects.toThrow(
      '“odd.png” could not be read as an image. Save the logo again, or choose another file.',
    );
  });
});

// ----- SVG logos

const HOSTILE_SVG = `<?xml version="1.0"?>
<?xml-stylesheet href="http://evil.example/a.css"?>
<!DOCTYPE svg [ <!ENTITY boom "<script>alert(1)</script>"> ]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 20" onload="alert(1)">
  <style>@import url(http://evil.example/b.css); .a { fill: url(http://evil.example/c.svg#g); stroke: #00c }</style>
  <script>alert(2)</script>
  <script><![CDATA[ alert(3) ]]></script>
  <rect class="a" width="20" height="20" onclick="alert(4)" style="fill: url('https://evil.example/d'); stroke-width: 3"/>
  <a href="javascript:alert(5)"><circle cx="30" cy="10" r="8" fill="#c00"/></a>
  <image href="http://evil.example/e.png" width="5" height="5"/>
  <image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="5" height="5"/>
  <use xlink:href="http://evil.example/f.svg#x"/>
  <use href="#local"/>
  <foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://evil.example/g"/></foreignObject>
  <set attributeName="href" to="javascript:alert(6)"/>
  <animate attributeName="onload" to="alert(7)"/>
  <text x="1" y="18">&lt;b&gt; &amp; &#x263A; &boom;</text>
  <sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net"/>
</svg>`;

describe('SVG logos', () => {
  const result = sanitizeSvgText(HOSTILE_SVG);
  const safe = result.ok ? result.svg : '';

  it('keeps the drawing and drops everything that runs, fetches or expands', () => {
    expect(result.ok).toBe(true);
    expect(safe).not.toMatch(/\son\w+=/i);
    expect(safe).not.toMatch(/<script|<foreignObject|<iframe|<set|<animate|<a[\s>]|<!ENTITY|<\?/i);
    expect(safe).not.toMatch(/evil\.example|javascript:|@import/i);
    expect(safe).toContain('<rect class="a" width="20" height="20" style="fill: none; stroke-width: 3"/>');
    expect(safe).toContain('<circle cx="30" cy="10" r="8" fill="#c00"/>');
    expect(safe).toContain('<use href="#local"/>');
    expect(safe).toContain('xlink:href="data:image/png;base64,iVBORw0KGgo="');
    expect(safe).toContain('.a { fill: none; stroke: #00c }');
    // Text stays text: markup escaped, a character reference decoded, an entity not expanded.
    expect(safe).toContain('&lt;b&gt; &amp; ☺ &amp;boom;');
    expect(
      safe.startsWith(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 20">',
      ),
    ).toBe(true);
  });

  it('is well-formed SVG that a browser parses, with no handler or reference left in the parsed tree', () => {
    const doc = new DOMParser().parseFromString(safe, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('svg');
    for (const el of [doc.documentElement, ...Array.from(doc.documentElement.querySelectorAll('*'))]) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.toLowerCase().startsWith('on')).toBe(false);
        if (/href$/i.test(attr.name)) expect(attr.value).toMatch(/^(#|data:image\/png)/);
      }
    }
    // The two uses and two images stay, without their outside references.
    expect(doc.querySelectorAll('rect, circle, text, use, image')).toHaveLength(7);
  });

  it('is the same when sanitised twice', () => {
    expect(sanitizeSvgText(safe)).toEqual({ ok: true, svg: safe });
  });

  it('refuses what is not a well-formed SVG, in words', () => {
    const cases: [string, string][] = [
      ['<html><svg/></html>', 'its root element is <html>, not <svg>'],
      ['<svg><rect></svg>', '</svg> does not close the element it should'],
      ['<svg><rect width=5/></svg>', 'the value of width in <rect> is not quoted'],
      ['<svg>', 'it ends before <svg> is closed'],
      ['', 'it has no <svg> element'],
      ['<svg/><svg/>', 'it has more than one root element'],
      ['<svg a="1" a="2"/>', 'the tag <svg> has a twice'],
      ['<svg><!-- open', 'it ends inside a comment'],
    ];
    for (const [text, reason] of cases) expect(sanitizeSvgText(text)).toEqual({ ok: false, reason });
  });

  it('never throws, and what it accepts always parses as SVG with no handler', () => {
    const piece = fc.constantFrom(
      '<svg>',
      '</svg>',
      '<g onload="x">',
      '</g>',
      '<rect/>',
      '<script>',
      '</script>',
      '<![CDATA[<x>]]>',
      '<!--c-->',
      '&amp;',
      '&#0;',
      '<a href="javascript:x">',
      '</a>',
      'text',
      '"',
      '<',
      '>',
      '<style>',
      '</style>',
      'url(http://x)',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const outcome = sanitizeSvgText(pieces.join(''));
        if (!outcome.ok) return;
        const doc = new DOMParser().parseFromString(outcome.svg, 'image/svg+xml');
        expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
        const withoutNamespaces = outcome.svg.replace(/ xmlns(:xlink)?="[^"]*"/g, '');
        expect(withoutNamespaces).not.toMatch(/\son\w+=|<script|javascript:|http:/i);
      }),
      { numRuns: 500 },
    );
  });

  it('readLogo keeps only the safe text: the data URL is the sanitised SVG', async () => {
    const logo = await readLogo(new File([HOSTILE_SVG], 'logo.svg', { type: 'image/svg+xml' }));
    const base64 = logo.dataUrl.slice('data:image/svg+xml;base64,'.length);
    const text = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    expect(text).toBe(safe);
    await expect(
      readLogo(new File(['<svg><g></svg>'], 'broken.svg', { type: 'image/svg+xml' })),
    ).rejects.toThrow('“broken.svg” is not a valid SVG image: </svg> does not close the element it should.');
  });
});
