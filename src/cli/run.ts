import { calibrate } from '../../models/calibration/calibrate';
import { readDrillFile } from '../../models/drills/read';
import { remediesFor, sensitivityOf, type Analysis } from '../../models/engine/analysis';
import { simulate } from '../../models/engine/index';
import { decodeShareLink, linkFragment } from '../../models/share/shareLink';
import { parseScenario, parseScenarioJson, type ParseResult } from '../../models/scenario/validate';
import { estimateWork } from '../../models/workEstimate';
import { formatCount, formatDuration, formatNumber } from '../format';
import { jsonReport } from '../report/json';
import { terminalText } from '../report/plainText';
import { HELP, parseArgs, UsageError, type ScenarioSource } from './args';
import { calibrationMarkdown, drillNotes } from './calibration';
import { markdownReport } from './markdown';
import { ReadRefused } from './readBounded';

/** The JSON contract, shared with the app's results export. */
export { jsonReport };

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliIo {
  /**
   * The text of a scenario file (or of a drill log, `kind` says which); throws ReadRefused (or an error
   * with a Node `code`) when it cannot.
   */
  readFile: (path: string, kind?: 'scenario' | 'drill log') => string | Promise<string>;
  /** Told each line of standard error as soon as it is known (a warning comes before a long run). */
  onStderr?: (line: string) => void;
}

/** What a read error says, when it is not one of ours. */
function readError(error: unknown): string {
  if (error instanceof ReadRefused) return error.message;
  const code = (error as { code?: string } | null)?.code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
}

/**
 * `simulate (<scenario.json> | --link URL) [--trials N] [--seed S] [--format json|markdown] [--sensitivity]
 * [--slo F] [--window month|quarter] [--tolerance AMOUNT] [--drills FILE] [--as-of DATE]`.
 * Bad input ends with exit code 2 and one line naming the problem, never a stack trace. Every line of
 * standard error is made safe for a terminal (src/report/plainText.ts): a file or a link cannot send
 * escape sequences through a message.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  let stderr = '';
  const say = (line: string) => {
    const safe = `${terminalText(line).replace(/\n/g, ' ')}\n`;
    stderr += safe;
    io.onStderr?.(safe);
  };
  const fail = (message: string): CliOutcome => {
    say(`error: ${message}`);
    return { code: 2, stdout: '', stderr };
  };
  try {
    const args = parseArgs(argv);
    if ('help' in args) return { code: 0, stdout: HELP, stderr: '' };
    const read = await readSource(args.source, io);
    if ('error' in read) return fail(read.error);
    const parsed = read.parsed;
    // A drill log given apart replaces the scenario's, whole or not at all.
    let drillLog = parsed.scenario.drillLog;
    let drillLines: number[] | null = null;
    if (args.drills !== undefined) {
      let drillText: string;
      try {
        drillText = await io.readFile(args.drills, 'drill log');
      } catch (e) {
        return fail(`${args.drills}: ${readError(e)}`);
      }
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
    for (const m of parsed.migrated) say(`note: ${m}`);
    for (const w of parsed.warnings) say(`warning: ${w}`);
    const work = estimateWork(withFlags.scenario);
    if (work.slow) {
      say(
        `warning: this run takes about ${formatDuration(work.seconds)} (${formatCount(work.trials)} trials × ` +
          `${formatNumber(work.incidentsPerYear)} incidents a year); fewer --trials or lower failure rates shorten it`,
      );
    }
    // The drills recalibrate the model before it runs (models/calibration); the analyses rerun it so.
    const calibration = calibrate(withFlags.scenario);
    const where = (index: number) =>
      drillLines ? `line ${drillLines[index] ?? index + 1}` : `drill ${index + 1}`;
    const drillsPrefix = drillLines ? `${args.drills} ` : '';
    for (const line of drillNotes(calibration, withFlags.scenario.drillLog.drills, where, drillsPrefix))
      say(line);
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
    return { code: 0, stdout, stderr };
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    return fail(e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));
  }
}

type SourceRead = { parsed: Extract<ParseResult, { ok: true }> } | { error: string };

/** The scenario of a file or a share link, validated, or the one-line reason it cannot be used. */
async function readSource(source: ScenarioSource, io: CliIo): Promise<SourceRead> {
  if (source.kind === 'link') {
    const decoded = decodeShareLink(linkFragment(source.url));
    if (!decoded.ok) return { error: `--link: ${decoded.error}` };
    const parsed = parseScenario(decoded.scenario);
    return parsed.ok ? { parsed } : { error: `--link: ${parsed.errors.join('; ')}` };
  }
  let text: string;
  try {
    text = await io.readFile(source.path);
  } catch (e) {
    return { error: `${source.path}: ${readError(e)}` };
  }
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) return { error: `${source.path}: ${parsed.errors.join('; ')}` };
  return { parsed };
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
