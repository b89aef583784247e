/**
 * A PNG logo checked whole before it is accepted, so that a damaged or crafted file is refused with a
 * message for people when it is chosen, instead of failing deep inside the PDF writer with its own words
 * ("Offset is outside the bounds of the DataView"). Checked (PNG specification, ISO/IEC 15948): the
 * signature; every chunk inside the file with its CRC; an IHDR first with a valid size, bit depth, colour
 * type and methods; a palette where the colour type needs one; image data that unpacks (zlib) to exactly
 * the bytes its rows need, each row starting with a valid filter type; an IEND last. The image data is
 * unpacked in a stream and counted, never held, so a small file that unpacks to gigabytes costs nothing.
 */
import { Unzlib } from 'fflate';
import { formatCount } from '../format';

/** Widest and highest logo accepted, in pixels: far more than a cover needs, and a bound on memory. */
export const MAX_LOGO_PIXELS_SIDE = 4096;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Bit depths each colour type allows. */
const DEPTHS = new Map<number, number[]>([
  [0, [1, 2, 4, 8, 16]],
  [2, [8, 16]],
  [3, [1, 2, 4, 8]],
  [4, [8, 16]],
  [6, [8, 16]],
]);
/** Samples per pixel of each colour type. */
const CHANNELS = new Map<number, number>([
  [0, 1],
  [2, 3],
  [3, 1],
  [4, 2],
  [6, 4],
]);

/** Adam7 passes: first column, first row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

let crcTable: Uint32Array | null = null;

function crc32(bytes: Uint8Array, start: number, end: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = crcTable[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const uint32 = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

interface Header {
  width: number;
  height: number;
  depth: number;
  colourType: number;
  interlaced: boolean;
}

/** Bytes of each row of the image data, filter byte included, in the order they come. */
function* rowLengths({ width, height, depth, colourType, interlaced }: Header): Generator<number> {
  const bitsPerPixel = depth * (CHANNELS.get(colourType) ?? 1);
  const rowBytes = (w: number) => 1 + Math.ceil((w * bitsPerPixel) / 8);
  if (!interlaced) {
    for (let y = 0; y < height; y++) yield rowBytes(width);
    return;
  }
  for (const [x0, y0, dx, dy] of ADAM7) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w <= 0 || h <= 0) continue;
    for (let y = 0; y < h; y++) yield rowBytes(w);
  }
}

/** Why a file of `name` is not a PNG the PDF can take, in words for people; null when it is one. */
export function pngProblem(bytes: Uint8Array, name: string): string | null {
  const file = `“${name}”`;
  const damaged = (how: string) => `${file} is damaged: ${how}. Save the logo again, or choose another file.`;
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) return `${file} is not a valid PNG image.`;
  let at = SIGNATURE.length;
  let header: Header | null = null;
  let palette = false;
  let ended = false;
  const data: Uint8Array[] = [];
  while (at < bytes.length) {
    if (ended) return damaged('there is data after its end');
    if (at + 12 > bytes.length) return damaged('it ends in the middle of a part (it may have been cut off)');
    const length = uint32(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type)) return damaged('a part of it has no valid name');
    if (end > bytes.length) return damaged('it ends in the middle of a part (it may have been cut off)');
    if (crc32(bytes, at + 4, end - 4) !== uint32(bytes, end - 4)) {
      return damaged(`its ${type} part does not match its checksum`);
    }
    const body = bytes.subarray(at + 8, end - 4);
    if (header === null && type !== 'IHDR') return damaged('it does not start with an image header');
    if (type === 'IHDR') {
      if (header !== null || length !== 13) return damaged('its image header is not valid');
      const [depth, colourType, compression, filter, interlace] = body.subarray(8);
      header = {
        width: uint32(body, 0),
        height: uint32(body, 4),
        depth: depth!,
        colourType: colourType!,
        interlaced: interlace === 1,
      };
      if (header.width === 0 || header.height === 0) return damaged('its image has no pixels');
      if (!(DEPTHS.get(colourType!) ?? []).includes(depth!) || compression !== 0 || filter !== 0) {
        return damaged('its image header is not valid');
      }
      if (interlace !== 0 && interlace !== 1) return damaged('its image header is not valid');
      if (header.width > MAX_LOGO_PIXELS_SIDE || header.height > MAX_LOGO_PIXELS_SIDE) {
        return `${file} is ${formatCount(header.width)} × ${formatCount(header.height)} pixels; a logo can be at most ${formatCount(MAX_LOGO_PIXELS_SIDE)} pixels wide and high.`;
      }
    } else if (type === 'PLTE') {
      palette = length > 0 && length % 3 === 0 && length <= 768;
      if (!palette) return damaged('its palette is not valid');
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      ended = true;
    } else if ((bytes[at + 4]! & 0x20) === 0) {
      // An unknown chunk marked critical: a decoder must not draw the image without understanding it.
      return `${file} uses a kind of PNG this planner cannot read (its ${type} part). Save it as a plain PNG.`;
    }
    at = end;
  }
  if (!header) return damaged('it has no image header');
  if (!ended) return damaged('it has no end (it may have been cut off)');
  if (header.colourType === 3 && !palette) return damaged('its palette is missing');
  if (data.length === 0) return damaged('it has no image data');
  return imageDataProblem(data, header) === null ? null : damaged('its image data cannot be unpacked');
}

/** Compressed bytes fed to the inflater at a time: at deflate's best ratio, about half a megabyte out. */
const INFLATE_STEP = 512;

/**
 * Unpacks the image data in a stream, checking its size, each row's filter byte and the zlib checksum
 * (Adler-32, which the PDF writer checks too); null when right.
 */
function imageDataProblem(data: Uint8Array[], header: Header): string | null {
  const rows = rowLengths(header);
  let expected = 0;
  for (const length of rowLengths(header)) expected += length;
  const stream = concat(data);
  if (stream.length < 6) return 'no zlib data';
  let total = 0;
  let nextRow = 0;
  let a = 1;
  let b = 0;
  // Thrown from the stream's callback to stop unpacking at the first fault (a bomb stops at its limit).
  class Fault extends Error {}
  const inflater = new Unzlib((chunk) => {
    const chunkStart = total;
    total += chunk.length;
    if (total > expected) throw new Fault('more image data than its rows need');
    for (let i = 0; i < chunk.length; i++) {
      a = (a + chunk[i]!) % 65521;
      b = (b + a) % 65521;
    }
    while (nextRow < total) {
      if (chunk[nextRow - chunkStart]! > 4) throw new Fault('a row with an unknown filter');
      const length = rows.next();
      if (length.done) return;
      nextRow += length.value;
    }
  });
  try {
    for (let at = 0; at < stream.length; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, stream.length);
      inflater.push(stream.subarray(at, end), end === stream.length);
    }
  } catch (error) {
    return error instanceof Fault ? error.message : 'not zlib data';
  }
  if (total !== expected) return 'less image data than its rows need';
  return ((b << 16) | a) >>> 0 === uint32(stream, stream.length - 4) ? null : 'a wrong zlib checksum';
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
