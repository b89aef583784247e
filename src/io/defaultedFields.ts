/**
 * The fields an imported file left out, as the import's notice lists them: each with its label, its path in
 * the file and the default value it took, written as the form writes it ("RTO target (targets.rtoSeconds):
 * 60 s"), so that a partial file never changes numbers unseen.
 */
import type { Scenario } from '../../models/types';
import { formatQuantity } from '../input/formatQuantity';
import { fieldSpec, valueAt } from '../store/scenarioPaths';

function shownValue(path: string, scenario: Scenario): string {
  const spec = fieldSpec(path);
  const value = valueAt(scenario, path);
  if (!spec) return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = formatQuantity(spec, value, scenario.currency);
  if (text === '') return '(empty)';
  const chars = [...text];
  return chars.length > 60
    ? `“${chars.slice(0, 59).join('')}…”`
    : typeof value === 'string'
      ? `“${text}”`
      : text;
}

/** One line per defaulted field, in the order of the field table. */
export function defaultedFields(paths: readonly string[], scenario: Scenario): string[] {
  return paths.map((path) => `${fieldSpec(path)?.label ?? path} (${path}): ${shownValue(path, scenario)}`);
}
