import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../models/engine/index';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { parseScenario } from '../../models/scenario/validate';
import { DISTRIBUTION_IDS } from '../../models/engine/distributionIds';
import {
  MAX_SHARE_LINK_CHARS,
  SHARE_ERRORS,
  adler32,
  decodeShareLink,
  encodeShareLink,
  encodeSharePayload,
  fromBase64Url,
  toBase64Url,
} from '../../models/share/shareLink';
import type { Scenario } from '../../models/types';
import { openFromUrl, shareUrl, type UrlWindow } from '../../src/io/openFromUrl';
import { createNoticeStore } from '../../src/io/notices';
import { presets, storeWithOpener } from './helpers';

const ALL = [{ file: 'default', scenario: DEFAULT_SCENARIO }, ...presets()];

const withTrials = (scenario: Scenario, trials: number): Scenario => ({
  ...scenario,
  simulation: { ...scenario.simulation, trials },
});

/** A link whose payload is any bytes, framed as zlib with a correct checksum. */
const linkOfBytes = (bytes: Uint8Array) => `#s=1.${toBase64Url(zlibSync(bytes, { level: 9 }))}`;
const linkOfText = (text: string) => `#s=${encodeSharePayload(text)}`;

/** A message meant for a person: a sentence, no stack trace, no "undefined" or "[object …]". */
function expectClearError(outcome: ReturnType<typeof decodeShareLink>): void {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.error).toMatch(
    /^(This link|This is not an HA Planner share link|The scenario in this link)/,
  );
  expect(outcome.error).not.toMatch(/undefined|\[object |\n\s+at /);
}

function decodeNeverThrows(fragment: string) {
  let outcome: ReturnType<typeof decodeShareLink> | undefined;
  expect(() => {
    outcome = decodeShareLink(fragment);
  }).not.toThrow();
  return outcome!;
}

describe('share links: round trip', () => {
  it.each(ALL.map((p) => [p.file, p.scenario] as const))(
    '%s comes back as the same scenario',
    (_file, scenario) => {
      const link = encodeShareLink(scenario);
      expect(link).toMatch(/^#s=1\.[A-Za-z0-9_-]+$/);
      const decoded = decodeShareLink(link);
      expect(decoded).toEqual({ ok: true, scenario, migrated: [] });
      // The fragment without its '#' reads the same.
      expect(decodeShareLink(link.slice(1))).toEqual(decoded);
    },
  );

  it.each(ALL.map((p) => [p.file, p.scenario] as const))(
    '%s re-runs to the same numbers (seed included)',
    (_file, scenario) => {
      const small = withTrials(scenario, 2000);
      const decoded = decodeShareLink(encodeShareLink(small));
      if (!decoded.ok) throw new Error(decoded.error);
      expect(simulate(decoded.scenario)).toEqual(simulate(small));
    },
  );

  it('is a short link for the default scenario', () => {
    expect(encodeShareLink(DEFAULT_SCENARIO).length).toBeLessThan(1200);
  });

  it('fits the largest valid scenario well within the length limit', () => {
    const text = (n: number) =>
      Array.from({ length: n }, (_, k) => String.fromCodePoint(0x1f300 + k)).join('');
    const overrides = Object.fromEntries(
      DISTRIBUTION_IDS.map((id, k) => [id, { min: 1.234567 + k, mode: 12.345678 + k, max: 9876.54321 + k }]),
    );
    const big = { ...DEFAULT_SCENARIO, name: text(120), description: text(500), overrides };
    const parsed = parseScenario(big);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const link = encodeShareLink(parsed.scenario);
    expect(link.length).toBeLessThan(MAX_SHARE_LINK_CHARS / 2);
    expect(decodeShareLink(link)).toEqual({ ok: true, scenario: parsed.scenario, migrated: [] });
  });

  it('builds the full address from the page and the fragment', () => {
    const url = shareUrl(DEFAULT_SCENARIO, { origin: 'https://planner.example', pathname: '/ha/' });
    expect(url).toBe(`https://planner.example/ha/${encodeShareLink(DEFAULT_SCENARIO)}`);
  });
});

describe('share links: base64url and checksum', () => {
  it('round-trips any bytes, and refuses characters outside the alphabet', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
    for (const bad of ['ab+c', 'ab/c', 'ab=c', 'abc=', 'a', 'ab c', 'aé'])
      expect(fromBase64Url(bad)).toBeNull();
  });

  it('refuses a last character whose unused bits are set (one text per byte string)', () => {
    expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
    expect(fromBase64Url('AB')).toBeNull();
  });

  it('computes Adler-32 as zlib does', () => {
    // Known values: "Wikipedia" → 0x11E60398; the empty string → 1.
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array())).toBe(1);
    const big = new Uint8Array(100_000).fill(0xff);
    const framed = zlibSync(big);
    const trailer = framed.subarray(framed.length - 4);
    expect(adler32(big)).toBe(new DataView(trailer.buffer, trailer.byteOffset).getUint32(0));
  });
});

