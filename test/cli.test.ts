import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliOutcome } from '../src/cli/run';

const read = (path: string): string => readFileSync(path, 'utf8');
const files: Record<string, string> = {
  'bad.json': '{"schemaVersion": 5, "targets": {"rtoSeconds": -5}}',
  'broken.json': '{"schemaVersion": 5,',
};
const fake = (path: string): string => {
  if (path in files) return files[path]!;
  return read(path);
};
const PRESET = 'public/scenarios/ecommerce-checkout.json';
const cli = (argv: string[], readFile: (path: string) => string = fake) => runCli(argv, { readFile });
const STATS = ['mean', 'p50', 'p95', 'p99'];

describe('simulate CLI: JSON contract', () => {
  let out: CliOutcome;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let json: any;
  beforeAll(async () => {
    out = await cli([PRESET, '--trials', '5000', '--seed', '7']);
    json = JSON.parse(out.stdout);
  });

  it('exits 0 and prints one JSON object', () => {
    expect(out.code).toBe(0);
    expect(typeof json).toBe('object');
  });

  it('has the documented top-level fields', () => {
    expect(json).toMatchObject({
      schemaVersion: 4,
      horizonYears: 3,
      scenario: 'E-commerce checkout',
      trials: 5000,
      seed: 7,
      benchmarkSet: 'sourced',
    });
    expect(typeof json.converged).toBe('boolean');
    expect(typeof json.recommendation.pattern).toBe('string');
    expect(typeof json.recommendation.feasible).toBe('boolean');
    expect(json.recommendation.reasons.length).toBeGreaterThan(0);
    for (const r of json.recommendation.reasons) expect(typeof r).toBe('string');
    // The same findings as numbers, for scripts; each other pattern with its reasons and findings.
    expect(json.recommendation.findings.length).toBeGreaterThan(0);
    for (const f of json.recommendation.findings) expect(typeof f.kind).toBe('string');
    for (const o of json.recommendation.others) {
      expect(o.reasons).toHaveLength(o.findings.length);
    }
  });

  it('lists the five patterns with every documented figure', () => {
    expect(json.patterns.map((p: { id: string }) => p.id)).toEqual([
      'single-node',
      'active-passive-async',
      'active-passive-sync',
      'active-passive-dr',
      'active-active',
    ]);
    const RANGE = ['expected', 'high', 'low', 'mostLikely'];
    for (const p of json.patterns) {
      expect(Object.keys(p.monthlyInfraCost).sort()).toEqual(RANGE);
      expect(Object.keys(p.oneOffCost).sort()).toEqual(RANGE);
      expect(typeof p.incidentsPerYear).toBe('number');
      for (const k of [
        'incidentRtoSeconds',
        'incidentRpoSeconds',
        'regionRtoSeconds',
        'regionRpoSeconds',
        'annualDowntimeMinutes',
        'annualLoss',
        'annualTotalCost',
        'horizonTotalCost',
      ]) {
        expect(Object.keys(p[k]).sort()).toEqual([...STATS].sort());
      }
      expect(p.overBudgetProbability >= 0 && p.overBudgetProbability <= 1).toBe(true);
      expect(typeof p.maintenanceMinutesPerYear).toBe('number');
      expect(p.availabilityWithMaintenance).toBeLessThanOrEqual(p.availability);
      expect(Object.keys(p.regionRecovery).sort()).toEqual(['elsewhere', 'returned']);
      expect(p.availability).toBeGreaterThan(0);
      expect(Object.keys(p.meetsTargets).sort()).toEqual(['regionRpo', 'regionRto', 'rpo', 'rto']);
      expect(p.withinBudget).toBe(p.overBudgetProbability <= 0.1);
      expect(typeof p.feasible).toBe('boolean');
    }
  });

  it('prices the active-active architecture by its technology', async () => {
    const cassandra = await cli([PRESET, '--trials', '2000', '--seed', '7'], (path) => {
      if (path !== PRESET) return fake(path);
      const doc = JSON.parse(read(PRESET));
      doc.technology.activeActive = 'cassandra-multi-dc';
      delete doc.topology;
      return JSON.stringify(doc);
    });
    const monthly = (report: string) =>
      JSON.parse(report).patterns.find((p: { id: string }) => p.id === 'active-active').monthlyInfraCost
        .expected;
    expect(monthly(cassandra.stdout)).not.toBe(monthly(out.stdout));
  });

  it('gives ten break-even pairs, each resolved or not, a cost only when resolved', () => {
    expect(json.breakEven).toHaveLength(10);
    for (const b of json.breakEven) {
      expect(typeof b.resolved).toBe('boolean');
      expect(b.downtimeCostPerMinute === null || b.downtimeCostPerMinute >= 0).toBe(true);
      if (!b.resolved) expect([b.downtimeCostPerMinute, b.interval]).toEqual([null, null]);
      if (b.downtimeCostPerMinute !== null) {
        expect(b.interval.low).toBeLessThanOrEqual(b.downtimeCostPerMinute);
        expect(b.interval.high).toBeGreaterThanOrEqual(b.downtimeCostPerMinute);
      }
    }
  });

  it('gives each pattern its SLO windows, its tail and each scope on its own', () => {
    expect(json.slo).toEqual({ target: 0.9995, window: 'month', excludePlannedMaintenance: true });
    for (const p of json.patterns) {
      expect(Object.keys(p.slo.allowedMinutes)).toEqual(['day', 'week', 'month', 'quarter', 'year']);
      expect(p.slo.allowedMinutesPerWindow).toBeCloseTo(21.915, 10);
      expect(p.slo.breachProbability >= 0 && p.slo.breachProbability <= 1).toBe(true);
      expect(p.slo.expectedBudgetUsed).toBeCloseTo(p.slo.windowDowntimeMinutes.mean / 21.915, 10);
      expect(Object.keys(p.tail).sort()).toEqual([
        'lossExceedsTolerance',
        'shareOverOneHour',
        'shareOverRto',
      ]);
      expect(Object.keys(p.perScope)).toEqual(['node', 'storage', 'network', 'zone', 'region']);
    }
    expect(json.recommendation.tail.length).toBeGreaterThanOrEqual(3);
  });

  it('is reproducible: the same seed prints the same bytes', async () => {
    expect((await cli([PRESET, '--trials', '5000', '--seed', '7'])).stdout).toBe(out.stdout);
  });

  it('prints a Markdown report with the same recommendation', async () => {
    const md = await cli([PRESET, '--trials=5000', '--seed=7', '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# HA plan: E-commerce checkout/);
    expect(md.stdout).toContain('| Architecture |');
    expect(md.stdout).toContain(json.recommendation.reasons[0]);
  });
});

describe('simulate CLI: deciding under uncertainty', () => {
  const run = async (...flags: string[]) => {
    const out = await cli([PRESET, '--trials', '4096', '--seed', '7', ...flags]);
    expect(out.stderr).toBe('');
    return JSON.parse(out.stdout);
  };

  it('--slo and --window set the objective; --tolerance the risk tolerance', async () => {
    const json = await run('--slo', '0.999', '--window', 'quarter', '--tolerance', '250000');
    expect(json.slo).toEqual({ target: 0.999, window: 'quarter', excludePlannedMaintenance: true });
    expect(json.riskTolerance).toBe(250000);
    expect(json.patterns[0].slo.allowedMinutesPerWindow).toBeCloseTo(131.49, 10);
  });

  it('--sensitivity adds at least eight drivers with totals and flips', async () => {
    const json = await run('--sensitivity');
    const s = json.sensitivity;
    expect(s.recommended).toBe(json.recommendation.pattern);
    expect(s.drivers.length).toBeGreaterThanOrEqual(8);
    const inputs = s.drivers.map((d: { input: string }) => d.input);
    expect(inputs).toContain('failureRates.node');
    expect(inputs).toContain('business.downtimeCostPerMinute');
    for (const d of s.drivers) {
      expect(d.low).toBeLessThan(d.high);
      for (const k of ['totalAtLow', 'totalAtHigh']) expect(d[k]).toBeGreaterThan(0);
      for (const flip of [d.flipLow, d.flipHigh]) {
        if (flip === null) continue;
        expect(flip.to).not.toBe(s.recommended);
        expect(flip.value >= d.low && flip.value <= d.high).toBe(true);
      }
      expect(typeof d.text).toBe('string');
    }
  });

  it('without --sensitivity, no sensitivity; a bad --window is refused', async () => {
    expect((await run()).sensitivity).toBeUndefined();
    const bad = await cli([PRESET, '--window', 'week']);
    expect(bad.stderr).toMatch(/^error: --window must be month or quarter, got 'week'/);
    expect((await cli([PRESET, '--slo', '1'])).stderr).toMatch(/^error: --slo/);
  });
});

describe('simulate CLI: bad input', () => {
  const cases: [string, string[], RegExp][] = [
    ['no file', [], /^error: no scenario given/],
    ['missing file', ['nope.json'], /^error: nope\.json: no such file$/],
    ['malformed JSON', ['broken.json'], /^error: broken\.json: JSON: /],
    [
      'invalid field',
      ['bad.json'],
      /^error: bad\.json: targets\.rtoSeconds: must be a positive number of seconds, got -5$/,
    ],
    ['bad trials', [PRESET, '--trials', 'many'], /^error: --trials needs a whole number, got 'many'$/],
    ['too few trials', [PRESET, '--trials', '10'], /^error: --trials/],
    ['bad format', [PRESET, '--format', 'xml'], /^error: --format must be json or markdown, got 'xml'$/],
    ['unknown flag', [PRESET, '--fast'], /^error: unknown flag '--fast'$/],
  ];
  for (const [name, argv, message] of cases) {
    it(`${name}: exit code 2 and one line naming the problem`, async () => {
      const out = await cli(argv);
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(out.stderr.trimEnd()).toMatch(message);
    });
  }

  it('the real process exits 2 with no stack trace', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/simulate.ts', 'nope.json'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('error: nope.json: no such file');
  });

  it('the real process prints JSON for a preset', () => {
    const text = execFileSync('npx', ['tsx', 'src/cli/simulate.ts', PRESET, '--trials', '2000'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(text).patterns).toHaveLength(5);
  });
});
