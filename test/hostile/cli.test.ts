/**
 * The command line against hostile input: endless and oversized files read with bounded memory and time,
 * share links, and names that would otherwise drive a terminal or rewrite a Markdown report.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { encodeShareLink } from '../../models/share/shareLink';
import type { Scenario } from '../../models/types';
import { readBounded } from '../../src/cli/readBounded';
import { runCli } from '../../src/cli/run';

const dir = mkdtempSync(join(tmpdir(), 'ha-cli-hostile-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const small = (patch: Partial<Scenario> = {}): Scenario => ({
  ...DEFAULT_SCENARIO,
  simulation: { trials: 2000, seed: 11 },
  ...patch,
});
const cli = (argv: string[]) => runCli(argv, { readFile: (path) => readBounded(path) });

/** Prints the process's peak resident memory on standard error when it exits. */
const PEAK = file(
  'peak.mjs',
  "process.on('exit', () => process.stderr.write(`peak-rss-kib ${process.resourceUsage().maxRSS}\\n`));\n",
);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  peakMiB: number;
}

/** The real command, with a hard deadline: a test that hangs fails instead. */
function simulate(args: string[], timeoutMs = 30_000): Promise<Run> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--import', PEAK, 'src/cli/simulate.ts', ...args],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      const peak = Number(/peak-rss-kib (\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({
        status,
        stdout,
        stderr: stderr.replace(/peak-rss-kib \d+\n/, ''),
        ms: Date.now() - started,
        peakMiB: peak / 1024,
      });
    });
  });
}

/** Control characters other than the line feed: what a terminal may act on. */
// eslint-disable-next-line no-control-regex -- control characters are what the tests look for
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** Bidirectional controls and invisible format characters. */
const INVISIBLE_FORMAT = /[\u200b\u202a-\u202e\u2066-\u2069\ufeff]/;

/** Memory a run of the command may reach: Node and the TypeScript loader take about 100 MiB alone. */
const MEMORY_BOUND_MIB = 250;

