import { MAX_DRILL_FILE_BYTES } from '../../models/drills/fields';
import { readBounded } from './readBounded';
import { runCli } from './run';

const outcome = await runCli(process.argv.slice(2), {
  readFile: (path, kind) =>
    readBounded(path, kind === 'drill log' ? { maxBytes: MAX_DRILL_FILE_BYTES, what: 'a drill log' } : {}),
  onStderr: (line) => process.stderr.write(line),
});
// Exit once the report is written: a read given up at its deadline (a pipe with no writer) may still hold
// a pending open that would otherwise keep the process alive.
process.stdout.write(outcome.stdout, () => process.exit(outcome.code));
