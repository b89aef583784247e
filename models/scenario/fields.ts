/**
 * Every leaf field of a scenario, described once. The validator (validate.ts), the JSON Schema
 * (jsonSchema.ts) and the input form are all built from this table, so a bound changed here changes
 * everywhere at the same time.
 *
 * Bounds are inclusive (`min`, `max`) unless named exclusive. They are sanity limits that catch typos and
 * unit mix-ups (minutes typed as seconds, 95 typed for 0.95), not claims about what is realistic.
 */
import { SCOPE_IDS } from '../types';
import { CURRENCY_CODES } from './currencies';

export type FieldKind = 'number' | 'integer' | 'string' | 'enum' | 'fraction' | 'boolean';

/** Which catalogue list a string field names; the validator checks the id against the catalogue. */
export type CatalogueRef =
  'activePassiveAsync' | 'activePassiveSync' | 'activePassiveDr' | 'activeActive' | 'trafficLayer';

export interface FieldSpec {
  /** Dotted path from the scenario root, e.g. "targets.rtoSeconds". */
  path: string;
  kind: FieldKind;
  /** Unit as shown next to an input, e.g. "s", "per year", "currency/min", "fraction". */
  unit: string;
  /** Short label for a form. */
  label: string;
  /** One line of help. */
  help: string;
  /** Whether 0 is an accepted value (numbers only; always consistent with the bounds). */
  zeroAllowed: boolean;
  min?: number;
  max?: number;
  exclusiveMin?: number;
  exclusiveMax?: number;
  /**
   * Numbers: the smallest positive value accepted. Between 0 and it nothing is: a duration of 5e-324 s or a
   * price of 1e-300 is a slip, not a figure, and values that small break the arithmetic of axes and formats.
   */
  smallest?: number;
  /** Allowed values of an enum field, or of a string field that also has a pattern. */
  values?: readonly (string | number)[];
  /** Strings with `values`: how a value outside them is explained, e.g. "is not an ISO 4217 code". */
  valuesHint?: string;
  /** Strings: length limits in characters (Unicode code points, as JSON Schema counts them). */
  minLength?: number;
  maxLength?: number;
  /** Strings: a regular expression (JSON Schema `pattern`, matched with the `u` flag). */
  pattern?: string;
  /** Strings: how the pattern is explained in an error message, e.g. "a three-letter code in capitals". */
  patternHint?: string;
  /** Numbers: what a value is, for "must be a positive …" / "must be a non-negative …" messages. */
  noun?: string;
  /** Numbers: words after a bound in messages, e.g. "seconds" in "must be at most 10000000 seconds". */
  unitWords?: string;
  /** String ids that must name an entry of the catalogue. */
  ref?: CatalogueRef;
}

/** Longest duration any field accepts: 10^7 s, about 116 days. */
export const MAX_SECONDS = 1e7;
/** Largest amount of money any field accepts (currency units). */
export const MAX_MONEY = 1e12;
/** Shortest non-zero duration any field accepts: 1 ms. */
export const SMALLEST_SECONDS = 0.001;
/** Smallest non-zero amount of money any field accepts: one hundredth of the currency unit. */
export const SMALLEST_MONEY = 0.01;
/** Longest regional outage accepted as a median or percentile: 30 days, in hours. */
export const MAX_OUTAGE_HOURS = 720;
/** Largest incident rate accepted per scope (incidents per year). */
export const MAX_RATE_PER_YEAR = 1000;

type Text = Pick<FieldSpec, 'path' | 'label' | 'help'>;

function duration(t: Text, zeroAllowed: boolean): FieldSpec {
  return {
    ...t,
    kind: 'number',
    unit: 's',
    zeroAllowed,
    ...(zeroAllowed ? { min: 0 } : { exclusiveMin: 0 }),
    smallest: SMALLEST_SECONDS,
    max: MAX_SECONDS,
    noun: 'number of seconds',
    unitWords: 'seconds',
  };
}

function money(t: Text, unit: string, per: string): FieldSpec {
  return {
    ...t,
    kind: 'number',
    unit,
    zeroAllowed: true,
    min: 0,
    smallest: SMALLEST_MONEY,
    max: MAX_MONEY,
    noun: per === '' ? 'amount of money' : `amount of money ${per}`,
    unitWords: per,
  };
}

