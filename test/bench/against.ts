/**
 * `npm run bench -- --against REV [--rounds N]`: the engine's throughput here and at another revision,
 * measured in the same run. REV is checked out into a temporary worktree (sharing this checkout's
 * node_modules); the same measurement (engine.compare.ts) is bundled twice, once over this checkout's
 * models/ and once over REV's, and the two run in fresh processes by turns (before, here, here, before …),
 * so that a machine busy for a while weighs on both alike. Prints pattern-years per second before and
 * after, their ratio, and each side's ratio to its random-number floor. Prints figures, never passes or fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { fmt } from './engineFigures';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BENCH = join(ROOT, 'test/bench');

interface Round {
  patterns: number;
  trials: number;
  engineMs: number[];
  floorMs: number[];
}

const git = (...args: string[]): string => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Resolves the benchmark's imports of models/ in another checkout's tree. */
function modelsFrom(tree: string): Plugin {
  return {
    name: 'models-from',
    setup(b) {
      b.onResolve({ filter: /^\.\.\/\.\.\/models\// }, (args) => {
        if (args.importer === '' || dirname(args.importer) !== BENCH) return undefined;
        const target = relative(ROOT, resolve(args.resolveDir, args.path));
        return b.resolve(`./${target}`, { resolveDir: tree, kind: args.kind });
      });
    },
  };
}

async function bundle(outfile: string, plugins: Plugin[]): Promise<string> {
  await build({
    entryPoints: [join(BENCH, 'engine.compare.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    plugins,
    logLevel: 'warning',
  });
  return outfile;
}

function run(script: string): Round {
  const out = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`the benchmark failed (${out.status}): ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as Round;
}

/**
 * Medians over every run of a side, and the fastest run: on a machine shared with other work the fastest
 * is the figure least disturbed by it.
 */
function summary(rounds: readonly Round[]) {
  const { patterns, trials } = rounds[0]!;
  const engineRuns = rounds.flatMap((r) => r.engineMs);
  const floorRuns = rounds.flatMap((r) => r.floorMs);
  const engine = median(engineRuns);
  const fastest = Math.min(...engineRuns);
  return {
    patterns,
    rate: (patterns * trials) / (engine / 1000),
    fastestRate: (patterns * trials) / (fastest / 1000),
    engine,
    // Each run over its own floor, drawn right after it (see describeThroughput).
    overFloor: median(engineRuns.map((ms, i) => ms / floorRuns[i]!)),
    fastestOverFloor: fastest / Math.min(...floorRuns),
  };
}

export async function benchAgainst(rev: string, rounds: number): Promise<void> {
  const commit = git('rev-parse', '--verify', `${rev}^{commit}`);
  const head = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'models', 'test/bench') !== '';
  const dir = mkdtempSync(join(tmpdir(), 'engine-against-'));
  const tree = join(dir, 'tree');
  git('worktree', 'add', '--detach', '--quiet', tree, commit);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
    const before = await bundle(join(dir, 'before.js'), [modelsFrom(tree)]);
    const here = await bundle(join(dir, 'here.js'), []);
    const seen: { before: Round[]; here: Round[] } = { before: [], here: [] };
    const loadBefore = loadavg()[0]!;
    for (let i = 0; i < rounds; i++) {
      // Alternate the order, so that neither side always runs on a machine warmed (or busied) by the other.
      const order = i % 2 === 0 ? (['before', 'here'] as const) : (['here', 'before'] as const);
      for (const side of order) seen[side].push(run(side === 'before' ? before : here));
      process.stdout.write(`  round ${i + 1} of ${rounds} done\n`);
    }
    const a = summary(seen.before);
    const b = summary(seen.here);
    const runs = seen.before.flatMap((r) => r.engineMs).length;
    console.log(
      `\nThe engine, default scenario, ${fmt(seen.here[0]!.trials)} trials, median of ${runs} runs on each side ` +
        `(${rounds} fresh processes each, by turns), Node ${process.version}:`,
    );
    console.log(
      `(one-minute load average ${fmt(loadBefore, 1)} at the start, ${fmt(loadavg()[0]!, 1)} at the end, ` +
        `on ${availableParallelism()} cores: figures from a busy machine vary)`,
    );
    const line = (label: string, s: ReturnType<typeof summary>) =>
      `  ${label.padEnd(32)} median ${fmt(s.rate).padStart(10)} pattern-years/s (engine / floor ${fmt(s.overFloor, 2)}x); ` +
      `fastest run ${fmt(s.fastestRate).padStart(10)} (${fmt(s.fastestOverFloor, 2)}x); ${s.patterns} patterns`;
    console.log(line(`before: ${rev} (${commit.slice(0, 7)})`, a));
    console.log(line(`here: HEAD ${head}${dirty ? ' with changes' : ''}`, b));
    console.log(
      `  here / before: ${fmt(b.rate / a.rate, 3)}x the pattern-years per second (median), ` +
        `${fmt(b.fastestRate / a.fastestRate, 3)}x (fastest runs)`,
    );
  } finally {
    git('worktree', 'remove', '--force', tree);
    rmSync(dir, { recursive: true, force: true });
  }
}
