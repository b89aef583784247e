import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../models/scenario/jsonSchema';
import { parseScenario } from '../models/scenario/validate';
import { checkLeaf } from '../models/scenario/leafCheck';
import { DEFAULT_SCENARIO } from '../models/scenario/defaults';
import { withField, type Json } from './helpers';
import { SCENARIO_FIELDS, type FieldSpec } from '../models/scenario/fields';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(scenarioJsonSchema());

const presetFiles = readdirSync(root('public/scenarios')).filter(
  (f) => f.endsWith('.json') && f !== 'index.json',
);

describe('the generated JSON Schema', () => {
  it('compiles in strict mode, and refuses what parseScenario refuses', () => {
    // Strict mode throws on any keyword or format it does not know, so a schema mistake fails here.
    expect(() => new Ajv2020({ allErrors: true, strict: true }).compile(scenarioJsonSchema())).not.toThrow();
    expect(validate(withField('horizonYears', 'three'))).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/horizonYears');
    expect(parseScenario(withField('horizonYears', 'three')).ok).toBe(false);
    expect(validate({ schemaVersion: 2, targets: { rtoSeconds: -1 } })).toBe(false);
    expect(parseScenario({ schemaVersion: 2, targets: { rtoSeconds: -1 } }).ok).toBe(false);
  });

  it('is the committed public/scenario.schema.json (run `npm run schema` after changing fields.ts)', () => {
    expect(readFileSync(root('public/scenario.schema.json'), 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('describes every field of the table, with its unit', () => {
    const schema = scenarioJsonSchema() as {
      properties: Record<string, Json & { properties?: Record<string, Json> }>;
    };
    for (const spec of SCENARIO_FIELDS) {
      let leaf: (Json & { properties?: Record<string, Json> }) | undefined = {
        properties: schema.properties,
      };
      for (const key of spec.path.split('.')) leaf = leaf?.properties?.[key] as typeof leaf;
      expect(leaf, spec.path).toBeDefined();
      expect(leaf?.title).toBe(spec.label);
      if (!['', 'text', 'id'].includes(spec.unit)) expect(leaf?.description).toContain(`Unit: ${spec.unit}.`);
    }
  });

  it('accepts DEFAULT_SCENARIO, a bare {"schemaVersion": 5} and every preset, as parseScenario does', () => {
    const docs: [string, unknown][] = [
      ['DEFAULT_SCENARIO', DEFAULT_SCENARIO],
      ['minimal', { schemaVersion: 5 }],
      ...presetFiles.map((f): [string, unknown] => [
        f,
        JSON.parse(readFileSync(root(`public/scenarios/${f}`), 'utf8')),
      ]),
    ];
    for (const [name, doc] of docs) {
      expect(validate(doc), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(parseScenario(doc).ok, name).toBe(true);
    }
  });
});

describe('ajv and parseScenario agree', () => {
  const mutated: [string, Json][] = [
    ['negative RTO', withField('targets.rtoSeconds', -5)],
    ['zero RTO', withField('targets.rtoSeconds', 0)],
    ['confidence as a percentage', withField('targets.confidence', 95)],
    ['confidence of exactly 1', withField('targets.confidence', 1)],
    ['downtime cost as a string', withField('business.downtimeCostPerMinute', '5600')],
    ['negative failure rate', withField('failureRates.node', -1)],
    ['failure rate too high', withField('failureRates.region', 1001)],
    ['unknown field in a group', withField('operations.frobnicate', 1)],
    ['unknown field at the root', withField('colour', 'blue')],
    ['unknown failure scope', withField('failureRates.meteor', 0.001)],
    ['bad benchmark set', withField('benchmarkSet', 'fancy')],
    ['newer schemaVersion', withField('schemaVersion', 6)],
    ['schemaVersion as a string', withField('schemaVersion', '4')],
    ['lower-case currency', withField('currency', 'usd')],
    ['empty name', withField('name', '')],
    ['blank name', withField('name', '  ')],
    ['name too long', withField('name', 'n'.repeat(121))],
    ['description too long', withField('description', 'd'.repeat(501))],
    ['fractional failure threshold', withField('operations.healthCheckFailureThreshold', 2.5)],
    ['too few trials', withField('simulation.trials', 999)],
    ['seed above 32 bits', withField('simulation.seed', 2 ** 32)],
    ['horizon of 0 years', withField('horizonYears', 0)],
    ['group that is not an object', withField('targets', 60)],
    ['unknown technology', withField('technology.activeActive', 'postgres-magic')],
    ['unknown traffic layer', withField('technology.trafficLayer', 'nginx')],
    ['unknown override id', withField('overrides', { 'made.up': { min: 1, mode: 2, max: 3 } })],
    ['override missing mode', withField('overrides', { 'traffic.extra': { min: 1, max: 3 } })],
    ['override above the limit', withField('overrides', { 'traffic.extra': { min: 1, mode: 2, max: 2e7 } })],
    [
      'override with an extra field',
      withField('overrides', { 'traffic.extra': { min: 1, mode: 2, max: 3, p99: 4 } }),
    ],
    ['prototype key', JSON.parse('{"schemaVersion": 5, "__proto__": {"polluted": 1}}') as Json],
    [
      'quote for an unknown architecture',
      withField('costs.quotes', { cloud: { low: 1, mostLikely: 1, high: 1 } }),
    ],
    [
      'quote without its most likely value',
      withField('costs.quotes', { 'active-active': { low: 1, high: 2 } }),
    ],
    [
      'negative one-off cost',
      withField('costs.oneOff', { 'active-active': { low: -1, mostLikely: 1, high: 2 } }),
    ],
    [
      'one-off cost between zero and a cent',
      withField('costs.oneOff', { 'active-active': { low: 0.001, mostLikely: 1, high: 2 } }),
    ],
    ['witness as a string', withField('topology.witnessRegion', 'yes')],
    ['one active-active region', withField('topology.activeActiveRegions', 1)],
    ['regional outage of 31 days', withField('failureDurations.regionOutage.p95Hours', 744)],
    ['missing schemaVersion', {}],
  ];

  it.each(mutated)('both reject: %s', (_name, doc) => {
    expect(validate(doc)).toBe(false);
    expect(parseScenario(doc).ok).toBe(false);
  });

  const numeric = SCENARIO_FIELDS.filter(
    (f) => f.kind === 'number' || f.kind === 'integer' || f.kind === 'fraction',
  );

  /** Values on, just inside and just outside each bound, plus a few that test the type. */
  function nearBounds(spec: FieldSpec): number[] {
    const bounds = [spec.min, spec.max, spec.exclusiveMin, spec.exclusiveMax].filter(
      (b): b is number => b !== undefined,
    );
    const near = bounds.flatMap((b) => [b, b - 1, b + 1, b - 0.5, b + 0.5, b - 1e-9, b + 1e-9, b * 2, -b]);
    return [...near, 0, -0, 0.5, 1, 95, 1e308, -1e308, NaN, Infinity, -Infinity];
  }

  it('on one numeric leaf set to a value around its bounds', () => {
    // Rules the schema cannot state (min ≤ mode ≤ max in overrides, catalogue ids) are not mutated here.
    const cases = numeric.flatMap((spec) => nearBounds(spec).map((value) => ({ spec, value })));
    const arbitrary = fc.oneof(
      fc.constantFrom(...cases),
      fc
        .tuple(fc.constantFrom(...numeric), fc.double({ noNaN: true, noDefaultInfinity: true }))
        .map(([spec, value]) => ({ spec, value })),
      fc.tuple(fc.constantFrom(...numeric), fc.integer()).map(([spec, value]) => ({ spec, value })),
    );
    fc.assert(
      fc.property(arbitrary, ({ spec, value }) => {
        const doc = withField(spec.path, value);
        // A regional outage's p95 ≥ median is a rule between two fields: keep the other field out of its way.
        const outage = (doc.failureDurations as Json).regionOutage as Json;
        if (spec.path.endsWith('.medianHours')) outage.p95Hours = 720;
        if (spec.path.endsWith('.p95Hours')) outage.medianHours = 0.01;
        expect(parseScenario(doc).ok, `${spec.path} = ${value}`).toBe(validate(doc));
      }),
      { numRuns: 3000 },
    );
  });

  it('on one string or enum leaf set to any string', () => {
    const textual = SCENARIO_FIELDS.filter((f) => (f.kind === 'string' || f.kind === 'enum') && !f.ref);
    const text = fc.oneof(
      fc.string({ maxLength: 130 }),
      fc.string({ unit: 'binary', maxLength: 130 }),
      fc.constantFrom(
        'USD',
        'usd',
        'EURO',
        'sourced',
        'article',
        ' ',
        'x'.repeat(120),
        '😀'.repeat(120),
        '😀'.repeat(121),
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...textual), text, (spec, value) => {
        const doc = withField(spec.path, value);
        // Technology ids must belong to the chosen set, which the schema cannot state: let the set's defaults apply.
        if (spec.path === 'benchmarkSet') delete doc.technology;
        expect(parseScenario(doc).ok, `${spec.path} = ${JSON.stringify(value)}`).toBe(validate(doc));
      }),
      { numRuns: 2000 },
    );
  });

  it('on one leaf set to a value of the wrong type', () => {
    fc.assert(
      fc.property(
        // A yes-or-no field takes a boolean: its wrong types are the others.
        fc.constantFrom(...SCENARIO_FIELDS.filter((f) => f.kind !== 'boolean')),
        fc.oneof(
          fc.boolean(),
          fc.constant(null),
          fc.array(fc.integer(), { maxLength: 2 }),
          fc.dictionary(fc.string(), fc.integer()),
        ),
        (spec, value) => {
          const doc = withField(spec.path, value);
          expect(validate(doc)).toBe(false);
          expect(parseScenario(doc).ok).toBe(false);
        },
      ),
    );
  });
});

describe('the field table', () => {
  it('says whether 0 is allowed consistently with its bounds', () => {
    for (const spec of SCENARIO_FIELDS.filter((f) => f.kind !== 'string' && f.kind !== 'enum')) {
      expect(checkLeaf(spec, 0) === null, spec.path).toBe(spec.zeroAllowed);
    }
  });

  it('has one row per leaf of DEFAULT_SCENARIO, and nothing else', () => {
    const leaves: string[] = [];
    const walk = (value: unknown, path: string) => {
      // Maps and records with a shape of their own: overrides, and where the inputs come from.
      if (path === 'overrides' || path === 'provenance') return;
      if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
      } else leaves.push(path);
    };
    walk(DEFAULT_SCENARIO, '');
    expect(SCENARIO_FIELDS.map((f) => f.path).sort()).toEqual(leaves.sort());
  });
});
