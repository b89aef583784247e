/** Command-line flags of `npm run simulate`, parsed without a dependency. */

/** Where the scenario comes from: a file, or a share link of the app. */
export type ScenarioSource = { kind: 'file'; path: string } | { kind: 'link'; url: string };

export interface SimulateArgs {
  source: ScenarioSource;
  trials?: number;
  seed?: number;
  format: 'json' | 'markdown';
  /** Add what the recommendation hinges on (reruns with each uncertain input moved). */
  sensitivity: boolean;
  /** Availability objective (fraction) and its window, replacing the scenario's. */
  slo?: number;
  window?: 'month' | 'quarter';
  /** Loss per year the tail is told against, replacing the scenario's. */
  tolerance?: number;
  /** A drill log (CSV or JSON) that replaces the scenario's. */
  drills?: string;
  /** The date the calibration is as of (ISO 8601). */
  asOf?: string;
}

/** `--help`: print the usage and stop. */
export interface HelpArgs {
  help: true;
}

export const USAGE =
  'usage: npm run simulate -- (<scenario.json> | --link URL) [--trials N] [--seed S] [--format json|markdown] ' +
  '[--sensitivity] [--slo FRACTION] [--window month|quarter] [--tolerance AMOUNT] [--drills FILE] [--as-of DATE]';

/** What `--help` prints: the usage, then a line per flag. */
export const HELP = `${USAGE}

Simulates the scenario and prints the comparison of the five architectures with the recommendation.

  <scenario.json>        a scenario file (at most 1,000,000 bytes), as the app exports it
  --link URL             a share link of the app (…#s=1.…): its scenario, with the same numbers as the app
  --trials N             simulated years per architecture, instead of the scenario's own
  --seed S               the random seed, instead of the scenario's own
  --format json|markdown the report's format (default json)
  --sensitivity          add what the recommendation hinges on: each uncertain input moved and rerun
  --slo FRACTION         the availability objective, e.g. 0.9995, instead of the scenario's
  --window month|quarter the window the objective is checked over, instead of the scenario's
  --tolerance AMOUNT     the loss a year the tail is told against, instead of the scenario's
  --drills FILE          a drill log (CSV or JSON, at most 1,000,000 bytes) of measured failovers that
                         recalibrates the model, instead of the scenario's own log
  --as-of DATE           the date the calibration is made as of, e.g. 2026-06-30 (default: the latest drill's)
  --help, -h             this text

Bad input ends with exit code 2 and one line on standard error that names the problem.
`;

export class UsageError extends Error {}

function integer(flag: string, text: string | undefined): number {
  if (text === undefined || !/^\d+$/.test(text)) {
    throw new UsageError(`${flag} needs a whole number, got ${text === undefined ? 'nothing' : `'${text}'`}`);
  }
  return Number(text);
}

/** A plain decimal number (the scenario's validation then applies its bounds). */
function decimal(flag: string, text: string | undefined): number {
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text)) {
    throw new UsageError(`${flag} needs a number, got ${text === undefined ? 'nothing' : `'${text}'`}`);
  }
  return Number(text);
}

export function parseArgs(argv: readonly string[]): SimulateArgs | HelpArgs {
  let source: ScenarioSource | undefined;
  let trials: number | undefined;
  let seed: number | undefined;
  let format: 'json' | 'markdown' = 'json';
  let sensitivity = false;
  let slo: number | undefined;
  let window: 'month' | 'quarter' | undefined;
  let tolerance: number | undefined;
  let drills: string | undefined;
  let asOf: string | undefined;
  const setSource = (next: ScenarioSource, arg: string) => {
    if (source !== undefined) {
      const given = source.kind === 'file' ? `'${source.path}'` : '--link';
      throw new UsageError(`one scenario at a time (a file or --link), got ${given} and '${arg}'`);
    }
    source = next;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg) : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--trials':
        trials = integer('--trials', value());
        break;
      case '--seed':
        seed = integer('--seed', value());
        break;
      case '--format': {
        const f = value();
        if (f !== 'json' && f !== 'markdown')
          throw new UsageError(`--format must be json or markdown, got '${f ?? ''}'`);
        format = f;
        break;
      }
      case '--link': {
        const url = value();
        if (url === undefined || url === '') throw new UsageError('--link needs a share link');
        setSource({ kind: 'link', url }, '--link');
        break;
      }
      case '--sensitivity':
        sensitivity = true;
        break;
      case '--slo':
        slo = decimal('--slo', value());
        break;
      case '--window': {
        const w = value();
        if (w !== 'month' && w !== 'quarter')
          throw new UsageError(`--window must be month or quarter, got '${w ?? ''}'`);
        window = w;
        break;
      }
      case '--tolerance':
        tolerance = decimal('--tolerance', value());
        break;
      case '--drills': {
        drills = value();
        if (drills === undefined || drills === '') throw new UsageError('--drills needs a CSV or JSON file');
        break;
      }
      case '--as-of': {
        asOf = value();
        if (asOf === undefined || asOf === '') throw new UsageError('--as-of needs a date, e.g. 2026-06-30');
        break;
      }
      case '--help':
      case '-h':
        return { help: true };
      default:
        if (flag!.startsWith('-')) throw new UsageError(`unknown flag '${flag}'`);
        setSource({ kind: 'file', path: arg }, arg);
    }
  }
  if (source === undefined) throw new UsageError(`no scenario given; ${USAGE}`);
  return {
    source,
    format,
    sensitivity,
    ...(trials === undefined ? {} : { trials }),
    ...(seed === undefined ? {} : { seed }),
    ...(slo === undefined ? {} : { slo }),
    ...(window === undefined ? {} : { window }),
    ...(tolerance === undefined ? {} : { tolerance }),
    ...(drills === undefined ? {} : { drills }),
    ...(asOf === undefined ? {} : { asOf }),
  };
}

/** `--link=https://…#s=1.x=y` → ['--link', 'https://…#s=1.x=y']: only the first `=` separates. */
function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}
