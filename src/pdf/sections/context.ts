/**
 * What every section of the proposal reads: the scenario and its result, the form, and the facts the
 * sections would otherwise each work out again (the recommended pattern, its data layer and traffic layers
 * by name, money in the scenario's currency, the model's distributions after overrides). Built once per
 * document, so every section names the same preset and writes money the same way.
 */
import { technology, trafficLayer } from '../../../models/catalogue/index';
import { calibrate, type Calibration } from '../../../models/calibration/calibrate';
import { distributionTable, type DistributionTable } from '../../../models/engine/distributionTable';
import type { DistributionId } from '../../../models/engine/distributionIds';
import { patternName } from '../../../models/patterns';
import { formatDist, formatMoney } from '../../format';
import type {
  PatternId,
  PatternResult,
  Scenario,
  SimulationResult,
  TechnologyPreset,
  TrafficLayer,
} from '../../../models/types';
import type { Analysis } from '../../../models/engine/analysis';
import type { ProposalForm } from '../model';
import type { WordingContext } from '../../report/findings';
import { cleanText } from './text';

export interface ProposalInput {
  scenario: Scenario;
  result: SimulationResult;
  /** The same run without the scenario's drill log, when the log changed the model. */
  before?: SimulationResult | null;
  form: ProposalForm;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  appVersion: string;
  /** The analyses that followed the run (sensitivity, remedies), when they were in at export. */
  analysis?: Analysis | null | undefined;
}

/** FNV-1a over UTF-16 code units: a short, stable fingerprint (not a security measure). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The document's id: the same for every version of the proposal to one client for one workload, so a
 * revised version keeps its id ("HAP-" and six hexadecimal digits).
 */
export function documentId(client: string, workload: string): string {
  const hash = fnv1a(`${client.trim().toLowerCase()}\u0000${workload.trim().toLowerCase()}`);
  return `HAP-${hash.toString(16).toUpperCase().padStart(8, '0').slice(0, 6)}`;
}

/** The ISO date `days` after another (UTC calendar days), or the date itself when it is not one. */
export function addDays(date: string, days: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  day.setUTCDate(day.getUTCDate() + Math.max(0, Math.round(days)));
  return day.toISOString().slice(0, 10);
}

export interface Context {
  scenario: Scenario;
  result: SimulationResult;
  analysis: Analysis | null;
  /** The same run without the drill log (the recommendation before the drills), when there is one. */
  before: SimulationResult | null;
  form: ProposalForm;
  /** The client's name as the cover and every footer show it ('Client' when the form leaves it blank). */
  client: string;
  date: string;
  /** Last day the offer holds, ISO. */
  validUntil: string;
  documentId: string;
  version: string;
  appVersion: string;
  /** The scenario's currency code. */
  cur: string;
  /** An amount of money in the scenario's currency, as the app writes it. */
  m: (value: number) => string;
  /** The recommended pattern (the closest one when none is feasible). */
  rec: PatternResult;
  recName: string;
  /** The data layer of the recommended pattern (none for a single node). */
  preset: TechnologyPreset | undefined;
  presetName: string;
  /** The traffic layer within a region. */
  layer: TrafficLayer | undefined;
  layerName: string;
  /** The traffic layer between regions. */
  global: TrafficLayer | undefined;
  globalName: string;
  /** The calibration from the scenario's drill log (nothing updated when it has none). */
  calibration: Calibration;
  table: DistributionTable;
  /** What the findings of the recommendation are worded with. */
  wording: WordingContext;
}

function patternOf(result: SimulationResult, id: PatternId): PatternResult {
  const found = result.patterns.find((p) => p.id === id);
  if (!found) throw new Error(`The result has no pattern '${id}'.`);
  return found;
}

function presetIdFor(scenario: Scenario, id: PatternId): string | undefined {
  switch (id) {
    case 'active-passive-async':
      return scenario.technology.activePassiveAsync;
    case 'active-passive-sync':
      return scenario.technology.activePassiveSync;
    case 'active-passive-dr':
      return scenario.technology.activePassiveDr;
    case 'active-active':
      return scenario.technology.activeActive;
    case 'single-node':
      return undefined;
  }
}

export function proposalContext(input: ProposalInput): Context {
  const { scenario, result, form, date, appVersion } = input;
  const rec = patternOf(result, result.recommendation.pattern);
  const presetId = presetIdFor(scenario, rec.id);
  const preset = presetId === undefined ? undefined : technology(presetId);
  const layer = trafficLayer(scenario.technology.trafficLayer);
  const global = trafficLayer(scenario.technology.globalTrafficLayer);
  const calibration = calibrate(scenario);
  return {
    scenario,
    result,
    analysis: input.analysis ?? null,
    before: input.before ?? null,
    form,
    client: cleanText(form.clientName, 120) || 'Client',
    date,
    validUntil: addDays(date, form.validityDays),
    documentId: documentId(cleanText(form.clientName, 120) || 'Client', scenario.name),
    version: cleanText(form.version, 20) || '1.0',
    appVersion,
    cur: scenario.currency,
    m: (value: number) => formatMoney(value, scenario.currency),
    rec,
    recName: patternName(rec.id),
    preset,
    presetName: preset?.name ?? presetId ?? 'none',
    layer,
    layerName: layer?.name ?? scenario.technology.trafficLayer,
    global,
    globalName: global?.name ?? scenario.technology.globalTrafficLayer,
    calibration,
    // The distributions the results were drawn from: a drill log's calibrated ones where it has them.
    table: distributionTable(calibration.scenario),
    wording: { currency: scenario.currency, confidence: scenario.targets.confidence },
  };
}

/** A distribution of the model after the scenario's overrides, in words (none when the model has none). */
export function effective(ctx: Context, id: DistributionId): string | undefined {
  const entry = ctx.table[id];
  return entry ? formatDist(entry.effective) : undefined;
}
