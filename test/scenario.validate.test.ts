import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseScenario, parseScenarioJson, type ParseResult } from '../models/scenario/validate';
import { findJsonSyntaxError } from '../models/scenario/jsonSyntax';
import { DEFAULT_SCENARIO } from '../models/scenario/defaults';
import { withField, type Json } from './helpers';
import { SCENARIO_FIELDS } from '../models/scenario/fields';
import { benchmarkSet } from '../models/catalogue/index';

function errorsOf(result: ParseResult): string[] {
  if (result.ok) throw new Error(`expected errors, got a valid scenario`);
  return result.errors;
}

const FORBIDDEN = 'forbidden key; __proto__, constructor and prototype are never field names';

describe('parseScenario: valid input and defaults', () => {
  it('round-trips DEFAULT_SCENARIO into an equal, fresh object with no warnings', () => {
    const result = parseScenario(DEFAULT_SCENARIO);
    expect(result).toEqual({
      ok: true,
      scenario: DEFAULT_SCENARIO,
      warnings: [],
      migrated: [],
      defaulted: [],
    });
    if (!result.ok) return;
    expect(result.scenario).not.toBe(DEFAULT_SCENARIO);
    for (const key of ['business', 'targets', 'costs', 'operations', 'failureRates', 'technology'] as const) {
      expect(result.scenario[key]).not.toBe(DEFAULT_SCENARIO[key]);
    }
    expect(result.scenario.overrides).not.toBe(DEFAULT_SCENARIO.overrides);
  });

  it('shares no reference with its input', () => {
    const input = withField('overrides', { 'traffic.extra': { min: 1, mode: 2, max: 3 } });
    const result = parseScenario(input);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    result.scenario.overrides['traffic.extra']!.min = 99;
    result.scenario.targets.rtoSeconds = 1;
    expect((input.overrides as Json)['traffic.extra']).toEqual({ min: 1, mode: 2, max: 3 });
    expect((input.targets as Json).rtoSeconds).toBe(60);
    expect(DEFAULT_SCENARIO.targets.rtoSeconds).toBe(60);
  });

  it('fills every missing field from the defaults', () => {
    const bare = parseScenario({ schemaVersion: 5 });
    // A file that does not say where its inputs came from has them "from the file".
    const fromFile = { ...DEFAULT_SCENARIO, provenance: { origin: { kind: 'file' }, client: [] } };
    expect(bare).toMatchObject({ ok: true, scenario: fromFile, warnings: [], migrated: [] });
    // Every field the file left out is listed as having taken its default.
    expect(bare.ok && bare.defaulted).toEqual(
      SCENARIO_FIELDS.filter((f) => f.path !== 'schemaVersion').map((f) => f.path),
    );
    const result = parseScenario({ schemaVersion: 5, targets: { rtoSeconds: 30 }, operations: {} });
    expect(result.ok && result.scenario).toEqual({
      ...fromFile,
      targets: { ...DEFAULT_SCENARIO.targets, rtoSeconds: 30 },
    });
  });

  it('takes technology defaults from the chosen benchmark set', () => {
    const article = benchmarkSet('article').defaults;
    const result = parseScenario({ schemaVersion: 5, benchmarkSet: 'article' });
    expect(result.ok && result.scenario.technology).toEqual(article);
    const partial = parseScenario({
      schemaVersion: 1,
      benchmarkSet: 'article',
      technology: { trafficLayer: 'keepalived-vip' },
    });
    expect(partial.ok && partial.scenario.technology).toEqual({ ...article, trafficLayer: 'keepalived-vip' });
  });

  it('keeps a valid override', () => {
    const result = parseScenario(
      withField('overrides', { 'recovery.nodeRestart': { min: 60, mode: 300, max: 3600 } }),
    );
    expect(result.ok && result.scenario.overrides).toEqual({
      'recovery.nodeRestart': { min: 60, mode: 300, max: 3600 },
    });
  });

  it('accepts every bound that is inclusive', () => {
    for (const spec of SCENARIO_FIELDS) {
      for (const bound of [spec.min, spec.max]) {
        if (bound === undefined) continue;
        const doc = withField(spec.path, bound);
        // A regional outage's 95th percentile is at least its median: raise it with the median.
        if (spec.path === 'failureDurations.regionOutage.medianHours') {
          ((doc.failureDurations as Json).regionOutage as Json).p95Hours = bound;
        }
        const result = parseScenario(doc);
        expect(result.ok, `${spec.path} = ${bound}: ${result.ok ? '' : result.errors.join('; ')}`).toBe(true);
      }
    }
  });

  it('warns about inputs that look like mistakes but still accepts them', () => {
    const doc = withField('costs.monthlyBudget', 1000);
    (doc.assumptions as Json).manualPathAfterDrill = 0.5;
    expect(parseScenario(doc)).toMatchObject({
      ok: true,
      warnings: [
        'costs.monthlyBudget: 1000 per month is below the single-node cost of 2000 per month, so no pattern fits the budget',
        'assumptions.manualPathAfterDrill: 0.5 is above assumptions.manualPathUntested (0.15), so drills would make failover less reliable',
      ],
    });
  });
});

