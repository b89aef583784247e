/**
 * Just enough of the TrueType format to know which characters a font draws and to cut a font down to the
 * characters a document uses. A CJK font has tens of thousands of glyphs (megabytes); a client's name uses
 * a handful, so the PDF embeds only those: the subset keeps every glyph id (glyphs not needed become empty),
 * so composite glyphs and the metrics table stay valid without renumbering. jsPDF needs TrueType (`glyf`)
 * outlines; a font with CFF outlines is refused with a message.
 *
 * Pure functions on bytes: used by the PDF renderer in the browser and by the tests in Node.
 */

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

export interface ParsedFont {
  bytes: Uint8Array;
  view: DataView;
  tables: Map<string, TableRecord>;
  numGlyphs: number;
  /** 0: short offsets (×2), 1: long offsets, in `loca`. */
  indexToLocFormat: number;
  /** Code point → glyph id, from the best Unicode cmap subtable. */
  cmap: Map<number, number>;
}

const tagOf = (view: DataView, at: number) =>
  String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));

function table(font: Pick<ParsedFont, 'tables'>, tag: string): TableRecord {
  const t = font.tables.get(tag);
  if (!t) throw new Error(`the font has no '${tag}' table`);
  return t;
}

/** Reads the table directory, the glyph count and the Unicode character map. */
export function parseFont(data: ArrayBuffer | Uint8Array): ParsedFont {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version === 0x4f54544f)
    throw new Error('the font has CFF outlines; the PDF needs TrueType (glyf) outlines');
  if (version !== 0x00010000 && version !== 0x74727565)
    throw new Error('not a TrueType font (a collection or a web font must be unpacked first)');
  const count = view.getUint16(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    tables.set(tagOf(view, at), {
      tag: tagOf(view, at),
      offset: view.getUint32(at + 8),
      length: view.getUint32(at + 12),
    });
  }
  if (!tables.has('glyf')) throw new Error('the font has no TrueType (glyf) outlines');
  const head = table({ tables }, 'head');
  const maxp = table({ tables }, 'maxp');
  return {
    bytes,
    view,
    tables,
    numGlyphs: view.getUint16(maxp.offset + 4),
    indexToLocFormat: view.getInt16(head.offset + 50),
    cmap: readCmap(view, table({ tables }, 'cmap')),
  };
}

function readCmap(view: DataView, cmap: TableRecord): Map<number, number> {
  const count = view.getUint16(cmap.offset + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const at = cmap.offset + 4 + i * 8;
    const platform = view.getUint16(at);
    const encoding = view.getUint16(at + 2);
    const sub = cmap.offset + view.getUint32(at + 4);
    const format = view.getUint16(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 = sub;
    if (format === 4 && format4 < 0) format4 = sub;
  }
  const out = new Map<number, number>();
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    for (let g = 0; g < groups; g++) {
      const at = format12 + 16 + g * 12;
      const start = view.getUint32(at);
      const end = view.getUint32(at + 4);
      const glyph = view.getUint32(at + 8);
      for (let c = start; c <= end; c++) if (glyph + c - start !== 0) out.set(c, glyph + c - start);
    }
    return out;
  }
  if (format4 < 0) throw new Error('the font has no Unicode character map');
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const offsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(offsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = offsets + s * 2 + rangeOffset + (c - start) * 2;
        glyph = view.getUint16(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) out.set(c, glyph);
    }
  }
  return out;
}

/** The code points a font draws, as sorted inclusive ranges [first, last]. */
export function coverageRanges(font: ParsedFont): [number, number][] {
  const points = [...font.cmap.keys()].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else out.push([p, p]);
  }
  return out;
}

function glyphRange(font: ParsedFont, glyph: number): [number, number] {
  const loca = table(font, 'loca').offset;
  const at = (i: number) =>
    font.indexToLocFormat === 0 ? font.view.getUint16(loca + i * 2) * 2 : font.view.getUint32(loca + i * 4);
  return [at(glyph), at(glyph + 1)];
}

/** The glyphs a composite glyph is built from (none for a simple glyph). */
function components(font: ParsedFont, glyph: number): number[] {
  const [start, end] = glyphRange(font, glyph);
  if (end <= start) return [];
  const glyf = table(font, 'glyf').offset + start;
  const view = font.view;
  if (view.getInt16(glyf) >= 0) return [];
  const out: number[] = [];
  let at = glyf + 10;
  for (;;) {
    const flags = view.getUint16(at);
    out.push(view.getUint16(at + 2));
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020)) break;
  }
  return out;
}

const pad4 = (n: number) => (n + 3) & ~3;

