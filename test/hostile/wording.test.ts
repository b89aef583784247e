/**
 * Messages about hostile or faulty input say what is true, once, in the user's terms: how many problems a
 * file has, which fields a partial file left to their defaults, which currency codes exist.
 */
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { CURRENCY_CODES } from '../../models/scenario/currencies';
import { parseScenario, parseScenarioJson, SCHEMA_VERSION } from '../../models/scenario/validate';
import { toBase64Url } from '../../models/share/shareLink';
import { formatMoney } from '../../src/format';
import { importScenarioFile } from '../../src/io/importScenario';
import { createNoticeStore, MIGRATED_LEAD } from '../../src/io/notices';
import { openFromUrl, type UrlWindow } from '../../src/io/openFromUrl';
import { storeWithOpener } from '../io/helpers';
import { withField } from '../helpers';

/** The default scenario as format 2 wrote it: no objective, no risk tolerance, no drill log. */
function versionTwo(): Record<string, unknown> {
  const { slo: _slo, drillLog: _drills, business, ...rest } = DEFAULT_SCENARIO;
  const { riskTolerance: _tolerance, ...oldBusiness } = business;
  return { ...rest, business: oldBusiness, schemaVersion: 2, name: 'Version two' };
}

describe('currency codes', () => {
  it('refuses a well-formed code that names no currency, and accepts every listed one', () => {
    const zzz = parseScenario(withField('currency', 'ZZZ'));
    expect(zzz.ok).toBe(false);
    expect(!zzz.ok && zzz.errors).toEqual([
      'currency: "ZZZ" is not the ISO 4217 code of a currency in use; write one such as "USD", "EUR" or "GBP"',
    ]);
    for (const code of ['XXX', 'XTS', 'XAU', 'ABC']) {
      expect(parseScenario(withField('currency', code)).ok, code).toBe(false);
    }
    for (const code of CURRENCY_CODES) {
      expect(parseScenario(withField('currency', code)).ok, code).toBe(true);
      expect(formatMoney(1234.5, code)).toMatch(/1,235/);
    }
  });

  it('lists each code once, in capitals, in order', () => {
    expect(CURRENCY_CODES.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
    expect([...CURRENCY_CODES].sort()).toEqual(CURRENCY_CODES);
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
  });
});

describe('counting problems', () => {
  const doc: Record<string, unknown> = { schemaVersion: 2 };
  for (let i = 0; i < 200; i++) doc[`junk${i}`] = i;

  it('a file with 200 errors says 200 problems, lists 50 and counts the rest', async () => {
    const parsed = parseScenario(doc);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toBe(200);
    expect(parsed.errors).toHaveLength(51);
    const { opener } = storeWithOpener();
    const outcome = await importScenarioFile(new File([JSON.stringify(doc)], 'junk.json'), opener);
    expect(outcome.notice.text).toBe(
      '“junk.json” is not a valid scenario, so nothing was imported (200 problems):',
    );
    expect(outcome.notice.details?.at(-1)).toBe('… and 150 more errors');
  });
});

describe('share-link messages', () => {
  const open = (hash: string) => {
    const { opener } = storeWithOpener();
    const notices = createNoticeStore();
    const win: UrlWindow = {
      location: { hash, pathname: '/', search: '' },
      history: { state: null, replaceState: () => undefined },
    };
    openFromUrl(opener, win, notices);
    return notices.getState().notice?.text ?? '';
  };
  const linkOf = (doc: unknown) =>
    `#s=1.${toBase64Url(zlibSync(new TextEncoder().encode(JSON.stringify(doc))))}`;

  it('list what bringing a link of an earlier format up to date assumed', () => {
    const { opener } = storeWithOpener();
    const notices = createNoticeStore();
    const win: UrlWindow = {
      location: { hash: linkOf(versionTwo()), pathname: '/', search: '' },
      history: { state: null, replaceState: () => undefined },
    };
    expect(openFromUrl(opener, win, notices)).toBe('opened');
    const notice = notices.getState().notice!;
    expect(notice.text).toBe(`Opened “Version two” from a shared link as a new scenario. ${MIGRATED_LEAD}`);
    const migrated = parseScenarioJson(JSON.stringify(versionTwo()));
    expect(migrated.ok && notice.details).toEqual(migrated.ok && migrated.migrated);
    expect(notice.details?.[0]).toMatch(
      /^Each architecture is now checked against an availability objective/,
    );
    expect(notice.details?.[2]).toMatch(/^A scenario now keeps a log of measured failover drills/);
    expect(open(linkOf({ ...DEFAULT_SCENARIO, name: 'Now' }))).toBe(
      'Opened “Now” from a shared link as a new scenario.',
    );
  });

  it('say that nothing was opened once, whatever the fault', () => {
    const bomb = `#s=1.${toBase64Url(zlibSync(new Uint8Array(10_000_000).fill(0x20), { level: 9 }))}`;
    const texts = [open(bomb), open('#s=1.AAAA'), open('#s=9.AAAA'), open(`#s=1.${'A'.repeat(40_000)}`)];
    for (const text of texts) {
      expect(text.match(/not opened|nothing was opened/gi) ?? []).toHaveLength(1);
    }
    expect(texts[0]).toBe(
      'This link unpacks to more than 1,000,000 bytes, far more than any scenario. Nothing was opened; your work is unchanged.',
    );
  });
});

describe('a partial file', () => {
  it('says which fields took their defaults, with the values they took', async () => {
    const partial = {
      schemaVersion: SCHEMA_VERSION,
      name: 'Partial',
      currency: 'EUR',
      targets: { rtoSeconds: 90 },
      business: { downtimeCostPerMinute: 1000 },
    };
    const { opener, store } = storeWithOpener();
    const outcome = await importScenarioFile(new File([JSON.stringify(partial)], 'partial.json'), opener);
    expect(outcome.ok).toBe(true);
    expect(outcome.notice.kind).toBe('success');
    const defaulted = parseScenarioJson(JSON.stringify(partial));
    const count = defaulted.ok ? defaulted.defaulted.length : 0;
    expect(outcome.notice.text).toBe(
      `Opened “Partial” from “partial.json” as a new scenario. ${count} fields were not in the file and took the default value:`,
    );
    const details = outcome.notice.details ?? [];
    expect(details).toHaveLength(count);
    expect(details).toContain('RPO target (targets.rpoSeconds): 5 s');
    expect(details).toContain('Monthly budget (costs.monthlyBudget): €12,000/month');
    expect(details).toContain(
      'Description (description): “An online shop whose checkout and orders database must stay…”',
    );
    expect(details).toContain('Benchmark set (benchmarkSet): “sourced”');
    expect(details).toContain('Witness region (topology.witnessRegion): no');
    expect(details.some((d) => d.startsWith('RTO target'))).toBe(false);
    expect(details.some((d) => d.startsWith('Name'))).toBe(false);
    expect(store.getState().scenario.targets.rpoSeconds).toBe(DEFAULT_SCENARIO.targets.rpoSeconds);
  });

  it('lists what migrating a file of an earlier format assumed, then the fields it still lacked', async () => {
    const { opener } = storeWithOpener();
    const { description: _, ...old } = versionTwo();
    const outcome = await importScenarioFile(new File([JSON.stringify(old)], 'old.json'), opener);
    expect(outcome.ok).toBe(true);
    expect(outcome.notice.text).toBe(
      `Opened “Version two” from “old.json” as a new scenario. ${MIGRATED_LEAD}`,
    );
    const details = outcome.notice.details ?? [];
    const parsed = parseScenarioJson(JSON.stringify(old));
    const migrated = parsed.ok ? parsed.migrated : [];
    expect(migrated.map((d) => d.slice(0, 30))).toEqual([
      'Each architecture is now check',
      'The tail is told against a ris',
      'A scenario now keeps a log of ',
      'This file was written before t',
    ]);
    expect(details.slice(0, migrated.length)).toEqual(migrated);
    expect(details.slice(migrated.length)).toEqual([
      'One field was not in the file and took the default value:',
      expect.stringMatching(/^Description \(description\): /),
    ]);
  });

  it('says nothing of defaults for a complete file', async () => {
    const { opener } = storeWithOpener();
    const outcome = await importScenarioFile(
      new File([JSON.stringify({ ...DEFAULT_SCENARIO, name: 'Whole' })], 'whole.json'),
      opener,
    );
    expect(outcome.notice).toEqual({
      kind: 'success',
      text: 'Opened “Whole” from “whole.json” as a new scenario.',
    });
  });
});