describe('share links: damaged and hostile links', () => {
  const link = encodeShareLink(DEFAULT_SCENARIO);

  it('a truncated link is damaged, wherever it was cut', () => {
    for (let end = 0; end < link.length; end++) {
      const outcome = decodeNeverThrows(link.slice(0, end));
      expectClearError(outcome);
      if (end >= 5 && !outcome.ok) expect(outcome.error).toBe(SHARE_ERRORS.damaged);
    }
  });

  it('a changed character is caught (or changes nothing the link carries)', () => {
    const mid = Math.floor(link.length / 2);
    const c = link.charAt(mid) === 'A' ? 'B' : 'A';
    expect(decodeShareLink(`${link.slice(0, mid)}${c}${link.slice(mid + 1)}`)).toEqual({
      ok: false,
      error: SHARE_ERRORS.damaged,
    });
    for (let k = 5; k < link.length; k++) {
      for (const replacement of ['A', 'z', '-', '9']) {
        if (link.charAt(k) === replacement) continue;
        const outcome = decodeNeverThrows(`${link.slice(0, k)}${replacement}${link.slice(k + 1)}`);
        // Only the padding bits after the deflate stream's last block can change unseen.
        if (outcome.ok) expect(outcome.scenario).toEqual(DEFAULT_SCENARIO);
        else expect(outcome.error).toBe(SHARE_ERRORS.damaged);
      }
    }
  });

  it('a character outside base64url is damaged', () => {
    for (const c of ['+', '/', '=', ' ', '%', 'é', '😀']) {
      expect(decodeShareLink(`${link.slice(0, 20)}${c}${link.slice(21)}`)).toEqual({
        ok: false,
        error: SHARE_ERRORS.damaged,
      });
    }
  });

  it('a newer version says so; a malformed version is damaged', () => {
    const payload = link.slice('#s=1.'.length);
    expect(decodeShareLink(`#s=2.${payload}`)).toEqual({ ok: false, error: SHARE_ERRORS.newer });
    expect(decodeShareLink(`#s=17.${payload}`)).toEqual({ ok: false, error: SHARE_ERRORS.newer });
    for (const version of ['0', '01', 'v1', '', '1.5', '-1', '9999999']) {
      expect(decodeShareLink(`#s=${version}.${payload}`)).toEqual({ ok: false, error: SHARE_ERRORS.damaged });
    }
    expect(decodeShareLink(`#s=${payload}`)).toEqual({ ok: false, error: SHARE_ERRORS.damaged });
  });

  it('anything but #s=… is not a share link', () => {
    for (const fragment of ['', '#', '#main', '#x=1.abc', 'S=1.abc', '#?s=1.abc']) {
      expect(decodeShareLink(fragment)).toEqual({ ok: false, error: SHARE_ERRORS.notALink });
    }
  });

  it('a huge payload is refused before any work', () => {
    const huge = `#s=1.${'A'.repeat(MAX_SHARE_LINK_CHARS + 10)}`;
    const started = performance.now();
    expect(decodeShareLink(huge)).toEqual({
      ok: false,
      error: SHARE_ERRORS.tooLong(MAX_SHARE_LINK_CHARS + 12),
    });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('a decompression bomb (10 MB of spaces) is stopped at the limit', () => {
    const bomb = linkOfBytes(new Uint8Array(10_000_000).fill(0x20));
    // Small enough to pass the length check: the inflate limit is what stops it.
    expect(bomb.length).toBeLessThan(MAX_SHARE_LINK_CHARS);
    expect(decodeShareLink(bomb)).toEqual({ ok: false, error: SHARE_ERRORS.tooBig });
    // Raw deflate (no zlib frame) of the same is damaged, not inflated.
    expect(decodeShareLink(`#s=1.${toBase64Url(zlibSync(new Uint8Array(1_000_000)).subarray(2))}`)).toEqual({
      ok: false,
      error: SHARE_ERRORS.damaged,
    });
  });

  it('__proto__, constructor and unknown fields in the payload are refused with the field named', () => {
    const proto = decodeShareLink(linkOfText('{"schemaVersion":1,"__proto__":{"polluted":true}}'));
    expect(proto.ok).toBe(false);
    if (!proto.ok) expect(proto.error).toContain('__proto__: forbidden key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const ctor = decodeShareLink(linkOfText('{"schemaVersion":1,"targets":{"constructor":{"prototype":1}}}'));
    if (!ctor.ok) expect(ctor.error).toContain('targets.constructor: forbidden key');
    else throw new Error('accepted a constructor key');
    const extra = decodeShareLink(linkOfText('{"schemaVersion":1,"frobnicate":1}'));
    expect(extra).toEqual({ ok: false, error: SHARE_ERRORS.invalid(['frobnicate: unknown field']) });
  });

  it('a bad field gives the validator message', () => {
    const bad = { ...DEFAULT_SCENARIO, targets: { ...DEFAULT_SCENARIO.targets, rtoSeconds: -5 } };
    const outcome = decodeShareLink(linkOfText(JSON.stringify(bad)));
    expectClearError(outcome);
    if (!outcome.ok)
      expect(outcome.error).toMatch(/^The scenario in this link cannot be used: targets\.rtoSeconds: /);
  });

  it('NaN, Infinity and text that is not JSON are refused', () => {
    for (const text of [
      '{"schemaVersion":1,"horizonYears":NaN}',
      '{"schemaVersion":1,"horizonYears":1e999}',
      'hello',
      '',
    ]) {
      expectClearError(decodeNeverThrows(linkOfText(text)));
    }
  });

  it('a newer schemaVersion inside the link says the link is newer', () => {
    const newer = { ...DEFAULT_SCENARIO, schemaVersion: 6 };
    expect(decodeShareLink(linkOfText(JSON.stringify(newer)))).toEqual({
      ok: false,
      error: SHARE_ERRORS.newer,
    });
  });

  it('invalid UTF-8 in the payload is refused, not thrown', () => {
    expectClearError(decodeNeverThrows(linkOfBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))));
  });
});

describe('share links: fuzz', () => {
  const valid = encodeShareLink(DEFAULT_SCENARIO);

  /** Fragments of every kind: random text, link-shaped text, and valid links damaged at random. */
  const fragments = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }).map((s) => `#s=${s}`),
    fc.stringMatching(/^#s=[0-9]{1,3}\.[A-Za-z0-9_-]{0,200}$/),
    fc
      .tuple(fc.nat({ max: valid.length }), fc.string({ maxLength: 3 }))
      .map(([at, s]) => `${valid.slice(0, at)}${s}${valid.slice(at + 1)}`),
    fc.nat({ max: valid.length }).map((at) => valid.slice(0, at)),
  );

  /** JSON values, and scenario-shaped objects with fields replaced by anything. */
  const payloads = fc.oneof(
    fc.jsonValue(),
    fc
      .dictionary(
        fc.constantFrom(...Object.keys(DEFAULT_SCENARIO), '__proto__', 'constructor', 'x'),
        fc.jsonValue({ maxDepth: 2 }),
        { maxKeys: 4 },
      )
      .map((patch) => ({ ...structuredClone(DEFAULT_SCENARIO), ...patch })),
  );

  /** Decodes and, like the app, opens only what decoded; the store is unchanged on every error. */
  function checkWithStore(fragment: string) {
    const { store, opener, opened } = storeWithOpener();
    const before = store.getState().scenario;
    const library = store.getState().library;
    const outcome = decodeNeverThrows(fragment);
    if (outcome.ok) {
      expect(parseScenario(outcome.scenario).ok).toBe(true);
      const name = opener.openAsNew(outcome.scenario, 'link');
      // A new scenario, named as in the link (with a suffix when the name is taken).
      expect(store.getState().scenario).toEqual({ ...outcome.scenario, name });
      expect([outcome.scenario.name, `${outcome.scenario.name} (shared)`]).toContain(name);
    } else {
      expectClearError(outcome);
      expect(store.getState().scenario).toBe(before);
      expect(store.getState().library).toBe(library);
      expect(opened).toEqual([]);
    }
    // The start-up path, with a stand-in window, behaves the same.
    const second = storeWithOpener();
    const notices = createNoticeStore();
    const replaceState = (..._args: unknown[]) => {};
    const win: UrlWindow = {
      location: { hash: fragment, pathname: '/', search: '' },
      history: { state: null, replaceState },
    };
    const initial = second.store.getState().scenario;
    let result: ReturnType<typeof openFromUrl> | undefined;
    expect(() => {
      result = openFromUrl(second.opener, win, notices);
    }).not.toThrow();
    if (result !== 'opened') expect(second.store.getState().scenario).toBe(initial);
    if (result === 'failed') expect(notices.getState().notice?.kind).toBe('error');
  }

  it('any fragment: ok or a clear error, never a throw, never a changed store on error', () => {
    fc.assert(fc.property(fragments, checkWithStore), { numRuns: 300 });
  });

  it('any JSON value in a valid link: ok or a clear error, never a throw', () => {
    fc.assert(
      fc.property(payloads, (value) => checkWithStore(linkOfText(JSON.stringify(value) ?? 'null'))),
      { numRuns: 300 },
    );
  });
});
