/**
 * What differs between two compared scenarios, input by input, and the one-change scenarios that tell what
 * each difference does: the first scenario of the comparison (the base) with only that input taken from
 * the other. Each such probe is simulated like the base, with the base's seed and the trials of a live
 * preview (the base itself is simulated the same way for the reference), so that the two results differ
 * by that input alone and not by Monte Carlo noise. Pure: the compare slice runs the probes.
 */
import { MONEY_RANGE_FIELDS, SCENARIO_FIELDS } from '../../models/scenario/fields';
import { parseScenario } from '../../models/scenario/validate';
import { patternName } from '../../models/patterns';
import type {
  MoneyRange,
  PatternId,
  Scenario,
  SimulationResult,
  TriangularSeconds,
} from '../../models/types';
import { formatDuration, formatMoney, formatMoneyRange } from '../format';
import { inputValueText } from '../report/inputProvenance';
import { canonical } from './canonicalJson';
import { PREVIEW_TRIALS } from './runSlice';
import { valueAt, withValue } from './scenarioPaths';

/** Fields that name or describe a scenario rather than shape its numbers. */
const NOT_INPUTS = new Set(['schemaVersion', 'name', 'description']);

/**
 * Differences not simulated one at a time, and why: the simulation's own settings change the sampling,
 * not the model; another currency changes what every amount means, not one input.
 */
const NOT_ALONE: ReadonlyMap<string, string> = new Map([
  ['simulation.seed', 'the seed changes which random years are drawn, not the model'],
  ['simulation.trials', 'the number of trials changes how many years are drawn, not the model'],
  ['currency', 'another currency changes what every amount means, not one input'],
]);

/** Most differences simulated one at a time for one pair of scenarios. */
export const MOST_PROBES = 12;

export interface InputDifference {
  /** The field's path, or the entry's: `costs.quotes["active-active"]`, `overrides["traffic.extra"]`. */
  path: string;
  label: string;
  /** The value in each compared scenario, in words, in the order compared. */
  values: string[];
  /** Whether each scenario's value differs from the first one's. */
  differs: boolean[];
}

/** Every input whose value is not the same in all `scenarios`, in the order of the field table. */
export function inputDifferences(scenarios: readonly Scenario[]): InputDifference[] {
  const [first] = scenarios;
  if (!first || scenarios.length < 2) return [];
  const differences: InputDifference[] = [];
  const add = (
    path: string,
    label: string,
    raw: unknown[],
    text: (value: unknown, s: Scenario) => string,
  ) => {
    const keys = raw.map((value) => canonical(value ?? null));
    if (keys.every((key) => key === keys[0])) return;
    differences.push({
      path,
      label,
      values: raw.map((value, i) => text(value, scenarios[i] ?? first)),
      differs: keys.map((key) => key !== keys[0]),
    });
  };
  for (const field of SCENARIO_FIELDS) {
    if (NOT_INPUTS.has(field.path)) continue;
    add(
      field.path,
      field.label,
      scenarios.map((s) => valueAt(s, field.path)),
      (value, s) => inputValueText(field, value, s.currency),
    );
  }
  for (const { path: mapPath, label } of MONEY_RANGE_FIELDS) {
    const map = mapPath === 'costs.quotes' ? 'quotes' : 'oneOff';
    for (const pattern of patternKeys(scenarios.map((s) => s.costs[map]))) {
      add(
        rangePath(map, pattern),
        `${label}, ${patternName(pattern)}`,
        scenarios.map((s) => own(s.costs[map], pattern)),
        (value, s) => (value ? formatMoneyRange(value as MoneyRange, s.currency) : 'the estimate'),
      );
    }
  }
  for (const id of patternKeys(scenarios.map((s) => s.overrides))) {
    add(
      overridePathOf(id),
      `Override of ${id}`,
      scenarios.map((s) => own(s.overrides, id)),
      (value) => {
        if (!value) return 'the model’s own';
        const t = value as TriangularSeconds;
        return `${formatDuration(t.min)} / ${formatDuration(t.mode)} / ${formatDuration(t.max)}`;
      },
    );
  }
  add(
    'drillLog',
    'Drill log',
    scenarios.map((s) => s.drillLog),
    (value) => {
      const count = (value as Scenario['drillLog']).drills.length;
      return count === 0 ? 'no drills' : count === 1 ? '1 drill' : `${count} drills`;
    },
  );
  return differences;
}

