/**
 * Size limits at their boundary (the limit accepted, one byte or character more refused) for files, imports
 * and share links; forbidden keys refused at every depth of a scenario.
 */
import { strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { FORBIDDEN_KEYS, SCENARIO_GROUPS } from '../../models/scenario/fields';
import { MAX_SCENARIO_BYTES, parseScenarioJson } from '../../models/scenario/validate';
import {
  MAX_SHARE_INFLATED_BYTES,
  MAX_SHARE_LINK_CHARS,
  SHARE_ERRORS,
  decodeShareLink,
  encodeShareLink,
  toBase64Url,
} from '../../models/share/shareLink';
import { MAX_IMPORT_BYTES, readScenarioFile } from '../../src/io/importScenario';

const SCENARIO = JSON.stringify({ ...DEFAULT_SCENARIO, name: 'Edge €' });
const utf8 = (text: string) => new TextEncoder().encode(text).length;
/** The scenario padded with spaces to exactly `bytes` bytes of UTF-8. */
const padded = (bytes: number) => SCENARIO + ' '.repeat(bytes - utf8(SCENARIO));

describe('the size limit of scenario text, at the boundary', () => {
  it('is the same everywhere: files, imports, links and the command line', () => {
    expect(MAX_IMPORT_BYTES).toBe(MAX_SCENARIO_BYTES);
    expect(MAX_SHARE_INFLATED_BYTES).toBe(MAX_SCENARIO_BYTES);
  });

  it('text of exactly the limit is read; one byte more is refused', () => {
    expect(utf8(padded(MAX_SCENARIO_BYTES))).toBe(1_000_000);
    expect(parseScenarioJson(padded(MAX_SCENARIO_BYTES)).ok).toBe(true);
    expect(parseScenarioJson(padded(MAX_SCENARIO_BYTES + 1))).toMatchObject({
      ok: false,
      errors: ['file: 1000001 bytes is over the limit of 1000000 bytes'],
    });
  });

  it('an imported file of exactly the limit opens; one byte more is refused before it is read', async () => {
    const at = await readScenarioFile(new File([padded(MAX_IMPORT_BYTES)], 'at.json'));
    expect(at.ok).toBe(true);
    const over = await readScenarioFile(new File([padded(MAX_IMPORT_BYTES + 1)], 'over.json'));
    expect(over.ok).toBe(false);
    expect(over.notice.text).toMatch(/is 1 MB \(1,000,001 bytes\); a scenario file can be at most 1 MB/);
  });

  it('a link that unpacks to exactly the limit opens; one byte more is refused', () => {
    const link = (text: string) => `#s=1.${toBase64Url(zlibSync(strToU8(text), { level: 9 }))}`;
    expect(decodeShareLink(link(padded(MAX_SHARE_INFLATED_BYTES))).ok).toBe(true);
    expect(decodeShareLink(link(padded(MAX_SHARE_INFLATED_BYTES + 1)))).toEqual({
      ok: false,
      error: SHARE_ERRORS.tooBig,
    });
  });

  it('a link of exactly the longest length is read; one character more is refused unread', () => {
    const real = encodeShareLink(DEFAULT_SCENARIO).slice('#s='.length);
    // Base64url that decodes (length not 1 mod 4), but not to this scenario: damaged, yet read.
    const atLimit = `${real}${'A'.repeat(MAX_SHARE_LINK_CHARS - real.length)}`;
    expect(atLimit.length).toBe(MAX_SHARE_LINK_CHARS);
    expect(decodeShareLink(`#s=${atLimit}`)).toEqual({ ok: false, error: SHARE_ERRORS.damaged });
    expect(decodeShareLink(`#s=${atLimit}A`)).toEqual({
      ok: false,
      error: SHARE_ERRORS.tooLong(MAX_SHARE_LINK_CHARS + 1),
    });
  });
});

describe('forbidden keys at every depth', () => {
  /** Every object of a scenario: the root, each group, each map and each entry of a map. */
  const depths: string[][] = [
    [],
    ...SCENARIO_GROUPS.map((g) => g.path.split('.')),
    ['overrides'],
    ['overrides', 'traffic.extra'],
    ['costs', 'quotes'],
    ['costs', 'quotes', 'active-active'],
    ['costs', 'oneOff'],
    ['costs', 'oneOff', 'single-node'],
  ];

  /** Scenario JSON with `"key": {"polluted": true}` written as an own key of the object at `path`. */
  function withKeyAt(path: string[], key: string): string {
    const doc = JSON.parse(JSON.stringify(DEFAULT_SCENARIO)) as Record<string, unknown>;
    doc['overrides'] = { 'traffic.extra': { min: 1, mode: 2, max: 3 } };
    (doc['costs'] as Record<string, unknown>)['quotes'] = {
      'active-active': { low: 1, mostLikely: 2, high: 3 },
    };
    (doc['costs'] as Record<string, unknown>)['oneOff'] = {
      'single-node': { low: 1, mostLikely: 2, high: 3 },
    };
    let target = doc;
    for (const step of path) target = target[step] as Record<string, unknown>;
    target['MARKER'] = { polluted: true };
    return JSON.stringify(doc).replace('"MARKER"', JSON.stringify(key));
  }

  for (const path of depths) {
    for (const key of FORBIDDEN_KEYS) {
      it(`${key} in ${path.length === 0 ? 'the root' : path.join(' → ')}`, () => {
        const result = parseScenarioJson(withKeyAt(path, key));
        expect(result.ok).toBe(false);
        expect(!result.ok && result.errors.some((e) => e.includes(`${key}: forbidden key`))).toBe(true);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
      });
    }
  }
});
