/**
 * Which inputs of a scenario the client gave, and which are assumptions the client must confirm. Today an
 * input counts as given when it differs from the app's default scenario (someone typed it), and as an
 * assumption when it still has the default value; a quote, a one-off price or an override of a phase time
 * is always given. The proposal lists the two apart so the client signs off the assumptions knowingly.
 */
import { benchmarkSet, technology, trafficLayer } from '../../models/catalogue/index';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { SCENARIO_FIELDS, type FieldSpec } from '../../models/scenario/fields';
import { patternName } from '../../models/patterns';
import type { PatternId, Scenario } from '../../models/types';
import { formatDuration, formatMoney, formatMoneyRange, formatNumber, formatPercent } from '../format';

export interface InputItem {
  /** Dotted path of the scenario field, e.g. "targets.rtoSeconds". */
  path: string;
  label: string;
  /** The value in words, with its unit. */
  value: string;
}

export interface InputProvenance {
  /** Inputs the client gave (they differ from the defaults). */
  given: InputItem[];
  /** Inputs still at their default value: assumptions the client must confirm. */
  toConfirm: InputItem[];
}

/** Fields that describe the run or the document rather than the client's situation. */
const NOT_INPUTS = new Set(['schemaVersion', 'name', 'description', 'simulation.trials', 'simulation.seed']);

function read(scenario: Scenario, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], scenario);
}

function words(field: FieldSpec, value: unknown, currency: string): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') {
    if (field.path === 'benchmarkSet') return benchmarkSet(value as 'article' | 'sourced').name;
    if (field.ref === 'trafficLayer') return trafficLayer(value)?.name ?? value;
    if (field.ref) return technology(value)?.name ?? value;
    return value;
  }
  if (typeof value !== 'number') return String(value);
  if (field.unit === 's') return formatDuration(value);
  if (field.unit === 'fraction') return formatPercent(value);
  if (field.unit.startsWith('currency')) {
    const per = field.unit.split('/')[1];
    return per ? `${formatMoney(value, currency)}/${per}` : formatMoney(value, currency);
  }
  const unit = field.unit === 'count' || field.unit === '' ? '' : ` ${field.unit}`;
  return `${formatNumber(value)}${unit}`;
}

export function inputProvenance(scenario: Scenario, reference: Scenario = DEFAULT_SCENARIO): InputProvenance {
  const given: InputItem[] = [];
  const toConfirm: InputItem[] = [];
  for (const field of SCENARIO_FIELDS) {
    if (NOT_INPUTS.has(field.path)) continue;
    const value = read(scenario, field.path);
    if (value === undefined) continue;
    const item = { path: field.path, label: field.label, value: words(field, value, scenario.currency) };
    (value === read(reference, field.path) ? toConfirm : given).push(item);
  }
  const cur = scenario.currency;
  for (const [pattern, range] of Object.entries(scenario.costs.quotes)) {
    if (range)
      given.push({
        path: `costs.quotes.${pattern}`,
        label: `Quoted monthly price, ${patternName(pattern as PatternId)}`,
        value: formatMoneyRange(range, cur),
      });
  }
  for (const [pattern, range] of Object.entries(scenario.costs.oneOff)) {
    if (range)
      given.push({
        path: `costs.oneOff.${pattern}`,
        label: `Quoted one-off cost, ${patternName(pattern as PatternId)}`,
        value: formatMoneyRange(range, cur),
      });
  }
  for (const [id, t] of Object.entries(scenario.overrides)) {
    given.push({
      path: `overrides.${id}`,
      label: `Phase time ${id}`,
      value: `${formatDuration(t.min)} / ${formatDuration(t.mode)} / ${formatDuration(t.max)}`,
    });
  }
  return { given, toConfirm };
}
