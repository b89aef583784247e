import { readFileSync } from 'node:fs';
import { runCli } from './run';

const outcome = runCli(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