function fraction(t: Text, exclusive: boolean): FieldSpec {
  return exclusive
    ? { ...t, kind: 'fraction', unit: 'fraction', zeroAllowed: false, exclusiveMin: 0, exclusiveMax: 1 }
    : { ...t, kind: 'fraction', unit: 'fraction', zeroAllowed: true, min: 0, max: 1 };
}

function technology(t: Text, ref: CatalogueRef): FieldSpec {
  return { ...t, kind: 'string', unit: 'id', zeroAllowed: false, minLength: 1, maxLength: 100, ref };
}

const SCOPE_HELP: Record<(typeof SCOPE_IDS)[number], string> = {
  node: 'Process or host crashes of the primary per year (0.5 to 2 is common).',
  storage: "Losses of the primary's volume or disk per year (disk AFR is about 1.5%).",
  network: 'Partitions that cut the primary off from clients or peers per year.',
  zone: "Outages of the primary's availability zone or data centre per year.",
  region: 'Outages of the whole region per year.',
};

export const SCENARIO_FIELDS: readonly FieldSpec[] = [
  {
    path: 'schemaVersion',
    kind: 'enum',
    unit: '',
    label: 'Schema version',
    help: 'Version of the scenario format: 5 (files of versions 1 to 4 are read and brought up to date).',
    zeroAllowed: false,
    values: [5],
  },
  {
    path: 'name',
    kind: 'string',
    unit: 'text',
    label: 'Name',
    help: 'Display name of the scenario, plain text.',
    zeroAllowed: false,
    minLength: 1,
    maxLength: 120,
    pattern: '\\S',
    patternHint: 'must not be blank',
  },
  {
    path: 'description',
    kind: 'string',
    unit: 'text',
    label: 'Description',
    help: 'One sentence on who or what this scenario models.',
    zeroAllowed: false,
    maxLength: 500,
  },
  {
    path: 'currency',
    kind: 'string',
    unit: 'ISO 4217',
    label: 'Currency',
    help: 'Code of every money figure, e.g. USD or EUR.',
    zeroAllowed: false,
    pattern: '^[A-Z]{3}$',
    patternHint: 'must be a three-letter ISO 4217 code in capitals, e.g. "USD"',
    values: CURRENCY_CODES,
    valuesHint: 'is not the ISO 4217 code of a currency in use; write one such as "USD", "EUR" or "GBP"',
  },
  {
    path: 'horizonYears',
    kind: 'number',
    unit: 'years',
    label: 'Cost horizon',
    help: 'Years over which the proposal totals costs.',
    zeroAllowed: false,
    min: 1,
    max: 30,
    noun: 'number of years',
    unitWords: 'years',
  },
  money(
    {
      path: 'business.downtimeCostPerMinute',
      label: 'Downtime cost',
      help: 'Money lost per minute of full outage.',
    },
    'currency/min',
    'per minute',
  ),
  money(
    {
      path: 'business.dataLossCostPerSecond',
      label: 'Data-loss cost',
      help: 'Money lost per second of committed writes that are lost.',
    },
    'currency/s',
    'per second of data',
  ),
  fraction(
    {
      path: 'business.plannedWindowFactor',
      label: 'Planned-window factor',
      help: 'What a minute of planned maintenance costs, as a fraction of an unplanned minute (assumption).',
    },
    false,
  ),
  money(
    {
      path: 'business.riskTolerance',
      label: 'Risk tolerance',
      help: 'The loss in a year the business can absorb; the tail is told against it (how likely a year exceeds it).',
    },
    'currency/year',
    'per year',
  ),
  {
    ...fraction(
      {
        path: 'slo.target',
        label: 'Availability objective (SLO)',
        help: 'Share of each window the service must be up, e.g. 99.95%; checked month by month or quarter by quarter.',
      },
      true,
    ),
    min: 0.5,
  },
  {
    path: 'slo.window',
    kind: 'enum',
    unit: '',
    label: 'SLO window',
    help: 'The period the objective is measured over, as the contract states it.',
    zeroAllowed: false,
    values: ['month', 'quarter'],
  },
  {
    path: 'slo.excludePlannedMaintenance',
    kind: 'boolean',
    unit: '',
    label: 'Planned maintenance excluded from the SLO',
    help: 'Whether announced maintenance windows do not count against the objective (the usual contract term).',
    zeroAllowed: false,
  },
  duration(
    {
      path: 'targets.rtoSeconds',
      label: 'RTO target',
      help: 'Longest acceptable outage of an ordinary incident.',
    },
    false,
  ),
  duration(
    {
      path: 'targets.rpoSeconds',
      label: 'RPO target',
      help: 'Most data (seconds of writes) an ordinary incident may lose; 0 means none.',
    },
    true,
  ),
  duration(
    {
      path: 'targets.regionRtoSeconds',
      label: 'Region RTO target',
      help: 'Longest acceptable outage of a regional disaster.',
    },
    false,
  ),
  duration(
    {
      path: 'targets.regionRpoSeconds',
      label: 'Region RPO target',
      help: 'Most data (seconds of writes) a regional disaster may lose.',
    },
    true,
  ),
  fraction(
    {
      path: 'targets.confidence',
      label: 'Confidence',
      help: 'Fraction of incidents that must meet a target; write 0.95 for 95%.',
    },
    true,
  ),
  money(
    {
      path: 'costs.monthlyBudget',
      label: 'Monthly budget',
      help: 'Most the organisation will spend on infrastructure per month.',
    },
    'currency/month',
    'per month',
  ),
  fraction(
    {
      path: 'costs.overBudgetTolerance',
      label: 'Over-budget tolerance',
      help: 'Largest acceptable chance that an architecture costs more than the budget in a month.',
    },
    false,
  ),
  money(
    {
      path: 'costs.nodeMonthlyCost',
      label: 'Node cost',
      help: 'One database node of the size the service needs, compute only, per month.',
    },
    'currency/month',
    'per month',
  ),
  money(
    {
      path: 'costs.storageMonthlyCost',
      label: 'Storage cost',
      help: 'One copy of the data (volumes and backups) per month.',
    },
    'currency/month',
    'per month',
  ),
  money(
    {
      path: 'costs.crossRegionTransferMonthlyCost',
      label: 'Cross-region transfer',
      help: 'Shipping one copy of the writes to another region, per month.',
    },
    'currency/month',
    'per month',
  ),
  money(
    {
      path: 'costs.engineerDayRate',
      label: 'Engineer day rate',
      help: 'What a person-day of engineering costs, for the one-off effort of building an architecture.',
    },
    'currency/day',
    'per person-day',
  ),
  duration(
    {
      path: 'operations.healthCheckIntervalSeconds',
      label: 'Health-check interval',
      help: 'Time between load-balancer or DNS health checks.',
    },
    false,
  ),
  {
    path: 'operations.healthCheckFailureThreshold',
    kind: 'integer',
    unit: 'count',
    label: 'Failed checks to mark down',
    help: 'Consecutive failed health checks before a target is marked down.',
    zeroAllowed: false,
    min: 1,
    max: 20,
    noun: 'number of checks',
    unitWords: 'failed checks',
  },
  duration(
    { path: 'operations.dnsTtlSeconds', label: 'DNS TTL', help: 'TTL of the DNS records used for failover.' },
    true,
  ),
  duration(
    {
      path: 'operations.alertLatencySeconds',
      label: 'Alert latency',
      help: 'From a failure to an alert reaching a person.',
    },
    true,
  ),
  duration(
    {
      path: 'operations.humanResponseSeconds',
      label: 'Human response',
      help: 'Most likely time for a paged person to start acting (often at 2 a.m.).',
    },
    true,
  ),
  {
    path: 'operations.drillsPerYear',
    kind: 'number',
    unit: 'per year',
    label: 'Failover drills',
    help: 'Failover drills per year; 0 means the automation is never tested.',
    zeroAllowed: true,
    min: 0,
    max: 365,
    noun: 'number of drills per year',
    unitWords: 'drills per year',
  },
  duration(
    {
      path: 'operations.backupIntervalSeconds',
      label: 'Backup interval',
      help: 'Time between backups (or WAL archive pushes) that a restore starts from.',
    },
    false,
  ),
  ...SCOPE_IDS.map((scope): FieldSpec => ({
    path: `failureRates.${scope}`,
    kind: 'number',
    unit: 'per year',
    label: `${scope[0]?.toUpperCase() ?? ''}${scope.slice(1)} failures`,
    help: SCOPE_HELP[scope],
    zeroAllowed: true,
    min: 0,
    max: MAX_RATE_PER_YEAR,
    noun: 'rate per year',
    unitWords: 'per year',
  })),
  {
    path: 'failureDurations.regionOutage.medianHours',
    kind: 'number',
    unit: 'h',
    label: 'Regional outage, median',
    help: 'How long half of all regional outages last at most, before the region returns.',
    zeroAllowed: false,
    exclusiveMin: 0,
    smallest: 0.01,
    max: MAX_OUTAGE_HOURS,
    noun: 'number of hours',
    unitWords: 'hours',
  },
  {
    path: 'failureDurations.regionOutage.p95Hours',
    kind: 'number',
    unit: 'h',
    label: 'Regional outage, 95th percentile',
    help: 'How long 95% of regional outages last at most; at least the median.',
    zeroAllowed: false,
    exclusiveMin: 0,
    smallest: 0.01,
    max: MAX_OUTAGE_HOURS,
    noun: 'number of hours',
    unitWords: 'hours',
  },
  technology(
    {
      path: 'technology.activePassiveAsync',
      label: 'Active-passive async technology',
      help: 'Technology preset for the asynchronous active-passive pattern.',
    },
    'activePassiveAsync',
  ),
  technology(
    {
      path: 'technology.activePassiveSync',
      label: 'Active-passive sync technology',
      help: 'Technology preset for the synchronous active-passive pattern.',
    },
    'activePassiveSync',
  ),
  technology(
    {
      path: 'technology.activePassiveDr',
      label: 'Cross-region standby technology',
      help: 'Technology preset for in-region HA plus a warm standby in a second region.',
    },
    'activePassiveDr',
  ),
  technology(
    {
      path: 'technology.activeActive',
      label: 'Active-active technology',
      help: 'Data layer of the multi-region active-active pattern.',
    },
    'activeActive',
  ),
  technology(
    {
      path: 'technology.trafficLayer',
      label: 'Traffic layer',
      help: 'What moves clients to the new primary within a region (HAProxy, VIP, cloud load balancer).',
    },
    'trafficLayer',
  ),
  technology(
    {
      path: 'technology.globalTrafficLayer',
      label: 'Global traffic layer',
      help: 'What steers clients between regions (DNS failover, anycast).',
    },
    'trafficLayer',
  ),
  {
    path: 'topology.activeActiveRegions',
    kind: 'integer',
    unit: 'regions',
    label: 'Active-active regions',
    help: 'Regions that hold data and serve traffic in the active-active architecture.',
    zeroAllowed: false,
    min: 2,
    max: 9,
    noun: 'number of regions',
    unitWords: 'regions',
  },
  {
    path: 'topology.replicationFactor',
    kind: 'integer',
    unit: 'replicas',
    label: 'Replication factor',
    help: 'Voting replicas of each piece of data, a witness included (consensus layers).',
    zeroAllowed: false,
    min: 1,
    max: 15,
    noun: 'number of replicas',
    unitWords: 'replicas',
  },
  {
    path: 'topology.witnessRegion',
    kind: 'boolean',
    unit: '',
    label: 'Witness region',
    help: 'Whether one more region holds a voting witness: a vote, no data, no traffic.',
    zeroAllowed: false,
  },
  {
    path: 'benchmarkSet',
    kind: 'enum',
    unit: '',
    label: 'Benchmark set',
    help: "Figures to simulate with: the article's, or the sourced catalogue.",
    zeroAllowed: false,
    values: ['sourced', 'article'],
  },
  fraction(
    {
      path: 'assumptions.manualPathAfterDrill',
      label: 'Manual path after a drill',
      help: 'Chance that automation falls to the manual path right after a drill (assumption).',
    },
    false,
  ),
  fraction(
    {
      path: 'assumptions.manualPathUntested',
      label: 'Manual path, never tested',
      help: 'Chance that automation never tested falls to the manual path (assumption).',
    },
    false,
  ),
  {
    path: 'assumptions.driftYears',
    kind: 'number',
    unit: 'years',
    label: 'Configuration drift',
    help: 'Time constant of the growth of the manual-path chance after the last drill (assumption).',
    zeroAllowed: false,
    exclusiveMin: 0,
    max: 100,
    noun: 'number of years',
    unitWords: 'years',
  },
  fraction(
    {
      path: 'assumptions.syncDegradedProbability',
      label: 'Sync degraded to async',
      help: 'Chance that a synchronous pair had fallen back to async when the primary failed (assumption).',
    },
    false,
  ),
  {
    path: 'simulation.trials',
    kind: 'integer',
    unit: 'trials',
    label: 'Trials',
    help: 'Simulated years per pattern; more trials, smaller Monte Carlo error.',
    zeroAllowed: false,
    min: 1000,
    max: 5_000_000,
    noun: 'number of trials',
    unitWords: 'trials',
  },
  {
    path: 'simulation.seed',
    kind: 'integer',
    unit: '',
    label: 'Seed',
    help: 'Unsigned 32-bit seed; the same seed gives the same numbers everywhere.',
    zeroAllowed: true,
    min: 0,
    max: 4_294_967_295,
    noun: 'whole number',
    unitWords: '',
  },
];