function checksum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let i = 0; i + 4 <= bytes.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  const rest = bytes.length % 4;
  if (rest) {
    let last = 0;
    for (let i = 0; i < 4; i++) last = (last << 8) | (i < rest ? bytes[bytes.length - rest + i]! : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** A format-4 cmap subtable for the given Basic Multilingual Plane mapping. */
function cmapFormat4(map: [number, number][]): Uint8Array {
  // One segment per code point keeps the encoder short; a name uses few characters.
  const segments = [
    ...map.map(([c, g]) => ({ start: c, end: c, delta: (g - c) & 0xffff })),
    { start: 0xffff, end: 0xffff, delta: 1 },
  ];
  const n = segments.length;
  const length = 16 + n * 8;
  const out = new Uint8Array(length);
  const v = new DataView(out.buffer);
  v.setUint16(0, 4);
  v.setUint16(2, length);
  v.setUint16(6, n * 2);
  const power = 2 ** Math.floor(Math.log2(n));
  v.setUint16(8, power * 2);
  v.setUint16(10, Math.log2(power));
  v.setUint16(12, n * 2 - power * 2);
  segments.forEach((s, i) => {
    v.setUint16(14 + i * 2, s.end);
    v.setUint16(16 + n * 2 + i * 2, s.start);
    v.setUint16(16 + n * 4 + i * 2, s.delta);
    v.setUint16(16 + n * 6 + i * 2, 0);
  });
  return out;
}

/**
 * The font cut down to the given code points (those it has; others are left out) and `.notdef`. Glyph ids
 * are kept; `loca` becomes long offsets; the character map is one Windows Unicode (BMP) subtable.
 */
export function subsetFont(font: ParsedFont, codePoints: Iterable<number>): Uint8Array {
  const mapped: [number, number][] = [];
  for (const c of new Set(codePoints)) {
    const glyph = font.cmap.get(c);
    if (glyph !== undefined && c <= 0xfffe) mapped.push([c, glyph]);
  }
  mapped.sort((a, b) => a[0] - b[0]);
  const keep = new Set<number>([0]);
  const queue = mapped.map(([, g]) => g);
  while (queue.length > 0) {
    const g = queue.pop()!;
    if (keep.has(g) || g >= font.numGlyphs) continue;
    keep.add(g);
    queue.push(...components(font, g));
  }

  // glyf and loca with only the kept glyphs' outlines.
  const glyfAt = table(font, 'glyf').offset;
  const kept = [...keep].sort((a, b) => a - b);
  let glyfLength = 0;
  for (const g of kept) {
    const [s, e] = glyphRange(font, g);
    glyfLength += pad4(e - s);
  }
  const glyf = new Uint8Array(glyfLength);
  const loca = new Uint8Array((font.numGlyphs + 1) * 4);
  const locaView = new DataView(loca.buffer);
  let cursor = 0;
  for (let g = 0; g < font.numGlyphs; g++) {
    locaView.setUint32(g * 4, cursor);
    if (!keep.has(g)) continue;
    const [s, e] = glyphRange(font, g);
    glyf.set(font.bytes.subarray(glyfAt + s, glyfAt + e), cursor);
    cursor += pad4(e - s);
  }
  locaView.setUint32(font.numGlyphs * 4, cursor);

  const copy = (tag: string) => {
    const t = table(font, tag);
    return font.bytes.slice(t.offset, t.offset + t.length);
  };
  const head = copy('head');
  new DataView(head.buffer).setInt16(50, 1);
  new DataView(head.buffer).setUint32(8, 0);
  const sub = cmapFormat4(mapped);
  const cmap = new Uint8Array(12 + sub.length);
  const cmapView = new DataView(cmap.buffer);
  cmapView.setUint16(2, 1);
  cmapView.setUint16(4, 3);
  cmapView.setUint16(6, 1);
  cmapView.setUint32(8, 12);
  cmap.set(sub, 12);
  // post format 3: no glyph names.
  const post = copy('post').slice(0, 32);
  new DataView(post.buffer).setUint32(0, 0x00030000);

  const out: [string, Uint8Array][] = [
    ['OS/2', copy('OS/2')],
    ['cmap', cmap],
    ['glyf', glyf],
    ['head', head],
    ['hhea', copy('hhea')],
    ['hmtx', copy('hmtx')],
    ['loca', loca],
    ['maxp', copy('maxp')],
    ['name', copy('name')],
    ['post', post],
  ];
  for (const optional of ['cvt ', 'fpgm', 'prep'])
    if (font.tables.has(optional)) out.push([optional, copy(optional)]);
  out.sort((a, b) => (a[0] < b[0] ? -1 : 1));

  const count = out.length;
  let offset = 12 + count * 16;
  const size = offset + out.reduce((s, [, b]) => s + pad4(b.length), 0);
  const file = new Uint8Array(size);
  const v = new DataView(file.buffer);
  v.setUint32(0, 0x00010000);
  v.setUint16(4, count);
  const power = 2 ** Math.floor(Math.log2(count));
  v.setUint16(6, power * 16);
  v.setUint16(8, Math.log2(power));
  v.setUint16(10, count * 16 - power * 16);
  out.forEach(([tag, bytes], i) => {
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k++) v.setUint8(at + k, tag.charCodeAt(k));
    v.setUint32(at + 4, checksum(bytes));
    v.setUint32(at + 8, offset);
    v.setUint32(at + 12, bytes.length);
    file.set(bytes, offset);
    offset += pad4(bytes.length);
  });
  const headAt = out.findIndex(([tag]) => tag === 'head');
  const headOffset = v.getUint32(12 + headAt * 16 + 8);
  v.setUint32(headOffset + 8, (0xb1b0afba - checksum(file)) >>> 0);
  return file;
}