describe('parseScenario: exact messages', () => {
  const cases: [string, unknown, string][] = [
    ['targets.rtoSeconds', -5, 'targets.rtoSeconds: must be a positive number of seconds, got -5'],
    ['targets.rtoSeconds', 0, 'targets.rtoSeconds: must be a positive number of seconds, got 0'],
    ['targets.rtoSeconds', 2e7, 'targets.rtoSeconds: must be at most 10000000 seconds, got 20000000'],
    // Between zero and a millisecond nothing is a duration anyone means (and 5e-324 once broke the charts).
    ['targets.rtoSeconds', 5e-324, 'targets.rtoSeconds: must be at least 0.001 seconds, got 5e-324'],
    ['targets.rpoSeconds', 1e-5, 'targets.rpoSeconds: must be 0 or at least 0.001 seconds, got 0.00001'],
    [
      'business.dataLossCostPerSecond',
      1e-300,
      'business.dataLossCostPerSecond: must be 0 or at least 0.01 per second of data, got 1e-300',
    ],
    ['targets.rpoSeconds', -1, 'targets.rpoSeconds: must be a non-negative number of seconds, got -1'],
    [
      'targets.confidence',
      95,
      'targets.confidence: must be a fraction between 0 and 1 (write 0.95 for 95%), got 95',
    ],
    ['targets.confidence', 1, 'targets.confidence: must be a fraction above 0 and below 1, got 1'],
    ['targets.confidence', 0, 'targets.confidence: must be a fraction above 0 and below 1, got 0'],
    ['targets.confidence', '95%', 'targets.confidence: must be a fraction between 0 and 1, got "95%"'],
    [
      'assumptions.manualPathUntested',
      15,
      'assumptions.manualPathUntested: must be a fraction between 0 and 1 (write 0.15 for 15%), got 15',
    ],
    [
      'assumptions.syncDegradedProbability',
      -0.1,
      'assumptions.syncDegradedProbability: must be a fraction between 0 and 1, got -0.1',
    ],
    ['assumptions.driftYears', 0, 'assumptions.driftYears: must be a positive number of years, got 0'],
    [
      'business.downtimeCostPerMinute',
      NaN,
      'business.downtimeCostPerMinute: must be a finite number, got NaN',
    ],
    [
      'business.downtimeCostPerMinute',
      Infinity,
      'business.downtimeCostPerMinute: must be a finite number, got Infinity',
    ],
    [
      'business.downtimeCostPerMinute',
      -Infinity,
      'business.downtimeCostPerMinute: must be a finite number, got -Infinity',
    ],
    [
      'business.downtimeCostPerMinute',
      '5600',
      'business.downtimeCostPerMinute: must be a finite number, got "5600"',
    ],
    [
      'business.downtimeCostPerMinute',
      null,
      'business.downtimeCostPerMinute: must be a finite number, got null',
    ],
    [
      'business.downtimeCostPerMinute',
      true,
      'business.downtimeCostPerMinute: must be a finite number, got true',
    ],
    [
      'business.downtimeCostPerMinute',
      [5600],
      'business.downtimeCostPerMinute: must be a finite number, got an array',
    ],
    [
      'business.dataLossCostPerSecond',
      -1,
      'business.dataLossCostPerSecond: must be a non-negative amount of money per second of data, got -1',
    ],
    [
      'costs.monthlyBudget',
      2e12,
      'costs.monthlyBudget: must be at most 1000000000000 per month, got 2000000000000',
    ],
    ['failureRates.node', -1, 'failureRates.node: must be a non-negative rate per year, got -1'],
    ['failureRates.zone', 5000, 'failureRates.zone: must be at most 1000 per year, got 5000'],
    ['failureRates.region', { rate: 1 }, 'failureRates.region: must be a finite number, got an object'],
    [
      'operations.healthCheckFailureThreshold',
      0,
      'operations.healthCheckFailureThreshold: must be at least 1 failed check, got 0',
    ],
    [
      'operations.healthCheckFailureThreshold',
      21,
      'operations.healthCheckFailureThreshold: must be at most 20 failed checks, got 21',
    ],
    [
      'operations.healthCheckFailureThreshold',
      2.5,
      'operations.healthCheckFailureThreshold: must be a whole number, got 2.5',
    ],
    [
      'operations.drillsPerYear',
      400,
      'operations.drillsPerYear: must be at most 365 drills per year, got 400',
    ],
    [
      'operations.dnsTtlSeconds',
      -60,
      'operations.dnsTtlSeconds: must be a non-negative number of seconds, got -60',
    ],
    ['horizonYears', 0, 'horizonYears: must be at least 1 year, got 0'],
    ['horizonYears', 31, 'horizonYears: must be at most 30 years, got 31'],
    ['simulation.trials', 10, 'simulation.trials: must be at least 1000 trials, got 10'],
    ['simulation.trials', '20000', 'simulation.trials: must be a whole number, got "20000"'],
    ['simulation.seed', -1, 'simulation.seed: must be a non-negative whole number, got -1'],
    ['simulation.seed', 2 ** 32, 'simulation.seed: must be at most 4294967295, got 4294967296'],
    ['currency', 'usd', 'currency: must be a three-letter ISO 4217 code in capitals, e.g. "USD", got "usd"'],
    ['currency', 840, 'currency: must be text, got 840'],
    ['name', '', 'name: must not be empty, got ""'],
    ['name', '   ', 'name: must not be blank, got "   "'],
    ['name', 'x'.repeat(121), 'name: must be at most 120 characters, got 121 characters'],
    ['description', 'y'.repeat(501), 'description: must be at most 500 characters, got 501 characters'],
    ['benchmarkSet', 'fancy', 'benchmarkSet: must be one of "sourced", "article", got "fancy"'],
    ['schemaVersion', 0, 'schemaVersion: must be 5, got 0'],
    ['schemaVersion', '1', 'schemaVersion: must be 5, got "1"'],
    ['targets', [60], 'targets: must be an object, got an array'],
    ['overrides', [], 'overrides: must be an object keyed by distribution id, got an array'],
    [
      'technology.trafficLayer',
      'nginx',
      'technology.trafficLayer: unknown traffic layer "nginx"; choose one of: haproxy, keepalived-vip, cloud-load-balancer, dns-failover, anycast-gslb',
    ],
  ];
  it.each(cases)('%s = %j', (path, value, message) => {
    expect(errorsOf(parseScenario(withField(path, value)))).toEqual([message]);
  });

  it('quotes long strings cut short', () => {
    expect(errorsOf(parseScenario(withField('currency', 'E'.repeat(100))))).toEqual([
      `currency: must be a three-letter ISO 4217 code in capitals, e.g. "USD", got "${'E'.repeat(40)}…"`,
    ]);
  });

  it('names unknown fields at every level', () => {
    const doc = withField('operations.frobnicate', 1);
    doc.colour = 'blue';
    (doc.simulation as Json).threads = 4;
    doc.overrides = { 'traffic.extra': { min: 1, mode: 2, max: 3, p99: 4 } };
    expect(errorsOf(parseScenario(doc))).toEqual([
      'colour: unknown field',
      'operations.frobnicate: unknown field',
      'simulation.threads: unknown field',
      'overrides["traffic.extra"].p99: unknown field',
    ]);
  });

  it('rejects a missing or a newer schemaVersion', () => {
    expect(errorsOf(parseScenario({}))).toEqual(['schemaVersion: missing; write "schemaVersion": 5']);
    // A newer file's other fields may mean something else, so they are not listed as unknown.
    expect(errorsOf(parseScenario({ ...withField('schemaVersion', 6), hologram: true }))).toEqual([
      'schemaVersion: this file was written by a newer version (schemaVersion 6); this version reads 5',
    ]);
  });

  it('rejects input that is not an object', () => {
    expect(errorsOf(parseScenario(null))).toEqual(['scenario: must be a JSON object, got null']);
    expect(errorsOf(parseScenario([]))).toEqual(['scenario: must be a JSON object, got an array']);
    expect(errorsOf(parseScenario(42))).toEqual(['scenario: must be a JSON object, got 42']);
    expect(errorsOf(parseScenario('{}'))).toEqual(['scenario: must be a JSON object, got "{}"']);
    expect(errorsOf(parseScenario(undefined))).toEqual(['scenario: must be a JSON object, got undefined']);
  });

  it('checks overrides: ids, completeness, bounds and order', () => {
    const doc = withField('overrides', {
      'active-passive-async.detection': { min: 5, mode: 3, max: 10 },
      'recovery.zoneRebuild': { min: 0, max: 3600 },
      'traffic.extra': { min: -1, mode: 1, max: 2e7 },
      'operations.humanResponse': 300,
      'made.up': { min: 1, mode: 2, max: 3 },
    });
    expect(errorsOf(parseScenario(doc))).toEqual([
      'overrides["active-passive-async.detection"]: must have min ≤ mode ≤ max, got min 5, mode 3, max 10',
      'overrides["recovery.zoneRebuild"].mode: missing; an override needs min, mode and max',
      'overrides["traffic.extra"].min: must be a non-negative number of seconds, got -1',
      'overrides["traffic.extra"].max: must be at most 10000000 seconds, got 20000000',
      'overrides["operations.humanResponse"]: must be an object with min, mode and max in seconds, got 300',
      'overrides["made.up"]: unknown distribution id',
    ]);
  });

  it('checks technology ids against the catalogue, the benchmark set and the slot', () => {
    const [unknown] = errorsOf(parseScenario(withField('technology.activePassiveAsync', 'postgres-magic')));
    expect(unknown).toMatch(
      /^technology\.activePassiveAsync: unknown technology "postgres-magic"; choose one of: patroni-async, /,
    );
    const [wrongSlot] = errorsOf(parseScenario(withField('technology.activePassiveSync', 'patroni-async')));
    expect(wrongSlot).toMatch(
      /^technology\.activePassiveSync: "patroni-async" is an active-passive async technology and cannot fill the active-passive sync slot; choose one of: patroni-sync, /,
    );
    const [wrongSet] = errorsOf(parseScenario(withField('technology.activeActive', 'yugabytedb-article')));
    expect(wrongSet).toMatch(
      /^technology\.activeActive: "yugabytedb-article" is not in the sourced benchmark set; choose one of: yugabytedb, /,
    );
    // Sourced technology with the article set chosen explicitly.
    const article = errorsOf(parseScenario(withField('benchmarkSet', 'article')));
    expect(article).toHaveLength(4);
    expect(article[0]).toMatch(
      /^technology\.activePassiveAsync: "patroni-async" is not in the article benchmark set; choose one of: article-ap-async/,
    );
  });

  it('collects all errors, not just the first', () => {
    const doc = withField('targets.rtoSeconds', -5);
    (doc.targets as Json).confidence = 95;
    (doc.failureRates as Json).node = -1;
    (doc.operations as Json).frobnicate = 1;
    doc.currency = 'usd';
    expect(errorsOf(parseScenario(doc))).toEqual([
      'currency: must be a three-letter ISO 4217 code in capitals, e.g. "USD", got "usd"',
      'targets.rtoSeconds: must be a positive number of seconds, got -5',
      'targets.confidence: must be a fraction between 0 and 1 (write 0.95 for 95%), got 95',
      'failureRates.node: must be a non-negative rate per year, got -1',
      'operations.frobnicate: unknown field',
    ]);
  });

  it('caps a very long list of errors with a count', () => {
    const doc: Json = { schemaVersion: 5 };
    for (let i = 0; i < 120; i++) doc[`junk${i}`] = i;
    const errors = errorsOf(parseScenario(doc));
    expect(errors).toHaveLength(51);
    expect(errors[0]).toBe('junk0: unknown field');
    expect(errors[50]).toBe('… and 70 more errors');
  });
});

