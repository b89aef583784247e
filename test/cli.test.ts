import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run';

const read = (path: string): string => readFileSync(path, 'utf8');
const files: Record<string, string> = {
  'bad.json': '{"schemaVersion": 1, "targets": {"rtoSeconds": -5}}',
  'broken.json': '{"schemaVersion": 1,',
};
const fake = (path: string): string => {
  if (path in files) return files[path]!;
  return read(path);
};
const PRESET = 'public/scenarios/ecommerce-checkout.json';
const STATS = ['mean', 'p50', 'p95', 'p99'];

describe('simulate CLI: JSON contract', () => {
  const out = runCli([PRESET, '--trials', '5000', '--seed', '7'], fake);
  const json = JSON.parse(out.stdout);

  it('exits 0 and prints one JSON object', () => {
    expect(out.code).toBe(0);
    expect(typeof json).toBe('object');
  });

  it('has the documented top-level fields', () => {
    expect(json).toMatchObject({
      schemaVersion: 1,
      scenario: 'E-commerce checkout',
      trials: 5000,
      seed: 7,
      benchmarkSet: 'sourced',
    });
    expect(typeof json.converged).toBe('boolean');
    expect(typeof json.recommendation.pattern).toBe('string');
    expect(typeof json.recommendation.feasible).toBe('boolean');
    expect(json.recommendation.reasons.length).toBeGreaterThan(0);
  });

  it('lists the four patterns with every documented figure', () => {
    expect(json.patterns.map((p: { id: string }) => p.id)).toEqual([
      'single-node',
      'active-passive-async',
      'active-passive-sync',
      'active-active',
    ]);
    for (const p of json.patterns) {
      expect(Object.keys(p.monthlyInfraCost).sort()).toEqual(['expected', 'high', 'low']);
      expect(typeof p.incidentsPerYear).toBe('number');
      for (const k of [
        'incidentRtoSeconds',
        'incidentRpoSeconds',
        'annualDowntimeMinutes',
        'annualLoss',
        'annualTotalCost',
      ]) {
        expect(Object.keys(p[k]).sort()).toEqual([...STATS].sort());
      }
      expect(p.availability).toBeGreaterThan(0);
      expect(Object.keys(p.meetsTargets).sort()).toEqual(['regionRpo', 'regionRto', 'rpo', 'rto']);
      expect(typeof p.withinBudget).toBe('boolean');
      expect(typeof p.feasible).toBe('boolean');
    }
  });

  it('gives six break-even pairs, a cost per minute or null', () => {
    expect(json.breakEven).toHaveLength(6);
    for (const b of json.breakEven) {
      expect(b.downtimeCostPerMinute === null || b.downtimeCostPerMinute >= 0).toBe(true);
    }
  });

  it('is reproducible: the same seed prints the same bytes', () => {
    expect(runCli([PRESET, '--trials', '5000', '--seed', '7'], fake).stdout).toBe(out.stdout);
  });

  it('prints a Markdown report with the same recommendation', () => {
    const md = runCli([PRESET, '--trials=5000', '--seed=7', '--format', 'markdown'], fake);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# HA plan: E-commerce checkout/);
    expect(md.stdout).toContain('| Pattern |');
    expect(md.stdout).toContain(json.recommendation.reasons[0]);
  });
});

describe('simulate CLI: bad input', () => {
  const cases: [string, string[], RegExp][] = [
    ['no file', [], /^error: no scenario file given/],
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
    it(`${name}: exit code 2 and one line naming the problem`, () => {
      const out = runCli(argv, fake);
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
    expect(JSON.parse(text).patterns).toHaveLength(4);
  });
});
