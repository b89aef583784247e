/**
 * Writes the generated documents under docs/ (`npm run docs`): the written model and the benchmark
 * catalogue. With --check it writes nothing and exits 1 when a file differs from what the code generates.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_DOCS } from '../docs/index';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const check = process.argv.includes('--check');
let stale = 0;

for (const doc of GENERATED_DOCS) {
  const target = resolve(root, doc.path);
  const text = doc.render();
  if (check) {
    let current: string | undefined;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    console.error(`${doc.path} is ${current === undefined ? 'missing' : 'out of date'}; run npm run docs`);
    stale += 1;
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`wrote ${doc.path}`);
  }
}
if (check && stale === 0) console.log(`${GENERATED_DOCS.map((d) => d.path).join(', ')}: up to date`);
process.exitCode = stale > 0 ? 1 : 0;
