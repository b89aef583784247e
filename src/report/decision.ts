/**
 * The decision under uncertainty in English: the tail, the availability objective, break-evens with their
 * noise, remedies checked by rerunning, and what the recommendation hinges on. The card, the command line
 * and the PDF all write these sentences from here, through the one formatter of each concept.
 */
import type { Driver, DriverResult, Sensitivity } from '../../models/engine/sensitivity';
import type { RemedyAction, RemedyCheck } from '../../models/engine/remedies';
import { SCENARIO_FIELDS } from '../../models/scenario/fields';
import type { BreakEven, MissCause, PatternResult, Scenario } from '../../models/types';
import { PHASE_LABELS } from '../charts/data/failoverTimeline';
import {
  formatAvailability,
  formatDuration,
  formatMoney,
  formatMoneyRate,
  formatNumber,
  formatPercent,
  percentileName,
} from '../format';
import { patternLabel } from '../patterns';

/** "about one year in 20" for a chance of 0.05; "fewer than one year in 1,000" below 0.001. */
export function oneIn(p: number, unit: string): string {
  if (!(p > 0)) return `no ${unit}`;
  if (p >= 0.5) return `${formatPercent(p)} of ${unit}s`;
  if (p < 0.001) return `fewer than one ${unit} in 1,000`;
  return `about one ${unit} in ${formatNumber(Math.round(1 / p))}`;
}

/** The tail of one architecture, sentence by sentence (see tailSentences). */
export interface TailWords {
  /** A typical year, one in twenty, one in a hundred. */
  typical: string;
  /** Why the expected year sits above the one-in-twenty year, when it does. */
  expectation: string | null;
  /** Incidents over the RTO target and over an hour. */
  incidents: string;
  /** The chance of a year beyond the risk tolerance. */
  tolerance: string;
}

export function tailWords(r: PatternResult, scenario: Scenario): TailWords {
  const m = (x: number) => formatMoney(x, scenario.currency);
  const loss = r.annualLoss;
  let expectation: string | null = null;
  if (loss.mean > loss.p95) {
    const rate = scenario.failureRates.region;
    const rare =
      rate > 0
        ? `, such as a regional disaster (about one year in ${formatNumber(Math.round(1 / rate))}),`
        : '';
    expectation = `The expected loss, ${m(loss.mean)} a year, is above the one-in-twenty year because it includes rare, costly years${rare} that a typical year never sees: budget for the expectation, and plan for the tail.`;
  }
  const t = r.tail;
  return {
    typical: `In a typical year ${r.name} loses ${m(loss.p50)} to downtime and lost data; one year in twenty more than ${m(loss.p95)}; one year in a hundred more than ${m(loss.p99)}.`,
    expectation,
    incidents: `${formatPercent(t.shareOverRto)} of incidents take longer than the ${formatDuration(scenario.targets.rtoSeconds)} RTO target; ${formatPercent(t.shareOverOneHour)} last an hour or more.`,
    tolerance: `A year's loss exceeds the risk tolerance of ${m(scenario.business.riskTolerance)} with a chance of ${formatPercent(t.lossExceedsTolerance)} (${oneIn(t.lossExceedsTolerance, 'year')}).`,
  };
}

/**
 * The tail of one architecture in plain words: a typical year, one year in twenty and in a hundred, why
 * the expected year can sit above the one-in-twenty year, the incidents over the RTO and over an hour, and
 * the chance of a year beyond the risk tolerance.
 */
export function tailSentences(r: PatternResult, scenario: Scenario): string[] {
  const w = tailWords(r, scenario);
  return [w.typical, ...(w.expectation ? [w.expectation] : []), w.incidents, w.tolerance];
}

/** The share of incidents meeting each target, as a sentence. */
export function targetShares(r: PatternResult): string {
  const m = r.meetsTargets;
  return `Targets met: RTO in ${formatPercent(m.rto)} of incidents, RPO in ${formatPercent(m.rpo)}, regional RTO in ${formatPercent(m.regionRto)}, regional RPO in ${formatPercent(m.regionRpo)}.`;
}

