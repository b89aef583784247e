import { figureById, technology, trafficLayer } from './catalogue/index';
import { patternEconomics, type BilledUnits } from './engine/costs';
import { distributionTable } from './engine/distributionTable';
import { manualPathProbability } from './engine/plan';
import { patternName } from './patterns';
import type { Confidence, CountRange, Dist, Figure, FigureKind, Scenario, ScopeId } from './types';
import { PATTERN_IDS } from './types';

/** What each confidence label means, in the words of the benchmark research. */
export const CONFIDENCE_MEANING: Readonly<Record<Confidence, string>> = {
  'V-src': 'read in the project’s source or default configuration',
  'V-doc': 'read in official documentation',
  'V-copy': 'official wording, read in a copy or mirror',
  '2nd': 'secondhand: a blog, summary or forum post',
  UNVERIFIED: 'no source found',
  assumption: 'an assumption',
};

/** What each kind of statement is, for a reader weighing a figure. */
export const KIND_MEANING: Readonly<Record<FigureKind, string>> = {
  claim: 'what a vendor or author says a product achieves',
  default: 'a shipped default setting, read in documentation or source',
  measurement: 'a value someone measured and reported',
  model: 'a value computed from a model of the system, not measured',
  survey: 'a figure from a survey of many organisations',
  procedure: 'a documented command or console action that a runbook step follows',
};

/** A sourced figure and what the current scenario uses it for. */
export interface FigureUse {
  figure: Figure;
  usedFor: string[];
}

/** The value of an assumption, as numbers; the app and the PDF word it (src/format/assumptions.ts). */
export type AssumptionValue =
  | { kind: 'dist'; dist: Dist }
  | { kind: 'units'; units: BilledUnits }
  | { kind: 'maintenance'; eventsPerYear: number; secondsPerEvent: number }
  | { kind: 'effort'; days: CountRange }
  | { kind: 'region-outage'; medianHours: number; p95Hours: number }
  | { kind: 'rates'; rates: Record<ScopeId, number> }
  | {
      kind: 'manual-path';
      afterDrill: number;
      untested: number;
      driftYears: number;
      average: number;
      drillsPerYear: number;
    }
  | { kind: 'fraction'; value: number };

/** A value with no public source: shown everywhere labelled as an assumption. */
export interface AssumptionItem {
  label: string;
  value: AssumptionValue;
  note?: string;
}

export interface ScenarioSources {
  /** Every figure behind the numbers, in catalogue id order. */
  figures: FigureUse[];
  assumptions: AssumptionItem[];
  /** Caveats a decision-maker should read before quoting a figure. */
  caveats: string[];
}

/** The figures and assumptions behind every number of a scenario's simulation. */
export function scenarioSources(scenario: Scenario): ScenarioSources {
  const uses = new Map<string, Set<string>>();
  const use = (ids: readonly string[], what: string): void => {
    for (const id of ids) {
      if (!uses.has(id)) uses.set(id, new Set());
      uses.get(id)!.add(what);
    }
  };
  const assumptions: AssumptionItem[] = [];
  const caveats = new Set<string>();

  for (const id of PATTERN_IDS) {
    const econ = patternEconomics(scenario, id);
    const { cost, maintenance, oneOff } = econ.provenance;
    const name = patternName(id);
    if (econ.monthlyFrom === 'components') {
      use(cost.figures, `Monthly cost of ${name}`);
      if (cost.assumption && id !== 'single-node') {
        assumptions.push({
          label: `Monthly cost of ${name}: what it is billed`,
          value: { kind: 'units', units: econ.units },
          note: cost.note,
        });
      }
    }
    use(maintenance.figures, `Planned maintenance of ${name}`);
    if (maintenance.assumption) {
      assumptions.push({
        label: `Planned maintenance of ${name}`,
        value: {
          kind: 'maintenance',
          eventsPerYear: maintenance.eventsPerYear,
          secondsPerEvent: maintenance.secondsPerEvent,
        },
        note: maintenance.note,
      });
    }
    if (econ.oneOffFrom === 'effort' && oneOff.assumption) {
      assumptions.push({
        label: `One-off effort for ${name}`,
        value: { kind: 'effort', days: oneOff.days },
        note: oneOff.note,
      });
    }
  }

  for (const entry of Object.values(distributionTable(scenario))) {
    if (!entry) continue;
    use(entry.figures, entry.label);
    if (entry.overridden) {
      assumptions.push({
        label: entry.label,
        value: { kind: 'dist', dist: entry.effective },
        note: 'Your override of the preset value.',
      });
    } else if (entry.assumption) {
      assumptions.push({
        label: entry.label,
        value: { kind: 'dist', dist: entry.preset },
        ...(entry.note ? { note: entry.note } : {}),
      });
    }
  }
  const t = scenario.technology;
  for (const id of [t.activePassiveAsync, t.activePassiveSync, t.activePassiveDr, t.activeActive]) {
    const p = technology(id);
    if (p)
      use(
        [...p.detection.figures, ...p.decision.figures, ...p.promotion.figures],
        `${p.name}: failover phases`,
      );
  }
  const outage = scenario.failureDurations.regionOutage;
  use(['FR-5'], 'How long a regional outage lasts');
  assumptions.push({
    label: 'How long a regional outage lasts',
    value: { kind: 'region-outage', ...outage },
    note: 'Anchored on provider incident histories (FR-5: AWS service-region events in 2024, median 1.88 h, 95th percentile 21.8 h); whole-region outages are rarer and may last longer.',
  });
  for (const id of [t.trafficLayer, t.globalTrafficLayer]) {
    const layer = trafficLayer(id);
    if (layer) use(layer.extra.figures, `${layer.name}: traffic reroute`);
  }

  // The downtime cost default is Gartner's average; any other value is the user's own figure.
  if (scenario.business.downtimeCostPerMinute === 5600) use(['DT-1'], 'Downtime cost per minute');

  assumptions.push({
    label: 'Failure rates (incidents per year)',
    value: { kind: 'rates', rates: { ...scenario.failureRates } },
    note: 'Anchored on fleet studies and provider incident counts (FR-4, FR-5); no public source gives zone or region outage frequency.',
  });
  use(['FR-4', 'FR-5'], 'Failure rates');
  const a = scenario.assumptions;
  assumptions.push({
    label: 'Chance automation falls to people',
    value: {
      kind: 'manual-path',
      afterDrill: a.manualPathAfterDrill,
      untested: a.manualPathUntested,
      driftYears: a.driftYears,
      average: manualPathProbability(a, scenario.operations.drillsPerYear),
      drillsPerYear: scenario.operations.drillsPerYear,
    },
  });
  assumptions.push({
    label: 'Chance a synchronous pair had degraded to async at failure',
    value: { kind: 'fraction', value: a.syncDegradedProbability },
  });
  for (const id of uses.keys()) {
    const f = figureById(id);
    if (f?.confidence === 'UNVERIFIED') caveats.add(`${f.subject}: ${f.note ?? 'unverified'} (${id}).`);
  }

  const figures = [...uses.entries()]
    .map(([id, usedFor]) => ({ figure: figureById(id), usedFor: [...usedFor].sort() }))
    .filter((u): u is FigureUse => u.figure !== undefined)
    .sort((x, y) => x.figure.id.localeCompare(y.figure.id, 'en', { numeric: true }));
  return { figures, assumptions, caveats: [...caveats] };
}