/** The objects that group the leaves, with the text the schema and the form show for them. */
export const SCENARIO_GROUPS: readonly Text[] = [
  { path: 'business', label: 'Business impact', help: 'What an outage and lost data cost.' },
  {
    path: 'targets',
    label: 'Targets',
    help: 'RTO and RPO targets, ordinary and regional, and the confidence.',
  },
  {
    path: 'costs',
    label: 'Costs',
    help: 'Budget, the prices architectures are estimated from, quotes and one-off costs.',
  },
  {
    path: 'operations',
    label: 'Operations',
    help: 'Health checks, DNS, alerting, people, drills and backups.',
  },
  { path: 'failureRates', label: 'Failure rates', help: 'Incidents per year of each failure scope.' },
  { path: 'failureDurations', label: 'Failure durations', help: 'How long failures last on their own.' },
  {
    path: 'failureDurations.regionOutage',
    label: 'Regional outage',
    help: 'How long a whole region stays down: a lognormal by its median and 95th percentile, in hours.',
  },
  { path: 'technology', label: 'Technology', help: 'Catalogue ids of the technology behind each pattern.' },
  {
    path: 'topology',
    label: 'Topology',
    help: 'Where the replicas of the active-active data layer live.',
  },
  { path: 'assumptions', label: 'Assumptions', help: 'Modelling assumptions that have no public source.' },
  { path: 'simulation', label: 'Simulation', help: 'Number of trials and the random seed.' },
];