const WINDOW_WORDS = { month: 'month', quarter: 'quarter' } as const;

/** The availability objective against one architecture's simulated windows. */
export function sloSentence(r: PatternResult, slo: Scenario['slo']): string {
  if (!r.slo) return '';
  const w = WINDOW_WORDS[slo.window];
  const s = r.slo;
  const objective = `${formatAvailability(slo.target)} a ${w} (${formatDuration(s.allowedMinutesPerWindow * 60)} of downtime a ${w}${slo.excludePlannedMaintenance ? ', planned maintenance excluded' : ''})`;
  const used = `uses ${formatPercent(s.expectedBudgetUsed)} of that budget on average`;
  if (!(s.breachProbability > 0))
    return `Against ${objective}, ${r.name} ${used} and no simulated ${w} breaches it.`;
  const metOnAverage = s.expectedBudgetUsed <= 1 ? 'meets it on average but ' : '';
  return `Against ${objective}, ${r.name} ${used}; it ${metOnAverage}breaches it in ${formatPercent(s.breachProbability)} of ${w}s (${oneIn(s.breachProbability, w)}).`;
}

/** A break-even in words, said only as precisely as the simulation resolves it. */
export function breakEvenText(b: BreakEven, currency: string): string {
  const a = patternLabel(b.from);
  const z = patternLabel(b.to);
  const perMinute = (x: number) => formatMoneyRate(x, currency, 'min');
  if (!b.resolved) {
    return `${a} and ${z}: no break-even; their expected downtime is the same within the simulation's noise.`;
  }
  if (b.downtimeCostPerMinute === null) return `${a} and ${z}: never equal at a downtime cost of 0 or more.`;
  const interval = b.interval
    ? ` (95% interval ${perMinute(b.interval.low)}–${perMinute(b.interval.high)})`
    : '';
  return `${a} and ${z}: equal at ${perMinute(b.downtimeCostPerMinute)}${interval}.`;
}

/** Where a miss comes from, as a clause. */
export function causeText(cause: MissCause): string {
  switch (cause.kind) {
    case 'manual-path':
      return `the miss comes from failovers that fall to people (${formatPercent(cause.share)} of automated failovers)`;
    case 'phase':
      return `the slowest phase is ${PHASE_LABELS[cause.phase].toLowerCase()} (${formatDuration(cause.meanSeconds)} on average)`;
    case 'region-outage':
      return cause.returnedShare === null
        ? 'a regional disaster is waited out or rebuilt elsewhere'
        : `a regional disaster is waited out or rebuilt elsewhere (${formatPercent(cause.returnedShare)} end when the region returns)`;
    case 'replication-lag':
      return 'the data lost is the replication lag at the moment of failure';
    case 'backups':
      return `the data lost is what was written since the last backup (one every ${formatDuration(cause.intervalSeconds)})`;
  }
}

const CHANGE_WORDS: Record<RemedyAction['changes'][number]['path'], (v: number) => string> = {
  'operations.drillsPerYear': (v) => `${formatNumber(v)} failover drills a year`,
  'operations.humanResponseSeconds': (v) => `an on-call response of ${formatDuration(v)}`,
  'operations.healthCheckIntervalSeconds': (v) => `health checks every ${formatDuration(v)}`,
  'operations.healthCheckFailureThreshold': (v) => `${formatNumber(v)} failed checks to mark a node down`,
  'operations.dnsTtlSeconds': (v) => `a DNS TTL of ${formatDuration(v)}`,
  'operations.backupIntervalSeconds': (v) => `backups every ${formatDuration(v)}`,
};

/** "12 failover drills a year (now 2)", joined with "and". */
export function actionText(action: RemedyAction): string {
  return action.changes
    .map((c) => {
      const now =
        c.path === 'operations.drillsPerYear' || c.path === 'operations.healthCheckFailureThreshold'
          ? formatNumber(c.from)
          : formatDuration(c.from);
      return `${CHANGE_WORDS[c.path](c.to)} (now ${now})`;
    })
    .join(' and ');
}

