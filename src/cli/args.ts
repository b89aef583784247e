/** Command-line flags of `npm run simulate`, parsed without a dependency. */
export interface SimulateArgs {
  file: string;
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

export const USAGE =
  'usage: npm run simulate -- <scenario.json> [--trials N] [--seed S] [--format json|markdown] ' +
  '[--sensitivity] [--slo FRACTION] [--window month|quarter] [--tolerance AMOUNT] [--drills FILE] [--as-of DATE]';

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

export function parseArgs(argv: readonly string[]): SimulateArgs {
  let file: string | undefined;
  let trials: number | undefined;
  let seed: number | undefined;
  let format: 'json' | 'markdown' = 'json';
  let sensitivity = false;
  let slo: number | undefined;
  let window: 'month' | 'quarter' | undefined;
  let tolerance: number | undefined;
  let drills: string | undefined;
  let asOf: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
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
        throw new UsageError(USAGE);
      default:
        if (flag!.startsWith('-')) throw new UsageError(`unknown flag '${flag}'`);
        if (file !== undefined)
          throw new UsageError(`one scenario file at a time, got '${file}' and '${arg}'`);
        file = arg;
    }
  }
  if (file === undefined) throw new UsageError(`no scenario file given; ${USAGE}`);
  return {
    file,
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