describe('parseScenario: hostile input', () => {
  it('rejects __proto__, constructor and prototype keys anywhere without polluting prototypes', () => {
    const result = parseScenarioJson('{"schemaVersion": 5, "__proto__": {"polluted": 1}}');
    expect(errorsOf(result)).toEqual([`__proto__: ${FORBIDDEN}`, '__proto__: unknown field'].slice(0, 1));
    expect(({} as Json).polluted).toBeUndefined();
    expect((Object.prototype as Json).polluted).toBeUndefined();

    const nested = parseScenarioJson(
      '{"schemaVersion": 5, "targets": {"constructor": {"prototype": {"polluted": 1}}},' +
        ' "overrides": {"__proto__": {"min": 1, "mode": 2, "max": 3}}, "junk": [{"prototype": 1}]}',
    );
    expect(errorsOf(nested)).toEqual([
      `targets.constructor: ${FORBIDDEN}`,
      `overrides.__proto__: ${FORBIDDEN}`,
      `junk[0].prototype: ${FORBIDDEN}`,
      'junk: unknown field',
    ]);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('rejects forbidden keys given as own properties of a JavaScript object', () => {
    const doc = withField('constructor', 'x');
    expect(errorsOf(parseScenario(doc))).toEqual([`constructor: ${FORBIDDEN}`]);
  });

  it('survives cycles, deep nesting and throwing getters', () => {
    const cyclic: Json = { schemaVersion: 5 };
    cyclic.self = cyclic;
    expect(errorsOf(parseScenario(cyclic))).toEqual(['self: unknown field']);

    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(errorsOf(parseScenario({ schemaVersion: 5, deep }))).toEqual(['deep: unknown field']);
    const deepText = `{"schemaVersion": 5, "deep": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(parseScenarioJson(deepText).ok).toBe(false);

    const trap = { schemaVersion: 5 };
    Object.defineProperty(trap, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(errorsOf(parseScenario(trap))).toEqual(['scenario: could not be read (boom)']);
  });
});

describe('parseScenarioJson', () => {
  it('parses valid text, with or without a byte-order mark', () => {
    const text = JSON.stringify(DEFAULT_SCENARIO);
    const current = { ok: true, scenario: DEFAULT_SCENARIO, warnings: [], migrated: [], defaulted: [] };
    expect(parseScenarioJson(text)).toEqual(current);
    expect(parseScenarioJson(`\uFEFF${text}`)).toEqual(current);
  });

  it('rejects text over the size limit, counted in UTF-8 bytes', () => {
    expect(errorsOf(parseScenarioJson(' '.repeat(1_000_001)))).toEqual([
      'file: 1000001 bytes is over the limit of 1000000 bytes',
    ]);
    // "€" is 3 bytes in UTF-8: 4 of them are 12 bytes.
    expect(errorsOf(parseScenarioJson('"€€€€"', 13))).toEqual([
      'file: 14 bytes is over the limit of 13 bytes',
    ]);
  });

  it('reports malformed JSON with line, column and position', () => {
    expect(errorsOf(parseScenarioJson('{"schemaVersion": 5,\n  "name": }'))).toEqual([
      "JSON: not valid at line 2, column 11 (position 31): unexpected '}'; expected a value",
    ]);
    expect(errorsOf(parseScenarioJson('{"schemaVersion": 5,}'))).toEqual([
      "JSON: not valid at line 1, column 21 (position 20): unexpected '}'; expected a property name in double quotes",
    ]);
    expect(errorsOf(parseScenarioJson(''))).toEqual([
      'JSON: not valid at line 1, column 1 (position 0): unexpected end of text',
    ]);
    expect(errorsOf(parseScenarioJson('{"name": "a\nb"}'))).toEqual([
      'JSON: not valid at line 1, column 12 (position 11): control character in a string (write it as an escape such as \\n)',
    ]);
  });

  it('finds a syntax error exactly when JSON.parse fails', () => {
    const jsonish = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      // Valid JSON with one character dropped, swapped or inserted.
      fc
        .tuple(
          fc.jsonValue().map((v) => JSON.stringify(v, null, 1) ?? 'null'),
          fc.nat(),
          fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '0', '-', 'e', ' '),
        )
        .map(([text, at, c]) => {
          const i = text.length === 0 ? 0 : at % text.length;
          return text.slice(0, i) + c + text.slice(i + (at % 2));
        }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('never throws', () => {
  const settles = (result: ParseResult) => {
    if (result.ok) expect(result.scenario.schemaVersion).toBe(5);
    else {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expect(typeof e).toBe('string');
    }
  };

  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => settles(parseScenario(value))),
      { numRuns: 500 },
    );
  });

  it('on any JavaScript value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => settles(parseScenario(value))),
      { numRuns: 500 },
    );
  });

  it('on any string, and on the text of any JSON value', () => {
    fc.assert(
      fc.property(fc.string(), (text) => settles(parseScenarioJson(text))),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => settles(parseScenarioJson(JSON.stringify(value) ?? ''))),
      { numRuns: 500 },
    );
  });

  it('on a valid scenario with any field replaced by any JSON value', () => {
    const paths = [
      ...SCENARIO_FIELDS.map((f) => f.path),
      'business',
      'targets',
      'technology',
      'overrides',
      'simulation',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) =>
        settles(parseScenario(withField(path, value))),
      ),
      { numRuns: 1000 },
    );
  });
});

describe('files of format version 1', () => {
  /** A version-1 file as the previous format wrote it: four architectures, a single-node cost. */
  const version1 = (patch: Json = {}): Json => {
    const doc = JSON.parse(JSON.stringify(DEFAULT_SCENARIO)) as Json;
    doc.schemaVersion = 1;
    delete doc.provenance;
    const costs = doc.costs as Json;
    doc.costs = { monthlyBudget: costs.monthlyBudget, baselineMonthlyCost: 2000 };
    const business = doc.business as Json;
    delete business.plannedWindowFactor;
    delete business.riskTolerance;
    delete doc.slo;
    const technology = doc.technology as Json;
    delete technology.activePassiveDr;
    delete doc.failureDurations;
    delete doc.topology;
    return { ...doc, ...patch };
  };

  it('load, brought up to date, with a notice of every assumption', () => {
    const result = parseScenario(version1());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.scenario.schemaVersion).toBe(5);
    expect(result.scenario.costs).toMatchObject({ nodeMonthlyCost: 2000, storageMonthlyCost: 0 });
    expect(result.scenario.slo).toEqual({ target: 0.9995, window: 'month', excludePlannedMaintenance: true });
    expect(result.scenario.business.riskTolerance).toBe(1_000_000);
    expect(result.migrated.join(' ')).toMatch(/availability objective of 99.95% a month/);
    expect(result.migrated.join(' ')).toMatch(/risk tolerance of 1,000,000 a year/);
    expect(result.scenario.technology.activePassiveDr).toBe('patroni-standby-cluster');
    expect(result.migrated.join(' ')).toMatch(/single-node cost \(2000 a month\) is now the node cost/);
    expect(result.migrated.join(' ')).toMatch(/cross-region standby architecture uses/);
    expect(result.migrated.join(' ')).toMatch(/Regional outages now last/);
  });

  it('move a single-writer layer from active-active to the cross-region standby, with its overrides', () => {
    const doc = version1({
      technology: { ...(version1().technology as Json), activeActive: 'aurora-global' },
      overrides: { 'active-active.promotion': { min: 20, mode: 30, max: 50 } },
    });
    const result = parseScenario(doc);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.scenario.technology.activePassiveDr).toBe('aurora-global');
    expect(result.scenario.technology.activeActive).toBe('yugabytedb');
    expect(result.scenario.overrides).toEqual({
      'active-passive-dr.region.promotion': { min: 20, mode: 30, max: 50 },
    });
    expect(result.migrated.join(' ')).toMatch(/takes writes in one region at a time/);
  });

  it('keep an impossible topology, with its warning', () => {
    const doc = version1({
      topology: { activeActiveRegions: 2, replicationFactor: 3, witnessRegion: false },
    });
    const result = parseScenario(doc);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.scenario.topology.activeActiveRegions).toBe(2);
    expect(result.warnings.some((w) => /^topology: replication factor 3 across 2 regions/.test(w))).toBe(
      true,
    );
  });

  it('still refuse what version 1 refused', () => {
    const result = parseScenario(version1({ name: '' }));
    expect(result.ok).toBe(false);
  });
});

describe('fields of format version 2', () => {
  it('read quoted prices and one-off costs by architecture, in order', () => {
    const doc = withField('costs.quotes', { 'active-active': { low: 8000, mostLikely: 9000, high: 12000 } });
    (doc.costs as Json).oneOff = { 'active-passive-dr': { low: 1, mostLikely: 2, high: 3 } };
    const result = parseScenario(doc);
    expect(result.ok && result.scenario.costs.quotes['active-active']).toEqual({
      low: 8000,
      mostLikely: 9000,
      high: 12000,
    });
    const bad = withField('costs.quotes', {
      'active-active': { low: 9000, mostLikely: 8000, high: 12000 },
      'made-up': { low: 1, mostLikely: 1, high: 1 },
    });
    expect(errorsOf(parseScenario(bad))).toEqual([
      'costs.quotes["active-active"]: must have low ≤ mostLikely ≤ high, got 9000, 8000, 12000',
      'costs.quotes["made-up"]: unknown architecture id; use one of single-node, active-passive-async, active-passive-sync, active-passive-dr, active-active',
    ]);
  });

  it('check a regional outage and a topology as a whole', () => {
    const outage = withField('failureDurations.regionOutage', { medianHours: 5, p95Hours: 2 });
    expect(errorsOf(parseScenario(outage))).toEqual([
      'failureDurations.regionOutage.p95Hours: must be at least the median (5 hours), got 2',
    ]);
    const witness = withField('topology', {
      activeActiveRegions: 2,
      replicationFactor: 1,
      witnessRegion: true,
    });
    expect(errorsOf(parseScenario(witness))).toEqual([
      'topology.replicationFactor: a witness holds no data, so with a witness region the replication factor must be at least 2',
    ]);
    expect(errorsOf(parseScenario(withField('topology.witnessRegion', 'yes')))).toEqual([
      'topology.witnessRegion: must be true or false, got "yes"',
    ]);
  });

  it('takes a left-out topology from the active-active preset', () => {
    const doc = withField('technology.activeActive', 'cockroachdb');
    delete doc.topology;
    const result = parseScenario(doc);
    expect(result.ok && result.scenario.topology).toEqual({
      activeActiveRegions: 3,
      replicationFactor: 5,
      witnessRegion: false,
    });
  });
});

describe('files of format version 2', () => {
  const version2 = (): Json => {
    const doc = JSON.parse(JSON.stringify(DEFAULT_SCENARIO)) as Json;
    doc.schemaVersion = 2;
    delete doc.slo;
    delete doc.drillLog;
    delete doc.provenance;
    delete (doc.business as Json).riskTolerance;
    return doc;
  };

  it('gain an availability objective, a risk tolerance and an empty drill log, each with a notice', () => {
    const result = parseScenario(version2());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.scenario.schemaVersion).toBe(5);
    expect(result.scenario.slo).toEqual(DEFAULT_SCENARIO.slo);
    expect(result.scenario.business.riskTolerance).toBe(1_000_000);
    expect(result.scenario.drillLog).toEqual({ drills: [] });
    // Nothing says where its inputs came from: every one is "from the file".
    expect(result.scenario.provenance).toEqual({ origin: { kind: 'file' }, client: [] });
    expect(result.migrated).toHaveLength(4);
  });

  it('keep an objective already written, and say nothing of it', () => {
    const doc = version2();
    doc.slo = { target: 0.999, window: 'quarter', excludePlannedMaintenance: false };
    const result = parseScenario(doc);
    expect(result.ok && result.scenario.slo).toEqual(doc.slo);
    // The risk tolerance's notice, the drill log's and the provenance's.
    expect(result.ok && result.migrated).toHaveLength(3);
  });

  it('refuse an objective of 100% or a window of a week', () => {
    expect(errorsOf(parseScenario(withField('slo.target', 1)))).toHaveLength(1);
    expect(errorsOf(parseScenario(withField('slo.window', 'week')))).toEqual([
      'slo.window: must be one of "month", "quarter", got "week"',
    ]);
  });
});
