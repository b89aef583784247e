/**
 * Share links: a whole scenario in the fragment of the planner's address, `#s=1.<payload>`, where `1` is the
 * link format's version and the payload is the scenario's JSON, compressed (zlib: deflate with an Adler-32
 * checksum, RFC 1950) and written in base64url (RFC 4648 §5, no padding). The scenario carries its seed, so
 * whoever opens the link re-runs it to the same numbers. The fragment never reaches a server.
 *
 * Decoding treats the link as hostile input: it checks the prefix and version, the alphabet and the length
 * before any work, stops inflating beyond MAX_SHARE_INFLATED_BYTES (a small link can unpack to gigabytes),
 * verifies the checksum, so that a character changed in transit is caught rather than opening a different
 * scenario, and hands the text to the scenario validator, so every rule for scenario files applies. It never
 * throws, and its messages are for the person who clicked the link.
 *
 * Runs anywhere: no Buffer, atob or TextDecoder, only fflate and plain code.
 */
import { Inflate, strFromU8, strToU8, zlibSync } from 'fflate';
import { MAX_SCENARIO_BYTES, parseScenarioJson } from '../scenario/validate';
import type { Scenario } from '../types';

/** The link format this version writes and reads. */
export const SHARE_LINK_VERSION = 1;
/** The fragment's key: `#s=…`. */
export const SHARE_PREFIX = 's=';
/**
 * Most characters after `s=`. The largest valid scenario (every override set, the longest name and
 * description, digits that do not compress) needs about a third of this.
 */
export const MAX_SHARE_LINK_CHARS = 32_768;
/** Most bytes the payload may unpack to: the limit for scenario files. */
export const MAX_SHARE_INFLATED_BYTES = MAX_SCENARIO_BYTES;

export type DecodedShareLink =
  /** `migrated`: what bringing a link of an earlier format up to date assumed (empty for a current one). */
  { ok: true; scenario: Scenario; migrated: string[] } | { ok: false; error: string };

export const SHARE_ERRORS = {
  notALink: 'This is not an HA Planner share link: it should end in #s= followed by the scenario.',
  damaged: 'This link is damaged or incomplete (it may have been cut off when copied).',
  newer: 'This link was made by a newer version of HA Planner; this version cannot open it.',
  tooLong: (chars: number) =>
    `This link is too long to be an HA Planner scenario (${chars} characters after “#s=”; a scenario needs at most ${MAX_SHARE_LINK_CHARS}).`,
  tooBig: `This link unpacks to more than ${MAX_SHARE_INFLATED_BYTES.toLocaleString('en-US')} bytes, far more than any scenario.`,
  notJson: (reason: string) => `This link does not hold a scenario HA Planner can read (${reason}).`,
  invalid: (errors: readonly string[], problems = errors.length) => {
    const shown = errors.slice(0, 3).join('; ');
    const more = problems > 3 ? ` (and ${problems - 3} more)` : '';
    return `The scenario in this link cannot be used: ${shown}${more}.`;
  },
} as const;

/** `#s=1.<payload>` for `scenario`: the part of a share link after the page's address. */
export function encodeShareLink(scenario: Scenario): string {
  return `#${SHARE_PREFIX}${encodeSharePayload(JSON.stringify(scenario))}`;
}

/** `1.<payload>` for any text. The app only ever encodes scenarios; tests encode other JSON too. */
export function encodeSharePayload(text: string): string {
  return `${SHARE_LINK_VERSION}.${toBase64Url(zlibSync(strToU8(text), { level: 9 }))}`;
}

/**
 * The fragment of a link as someone pastes it, a whole address or the fragment alone, with the
 * percent-encoding undone that some apps add to links they pass on.
 */
