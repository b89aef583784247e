import { describe, expect, it, vi } from 'vitest';
import { simulate } from '../../models/engine/index';
import { jsonReport } from '../../src/report/json';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { parseScenarioJson } from '../../models/scenario/validate';
import type { Scenario } from '../../models/types';
import { csvField, resultsCsv, resultsJson, scenarioJson } from '../../src/io/exportFormats';
import { exportFileName } from '../../src/io/fileName';
import {
  MAX_IMPORT_BYTES,
  describeSize,
  importScenarioFile,
  readScenarioFile,
  type ScenarioFile,
} from '../../src/io/importScenario';
import { storeOpener } from '../../src/io/opener';
import { presetText, presets, storeWithOpener } from './helpers';

const file = (text: string, name = 'scenario.json'): ScenarioFile => new File([text], name);
const json = (value: unknown) => JSON.stringify(value);
const withPatch = (patch: Record<string, unknown>) => json({ ...DEFAULT_SCENARIO, ...patch });

/** Imports `text` into a fresh store; returns the outcome and whether the store kept its scenario. */
async function importInto(input: ScenarioFile) {
  const { store, opener, opened } = storeWithOpener();
  const before = store.getState();
  const outcome = await importScenarioFile(input, opener);
  const after = store.getState();
  return { outcome, opened, unchanged: after.scenario === before.scenario && after.drafts === before.drafts };
}

