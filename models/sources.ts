import { benchmarkSet, figureById, technology, trafficLayer } from './catalogue/index';
import { distributionTable } from './engine/distributionTable';
import { manualPathProbability } from './engine/plan';
import { describeDist, patternName, percent } from './text';
import type { Confidence, Figure, Scenario } from './types';
import { PATTERN_IDS, SCOPE_IDS } from './types';

/** What each confidence label means, in the words of the benchmark research. */
export const CONFIDENCE_MEANING: Readonly<Record<Confidence, string>> = {
  'V-src': 'read in the project’s source or default configuration',
  'V-doc': 'read in official documentation',
  'V-copy': 'official wording, read in a copy or mirror',
  '2nd': 'secondhand: a blog, summary or forum post',
  UNVERIFIED: 'no source found',
  assumption: 'an assumption',
};

/** A sourced figure and what the current scenario uses it for. */
export interface FigureUse {
  figure: Figure;
  usedFor: string[];
}

/** A value with no public source: shown everywhere labelled as an assumption. */
export interface AssumptionItem {
  label: string;
  value: string;
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

  const set = benchmarkSet(scenario.benchmarkSet);
  for (const id of PATTERN_IDS) {
    const m = set.costMultiplier[id];
    use(m.figures, `Cost multiplier of ${patternName(id)}`);
    if (m.note && id !== 'single-node') caveats.add(`${patternName(id)} cost ${m.low}–${m.high}x: ${m.note}`);
  }

  for (const entry of Object.values(distributionTable(scenario))) {
    if (!entry) continue;
    use(entry.figures, entry.label);
    if (entry.overridden) {
      assumptions.push({
        label: entry.label,
        value: describeDist(entry.effective),
        note: 'Your override of the preset value.',
      });
    } else if (entry.assumption) {
      assumptions.push({
        label: entry.label,
        value: describeDist(entry.preset),
        ...(entry.note ? { note: entry.note } : {}),
      });
    }
  }
  const t = scenario.technology;
  for (const id of [t.activePassiveAsync, t.activePassiveSync, t.activeActive]) {
    const p = technology(id);
    if (p)
      use(
        [...p.detection.figures, ...p.decision.figures, ...p.promotion.figures],
        `${p.name}: failover phases`,
      );
  }
  for (const id of [t.trafficLayer, t.globalTrafficLayer]) {
    const layer = trafficLayer(id);
    if (layer) use(layer.extra.figures, `${layer.name}: traffic reroute`);
  }

  // The downtime cost default is Gartner's average; any other value is the user's own figure.
  if (scenario.business.downtimeCostPerMinute === 5600) use(['DT-1'], 'Downtime cost per minute');

  const rates = SCOPE_IDS.map((s) => `${s} ${scenario.failureRates[s]}`).join(', ');
  assumptions.push({
    label: 'Failure rates (incidents per year)',
    value: rates,
    note: 'Anchored on fleet studies and provider incident counts (FR-4, FR-5); no public source gives zone or region outage frequency.',
  });
  use(['FR-4', 'FR-5'], 'Failure rates');
  const a = scenario.assumptions;
  assumptions.push({
    label: 'Chance automation falls to people',
    value: `${percent(a.manualPathAfterDrill)} right after a drill, growing to ${percent(a.manualPathUntested)} untested (time constant ${a.driftYears} years); ${percent(manualPathProbability(a, scenario.operations.drillsPerYear))} on average with ${scenario.operations.drillsPerYear} drills a year`,
  });
  assumptions.push({
    label: 'Chance a synchronous pair had degraded to async at failure',
    value: percent(a.syncDegradedProbability),
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