/**
 * The map of distribution overrides: keys from DISTRIBUTION_IDS, each value a triangular distribution
 * { min, mode, max } in seconds. `value` describes each of the three numbers; min ≤ mode ≤ max is checked
 * by the validator only (JSON Schema cannot compare two values).
 */
export const OVERRIDES_FIELD = {
  path: 'overrides',
  label: 'Distribution overrides',
  help: 'Replace any named distribution by a triangular one: least, most likely and greatest value.',
  value: duration({ path: 'overrides.*', label: 'Seconds', help: 'A duration of the override.' }, true),
  parts: {
    min: { label: 'Least', help: 'Least value.' },
    mode: { label: 'Most likely', help: 'Most likely value.' },
    max: { label: 'Greatest', help: 'Greatest value.' },
  },
} as const;

/**
 * Money ranges keyed by architecture id: monthly prices from a quote, and one-off costs. Each value is
 * { low, mostLikely, high } in the scenario's currency, low ≤ mostLikely ≤ high (checked by the validator).
 */
export const MONEY_RANGE_FIELDS = [
  {
    path: 'costs.quotes',
    label: 'Quoted monthly prices',
    help: 'Monthly infrastructure prices from a quote, by architecture id, replacing the estimate from components.',
    value: money(
      { path: 'costs.quotes.*', label: 'Amount', help: 'Per month.' },
      'currency/month',
      'per month',
    ),
  },
  {
    path: 'costs.oneOff',
    label: 'One-off costs',
    help: 'Implementation, migration and licences, by architecture id, replacing the effort estimate.',
    value: money({ path: 'costs.oneOff.*', label: 'Amount', help: 'Once.' }, 'currency', ''),
  },
] as const;

export const MONEY_RANGE_PARTS = {
  low: { label: 'Least', help: 'Least amount.' },
  mostLikely: { label: 'Most likely', help: 'Most likely amount.' },
  high: { label: 'Greatest', help: 'Greatest amount.' },
} as const;

/** Keys that could reach an object's prototype if ever assigned; rejected anywhere in a scenario. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