export function linkFragment(link: string): string {
  const hash = link.indexOf('#');
  const fragment = hash >= 0 ? link.slice(hash) : link;
  if (!fragment.includes('%')) return fragment;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Whether an address fragment (with or without its `#`) is meant as a share link. */
export function isShareFragment(fragment: string): boolean {
  return typeof fragment === 'string' && stripHash(fragment).startsWith(SHARE_PREFIX);
}

/** The scenario in a share link's fragment (`#s=1.…` or `s=1.…`), or a message saying why not. Never throws. */
export function decodeShareLink(fragment: string): DecodedShareLink {
  try {
    return decode(fragment);
  } catch {
    // Every expected failure is handled below; this is for the unexpected (e.g. out of memory).
    return { ok: false, error: SHARE_ERRORS.damaged };
  }
}

const fail = (error: string): DecodedShareLink => ({ ok: false, error });
const stripHash = (fragment: string) => (fragment.startsWith('#') ? fragment.slice(1) : fragment);

/** A version: digits, no leading zero, at most six of them. */
const VERSION = /^[1-9]\d{0,5}$/;
/** zlib framing: two header bytes, the deflate stream, four bytes of Adler-32. */
const ZLIB_HEADER = 2;
const ZLIB_TRAILER = 4;

function decode(fragment: string): DecodedShareLink {
  if (typeof fragment !== 'string' || !isShareFragment(fragment)) return fail(SHARE_ERRORS.notALink);
  const body = stripHash(fragment).slice(SHARE_PREFIX.length);
  if (body.length > MAX_SHARE_LINK_CHARS) return fail(SHARE_ERRORS.tooLong(body.length));
  const dot = body.indexOf('.');
  if (dot < 0) return fail(SHARE_ERRORS.damaged);
  const version = body.slice(0, dot);
  if (!VERSION.test(version)) return fail(SHARE_ERRORS.damaged);
  if (Number(version) > SHARE_LINK_VERSION) return fail(SHARE_ERRORS.newer);
  if (Number(version) !== SHARE_LINK_VERSION) return fail(SHARE_ERRORS.damaged);

  const bytes = fromBase64Url(body.slice(dot + 1));
  if (!bytes || bytes.length <= ZLIB_HEADER + ZLIB_TRAILER || !zlibHeaderOk(bytes)) {
    return fail(SHARE_ERRORS.damaged);
  }
  const inflated = inflateAtMost(
    bytes.subarray(ZLIB_HEADER, bytes.length - ZLIB_TRAILER),
    MAX_SHARE_INFLATED_BYTES,
  );
  if (inflated === 'too-big') return fail(SHARE_ERRORS.tooBig);
  if (inflated === null || adler32(inflated) !== readUint32(bytes, bytes.length - ZLIB_TRAILER)) {
    return fail(SHARE_ERRORS.damaged);
  }

  const parsed = parseScenarioJson(strFromU8(inflated), MAX_SHARE_INFLATED_BYTES);
  if (parsed.ok) return { ok: true, scenario: parsed.scenario, migrated: parsed.migrated };
  const [first = ''] = parsed.errors;
  if (first.startsWith('schemaVersion: this file was written by a newer version')) {
    return fail(SHARE_ERRORS.newer);
  }
  if (first.startsWith('JSON: ') || first.startsWith('file: ')) return fail(SHARE_ERRORS.notJson(first));
  return fail(SHARE_ERRORS.invalid(parsed.errors, parsed.problems));
}

/** RFC 1950 header: deflate, a window of at most 32 KiB, no preset dictionary, a valid check value. */
function zlibHeaderOk(bytes: Uint8Array): boolean {
  const cmf = bytes[0] ?? 0;
  const flg = bytes[1] ?? 0;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (flg & 0x20) === 0 && (cmf * 256 + flg) % 31 === 0;
}

/** Compressed bytes fed per step: at deflate's best ratio (about 1:1032) half a megabyte comes out. */
const INFLATE_STEP = 512;

class TooBig extends Error {}

/**
 * Inflates a raw deflate stream, giving up as soon as the output passes `limit` bytes, so a decompression
 * bomb costs at most about `limit` bytes of memory. null when the stream is not valid deflate.
 */
function inflateAtMost(data: Uint8Array, limit: number): Uint8Array | 'too-big' | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new TooBig();
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (error) {
    return error instanceof TooBig ? 'too-big' : null;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Adler-32 (RFC 1950 §8.2), the checksum a zlib stream ends with. */
export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 bytes is the most that can be summed before the 32-bit sums must be reduced.
  for (let start = 0; start < data.length; start += 5552) {
    const end = Math.min(start + 5552, data.length);
    for (let i = start; i < end; i++) {
      a += data[i] ?? 0;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0)) >>>
    0
  );
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

/** base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const left = bytes.length - i;
    out += ALPHABET.charAt(b0 >> 2);
    out += ALPHABET.charAt(((b0 & 3) << 4) | (b1 >> 4));
    if (left > 1) out += ALPHABET.charAt(((b1 & 15) << 2) | (b2 >> 6));
    if (left > 2) out += ALPHABET.charAt(b2 & 63);
  }
  return out;
}

/**
 * The bytes of base64url text without padding; null for any other character, an impossible length, or
 * non-zero bits after the last byte (only one text encodes given bytes, so no character can change unseen).
 */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let n = 0;
  for (const c of text) {
    const value = DECODE.get(c);
    if (value === undefined) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return n === out.length ? out : null;
}
