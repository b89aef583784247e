import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../models/catalogue/index';
import { GENERATED_DOCS } from '../src/docs/index';
import { linkAddresses } from '../src/docs/markdown';

const ROOT = join(import.meta.dirname, '..');

describe('the generated documents', () => {
  it.each(GENERATED_DOCS.map((doc) => [doc.path, doc] as const))(
    '%s is what the code generates',
    (path, doc) => {
      const file = join(ROOT, path);
      const committed = existsSync(file) ? readFileSync(file, 'utf8') : '(missing)';
      expect(
        committed === doc.render(),
        `${path} differs from what the code generates: run \`npm run docs\``,
      ).toBe(true);
    },
  );

  it('makes links of complete web addresses only', () => {
    expect(linkAddresses('pigsty.io/docs/concept/ha; Pigsty `pg_rto_plan` parameter')).toBe(
      '[pigsty.io/docs/concept/ha](https://pigsty.io/docs/concept/ha); Pigsty `pg_rto_plan` parameter',
    );
    expect(linkAddresses('redis/redis sentinel.conf')).toBe('redis/redis sentinel.conf');
    expect(linkAddresses('MicrosoftDocs/azure-docs articles/cosmos-db/high-availability.md')).toBe(
      'MicrosoftDocs/azure-docs articles/cosmos-db/high-availability.md',
    );
    expect(linkAddresses('learn.microsoft.com/…/cosmos-db/per-partition-automatic-failover')).toBe(
      'learn.microsoft.com/…/cosmos-db/per-partition-automatic-failover',
    );
  });
});

/** Tokens shaped like source IDs that are not: character encodings and the like. */
const NOT_SOURCE_IDS = new Set(['UTF-8', 'UTF-16', 'SHA-256', 'ISO-8601', 'ISO-4217']);
const SOURCE_ID = /\b[A-Z][A-Z0-9]{0,5}-\d+\b/g;
/** A path into docs/ ("docs/model.md"), not part of an address or another repository's path. */
const DOC_PATH = /(?<![\w./-])docs\/[\w./-]*\w\.md\b/g;
/** A section of a document: `model.md §2`, `docs/model.md §3.1`, `docs/model.md, "Incidents"`. */
const SECTION = /(?<![\w./-])((?:docs\/)?[\w-]+\.md)(?:\s*§\s*([\w.]*\w)|,\s*["“]([^"”\n]+)["”])/g;

interface Headings {
  numbers: Set<string>;
  titles: Set<string>;
}

/** The numbered and titled headings of a Markdown document: "## 2. Incidents" gives "2" and "Incidents". */
function headings(text: string): Headings {
  const numbers = new Set<string>();
  const titles = new Set<string>();
  for (const [, number, title] of text.matchAll(/^#{1,6} (?:(\d+(?:\.\d+)*)\.? )?(.+)$/gm)) {
    if (number !== undefined) numbers.add(number);
    titles.add(title!.trim());
  }
  return { numbers, titles };
}

/** What a text cites that does not exist: documents, their sections, and source IDs. */
function brokenCitations(
  text: string,
  docs: ReadonlyMap<string, string>,
  sourceIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const [path] of text.matchAll(DOC_PATH)) {
    if (!docs.has(path)) problems.push(`cites ${path}, which is not in the repository`);
  }
  for (const [whole, name, number, title] of text.matchAll(SECTION)) {
    const path = name!.startsWith('docs/') ? name! : `docs/${name}`;
    const doc = docs.get(path);
    if (doc === undefined) {
      problems.push(`cites “${whole}”, but there is no ${path}`);
      continue;
    }
    const found = headings(doc);
    if (number !== undefined && !found.numbers.has(number))
      problems.push(`cites ${path} §${number}, which has no such section`);
    if (
      title !== undefined &&
      !found.titles.has(title) &&
      ![...found.titles].some((t) => t.endsWith(`. ${title}`))
    ) {
      problems.push(`cites ${path}, “${title}”, which has no such section`);
    }
  }
  for (const [id] of text.matchAll(SOURCE_ID)) {
    if (!NOT_SOURCE_IDS.has(id!) && !sourceIds.has(id!))
      problems.push(`cites source ${id}, which is not in the catalogue`);
  }
  return problems;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const TEXT_FILE = /\.(ts|tsx|js|json|css|html|svg|md|txt)$/;
const DOCS = new Map(
  filesUnder(join(ROOT, 'docs'))
    .filter((path) => path.endsWith('.md'))
    .map((path) => [path.slice(ROOT.length + 1), readFileSync(path, 'utf8')]),
);
const SOURCE_IDS = new Set(FIGURES.map((f) => f.id));

describe('citations', () => {
  it('the checker finds a missing document, a missing section and an unknown source ID', () => {
    const docs = new Map([['docs/model.md', '# The model\n\n## 1. What is compared\n\n## 2. Incidents\n']]);
    const ids = new Set(['AWS-1']);
    expect(
      brokenCitations('see docs/model.md §2 and docs/model.md, "Incidents"; AWS-1; UTF-8', docs, ids),
    ).toEqual([]);
    expect(brokenCitations('as in benchmarks.md §2.x', docs, ids)).toEqual([
      'cites “benchmarks.md §2.x”, but there is no docs/benchmarks.md',
    ]);
    expect(brokenCitations('docs/model.md §3', docs, ids)).toEqual([
      'cites docs/model.md §3, which has no such section',
    ]);
    expect(brokenCitations('(docs/model.md, "Regions")', docs, ids)).toEqual([
      'cites docs/model.md, “Regions”, which has no such section',
    ]);
    expect(brokenCitations('read docs/runbook.md first', docs, ids)).toEqual([
      'cites docs/runbook.md, which is not in the repository',
    ]);
    expect(brokenCitations('the vendor says so (AWS-8)', docs, ids)).toEqual([
      'cites source AWS-8, which is not in the catalogue',
    ]);
    // Another project's documentation folder, inside an address or a repository path, is not ours.
    expect(
      brokenCitations('pigsty.io/docs/concept/ha.md; patroni/patroni docs/ha_multi_dc.rst', docs, ids),
    ).toEqual([]);
  });

  const files = ['models', 'src', 'public', 'docs']
    .flatMap((dir) => filesUnder(join(ROOT, dir)))
    .filter((path) => TEXT_FILE.test(path));

  it('scans the text of models/, src/, public/ and docs/', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(DOCS.has('docs/model.md')).toBe(true);
    expect(DOCS.has('docs/benchmarks.md')).toBe(true);
  });

  it('no text cites a document, a section or a source ID that does not exist', () => {
    const problems = files.flatMap((path) =>
      brokenCitations(readFileSync(path, 'utf8'), DOCS, SOURCE_IDS).map(
        (problem) => `${path.slice(ROOT.length + 1)}: ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
