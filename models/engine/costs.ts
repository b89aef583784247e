import { benchmarkSet } from '../catalogue/index';
import type {
  CostRange,
  CountRange,
  Maintenance,
  MoneyRange,
  OneOffEffort,
  PatternId,
  PresetCost,
  Scenario,
  TechnologyChoice,
} from '../types';
import { presetOf } from './distributionTable';

/**
 * What an architecture costs besides its incidents, from the scenario and the catalogue alone (no
 * simulation): its monthly infrastructure as a range, the chance that range exceeds the budget, its one-off
 * cost and its planned maintenance downtime.
 */

/** The technology field behind each architecture; the single node has none (the benchmark set's). */
export const TECHNOLOGY_FIELD: Record<PatternId, keyof TechnologyChoice | null> = {
  'single-node': null,
  'active-passive-async': 'activePassiveAsync',
  'active-passive-sync': 'activePassiveSync',
  'active-passive-dr': 'activePassiveDr',
  'active-active': 'activeActive',
};

/** Billed units of an architecture, after the topology has scaled an active-active layer. */
export interface BilledUnits {
  nodes: CountRange;
  storageCopies: CountRange;
  crossRegionCopies: number;
  premium: CountRange;
}

export interface PatternEconomics {
  /** Monthly infrastructure (currency per month). */
  monthly: CostRange;
  /** Where the monthly range comes from: the user's quote, or the components below. */
  monthlyFrom: 'quote' | 'components';
  units: BilledUnits;
  /** Chance that the monthly cost, drawn from its range, exceeds the budget. */
  overBudgetProbability: number;
  /** One-off cost (currency). */
  oneOff: CostRange;
  oneOffFrom: 'quote' | 'effort';
  /** Person-days of the effort estimate. */
  effortDays: CountRange;
  /** Planned maintenance downtime per year, minutes. */
  maintenanceMinutesPerYear: number;
  /** The catalogue entries behind these figures, for the sources. */
  provenance: { cost: PresetCost; maintenance: Maintenance; oneOff: OneOffEffort };
}

/** A money range with the mean of its triangular distribution. */
export function costRange({ low, mostLikely, high }: MoneyRange): CostRange {
  return { low, mostLikely, high, expected: (low + mostLikely + high) / 3 };
}

/**
 * P(X > x) for X triangular over [low, high] with its mode at mostLikely. A range of no width is the one
 * value it holds.
 */
export function triangularExceedance({ low, mostLikely, high }: MoneyRange, x: number): number {
  if (!(high > low)) return low > x ? 1 : 0;
  if (x <= low) return 1;
  if (x >= high) return 0;
  const width = high - low;
  if (x <= mostLikely) return 1 - ((x - low) * (x - low)) / (width * (mostLikely - low));
  return ((high - x) * (high - x)) / (width * (high - mostLikely));
}

/** The value at quantile u of the triangular distribution over the range (inverse CDF). */
export function triangularQuantile({ low, mostLikely, high }: MoneyRange, u: number): number {
  const width = high - low;
  if (!(width > 0)) return low;
  const c = (mostLikely - low) / width;
  return u < c ? low + Math.sqrt(u * c) * width : high - Math.sqrt((1 - u) * (1 - c)) * width;
}

function catalogueOf(scenario: Scenario, pattern: PatternId) {
  const field = TECHNOLOGY_FIELD[pattern];
  if (field === null) return benchmarkSet(scenario.benchmarkSet).singleNode;
  const p = presetOf(scenario, field);
  return { cost: p.cost, maintenance: p.maintenance, oneOff: p.oneOff };
}

const scale = (r: CountRange, k: number): CountRange => ({
  low: r.low * k,
  mostLikely: r.mostLikely * k,
  high: r.high * k,
});

/**
 * The units an architecture is billed. An active-active preset counts per voting replica (every vote is a
 * node; a witness holds no data) or per region, so the scenario's topology scales it, and it ships its
 * writes to every region beyond the first.
 */
export function billedUnits(scenario: Scenario, cost: PresetCost): BilledUnits {
  const base = {
    nodes: cost.nodes,
    storageCopies: cost.storageCopies,
    crossRegionCopies: cost.crossRegionCopies,
    premium: cost.premium,
  };
  if (cost.per === undefined) return base;
  const { activeActiveRegions: regions, replicationFactor: votes, witnessRegion } = scenario.topology;
  const dataReplicas = Math.max(votes - (witnessRegion ? 1 : 0), 1);
  const nodes = cost.per === 'replica' ? votes : regions;
  const copies = cost.per === 'replica' ? dataReplicas : regions;
  return {
    ...base,
    nodes: scale(cost.nodes, nodes),
    storageCopies: scale(cost.storageCopies, copies),
    crossRegionCopies: regions - 1,
  };
}

export function patternEconomics(scenario: Scenario, pattern: PatternId): PatternEconomics {
  const { cost, maintenance, oneOff } = catalogueOf(scenario, pattern);
  const c = scenario.costs;
  const units = billedUnits(scenario, cost);
  const at = (k: keyof CountRange): number =>
    units.nodes[k] * c.nodeMonthlyCost * (1 + units.premium[k]) +
    units.storageCopies[k] * c.storageMonthlyCost +
    units.crossRegionCopies * c.crossRegionTransferMonthlyCost;
  const quote = Object.hasOwn(c.quotes, pattern) ? c.quotes[pattern] : undefined;
  const monthly = costRange(quote ?? { low: at('low'), mostLikely: at('mostLikely'), high: at('high') });
  const given = Object.hasOwn(c.oneOff, pattern) ? c.oneOff[pattern] : undefined;
  const days = oneOff.days;
  const effort = {
    low: days.low * c.engineerDayRate,
    mostLikely: days.mostLikely * c.engineerDayRate,
    high: days.high * c.engineerDayRate,
  };
  return {
    monthly,
    monthlyFrom: quote ? 'quote' : 'components',
    units,
    overBudgetProbability: triangularExceedance(monthly, c.monthlyBudget),
    oneOff: costRange(given ?? effort),
    oneOffFrom: given ? 'quote' : 'effort',
    effortDays: days,
    maintenanceMinutesPerYear: (maintenance.eventsPerYear * maintenance.secondsPerEvent) / 60,
    provenance: { cost, maintenance, oneOff },
  };
}
