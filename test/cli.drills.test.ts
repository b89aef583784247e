import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliOutcome } from '../src/cli/run';
import { calibrate } from '../models/calibration/calibrate';
import { readDrillFile } from '../models/drills/read';
import { remediesFor, sensitivityOf } from '../models/engine/analysis';
import { simulate } from '../models/engine/index';
import { parseScenarioJson } from '../models/scenario/validate';
import { runCli } from '../src/cli/run';
import { resultsJson } from '../src/io/exportFormats';
import { runAnalysis } from '../src/worker/runAnalysis';
import { runSimulation } from '../src/worker/runSimulation';

const PRESET = 'public/scenarios/ecommerce-checkout.json';
const DRILLS = [
  'date,scope,architecture,outcome,outageSeconds,dataLossSeconds,detectionSeconds,note',
  '2026-01-10,node,active-passive-async,automated,62,0.4,41,"Q1, node kill"',
  '2026-02-10,zone,active-passive-async,automated,70,0.2,,',
  '2026-03-10,node,active-passive-async,automated,58,0.5,39,',
  '2026-04-10,network,active-passive-async,automated,66,0.1,,',
  '2026-05-10,node,active-passive-async,manual,1140,0.9,,paged at night',
  '2026-06-10,node,active-passive-async,automated,0.9,0.3,,minutes by mistake',
  '2026-07-10,node,active-passive-async,automated,64,0.2,44,',
  '2026-08-10,storage,active-passive-async,automated,61,0.3,,',
  '2026-09-10,node,active-passive-async,automated,61,0.3,,',
  '2026-09-10,node,active-passive-async,automated,61,0.3,,',
  '2026-10-10,node,active-passive-async,automated,63,0.3,,after the as-of date',
].join('\n');

const files: Record<string, string> = {
  'drills.csv': DRILLS,
  'broken.csv':
    'date,scope,architecture,outcome,outageSeconds,dataLossSeconds\n2026-01-10,node,active-passive-async,Automated,62,0.4\n2026-13-01,node,active-passive-async,automated,62,0.4\n',
};
const read = (path: string): string => files[path] ?? readFileSync(path, 'utf8');
const cli = (args: string[], readFile: (path: string) => string = read) => runCli(args, { readFile });
const argv = [PRESET, '--trials', '20000', '--seed', '5', '--drills', 'drills.csv', '--as-of', '2026-09-30'];

