import { calibrate } from '../../models/calibration/calibrate';
import { readDrillFile } from '../../models/drills/read';
import { remediesFor, sensitivityOf, type Analysis } from '../../models/engine/analysis';
import { simulate } from '../../models/engine/index';
import { jsonReport } from '../report/json';
import { parseScenario, parseScenarioJson } from '../../models/scenario/validate';
import { parseArgs, UsageError } from './args';
import { calibrationMarkdown, drillNotes } from './calibration';
import { markdownReport } from './markdown';

/** The JSON contract, shared with the app's results export. */
export { jsonReport };

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `simulate <scenario.json> [--trials N] [--seed S] [--format json|markdown] [--sensitivity] [--slo F]
 * [--window month|quarter] [--tolerance AMOUNT] [--drills FILE] [--as-of DATE]`.
 * Bad input ends with exit code 2 and one line naming the problem, never a stack trace.
 */
export function runCli(argv: readonly string[], readFile: (path: string) => string): CliOutcome {
  const fail = (message: string): CliOutcome => ({ code: 2, stdout: '', stderr: `error: ${message}\n` });
  try {
    const args = parseArgs(argv);
    const read = (path: string): string | CliOutcome => {
      try {
        return readFile(path);
      } catch (e) {
        const code = (e as { code?: string }).code;
        return fail(
          `${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`,
        );
      }
    };
    const text = read(args.file);
    if (typeof text !== 'string') return text;
    const parsed = parseScenarioJson(text);
    if (!parsed.ok) return fail(`${args.file}: ${parsed.errors.join('; ')}`);
    // A drill log given apart replaces the scenario's, whole or not at all.
    let drillLog = parsed.scenario.drillLog;
    let drillLines: number[] | null = null;
    if (args.drills !== undefined) {
      const drillText = read(args.drills);
      if (typeof drillText !== 'string') return drillText;
      const drills = readDrillFile(drillText, /\.json$/i.test(args.drills) ? 'json' : undefined);
      if (!drills.ok) return fail(`${args.drills}: ${drills.errors.join('; ')}`);
      drillLog = { ...drillLog, drills: drills.drills };
      drillLines = drills.lines;
    }
    if (args.asOf !== undefined) drillLog = { ...drillLog, asOf: args.asOf };
    // Flags go through the same validation as the file, so their limits and messages are the same.
    const s = parsed.scenario;
    const withFlags = parseScenario({
      ...s,
      business: { ...s.business, riskTolerance: args.tolerance ?? s.business.riskTolerance },
      slo: { ...s.slo, target: args.slo ?? s.slo.target, window: args.window ?? s.slo.window },
      simulation: {
        trials: args.trials ?? s.simulation.trials,
        seed: args.seed ?? s.simulation.seed,
      },
      drillLog,
    });
    if (!withFlags.ok) return fail(withFlags.errors.map(flagNames).join('; '));
    // The drills recalibrate the model before it runs (models/calibration); the analyses rerun it so.
    const calibration = calibrate(withFlags.scenario);
    const engineScenario = calibration.scenario;
    const result = simulate(engineScenario);
    const report: Analysis = {
      remedies: remediesFor(engineScenario, result),
      ...(args.sensitivity ? { sensitivity: sensitivityOf(engineScenario) } : {}),
    };
    let stdout: string;
    if (args.format === 'json') stdout = jsonReport(result, withFlags.scenario, report, calibration);
    else {
      const before = calibration.updated.length > 0 ? simulate(withFlags.scenario) : result;
      stdout =
        markdownReport(withFlags.scenario, result, report) + calibrationMarkdown(calibration, before, result);
    }
    const where = (index: number) =>
      drillLines ? `line ${drillLines[index] ?? index + 1}` : `drill ${index + 1}`;
    const notices = [
      ...parsed.migrated.map((m) => `note: ${m}`),
      ...parsed.warnings.map((w) => `warning: ${w}`),
      ...drillNotes(
        calibration,
        withFlags.scenario.drillLog.drills,
        where,
        drillLines ? `${args.drills} ` : '',
      ),
    ];
    const warnings = notices.map((line) => `${line}\n`).join('');
    return { code: 0, stdout, stderr: warnings };
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    return fail(e instanceof Error ? e.message.split('\n')[0]! : String(e));
  }
}

/** A validation message about a field a flag set, named by the flag. */
function flagNames(message: string): string {
  return message
    .replace(/^simulation\.(trials|seed)/, '--$1')
    .replace(/^slo\.target/, '--slo')
    .replace(/^slo\.window/, '--window')
    .replace(/^business\.riskTolerance/, '--tolerance')
    .replace(/^drillLog\.asOf/, '--as-of');
}
