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
 * `simulate <scenario.json> [--trials N] [--seed S] [--format json|markdown]`.
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
    const withFlags = parseScenario({
      ...parsed.scenario,
      simulation: {
        trials: args.trials ?? parsed.scenario.simulation.trials,
        seed: args.seed ?? parsed.scenario.simulation.seed,
      },
    });
    if (!withFlags.ok) return fail(withFlags.errors.map((e) => e.replace(/^simulation\./, '--')).join('; '));
    const result = simulate(withFlags.scenario);
    const stdout =
      args.format === 'json'
        ? jsonReport(result, withFlags.scenario)
        : markdownReport(withFlags.scenario, result);
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
