/** Command-line flags of `npm run simulate`, parsed without a dependency. */

/** Where the scenario comes from: a file, or a share link of the app. */
export type ScenarioSource = { kind: 'file'; path: string } | { kind: 'link'; url: string };

export interface SimulateArgs {
  source: ScenarioSource;
  trials?: number;
  seed?: number;
  format: 'json' | 'markdown';
}

/** `--help`: print the usage and stop. */
export interface HelpArgs {
  help: true;
}

export const USAGE =
  'usage: npm run simulate -- (<scenario.json> | --link URL) [--trials N] [--seed S] [--format json|markdown]';

/** What `--help` prints: the usage, then a line per flag. */
export const HELP = `${USAGE}

Simulates the scenario and prints the comparison of the five architectures with the recommendation.

  <scenario.json>        a scenario file (at most 1,000,000 bytes), as the app exports it
  --link URL             a share link of the app (…#s=1.…): its scenario, with the same numbers as the app
  --trials N             simulated years per architecture, instead of the scenario's own
  --seed S               the random seed, instead of the scenario's own
  --format json|markdown the report's format (default json)
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

export function parseArgs(argv: readonly string[]): SimulateArgs | HelpArgs {
  let source: ScenarioSource | undefined;
  let trials: number | undefined;
  let seed: number | undefined;
  let format: 'json' | 'markdown' = 'json';
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
    ...(trials === undefined ? {} : { trials }),
    ...(seed === undefined ? {} : { seed }),
  };
}

/** `--link=https://…#s=1.x=y` → ['--link', 'https://…#s=1.x=y']: only the first `=` separates. */
function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}
