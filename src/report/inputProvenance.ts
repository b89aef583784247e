/**
 * Which inputs of a scenario the client gave, and which are assumptions the client must confirm, as the
 * scenario records it (models/scenario/provenance.ts): an input typed or confirmed for the client is given;
 * any other, a preset's example value, the planner's assumption or one whose source was not recorded, is
 * to confirm, with its source named. A map of quotes, one-off costs, overrides or drills is listed entry by
 * entry when it has any. The proposal lists the two apart so the client signs off the assumptions knowingly.
 */
import { benchmarkSet, technology, trafficLayer } from '../../models/catalogue/index';
import { SCENARIO_FIELDS, type FieldSpec } from '../../models/scenario/fields';
import { PROVENANCE_PATHS, sourceOf } from '../../models/scenario/provenance';
import { patternName } from '../../models/patterns';
import type { InputSource, PatternId, ProvenanceOrigin, Scenario } from '../../models/types';
import {
  formatCount,
  formatDuration,
  formatMoney,
  formatMoneyRange,
  formatNumber,
  formatPercent,
} from '../format';

export interface InputItem {
  /** Dotted path of the scenario field, e.g. "targets.rtoSeconds". */
  path: string;
  label: string;
  /** The value in words, with its unit. */
  value: string;
  /** Where the value comes from. */
  source: InputSource;
}

export interface InputProvenance {
  /** Inputs the client gave: typed or confirmed for this client. */
  given: InputItem[];
  /** Every other input: assumptions the client must confirm, each with its source. */
  toConfirm: InputItem[];
}

/** Where a value to confirm comes from, in a proposal's words. */
export function sourceText(source: InputSource, origin: ProvenanceOrigin): string {
  switch (source) {
    case 'client':
      return 'the client';
    case 'preset':
      return origin.kind === 'preset' ? `example of the preset “${origin.name}”` : 'a preset’s example';
    case 'assumed':
      return 'the planner’s assumption';
    case 'file':
      return 'not recorded';
  }
}

const FIELDS = new Map(SCENARIO_FIELDS.map((field) => [field.path, field]));

function read(scenario: Scenario, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], scenario);
}

/** A field's value in words, with its unit, as a report writes it: "$5,600/min", "60 s", "95%". */
export function inputValueText(field: FieldSpec, value: unknown, currency: string): string {
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

/** The entries of a map input (quotes, one-off costs, overrides, drills), each as one item. */
function mapItems(scenario: Scenario, path: string, source: InputSource): InputItem[] {
  const cur = scenario.currency;
  switch (path) {
    case 'costs.quotes':
    case 'costs.oneOff': {
      const map = path === 'costs.quotes' ? scenario.costs.quotes : scenario.costs.oneOff;
      const words = path === 'costs.quotes' ? 'Quoted monthly price' : 'Quoted one-off cost';
      return Object.entries(map).flatMap(([pattern, range]) =>
        range
          ? [
              {
                path: `${path}.${pattern}`,
                label: `${words}, ${patternName(pattern as PatternId)}`,
                value: formatMoneyRange(range, cur),
                source,
              },
            ]
          : [],
      );
    }
    case 'overrides':
      return Object.entries(scenario.overrides).map(([id, t]) => ({
        path: `overrides.${id}`,
        label: `Phase time ${id}`,
        value: `${formatDuration(t.min)} / ${formatDuration(t.mode)} / ${formatDuration(t.max)}`,
        source,
      }));
    case 'drillLog': {
      const count = scenario.drillLog.drills.length;
      if (count === 0) return [];
      return [{ path, label: 'Failover drills measured', value: `${formatCount(count)} logged`, source }];
    }
    default:
      return [];
  }
}

export function inputProvenance(scenario: Scenario): InputProvenance {
  const given: InputItem[] = [];
  const toConfirm: InputItem[] = [];
  const { provenance } = scenario;
  for (const path of PROVENANCE_PATHS) {
    // The description is told apart where the proposal introduces the scenario, not as a figure.
    if (path === 'description') continue;
    const source = sourceOf(provenance, path);
    const field = FIELDS.get(path);
    const items = field
      ? [
          {
            path,
            label: field.label,
            value: inputValueText(field, read(scenario, path), scenario.currency),
            source,
          },
        ]
      : mapItems(scenario, path, source);
    (source === 'client' ? given : toConfirm).push(...items);
  }
  return { given, toConfirm };
}
