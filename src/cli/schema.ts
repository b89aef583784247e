/**
 * Writes public/scenario.schema.json from the field table (`npm run schema`).
 * With --check it writes nothing and exits 1 when the file differs from what the table generates.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../../models/scenario/jsonSchema';

const RELATIVE = 'public/scenario.schema.json';
const target = resolve(dirname(fileURLToPath(import.meta.url)), '../..', RELATIVE);
const text = scenarioJsonSchemaText();

if (process.argv.includes('--check')) {
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== text) {
    console.error(`${RELATIVE} is ${current === undefined ? 'missing' : 'out of date'}; run npm run schema`);
    process.exit(1);
  }
  console.log(`${RELATIVE} is up to date`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${RELATIVE}`);
}
