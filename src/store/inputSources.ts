/**
 * Where each input of the open scenario comes from, as the store keeps it (models/scenario/provenance.ts
 * has the format): which inputs an edit changed (they become the client's), the scenario an input is reset
 * to (the preset's, or the planner's defaults of a client session), and the clean set a new client session
 * starts from, with the client's figures asked for first.
 */
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { PROVENANCE_PATHS, provenanceValue, sessionProvenance } from '../../models/scenario/provenance';
import { parseScenario } from '../../models/scenario/validate';
import type { Scenario } from '../../models/types';
import { pairMessage, rangeMessage } from '../input/fieldMessages';
import { parseQuantity } from '../input/parseQuantity';
import { canonical } from './canonicalJson';
import { capitalize, fieldSpec, messageFor, withValue } from './scenarioPaths';

/** The inputs whose value differs between two versions of a scenario. */
export function changedInputs(before: Scenario, after: Scenario): string[] {
  return PROVENANCE_PATHS.filter(
    (path) =>
      canonical(provenanceValue(before, path) ?? null) !== canonical(provenanceValue(after, path) ?? null),
  );
}

/** `scenario` with the input at `path` (a field or a whole map) as `reference` has it. */
export function withInputFrom(scenario: Scenario, reference: Scenario, path: string): Scenario {
  switch (path) {
    case 'costs.quotes':
      return { ...scenario, costs: { ...scenario.costs, quotes: { ...reference.costs.quotes } } };
    case 'costs.oneOff':
      return { ...scenario, costs: { ...scenario.costs, oneOff: { ...reference.costs.oneOff } } };
    case 'overrides':
      return { ...scenario, overrides: { ...reference.overrides } };
    case 'drillLog':
      return { ...scenario, drillLog: reference.drillLog };
    default:
      return fieldSpec(path) ? withValue(scenario, path, provenanceValue(reference, path)) : scenario;
  }
}

/**
 * The inputs a new client session asks for first, in this order: what an outage and lost data cost the
 * client, the targets the client holds the architecture to, and the budget. Every other input starts as
 * the planner's assumption, labelled so.
 */
export const CLIENT_FIRST: readonly string[] = [
  'business.downtimeCostPerMinute',
  'business.dataLossCostPerSecond',
  'targets.rtoSeconds',
  'targets.rpoSeconds',
  'targets.regionRtoSeconds',
  'targets.regionRpoSeconds',
  'targets.confidence',
  'costs.monthlyBudget',
];

/**
 * The clean set of a client session: the planner's defaults for every input (each an assumption to
 * confirm), no description (no example's story is the client's), and the sources recorded as such.
 */
export function cleanScenario(name: string, currency = DEFAULT_SCENARIO.currency): Scenario {
  return {
    ...DEFAULT_SCENARIO,
    name,
    description: '',
    currency,
    provenance: { origin: { kind: 'defaults' }, client: [] },
  };
}

/** The scenario inputs are reset to: the preset's (fetched), the clean set's, or none for a file's. */
export async function referenceFor(
  scenario: Scenario,
  presetScenario: (id: string) => Promise<Scenario | null>,
): Promise<Scenario | null> {
  const { origin } = scenario.provenance;
  switch (origin.kind) {
    case 'preset':
      return presetScenario(origin.preset);
    case 'defaults':
      return cleanScenario(scenario.name, scenario.currency);
    case 'file':
      return null;
  }
}

/** What the person entered for one of the client's first figures. */
export interface SessionEntry {
  text: string;
  /** Not known yet: the planner's assumption is used, on purpose, and labelled so. */
  useAssumption: boolean;
}

export type SessionRead =
  | { ok: true; scenario: Scenario; notes: Record<string, string[]> }
  | { ok: false; errors: Record<string, string> };

/**
 * The scenario a new client session starts with: the clean set, with the client's name, currency and first
 * figures as entered (read as any field reads them), each the client's; a figure left to the planner's
 * assumption is so on purpose, and stays labelled as an assumption. Errors by field ("name", "currency" or
 * a path), in the words the form uses.
 */
export function readSession(
  name: string,
  currencyText: string,
  entries: Readonly<Record<string, SessionEntry>>,
  locale?: string,
): SessionRead {
  const errors: Record<string, string> = {};
  const notes: Record<string, string[]> = {};
  const title = name.trim();
  if (title === '') errors['name'] = 'Name the client or the workload, as the proposal will.';
  else if ([...title].length > 120) errors['name'] = 'A name has at most 120 characters.';
  const currency = currencyText.trim().toUpperCase() || DEFAULT_SCENARIO.currency;
  const currencySpec = fieldSpec('currency');
  if (!currencySpec?.values?.includes(currency)) {
    errors['currency'] =
      `“${currencyText.trim()}” is not the code of a currency; write one such as USD, EUR or GBP.`;
  }
  let scenario = cleanScenario(title, errors['currency'] ? DEFAULT_SCENARIO.currency : currency);
  const given: string[] = currencyText.trim() === '' ? [] : ['currency'];
  for (const path of CLIENT_FIRST) {
    const entry = entries[path];
    const spec = fieldSpec(path);
    if (!spec) continue;
    if (!entry || (entry.text.trim() === '' && !entry.useAssumption)) {
      errors[path] = 'Enter the client’s figure, or choose to use the planner’s assumption for now.';
      continue;
    }
    if (entry.useAssumption) continue;
    const context = { currency: scenario.currency, locale };
    const read = parseQuantity(entry.text, spec, context);
    if (!read.ok) {
      errors[path] = read.message;
      continue;
    }
    const problem =
      rangeMessage(spec, read.value, entry.text, context) ??
      pairMessage(spec, read.value, entry.text, scenario, context);
    if (problem) {
      errors[path] = problem;
      continue;
    }
    if (read.notes) notes[path] = read.notes;
    scenario = withValue(scenario, path, read.value);
    given.push(path);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  scenario = { ...scenario, provenance: sessionProvenance(given) };
  const parsed = parseScenario(scenario);
  if (!parsed.ok) {
    const path = CLIENT_FIRST.find((p) => messageFor(parsed.errors, [p]) !== undefined);
    const message = messageFor(parsed.errors, CLIENT_FIRST) ?? capitalize(parsed.errors[0] ?? 'Not valid.');
    return { ok: false, errors: { [path ?? 'name']: message } };
  }
  return { ok: true, scenario, notes };
}
