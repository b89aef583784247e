import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_DRILL_FILE_BYTES, MAX_DRILLS } from '../models/drills/fields';
import { readDrillFile } from '../models/drills/read';
import { drillLogCsv, drillLogJson } from '../models/drills/write';
import { readDrillDate } from '../models/drills/dates';
import { DRILL_OUTCOMES, PATTERN_IDS, SCOPE_IDS, type Drill } from '../models/types';

const HEADER = 'date,scope,architecture,outcome,outageSeconds,dataLossSeconds';
const row = (fields: Partial<Record<string, string>> = {}) =>
  [
    fields.date ?? '2026-03-14',
    fields.scope ?? 'node',
    fields.architecture ?? 'active-passive-async',
    fields.outcome ?? 'automated',
    fields.outageSeconds ?? '31.5',
    fields.dataLossSeconds ?? '0.4',
  ].join(',');

function errors(text: string): string[] {
  const read = readDrillFile(text);
  if (read.ok) throw new Error('expected the file to be refused');
  return read.errors;
}

describe('drill logs as CSV', () => {
  it('reads the columns in any order, with optional ones, quoted fields, CRLF, a BOM and blank lines', () => {
    const text =
      '\uFEFFnote,outcome,architecture,scope,date,outageSeconds,dataLossSeconds,technology,detectionSeconds\r\n' +
      '"Quarterly drill, Q1 ""node kill""",automated,active-passive-async,node,2026-03-14,31.5,0.4,patroni-async,22\r\n' +
      '\r\n' +
      '"two\nlines",manual,active-passive-sync,zone,2026-06-01T02:10:00Z,840,0,,\r\n';
    const read = readDrillFile(text);
    expect(read).toEqual({
      ok: true,
      format: 'csv',
      lines: [2, 4],
      drills: [
        {
          date: '2026-03-14',
          scope: 'node',
          architecture: 'active-passive-async',
          outcome: 'automated',
          outageSeconds: 31.5,
          dataLossSeconds: 0.4,
          technology: 'patroni-async',
          detectionSeconds: 22,
          note: 'Quarterly drill, Q1 "node kill"',
        },
        {
          date: '2026-06-01T02:10:00Z',
          scope: 'zone',
          architecture: 'active-passive-sync',
          outcome: 'manual',
          outageSeconds: 840,
          dataLossSeconds: 0,
          note: 'two\nlines',
        },
      ],
    });
  });

  it('needs a header row naming the required columns', () => {
    expect(errors(`${row()}\n${row()}\n`)[0]).toMatch(
      /^line 1: unknown column "2026-03-14"; the columns are date, scope/,
    );
    expect(errors('date,scope,architecture,outcome,outageSeconds\n')).toEqual([
      'line 1: the header has no dataLossSeconds column (a header row is required)',
    ]);
    expect(errors(`${HEADER},outage_seconds\n`)).toEqual([
      expect.stringMatching(/^line 1: unknown column "outage_seconds"/),
    ]);
    expect(errors(`${HEADER},scope\n`)).toEqual(['line 1: column "scope" appears twice']);
    expect(errors('')).toEqual(['file: empty; a drill log needs a header row, then one row per drill']);
  });

  it('lists every row that does not read, with its line and reason, and imports nothing', () => {
    const text = [
      HEADER,
      row(),
      row({ date: '2026-02-30' }),
      row({ date: '03/14/2026' }),
      row({ scope: 'Zone' }),
      row({ outcome: 'auto' }),
      row({ outcome: 'failed' }),
      row({ outageSeconds: '45s' }),
      row({ outageSeconds: '-3' }),
      row({ outageSeconds: '"1,5"' }),
      row({ architecture: 'primary-replica' }),
      `${row()},extra`,
    ].join('\n');
    expect(errors(text)).toEqual([
      'line 3: date: has no day 30 in that month',
      'line 4: date: must be an ISO 8601 date such as 2026-03-14, or a date and time such as 2026-03-14T10:30:00Z',
      'line 5: scope: must be one of node, storage, network, zone, region, got "Zone"; did you mean zone?',
      'line 6: outcome: must be one of automated, manual, got "auto"; did you mean automated?',
      'line 7: outcome: must be one of automated, manual, got "failed"',
      'line 8: outageSeconds: write a plain number of seconds without a unit, got "45s"',
      'line 9: outageSeconds: must not be negative, got "-3"',
      'line 10: outageSeconds: write decimals with a point, e.g. 1.5',
      expect.stringMatching(/^line 11: architecture: must be one of single-node, .*, got "primary-replica"$/),
      'line 12: 7 values, but the header has 6 columns',
    ]);
  });

  it('checks the technology against the architecture, and the phases against the outage', () => {
    const text = [
      `${HEADER},technology,detectionSeconds,decisionSeconds`,
      `${row()},cockroachdb,,`,
      `${row({ architecture: 'single-node' })},patroni-async,,`,
      `${row()},no-such-db,,`,
      `${row({ outageSeconds: '30' })},,25,10`,
      `${row({ outageSeconds: '30' })},,20,10.5`,
    ].join('\n');
    expect(errors(text)).toEqual([
      expect.stringMatching(
        /^line 2: technology: CockroachDB .*\(cockroachdb\) is not a technology of the active-passive-async architecture$/,
      ),
      'line 3: technology: a single node has no technology to name; leave it blank',
      expect.stringMatching(/^line 4: technology: unknown technology "no-such-db"/),
      'line 5: outageSeconds: the phases add up to 35 s, more than the outage of 30 s',
    ]);
  });

  it('says where a quoted field goes wrong', () => {
    expect(errors(`${HEADER}\n"unclosed,node\n`)).toEqual([
      'line 2: a quoted field is never closed (a double quote is missing)',
    ]);
    expect(errors(`${HEADER}\n2026-03-14,no"de,a,b,1,1\n`)).toEqual([
      'line 2: a double quote inside a field that does not start with one',
    ]);
  });

  it(`refuses more than ${MAX_DRILLS} drills, and a file over ${MAX_DRILL_FILE_BYTES} bytes, before reading rows`, () => {
    const many = [HEADER, ...Array.from({ length: MAX_DRILLS + 1 }, () => row())].join('\n');
    expect(errors(many)).toEqual(['file: the file holds 1,001 drills; a scenario keeps at most 1,000']);
    const exactly = [HEADER, ...Array.from({ length: MAX_DRILLS }, () => row())].join('\n');
    expect(readDrillFile(exactly).ok).toBe(true);
    const big = `${HEADER},note\n${row()},${'x'.repeat(MAX_DRILL_FILE_BYTES)}\n`;
    expect(errors(big)).toEqual([
      expect.stringMatching(/^file: 1,000,\d{3} bytes is over the limit of 1,000,000 bytes$/),
    ]);
  });
});