function own<T>(record: Partial<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function patternKeys<K extends string>(records: readonly Partial<Record<K, unknown>>[]): K[] {
  return [...new Set(records.flatMap((r) => Object.keys(r) as K[]))].sort();
}

const rangePath = (map: 'quotes' | 'oneOff', pattern: string) => `costs.${map}[${JSON.stringify(pattern)}]`;
const overridePathOf = (id: string) => `overrides[${JSON.stringify(id)}]`;

/** Whether the input at `path` is an amount of money (of the scenario's currency). */
function isMoney(path: string): boolean {
  if (path.startsWith('costs.quotes[') || path.startsWith('costs.oneOff[')) return true;
  return SCENARIO_FIELDS.find((f) => f.path === path)?.unit.startsWith('currency') ?? false;
}

/** `base` with the input at `path` as `other` has it; null when that alone is not a valid scenario. */
function withInputOf(base: Scenario, other: Scenario, path: string): Scenario | null {
  let candidate: Scenario;
  const range = /^costs\.(quotes|oneOff)\["(.+)"\]$/.exec(path);
  const override = /^overrides\["(.+)"\]$/.exec(path);
  if (range) {
    const map = range[1] as 'quotes' | 'oneOff';
    const key = range[2] as PatternId;
    const entries = { ...base.costs[map] };
    const value = own(other.costs[map], key);
    if (value === undefined) delete entries[key];
    else entries[key] = value;
    candidate = { ...base, costs: { ...base.costs, [map]: entries } };
  } else if (override) {
    const key = override[1] as keyof Scenario['overrides'];
    const overrides = { ...base.overrides };
    const value = own(other.overrides, key);
    if (value === undefined) delete overrides[key];
    else overrides[key] = value;
    candidate = { ...base, overrides };
  } else if (path === 'drillLog') {
    candidate = { ...base, drillLog: other.drillLog };
  } else {
    candidate = withValue(base, path, valueAt(other, path));
  }
  return parseScenario(candidate).ok ? candidate : null;
}

/** A scenario as the probes run it: the base's seed, the trials of a live preview at most. */
export function probeScenario(scenario: Scenario, seed = scenario.simulation.seed): Scenario {
  const trials = Math.min(scenario.simulation.trials, PREVIEW_TRIALS);
  return { ...scenario, simulation: { seed, trials } };
}

/** One difference between the base and another scenario, and how it is told apart. */
export type Probe =
  { path: string; kind: 'run'; scenario: Scenario } | { path: string; kind: 'skipped'; reason: string };

/**
 * For each difference between `base` and `other` (at most MOST_PROBES of them run), the scenario that
 * tells what it does alone, or why it is not simulated alone.
 */
export function differenceProbes(base: Scenario, other: Scenario): Probe[] {
  const probes: Probe[] = [];
  let runs = 0;
  for (const difference of inputDifferences([base, other])) {
    const { path } = difference;
    const reason = NOT_ALONE.get(path);
    if (reason !== undefined) {
      probes.push({ path, kind: 'skipped', reason });
      continue;
    }
    if (runs >= MOST_PROBES) {
      probes.push({
        path,
        kind: 'skipped',
        reason: `only the first ${MOST_PROBES} differences are simulated alone`,
      });
      continue;
    }
    if (base.currency !== other.currency && isMoney(path)) {
      probes.push({
        path,
        kind: 'skipped',
        reason: `the amount is in ${other.currency}, not ${base.currency}`,
      });
      continue;
    }
    const candidate = withInputOf(base, other, path);
    if (candidate === null) {
      probes.push({
        path,
        kind: 'skipped',
        reason: 'it cannot change alone: it goes with other inputs that differ too',
      });
      continue;
    }
    runs += 1;
    probes.push({ path, kind: 'run', scenario: probeScenario(candidate, base.simulation.seed) });
  }
  return probes;
}

/** The recommended architecture of a result and its expected total cost a year. */
function outcome(result: SimulationResult): { pattern: PatternId; feasible: boolean; perYear: number } {
  const { pattern, feasible } = result.recommendation;
  const found = result.patterns.find((p) => p.id === pattern);
  return { pattern, feasible, perYear: found ? found.horizonTotalCost.mean / result.horizonYears : 0 };
}

/**
 * What one difference does alone, in one sentence: "Alone, it changes A's recommendation from X to Y;
 * the expected total a year goes from $a to $b." `letter` names the base scenario.
 */
export function effectSentence(
  base: SimulationResult,
  changed: SimulationResult,
  letter: string,
  currency: string,
): string {
  const before = outcome(base);
  const after = outcome(changed);
  const money = (amount: number) => formatMoney(amount, currency);
  const name = (o: typeof before) =>
    `${patternName(o.pattern)}${o.feasible ? '' : ' (closest, nothing feasible)'}`;
  const cost = `the expected total a year ${before.perYear === after.perYear ? 'stays' : 'goes from'} ${money(before.perYear)}${before.perYear === after.perYear ? '' : ` to ${money(after.perYear)}`}`;
  if (before.pattern !== after.pattern || before.feasible !== after.feasible) {
    return `Alone, it changes ${letter}’s recommendation from ${name(before)} to ${name(after)}; ${cost}.`;
  }
  return `Alone, it leaves ${letter}’s recommendation at ${name(before)}; ${cost}.`;
}