describe('import: refused files change nothing', () => {
  it('a file over 1 MB is refused before it is read, with its size and the limit', async () => {
    const text = vi.fn(async () => '{}');
    const big: ScenarioFile = { name: 'big.json', size: 1_234_567, text };
    const { outcome, opened, unchanged } = await importInto(big);
    expect(text).not.toHaveBeenCalled();
    expect(outcome.ok).toBe(false);
    expect(outcome.notice.kind).toBe('error');
    expect(outcome.notice.text).toBe(
      '“big.json” is 1.23 MB (1,234,567 bytes); a scenario file can be at most 1 MB (1,000,000 bytes). Nothing was imported.',
    );
    expect(opened).toEqual([]);
    expect(unchanged).toBe(true);
    // One byte over is over.
    const justOver = await importInto(file(' '.repeat(MAX_IMPORT_BYTES + 1)));
    expect(justOver.outcome.notice.text).toMatch(/1,000,001 bytes.*at most 1 MB \(1,000,000 bytes\)/);
  });

  it.each([
    ['malformed JSON', '{"schemaVersion": 1,', /not a valid scenario.*JSON: not valid at line 1, column 21/],
    ['not an object', '[1, 2, 3]', /scenario: must be a JSON object/],
    ['a missing schemaVersion', json({ name: 'x' }), /schemaVersion: missing/],
    ['an extra field', withPatch({ colour: 'blue' }), /colour: unknown field/],
    ['a mistyped field', withPatch({ horizonYears: '3' }), /horizonYears: must be a finite number, got "3"/],
    ['a field out of range', withPatch({ horizonYears: 1000 }), /horizonYears: must be at most 30 years/],
    ['NaN', '{"schemaVersion":1,"horizonYears":NaN}', /JSON: not valid at line 1, column 35/],
    [
      'Infinity',
      '{"schemaVersion":1,"horizonYears":1e999}',
      /horizonYears: must be a finite number, got Infinity/,
    ],
    ['a __proto__ key', '{"schemaVersion":1,"__proto__":{"name":"x"}}', /__proto__: forbidden key/],
    [
      'a constructor key',
      '{"schemaVersion":1,"targets":{"constructor":1}}',
      /targets\.constructor: forbidden key/,
    ],
    [
      'a newer schemaVersion',
      withPatch({ schemaVersion: 6 }),
      /written by a newer version \(schemaVersion 6\)/,
    ],
    ['an empty file', '', /JSON: not valid/],
  ])('%s: a message, and the store is unchanged', async (_case, text, message) => {
    const { outcome, opened, unchanged } = await importInto(file(text, 'bad.json'));
    expect(outcome.ok).toBe(false);
    expect(outcome.notice.kind).toBe('error');
    expect([outcome.notice.text, ...(outcome.notice.details ?? [])].join('\n')).toMatch(message);
    expect(outcome.notice.text).toMatch(/^“bad\.json” is not a valid scenario, so nothing was imported/);
    expect(opened).toEqual([]);
    expect(unchanged).toBe(true);
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it('lists every problem of a file with several', async () => {
    const { outcome } = await importInto(file(withPatch({ horizonYears: -1, currency: 'dollars', x: 1 })));
    expect(outcome.notice.text).toMatch(/\(3 problems\):$/);
    expect(outcome.notice.details).toHaveLength(3);
  });

  it('a file that cannot be read is refused with the reason', async () => {
    const broken: ScenarioFile = {
      name: 'gone.json',
      size: 10,
      text: () => Promise.reject(new Error('removed')),
    };
    const { outcome, unchanged } = await importInto(broken);
    expect(outcome.notice.text).toBe('“gone.json” could not be read (removed). Nothing was imported.');
    expect(unchanged).toBe(true);
  });

  it('a scenario the store refuses to open gives a message instead of an exception', async () => {
    const { store } = storeWithOpener();
    const before = store.getState().scenario;
    const refusing = {
      getState: () => ({
        scenario: before,
        openAsNew: () => {
          throw new Error('not a valid scenario: x');
        },
      }),
    };
    const outcome = await importScenarioFile(file(presetText('b2b-saas.json')), storeOpener(refusing));
    expect(outcome).toEqual({
      ok: false,
      notice: { kind: 'error', text: 'The scenario could not be opened (not a valid scenario: x).' },
    });
    expect(store.getState().scenario).toBe(before);
  });
});

describe('import: a valid file opens as a new scenario', () => {
  it.each(presets().map((p) => [p.file, p.scenario] as const))('%s', async (name, scenario) => {
    const { store, opener, opened } = storeWithOpener();
    const before = store.getState().library.length;
    const outcome = await importScenarioFile(file(presetText(name), name), opener);
    expect(outcome.ok).toBe(true);
    expect(opened).toEqual([{ scenario, origin: 'import' }]);
    // A new entry, opened; a name already taken gets a suffix.
    const current = store.getState().scenario;
    expect(store.getState().library).toHaveLength(before + 1);
    expect({ ...current, name: scenario.name }).toEqual(scenario);
    expect([scenario.name, `${scenario.name} (imported)`]).toContain(current.name);
    expect(outcome.notice).toEqual({
      kind: 'success',
      text: `Opened “${current.name}” from “${name}” as a new scenario.`,
    });
  });

  it('never overwrites the scenario that was open', async () => {
    const { store, opener } = storeWithOpener();
    const first = store.getState().scenario;
    await importScenarioFile(file(scenarioJson(first), 'same.json'), opener);
    const { library, scenario } = store.getState();
    expect(library.map((entry) => entry.scenario)).toContainEqual(first);
    expect(scenario.name).toBe(`${first.name} (imported)`);
  });

  it('reads a file with a byte-order mark', async () => {
    const outcome = await readScenarioFile(file(`\ufeff${scenarioJson(DEFAULT_SCENARIO)}`));
    expect(outcome.ok).toBe(true);
  });
});

describe('export: scenario JSON', () => {
  it.each([['default', DEFAULT_SCENARIO] as const, ...presets().map((p) => [p.file, p.scenario] as const)])(
    '%s parses back to the same scenario',
    (_name, scenario) => {
      const text = scenarioJson(scenario);
      expect(text.endsWith('}\n')).toBe(true);
      expect(text).toContain('\n  "schemaVersion": 5,');
      const parsed = parseScenarioJson(text);
      expect(parsed.ok && parsed.scenario).toEqual(scenario);
    },
  );

  it('has no $schema key, which the validator would refuse', () => {
    expect(parseScenarioJson(json({ $schema: '/scenario.schema.json', ...DEFAULT_SCENARIO })).ok).toBe(false);
    expect(JSON.parse(scenarioJson(DEFAULT_SCENARIO))).not.toHaveProperty('$schema');
  });
});

/** RFC 4180 reader, for checking what a spreadsheet would read. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('the last line has no CRLF');
  return rows;
}

describe('export: results CSV', () => {
  const scenarioNamed = (name: string): Scenario => ({
    ...DEFAULT_SCENARIO,
    name,
    simulation: { ...DEFAULT_SCENARIO.simulation, trials: 2000 },
  });
  const base = scenarioNamed('Checkout');
  const result = simulate(base);

  it('has a header with units and one row per pattern, CRLF line ends, a byte-order mark', () => {
    const text = resultsCsv(base, result);
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines[6]).toBe('');
    const rows = readCsv(text.slice(1));
    expect(rows).toHaveLength(6);
    const [header = [], ...body] = rows;
    expect(header).toContain('Monthly cost expected (USD/month)');
    expect(header).toContain('Expected annual total (USD/year)');
    expect(header).toContain('RTO P95 (s)');
    expect(header).toContain('Expected total over the horizon (USD)');
    expect(header).toContain('Over-budget probability (fraction)');
    expect(header).toContain('Availability (fraction)');
    for (const row of body) expect(row).toHaveLength(header.length);
    expect(body.map((row) => row[header.indexOf('Pattern id')])).toEqual(result.patterns.map((p) => p.id));
  });

  it('writes numbers unformatted, with a dot for decimals', () => {
    const rows = readCsv(resultsCsv(base, result).slice(1));
    const [header = [], ...body] = rows;
    result.patterns.forEach((pattern, k) => {
      const row = body[k] ?? [];
      expect(row[header.indexOf('Expected annual total (USD/year)')]).toBe(
        String(pattern.annualTotalCost.mean),
      );
      expect(row[header.indexOf('Availability (fraction)')]).toBe(String(pattern.availability));
      expect(row[header.indexOf('Seed')]).toBe(String(base.simulation.seed));
      expect(row[header.indexOf('Recommended')]).toBe(
        pattern.id === result.recommendation.pattern ? 'yes' : 'no',
      );
    });
    expect(resultsCsv(base, result)).not.toContain('$');
  });

  it('quotes per RFC 4180, guards against formulas, keeps markup as text', () => {
    const awkward = 'Shop, "big" one\nline two';
    const cases: [string, string, string][] = [
      [awkward, `"Shop, ""big"" one\nline two"`, awkward],
      ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`, `'=HYPERLINK("http://x","y")`],
      ['+1 shop', "'+1 shop", "'+1 shop"],
      ['-cmd', "'-cmd", "'-cmd"],
      ['@SUM(A1)', "'@SUM(A1)", "'@SUM(A1)"],
      [
        '<b>bold</b> & <script>x</script>',
        '<b>bold</b> & <script>x</script>',
        '<b>bold</b> & <script>x</script>',
      ],
    ];
    for (const [name, written, read] of cases) {
      const scenario = scenarioNamed(name);
      const text = resultsCsv(scenario, { ...result, scenario: name });
      const firstRow = text.slice(1).split('\r\n')[1] ?? '';
      expect(firstRow.startsWith(`${written},`)).toBe(true);
      const rows = readCsv(text.slice(1));
      expect(rows).toHaveLength(6);
      expect(rows.slice(1).map((row) => row[0])).toEqual([read, read, read, read, read]);
    }
  });

  it('csvField: numbers, booleans, text', () => {
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvField(1e21)).toBe('1e+21');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('yes');
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('a\rb')).toBe('"a\rb"');
  });
});

describe('export: results JSON and file names', () => {
  it('is the command line JSON report', () => {
    const scenario = { ...DEFAULT_SCENARIO, simulation: { ...DEFAULT_SCENARIO.simulation, trials: 1000 } };
    const result = simulate(scenario);
    expect(resultsJson(result, scenario)).toBe(jsonReport(result, scenario));
    const parsed = JSON.parse(resultsJson(result, scenario)) as {
      patterns: Record<string, unknown>[];
      seed: number;
    };
    expect(parsed.seed).toBe(result.seed);
    expect(parsed.patterns).toHaveLength(5);
    for (const pattern of parsed.patterns) expect(pattern).not.toHaveProperty('curves');
  });

  it('names files from the scenario and the date, in ASCII', () => {
    expect(exportFileName('scenario', 'E-commerce checkout', '2026-11-25', 'json')).toBe(
      'HA-scenario_E-commerce-checkout_2026-11-25.json',
    );
    expect(exportFileName('results', 'Société Générale — Zürich <b>σ</b>', '2026-11-25', 'csv')).toBe(
      'HA-results_Societe-Generale-Zurich-b-b_2026-11-25.csv',
    );
    expect(exportFileName('results', '😀 ../../etc', 'yesterday', 'json')).toBe(
      'HA-results_etc_undated.json',
    );
    expect(exportFileName('scenario', '東京', '2026-01-02', 'json')).toBe(
      'HA-scenario_scenario_2026-01-02.json',
    );
    expect(exportFileName('scenario', 'x'.repeat(300), '2026-01-02', 'json')).toMatch(/^HA-scenario_x{60}_/);
  });

  it('describes sizes with the exact count', () => {
    expect(describeSize(512)).toBe('512 bytes');
    expect(describeSize(2048)).toBe('2.05 kB (2,048 bytes)');
    expect(describeSize(1_000_000)).toBe('1 MB (1,000,000 bytes)');
  });
});
