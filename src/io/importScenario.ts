/**
 * Importing a scenario file: size checked before a byte is read, the text through the same validator as
 * every scenario file, and only a valid scenario reaches the store, opened as a new scenario. A file that is
 * refused changes nothing.
 */
import { MAX_SCENARIO_BYTES, parseScenarioJson } from '../../models/scenario/validate';
import type { Scenario } from '../../models/types';
import { formatCount } from '../format';
import { MIGRATED_LEAD, type Notice } from './notices';
import type { ScenarioOpener } from './opener';
import { defaultedFields } from './defaultedFields';

/** Largest scenario file read, in bytes (the validator's limit too). */
export const MAX_IMPORT_BYTES = MAX_SCENARIO_BYTES;

/** What the import needs of a `File`. */
export interface ScenarioFile {
  name: string;
  size: number;
  text: () => Promise<string>;
}

export type ImportOutcome =
  | {
      ok: true;
      scenario: Scenario;
      warnings: string[];
      /** Fields the file left out, which took their defaults (dotted paths). */
      defaulted: string[];
      /** What bringing an earlier format up to date assumed. */
      migrated: string[];
      notice: Notice;
    }
  | { ok: false; notice: Notice };

const grouped = (n: number) => n.toLocaleString('en-US');

/** "1.3 MB (1,300,000 bytes)", "2,048 bytes": sizes as people read them, with the exact count. */
export function describeSize(bytes: number): string {
  if (bytes < 1000) return `${grouped(bytes)} bytes`;
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'MB'] : [bytes / 1e3, 'kB'];
  return `${Number(value.toPrecision(3))} ${unit} (${grouped(bytes)} bytes)`;
}

/** A file name as shown in a message: quoted, and shortened when very long. */
function shown(name: string): string {
  const chars = [...name];
  return `“${chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : name}”`;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reads and validates a scenario file; the store is not touched. Never rejects. */
export async function readScenarioFile(file: ScenarioFile): Promise<ImportOutcome> {
  const name = shown(file.name);
  const refuse = (text: string, details?: readonly string[]): ImportOutcome => ({
    ok: false,
    notice: { kind: 'error', text, ...(details ? { details } : {}) },
  });
  if (file.size > MAX_IMPORT_BYTES) {
    return refuse(
      `${name} is ${describeSize(file.size)}; a scenario file can be at most ${describeSize(MAX_IMPORT_BYTES)}. Nothing was imported.`,
    );
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return refuse(`${name} could not be read (${errorText(error)}). Nothing was imported.`);
  }
  const parsed = parseScenarioJson(text, MAX_IMPORT_BYTES);
  if (!parsed.ok) {
    const [first = 'not valid'] = parsed.errors;
    return parsed.errors.length === 1
      ? refuse(`${name} is not a valid scenario, so nothing was imported: ${first}.`)
      : refuse(
          `${name} is not a valid scenario, so nothing was imported (${formatCount(parsed.problems)} problems):`,
          parsed.errors,
        );
  }
  return {
    ok: true,
    scenario: parsed.scenario,
    warnings: parsed.warnings,
    defaulted: parsed.defaulted,
    migrated: parsed.migrated,
    notice: { kind: 'success', text: `${name} is a valid scenario: “${parsed.scenario.name}”.` },
  };
}

/** Reads a scenario file and, when it is valid, opens it as a new scenario. Never rejects. */
export async function importScenarioFile(file: ScenarioFile, opener: ScenarioOpener): Promise<ImportOutcome> {
  const outcome = await readScenarioFile(file);
  if (!outcome.ok) return outcome;
  let name: string;
  try {
    name = opener.openAsNew(outcome.scenario, 'import');
  } catch (error) {
    return {
      ok: false,
      notice: { kind: 'error', text: `The scenario could not be opened (${errorText(error)}).` },
    };
  }
  const { defaulted, migrated } = outcome;
  const defaultedText = `${defaulted.length === 1 ? 'One field was' : `${formatCount(defaulted.length)} fields were`} not in the file and took the default value:`;
  const defaults = defaultedFields(defaulted, outcome.scenario);
  // A file of an earlier format: what its migration assumed, then any field it still lacked.
  const [text, details] =
    migrated.length > 0
      ? [MIGRATED_LEAD, [...migrated, ...(defaults.length > 0 ? [defaultedText, ...defaults] : [])]]
      : [defaultedText, defaults];
  const opened = `Opened “${name}” from ${shown(file.name)} as a new scenario.`;
  return {
    ...outcome,
    notice:
      details.length === 0
        ? { kind: 'success', text: opened }
        : { kind: 'success', text: `${opened} ${text}`, details },
  };
}
