import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { scenarioJsonSchema } from '../models/scenario/jsonSchema';
import { parseScenario, parseScenarioJson } from '../models/scenario/validate';
import { DEFAULT_SCENARIO } from '../models/scenario/defaults';
import { MAX_DRILLS } from '../models/drills/fields';
import { withField, type Json } from './helpers';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(scenarioJsonSchema());

const drill = {
  date: '2026-03-14T10:30:00Z',
  scope: 'zone',
  architecture: 'active-passive-sync',
  outcome: 'manual',
  outageSeconds: 840,
  dataLossSeconds: 0,
  technology: 'patroni-sync',
  detectionSeconds: 25,
  note: 'Patroni did not promote: the replica was paused.',
};

const errorsOf = (doc: unknown) => {
  const result = parseScenario(doc);
  return result.ok ? [] : result.errors;
};

describe('the drill log in a scenario file', () => {
  it('is kept as written, and saved back the same', () => {
    const doc = withField('drillLog', { asOf: '2026-06-30', drills: [drill] });
    const result = parseScenario(doc);
    expect(result.ok && result.scenario.drillLog).toEqual({ asOf: '2026-06-30', drills: [drill] });
    expect(validate(doc)).toBe(true);
    const again = result.ok ? parseScenarioJson(JSON.stringify(result.scenario)) : null;
    expect(again?.ok && again.scenario).toEqual(result.ok && result.scenario);
  });

  it('of a format-3 file is empty, and the reader is told so', () => {
    const v3 = JSON.parse(JSON.stringify(DEFAULT_SCENARIO)) as Json;
    v3.schemaVersion = 3;
    delete v3.drillLog;
    delete v3.provenance;
    const result = parseScenario(v3);
    expect(result.ok && result.scenario.schemaVersion).toBe(5);
    expect(result.ok && result.scenario.drillLog).toEqual({ drills: [] });
    expect(result.ok && result.migrated).toEqual([
      expect.stringMatching(/^A scenario now keeps a log of measured failover drills; this one has none/),
      expect.stringMatching(/^This file was written before the planner recorded where each input comes from/),
    ]);
    // A format-3 file that already carries a log (written while the format was being settled) keeps it.
    const withLog = parseScenario({ ...v3, drillLog: { drills: [drill] } });
    expect(withLog.ok && withLog.scenario.drillLog.drills).toEqual([drill]);
    expect(withLog.ok && withLog.migrated).toEqual([
      expect.stringMatching(/^This file was written before the planner recorded/),
    ]);
  });

  it('names every problem by its path', () => {
    const doc = withField('drillLog', {
      asOf: '30/06/2026',
      drills: [
        drill,
        { ...drill, outcome: 'failed', colour: 'red' },
        42,
        { ...drill, technology: 'yugabytedb' },
      ],
      extra: 1,
    });
    expect(errorsOf(doc)).toEqual([
      'drillLog.extra: unknown field',
      'drillLog.asOf: must be an ISO 8601 date such as 2026-03-14, or a date and time such as 2026-03-14T10:30:00Z',
      'drillLog.drills[1].colour: unknown field',
      'drillLog.drills[1].outcome: must be one of automated, manual, got "failed"',
      "drillLog.drills[2]: must be an object with the drill's fields, got 42",
      expect.stringMatching(
        /^drillLog\.drills\[3\]\.technology: YugabyteDB.* is not a technology of the active-passive-sync architecture$/,
      ),
    ]);
    expect(validate(doc)).toBe(false);
  });

  it(`keeps at most ${MAX_DRILLS} drills`, () => {
    const many = withField('drillLog', { drills: Array.from({ length: MAX_DRILLS + 1 }, () => drill) });
    expect(errorsOf(many)).toEqual([
      `drillLog.drills: ${MAX_DRILLS + 1} drills; a scenario keeps at most ${MAX_DRILLS}`,
    ]);
    expect(validate(many)).toBe(false);
  });

  it('refuses forbidden keys inside drills', () => {
    const doc = JSON.parse(
      `{"schemaVersion": 5, "drillLog": {"drills": [{"__proto__": {"polluted": 1}, "date": "2026-03-14"}]}}`,
    ) as Json;
    expect(errorsOf(doc)[0]).toMatch(/^drillLog\.drills\[0\]\.__proto__: forbidden key/);
    expect(({} as Json).polluted).toBeUndefined();
  });
});
