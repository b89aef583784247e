/**
 * The house rules a reader of the tree relies on: README's layout table matches the folders, and the
 * end-to-end tests wait for states through one helper, never for a fixed time.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The paths in the first column of README's "Project layout" table. */
function layoutPaths(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Project layout'));
  if (!section) throw new Error('README has no "Project layout" section');
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => /^\| `([^`]+)`/.exec(line)![1]!);
}

/** Every path written in backticks in the table, in either column: `models/engine/reference.ts` … */
function namedPaths(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Project layout'))!;
  return [...section.matchAll(/`([\w.-]+\/[\w./-]*)`/g)].map((m) => m[1]!);
}

const folders = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => statSync(join(ROOT, dir, name)).isDirectory() && !name.startsWith('__'))
    .map((name) => `${dir}/${name}/`);

describe("README's layout table", () => {
  const readme = read('README.md');
  const rows = layoutPaths(readme);

  it('has rows', () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  it('names only paths that exist', () => {
    const named = namedPaths(readme);
    expect(named.length).toBeGreaterThan(rows.length);
    expect(named.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  it('lists every folder of models/, src/ and test/, and those top-level folders themselves', () => {
    const expected = [
      'models/',
      'src/',
      'test/',
      'public/',
      'docs/',
      ...['models', 'src', 'test'].flatMap(folders),
    ];
    expect(expected.filter((folder) => !rows.includes(folder))).toEqual([]);
  });
});

describe('end-to-end tests', () => {
  const specs = readdirSync(join(ROOT, 'test/e2e')).map((name) => `test/e2e/${name}`);

  it('never wait for a fixed time', () => {
    expect(specs.length).toBeGreaterThan(3);
    const sleeping = specs.filter((path) =>
      /waitForTimeout|new Promise\(\s*\(?\w*\)?\s*=>\s*setTimeout/.test(read(path)),
    );
    expect(sleeping).toEqual([]);
  });

  it('wait for a full run through the one helper of test/e2e/planner.ts', () => {
    const defining = specs.filter((path) => /function waitForFullRun\b|waitForFullRun\s*=/.test(read(path)));
    expect(defining).toEqual(['test/e2e/planner.ts']);
    const using = specs.filter((path) => path.endsWith('.spec.ts') && read(path).includes('waitForFullRun('));
    expect(using.length).toBeGreaterThan(3);
  });
});