describe('drill logs as JSON', () => {
  it('reads { "drills": [...] } with the line of each drill', () => {
    const text = `{\n  "drills": [\n    {\n      "date": "2026-03-14", "scope": "node", "architecture": "active-active",\n      "outcome": "automated", "outageSeconds": 4.2, "dataLossSeconds": 0\n    },\n    { "date": "2026-04-01", "scope": "region", "architecture": "active-active", "outcome": "manual", "outageSeconds": 1200, "dataLossSeconds": 3 }\n  ]\n}\n`;
    const read = readDrillFile(text);
    expect(read.ok && read.lines).toEqual([3, 7]);
    expect(read.ok && read.drills.map((d) => d.outageSeconds)).toEqual([4.2, 1200]);
  });

  it('names the line and field of every problem', () => {
    const text = `{\n  "drills": [\n    { "date": "2026-03-14", "scope": "node", "architecture": "active-active", "outcome": "Automated", "outageSeconds": "4", "dataLossSeconds": 0, "colour": "red" },\n    42\n  ],\n  "extra": true\n}`;
    expect(errors(text)).toEqual([
      '"extra": unknown field; a drill log holds "drills" only',
      'line 3 (drills[0]): "colour": unknown field',
      'line 3 (drills[0]): outcome: must be one of automated, manual, got "Automated"; did you mean automated?',
      'line 3 (drills[0]): outageSeconds: must be a number of seconds, got "4"',
      "line 4 (drills[1]): must be an object with the drill's fields, got 42",
    ]);
    expect(errors('{ "drills": [ { "date": ] }')).toEqual([
      expect.stringMatching(/^line 1, column 25: not valid JSON: unexpected ']'/),
    ]);
    expect(errors('{ "drills": {} }')).toEqual(['drills: must be an array of drills, got an object']);
  });
});

const drillArbitrary: fc.Arbitrary<Drill> = fc
  .record(
    {
      date: fc
        .record({
          y: fc.integer({ min: 2000, max: 2099 }),
          m: fc.integer({ min: 1, max: 12 }),
          d: fc.integer({ min: 1, max: 28 }),
        })
        .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      scope: fc.constantFrom(...SCOPE_IDS),
      architecture: fc.constantFrom(...PATTERN_IDS.filter((p) => p !== 'single-node')),
      outcome: fc.constantFrom(...DRILL_OUTCOMES),
      outageSeconds: fc.double({ min: 100, max: 1e5, noNaN: true }),
      dataLossSeconds: fc.double({ min: 0, max: 1e4, noNaN: true }),
      detectionSeconds: fc.double({ min: 0, max: 50, noNaN: true }),
      note: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== ''),
    },
    { requiredKeys: ['date', 'scope', 'architecture', 'outcome', 'outageSeconds', 'dataLossSeconds'] },
  )
  .map((d) => d as Drill);

describe('exports read back to the same drills', () => {
  it('as CSV and as JSON', () => {
    fc.assert(
      fc.property(fc.array(drillArbitrary, { maxLength: 20 }), (drills) => {
        for (const text of [drillLogCsv(drills), drillLogJson(drills)]) {
          const read = readDrillFile(text);
          expect(read.ok && read.drills).toEqual(drills);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('drill dates', () => {
  it('read ISO 8601 dates and times into instants, UTC when no zone is given', () => {
    const day = readDrillDate('2026-03-14');
    expect(day).toEqual({ ms: Date.UTC(2026, 2, 14), dateOnly: true, day: '2026-03-14' });
    expect(readDrillDate('2026-03-14T23:30:00-02:00')).toEqual({
      ms: Date.UTC(2026, 2, 15, 1, 30),
      dateOnly: false,
      day: '2026-03-15',
    });
    expect(readDrillDate('2024-02-29 10:00')).toMatchObject({ ms: Date.UTC(2024, 1, 29, 10) });
    expect(readDrillDate('2023-02-29')).toBe('has no day 29 in that month');
    expect(readDrillDate('2026-03-14T24:00:00Z')).toBe('has a time of day that does not exist');
  });

  it('agree with the platform calendar on any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        const iso = new Date(ms).toISOString();
        const read = readDrillDate(iso);
        expect(typeof read === 'object' && read.ms).toBe(ms);
        expect(typeof read === 'object' && read.day).toBe(iso.slice(0, 10));
      }),
    );
  });
});