const TARGET_NAMES = {
  rto: 'RTO',
  rpo: 'RPO',
  regionRto: 'regional-disaster RTO',
  regionRpo: 'regional-disaster RPO',
};
const TARGET_FIELDS = {
  rto: 'rtoSeconds',
  rpo: 'rpoSeconds',
  regionRto: 'regionRtoSeconds',
  regionRpo: 'regionRpoSeconds',
} as const;

/** A remedy the rerun confirmed: "With 12 failover drills a year (now 2), … P95 outage 41 s: meets …". */
export function remedyCheckText(c: RemedyCheck, scenario: Scenario): string {
  const p = percentileName(scenario.targets.confidence);
  const what = c.target === 'rto' || c.target === 'regionRto' ? 'outage' : 'data lost';
  const target = formatDuration(scenario.targets[TARGET_FIELDS[c.target]]);
  const verdict = c.meets ? 'meets' : 'still misses';
  const feasible = c.meets && c.feasible ? ', and every other target within budget' : '';
  return `With ${actionText(c.action)}, ${patternLabel(c.pattern)}'s ${p} ${what} is ${formatDuration(c.atConfidence)}: ${verdict} the ${target} ${TARGET_NAMES[c.target]} target (${formatPercent(c.share)} of incidents)${feasible}.`;
}

/** The confirmed remedies for one architecture, the fewest changes first (never one the rerun refutes). */
export function confirmedRemedies(checks: readonly RemedyCheck[], pattern: string): RemedyCheck[] {
  return checks
    .filter((c) => c.pattern === pattern && c.meets)
    .sort((a, b) => a.action.changes.length - b.action.changes.length);
}

// ---- Sensitivity ----

const FIELD = new Map(SCENARIO_FIELDS.map((f) => [f.path, f]));

/** What a driver is called, for people. */
export function driverLabel(input: string): string {
  const quote = /^costs\.quotes\.(.+)$/.exec(input);
  if (quote) return `Monthly cost of ${patternLabel(quote[1] as never)}`;
  const lag = /^overrides\["(.+)\.replicationLag"\]$/.exec(input);
  if (lag) {
    const [pattern, region] = lag[1]!.split('.');
    return `Replication lag${region ? ' across regions' : ''}, ${patternLabel(pattern as never)}`;
  }
  return FIELD.get(input)?.label ?? input;
}

/** A driver's value in its unit. */
export function driverValue(input: string, unit: Driver['unit'], v: number, currency: string): string {
  if (unit === 'scale') return `×${formatNumber(v)} the catalogue's`;
  if (input.startsWith('costs.quotes.')) return formatMoneyRate(v, currency, 'month');
  const spec = FIELD.get(input);
  const u = spec?.unit ?? '';
  if (u === 's') return formatDuration(v);
  if (u === 'h') return formatDuration(v * 3600);
  if (u === 'fraction') return formatPercent(v);
  if (u === 'per year') return `${formatNumber(v)} a year`;
  if (u.startsWith('currency/')) return `${formatMoney(v, currency)}/${u.slice('currency/'.length)}`;
  return formatNumber(v);
}

/** What a driver does to the recommendation: "X stays the choice unless it rises above …". */
export function driverSentence(d: DriverResult, s: Sensitivity, currency: string): string {
  const name = patternLabel(s.recommended);
  const value = (v: number) => driverValue(d.input, d.unit, v, currency);
  const [below, above] = d.integer ? ['falls to', 'rises to'] : ['falls below', 'rises above'];
  const sides: string[] = [];
  if (d.flipLow) sides.push(`${below} ${value(d.flipLow.value)} (then ${patternLabel(d.flipLow.to)})`);
  if (d.flipHigh) sides.push(`${above} ${value(d.flipHigh.value)} (then ${patternLabel(d.flipHigh.to)})`);
  if (sides.length === 0) return `${name} stays the choice from ${value(d.low)} to ${value(d.high)}.`;
  return `${name} stays the choice unless it ${sides.join(' or ')}.`;
}
