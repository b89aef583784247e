import { remediesFor, sensitivityOf, type Analysis } from '../../models/engine/analysis';
import { simulate } from '../../models/engine/index';
import { jsonReport } from '../report/json';
import { parseScenario, parseScenarioJson } from '../../models/scenario/validate';
import { parseArgs, UsageError } from './args';
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
 * [--window month|quarter] [--tolerance AMOUNT]`.
 * Bad input ends with exit code 2 and one line naming the problem, never a stack trace.
 */
export function runCli(argv: readonly string[], readFile: (path: string) => string): CliOutcome {
  const fail = (message: string): CliOutcome => ({ code: 2, stdout: '', stderr: `error: ${message}\n` });
  try {
    const args = parseArgs(argv);
    let text: string;
    try {
      text = readFile(args.file);
    } catch (e) {
      const code = (e as { code?: string }).code;
      return fail(
        `${args.file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`,
      );
    }
    const parsed = parseScenarioJson(text);
    if (!parsed.ok) return fail(`${args.file}: ${parsed.errors.join('; ')}`);
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
    });
    if (!withFlags.ok) return fail(withFlags.errors.map(flagNames).join('; '));
    const result = simulate(withFlags.scenario);
    const report: Analysis = {
      remedies: remediesFor(withFlags.scenario, result),
      ...(args.sensitivity ? { sensitivity: sensitivityOf(withFlags.scenario) } : {}),
    };
    const stdout =
      args.format === 'json'
        ? jsonReport(result, withFlags.scenario, report)
        : markdownReport(withFlags.scenario, result, report);
    const notices = [
      ...parsed.migrated.map((m) => `note: ${m}`),
      ...parsed.warnings.map((w) => `warning: ${w}`),
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
    .replace(/^business\.riskTolerance/, '--tolerance');
}
