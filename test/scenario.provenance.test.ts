import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../models/scenario/defaults';
import { scenarioJsonSchema } from '../models/scenario/jsonSchema';
import {
  FILE_PROVENANCE,
  markedClient,
  presetProvenance,
  PROVENANCE_PATHS,
  sessionProvenance,
  sourceOf,
} from '../models/scenario/provenance';
import { parseScenario, parseScenarioJson } from '../models/scenario/validate';
import { withField, type Json } from './helpers';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(scenarioJsonSchema());
const errorsOf = (doc: unknown) => {
  const result = parseScenario(doc);
  return result.ok ? [] : result.errors;
};

describe('where the inputs of a scenario come from', () => {
  it('is the origin’s for every input but those typed for the client', () => {
    const preset = markedClient(presetProvenance('payments-ledger', 'Payments ledger'), [
      'business.downtimeCostPerMinute',
    ]);
    expect(sourceOf(preset, 'business.downtimeCostPerMinute')).toBe('client');
    expect(sourceOf(preset, 'business.dataLossCostPerSecond')).toBe('preset');
    expect(sourceOf(sessionProvenance(['targets.rtoSeconds']), 'failureRates.node')).toBe('assumed');
    expect(sourceOf(FILE_PROVENANCE, 'targets.rtoSeconds')).toBe('file');
  });

  it('keeps the client’s inputs in the order of the field table, once each, and only known ones', () => {
    const marked = markedClient(FILE_PROVENANCE, [
      'targets.rtoSeconds',
      'business.downtimeCostPerMinute',
      'nope',
    ]);
    expect(marked.client).toEqual(['business.downtimeCostPerMinute', 'targets.rtoSeconds']);
    expect(markedClient(marked, ['targets.rtoSeconds'])).toBe(marked);
    expect(markedClient(marked, ['targets.rtoSeconds'], false).client).toEqual([
      'business.downtimeCostPerMinute',
    ]);
  });

  it('covers the inputs, not the document or the run', () => {
    expect(PROVENANCE_PATHS).toContain('description');
    expect(PROVENANCE_PATHS).toContain('costs.quotes');
    expect(PROVENANCE_PATHS).not.toContain('name');
    expect(PROVENANCE_PATHS).not.toContain('simulation.seed');
  });
});

describe('provenance in a scenario file', () => {
  it('reads back as written, and the schema agrees', () => {
    const provenance = {
      origin: { kind: 'preset', preset: 'b2b-saas', name: 'B2B SaaS application' },
      client: ['targets.rtoSeconds', 'business.downtimeCostPerMinute'],
    };
    const doc = withField('provenance', provenance);
    const result = parseScenario(doc);
    expect(result.ok && result.scenario.provenance).toEqual({
      ...provenance,
      client: ['business.downtimeCostPerMinute', 'targets.rtoSeconds'],
    });
    expect(validate(doc)).toBe(true);
    const again = result.ok ? parseScenarioJson(JSON.stringify(result.scenario)) : null;
    expect(again?.ok && again.scenario).toEqual(result.ok && result.scenario);
  });

  it.each([
    ['not an object', 'preset', ['provenance: must be an object with "origin" and "client", got "preset"']],
    [
      'an unknown origin',
      { origin: { kind: 'guess' }, client: [] },
      ['provenance.origin.kind: must be one of "preset", "defaults", "file", got "guess"'],
    ],
    [
      'a preset origin without its name',
      { origin: { kind: 'preset', preset: 'b2b-saas' }, client: [] },
      ['provenance.origin: a preset origin names the preset\'s "preset" id and its "name"'],
    ],
    [
      'a preset id with a path in it',
      { origin: { kind: 'preset', preset: '../x', name: 'X' }, client: [] },
      [
        'provenance.origin.preset: must be a preset\'s id (lower-case letters, digits and dashes), got "../x"',
      ],
    ],
    [
      'an input that does not exist',
      { origin: { kind: 'file' }, client: ['targets.rtoSeconds', 'constructor'] },
      ['provenance.client[1]: not an input of the scenario, got "constructor"'],
    ],
    [
      'an input listed twice',
      { origin: { kind: 'file' }, client: ['targets.rtoSeconds', 'targets.rtoSeconds'] },
      ['provenance.client[1]: "targets.rtoSeconds" is listed twice'],
    ],
    [
      'an unknown field',
      { origin: { kind: 'defaults', preset: 'x' }, client: [], by: 'me' },
      ['provenance.by: unknown field', 'provenance.origin.preset: unknown field'],
    ],
  ])('refuses %s, and so does the schema', (_name, value, errors) => {
    const doc = withField('provenance', value);
    expect(errorsOf(doc)).toEqual(errors);
    expect(validate(doc)).toBe(false);
  });

  it('refuses a key that would reach a prototype, without polluting anything', () => {
    const result = parseScenarioJson(
      '{"schemaVersion": 5, "provenance": {"origin": {"kind": "file"}, "client": [], "__proto__": {"polluted": 1}}}',
    );
    expect(result.ok).toBe(false);
    expect(({} as Json)['polluted']).toBeUndefined();
  });
});

describe('files of format version 4', () => {
  const version4 = (): Json => {
    const doc = JSON.parse(JSON.stringify(DEFAULT_SCENARIO)) as Json;
    doc.schemaVersion = 4;
    delete doc.provenance;
    return doc;
  };

  it('have every input “from the file”, with a notice', () => {
    const result = parseScenario(version4());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.scenario.schemaVersion).toBe(5);
    expect(result.scenario.provenance).toEqual({ origin: { kind: 'file' }, client: [] });
    expect(result.migrated).toEqual([
      'This file was written before the planner recorded where each input comes from, so every input is marked “from the file”: confirm the client’s figures (or type them again) so that the proposal lists them apart from the assumptions.',
    ]);
    // Every other value as written.
    expect({ ...result.scenario, provenance: DEFAULT_SCENARIO.provenance }).toEqual(DEFAULT_SCENARIO);
  });

  it('never say where a value came from that they did not record', () => {
    for (const path of PROVENANCE_PATHS) {
      const result = parseScenario(version4());
      expect(result.ok && sourceOf(result.scenario.provenance, path), path).toBe('file');
    }
  });
});