describe('CLI: reads are bounded in memory and time', () => {
  it('/dev/zero stops at the limit with a clear message', async () => {
    const run = await simulate(['/dev/zero']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'error: /dev/zero: more than 1,000,000 bytes, over the limit for a scenario file (reading stopped there)\n',
    );
    expect(run.peakMiB).toBeLessThan(MEMORY_BOUND_MIB);
    expect(run.ms).toBeLessThan(20_000);
  });

  it('a FIFO that never stops writing stops at the limit; one that is quiet stops at the deadline', async () => {
    const fifo = join(dir, 'endless.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // A writer that never ends, as `yes` does, until the reader goes.
    const writer = spawn('sh', ['-c', `yes '{"schemaVersion": 2,' > '${fifo}'`], { stdio: 'ignore' });
    try {
      const run = await simulate([fifo]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/more than 1,000,000 bytes, over the limit for a scenario file/);
      expect(run.peakMiB).toBeLessThan(MEMORY_BOUND_MIB);
    } finally {
      writer.kill('SIGKILL');
    }

    const quiet = join(dir, 'quiet.fifo');
    expect(spawnSync('mkfifo', [quiet]).status).toBe(0);
    const started = Date.now();
    await expect(readBounded(quiet, { timeoutMs: 300 })).rejects.toThrow(
      'not read to its end within 0.3 s (a pipe or device with nothing more to send?)',
    );
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('a FIFO with a scenario in it is read like a file', async () => {
    const fifo = join(dir, 'scenario.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const text = JSON.stringify(small());
    const writer = spawn('sh', ['-c', `sleep 0.2; cat > '${fifo}'`], { stdio: ['pipe', 'ignore', 'ignore'] });
    writer.stdin.end(text);
    const read = await readBounded(fifo);
    expect(read).toBe(text);
  });

  it('a file at the limit is read, one byte more is refused', async () => {
    const text = JSON.stringify(small());
    const atLimit = file('at-limit.json', text + ' '.repeat(1_000_000 - text.length));
    const over = file('over-limit.json', text + ' '.repeat(1_000_001 - text.length));
    expect((await cli([atLimit])).code).toBe(0);
    const refused = await simulate([over]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      `error: ${over}: more than 1,000,000 bytes, over the limit for a scenario file (reading stopped there)\n`,
    );
  });

  it('a missing file, a directory: one line each', async () => {
    expect((await cli([join(dir, 'nope.json')])).stderr).toBe(
      `error: ${join(dir, 'nope.json')}: no such file\n`,
    );
    expect((await cli([dir])).stderr).toBe(`error: ${dir}: is a directory\n`);
  });
});

describe('CLI: --help and --link', () => {
  it('--help prints the usage and every flag, and exits 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    for (const flag of ['--link URL', '--trials N', '--seed S', '--format json|markdown', '--help, -h']) {
      expect(help.stdout).toContain(flag);
    }
    expect((await cli(['-h'])).code).toBe(0);
    expect(spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', '--help']).status).toBe(0);
  });

  it('--link runs the scenario of a share link, with the same numbers as the same scenario in a file', async () => {
    const scenario = small({ name: 'Linked checkout' });
    const link = `http://localhost:4173/${encodeShareLink(scenario)}`;
    const fromLink = await cli(['--link', link]);
    const fromFile = await cli([file('linked.json', JSON.stringify(scenario))]);
    expect(fromLink.code).toBe(0);
    expect(fromLink.stdout).toBe(fromFile.stdout);
    expect(JSON.parse(fromLink.stdout).scenario).toBe('Linked checkout');
    // The fragment alone, with --link=; and percent-encoded, as some apps pass a link on.
    expect((await cli([`--link=${link.slice(link.indexOf('#'))}`])).stdout).toBe(fromFile.stdout);
    expect((await cli(['--link', link.replace('#s=', '#s%3D')])).stdout).toBe(fromFile.stdout);
  });

  it('a damaged link, or a link and a file at once, is one line naming the problem', async () => {
    const link = encodeShareLink(small());
    const damaged = await cli(['--link', link.slice(0, -5)]);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toBe(
      'error: --link: This link is damaged or incomplete (it may have been cut off when copied).\n',
    );
    const both = await cli(['x.json', '--link', link]);
    expect(both.stderr).toBe("error: one scenario at a time (a file or --link), got 'x.json' and '--link'\n");
    expect((await cli(['--link'])).stderr).toBe('error: --link needs a share link\n');
  });
});

describe('CLI: names reach the terminal and the Markdown as inert text', () => {
  const ESC = '\u001b';
  const hostile = [
    `${ESC}]0;owned${'\u0007'}${ESC}[2J${ESC}[31mRed`,
    'Line one\r\n# Injected heading\n<script>alert(1)</script>',
    'Pipes | break | tables',
    '\u202eevil\u202c \u2066name\u2069',
    '\u200b\u3164\u2800',
    '\u009b31mC1 escape',
  ];

  it.each(hostile.map((name) => [JSON.stringify(name), name]))('%s', async (_shown, name) => {
    const path = file('named.json', JSON.stringify(small({ name })));
    const md = await cli([path, '--format', 'markdown']);
    expect(md.code).toBe(0);
    const out = md.stdout;
    // No control character but line feeds, no bidirectional or invisible format character.
    expect(out).not.toMatch(CONTROL);
    expect(out).not.toMatch(INVISIBLE_FORMAT);
    // The name stays on the title line: no line of its own, no heading of its own.
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^# HA plan: /);
    expect(lines.filter((line) => /^#+ /.test(line)).length).toBe(
      (await cli([file('plain.json', JSON.stringify(small())), '--format', 'markdown'])).stdout
        .split('\n')
        .filter((line) => /^#+ /.test(line)).length,
    );
    // Markup is escaped, and every table row keeps its columns.
    expect(out).not.toMatch(/<script>/);
    const columns = (line: string) => line.split(/(?<!\\)\|/).length - 2;
    lines.forEach((line, i) => {
      // A row has as many columns as the header of its table (the table starts after a line that is not one).
      if (!line.startsWith('| ')) return;
      let header = i;
      while (header > 0 && lines[header - 1]!.startsWith('|')) header--;
      expect(columns(line)).toBe(columns(lines[header]!));
    });
    // JSON keeps the name exactly, with invisible characters escaped.
    const json = await cli([path]);
    expect(JSON.parse(json.stdout).scenario).toBe(name);
    expect(json.stdout).not.toMatch(CONTROL);
    expect(json.stdout).not.toMatch(INVISIBLE_FORMAT);
  });

  it('shows what each policy rule makes of a name', async () => {
    const title = async (name: string) =>
      (await cli([file('t.json', JSON.stringify(small({ name }))), '--format', 'markdown'])).stdout.split(
        '\n',
      )[0];
    expect(await title(hostile[0]!)).toBe('# HA plan: �\\]0;owned��\\[2J�\\[31mRed');
    expect(await title(hostile[1]!)).toBe(
      '# HA plan: Line one \\# Injected heading \\<script\\>alert(1)\\</script\\>',
    );
    expect(await title(hostile[2]!)).toBe('# HA plan: Pipes \\| break \\| tables');
    expect(await title(hostile[3]!)).toBe('# HA plan: evil name');
    expect(await title(hostile[4]!)).toBe('# HA plan: (no visible name)');
  });

  it('error messages cannot carry escape sequences either', async () => {
    const path = file('bad.json', JSON.stringify({ schemaVersion: 2, currency: `${ESC}[2J\u009b` }));
    const out = await cli([path]);
    expect(out.code).toBe(2);
    expect(out.stderr).not.toMatch(CONTROL);
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('CLI: a long run is announced before it starts', () => {
  it('warns with an estimate when the run would take longer than about 10 s', async () => {
    const heavy = small({
      failureRates: { node: 1000, storage: 1000, network: 1000, zone: 1000, region: 1000 },
      simulation: { trials: 5_000_000, seed: 1 },
    });
    const lines: string[] = [];
    // The estimate comes before the run, so the test can stop there: an error thrown by the reader of
    // standard error ends the command (as a one-line error) before hours of simulation.
    const stopped = new Error('stopped after the warning');
    const outcome = runCli([file('heavy.json', JSON.stringify(heavy))], {
      readFile: (path) => readFileSync(path, 'utf8'),
      onStderr: (line) => {
        lines.push(line);
        if (line.startsWith('warning: this run takes about')) throw stopped;
      },
    });
    const result = await outcome;
    expect(lines[0]).toMatch(
      /^warning: this run takes about [\d.]+ (h|days) \(5,000,000 trials × 5,000 incidents a year\); fewer --trials or lower failure rates shorten it\n$/,
    );
    expect(result.code).toBe(2);
  });

  it('says nothing for the presets', async () => {
    const out = await cli(['public/scenarios/ecommerce-checkout.json', '--trials', '2000']);
    expect(out.stderr).toBe('');
  });
});