describe('simulate CLI: --drills and --as-of', () => {
  let out: CliOutcome;
  let json: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  beforeAll(async () => {
    out = await cli(argv);
    json = JSON.parse(out.stdout) as typeof json;
  });

  it('adds calibration: { drills, asOf, updated } exactly as the contract says', () => {
    expect(out.code).toBe(0);
    expect(Object.keys(json.calibration).sort()).toEqual(['asOf', 'drills', 'updated']);
    expect(json.calibration.drills).toBe(8);
    expect(json.calibration.asOf).toBe('2026-09-30');
    const ids = json.calibration.updated.map((u: { distribution: string }) => u.distribution);
    expect(ids).toEqual([
      'manualShare:active-passive-async',
      'active-passive-async.detection',
      'active-passive-async.decision',
      'active-passive-async.promotion',
    ]);
    for (const u of json.calibration.updated) {
      expect(Object.keys(u).sort()).toEqual(['distribution', 'posterior', 'prior']);
      for (const s of [u.prior, u.posterior]) expect(Object.keys(s).sort()).toEqual(['mean', 'p50', 'p95']);
    }
  });

  it('gives the same numbers as the model called directly with the same log and seed', () => {
    const parsed = parseScenarioJson(readFileSync(PRESET, 'utf8'));
    const log = readDrillFile(DRILLS);
    if (!parsed.ok || !log.ok) throw new Error('fixture');
    const scenario = {
      ...parsed.scenario,
      simulation: { trials: 20000, seed: 5 },
      drillLog: { asOf: '2026-09-30', drills: log.drills },
    };
    const calibration = calibrate(scenario);
    const result = simulate(calibration.scenario);
    const patterns = result.patterns.map(({ curves: _curves, ...rest }) => rest);
    expect(json.patterns).toEqual(JSON.parse(JSON.stringify(patterns)));
    expect(json.recommendation.pattern).toBe(result.recommendation.pattern);
    expect(json.calibration.updated).toEqual(
      calibration.updated.map((f) => ({
        distribution: f.distribution,
        prior: { mean: f.prior.mean, p50: f.prior.p50, p95: f.prior.p95 },
        posterior: { mean: f.posterior.mean, p50: f.posterior.p50, p95: f.posterior.p95 },
      })),
    );
    // The drills changed the drilled architecture's numbers, and its numbers only.
    const plain = simulate(scenario);
    const async = (r: typeof result) => r.patterns.find((p) => p.id === 'active-passive-async')!;
    expect(async(result).incidentRtoSeconds.p50).toBeGreaterThan(async(plain).incidentRtoSeconds.p50);
    expect(result.patterns.find((p) => p.id === 'active-active')).toEqual(
      plain.patterns.find((p) => p.id === 'active-active'),
    );
  });

  it('reruns the calibrated model for its analyses, and the app exports the same JSON', async () => {
    const parsed = parseScenarioJson(readFileSync(PRESET, 'utf8'));
    const log = readDrillFile(DRILLS);
    if (!parsed.ok || !log.ok) throw new Error('fixture');
    const scenario = {
      ...parsed.scenario,
      simulation: { trials: 4000, seed: 5 },
      drillLog: { asOf: '2026-09-30', drills: log.drills },
    };
    const withAnalyses = await cli([PRESET, ...argv.slice(1), '--trials', '4000', '--sensitivity']);
    const report = JSON.parse(withAnalyses.stdout);
    const calibrated = calibrate(scenario).scenario;
    const result = simulate(calibrated);
    const clean = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    // The report adds each finding in words beside the numbers.
    expect(report.sensitivity).toMatchObject(clean(sensitivityOf(calibrated)) as object);
    expect(report.remedies).toMatchObject(clean(remediesFor(calibrated, result)) as object);
    expect(report.sensitivity).not.toMatchObject(clean(sensitivityOf(scenario)) as object);
    // The app: its run, its analyses on the same (calibrated) model, and "Export results (JSON)".
    const app = await runSimulation(scenario, { workers: 0 });
    const analysis = await runAnalysis(scenario, app.result, { workers: 0 });
    expect(resultsJson(app.result, scenario, analysis)).toBe(withAnalyses.stdout);
  }, 60_000);

  it('names each drill not used, by its line, on standard error', () => {
    expect(out.stderr.split('\n').filter((l) => l.startsWith('note: drills.csv'))).toEqual([
      expect.stringMatching(/^note: drills\.csv line 7: The outage of 0\.9 s looks like minutes: /),
      'note: drills.csv line 11: The same drill as line 10: not used.',
      'note: drills.csv line 12: Dated after the as-of date (2026-09-30): not used.',
    ]);
  });

  it('reads a JSON log the same way, and adds no calibration without a log', async () => {
    const log = readDrillFile(DRILLS);
    if (!log.ok) throw new Error('fixture');
    const asJson = await cli(
      [...argv.slice(0, 5), '--drills', 'log.json', '--as-of', '2026-09-30'],
      (path) => (path === 'log.json' ? JSON.stringify({ drills: log.drills }) : read(path)),
    );
    expect(JSON.parse(asJson.stdout).calibration).toEqual(json.calibration);
    expect(JSON.parse((await cli(argv.slice(0, 5))).stdout).calibration).toBeUndefined();
  });

  it('the Markdown report shows each figure before and after, and the recommendation', async () => {
    const md = await cli([...argv, '--format', 'markdown']);
    expect(md.stdout).toContain('## Calibration from drills');
    expect(md.stdout).toContain('11 drills in the log, 8 used, as of 2026-09-30.');
    expect(md.stdout).toMatch(
      /\| Active-passive, async replication: chance automation falls to people \| 8 \| mean /,
    );
    expect(md.stdout).toMatch(/Recommendation (before and after the drills|before the drills): /);
  });

  it('refuses a log that does not read, naming every line, and a bad --as-of', async () => {
    const broken = await cli([PRESET, '--drills', 'broken.csv']);
    expect(broken.code).toBe(2);
    expect(broken.stderr.trimEnd()).toBe(
      'error: broken.csv: line 2: outcome: must be one of automated, manual, got "Automated"; did you mean automated?; line 3: date: has no month 13',
    );
    const asOf = await cli([PRESET, '--drills', 'drills.csv', '--as-of', 'yesterday']);
    expect(asOf.stderr).toMatch(/^error: --as-of: must be an ISO 8601 date/);
    expect((await cli([PRESET, '--drills'])).stderr).toBe('error: --drills needs a CSV or JSON file\n');
  });

  it('the real command stops reading a drill log at its limit, and says it is the log', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/simulate.ts', PRESET, '--drills', '/dev/zero'],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'error: /dev/zero: more than 1,000,000 bytes, over the limit for a drill log (reading stopped there)\n',
    );
  });
});
