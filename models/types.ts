/**
 * The shared vocabulary of HA Planner: scenarios in, results out.
 *
 * Units are part of every field name (…Seconds, …PerMinute, …PerYear). Money is in the scenario's
 * currency, as plain numbers (not minor units). A probability is a fraction in [0, 1], never a percentage.
 */

export const PATTERN_IDS = [
  'single-node',
  'active-passive-async',
  'active-passive-sync',
  'active-active',
] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

/** Failure scopes, each an independent Poisson process (model.md §2). */
export const SCOPE_IDS = ['node', 'storage', 'network', 'zone', 'region'] as const;
export type ScopeId = (typeof SCOPE_IDS)[number];
/** The scopes held to the ordinary RTO/RPO targets; `region` has targets of its own. */
export const ORDINARY_SCOPES: readonly ScopeId[] = ['node', 'storage', 'network', 'zone'];

export type BenchmarkSetId = 'article' | 'sourced';

/** A duration override as people think of it: least, most likely and greatest value, in seconds. */
export interface TriangularSeconds {
  min: number;
  mode: number;
  max: number;
}

export interface Scenario {
  schemaVersion: 1;
  /** Display name, e.g. "Checkout service". Plain text, never markup. */
  name: string;
  /** One sentence on who or what this scenario models. */
  description: string;
  /** ISO 4217 code of every money figure, e.g. "USD". */
  currency: string;
  /** Years over which the proposal totals costs (total cost of ownership horizon). */
  horizonYears: number;
  business: {
    /** Money lost per minute of full outage (currency per minute). */
    downtimeCostPerMinute: number;
    /** Money lost per second of committed writes that are lost (currency per second of data). */
    dataLossCostPerSecond: number;
  };
  targets: {
    /** RTO for ordinary incidents (node, storage, network, zone), seconds. */
    rtoSeconds: number;
    /** RPO for ordinary incidents, seconds of data; 0 means no loss is acceptable. */
    rpoSeconds: number;
    /** RTO for a regional disaster, seconds. */
    regionRtoSeconds: number;
    /** RPO for a regional disaster, seconds of data. */
    regionRpoSeconds: number;
    /** Fraction of incidents that must meet a target, e.g. 0.95. */
    confidence: number;
  };
  costs: {
    /** Most the organisation will spend on infrastructure per month (currency per month). */
    monthlyBudget: number;
    /** Monthly infrastructure cost of the single-node baseline (currency per month). */
    baselineMonthlyCost: number;
  };
  operations: {
    /** Load-balancer / DNS health-check interval, seconds. */
    healthCheckIntervalSeconds: number;
    /** Consecutive failed checks before a target is marked down (count). */
    healthCheckFailureThreshold: number;
    /** TTL of DNS records used for failover, seconds. */
    dnsTtlSeconds: number;
    /** From a failure to an alert reaching a person, seconds. */
    alertLatencySeconds: number;
    /** Most likely time for a paged person to start acting, seconds (often at 2 a.m.). */
    humanResponseSeconds: number;
    /** Failover drills per year (0 = never tested). */
    drillsPerYear: number;
    /** Time between backups (or WAL archive pushes) that a restore starts from, seconds. */
    backupIntervalSeconds: number;
  };
  /** Incidents per year for each scope. */
  failureRates: Record<ScopeId, number>;
  technology: {
    /** Technology preset id for the active-passive asynchronous pattern. */
    activePassiveAsync: string;
    /** Technology preset id for the active-passive synchronous pattern. */
    activePassiveSync: string;
    /** Technology preset id for the multi-region active-active data layer. */
    activeActive: string;
    /** Traffic layer in front of the database within a region (HAProxy, VIP, cloud LB …). */
    trafficLayer: string;
    /** Global traffic steering between regions (DNS failover, anycast …). */
    globalTrafficLayer: string;
  };
  benchmarkSet: BenchmarkSetId;
  /** Modelling assumptions that have no public source; each is shown labelled as an assumption. */
  assumptions: {
    /** Chance that automation falls to the manual path right after a drill (fraction). */
    manualPathAfterDrill: number;
    /** Chance that an automation never tested falls to the manual path (fraction). */
    manualPathUntested: number;
    /** Years over which an untested configuration drifts (time constant of the growth, years). */
    driftYears: number;
    /** Chance that a synchronous pair had fallen back to async when the primary failed (fraction). */
    syncDegradedProbability: number;
  };
  /** Overrides of any named distribution (see `distributionTable`), keyed by its id. */
  overrides: Record<string, TriangularSeconds>;
  simulation: {
    /** Simulated years per pattern. */
    trials: number;
    /** Unsigned 32-bit seed; the same seed gives the same numbers everywhere. */
    seed: number;
  };
}

/** Confidence labels of research/benchmarks.md, plus `assumption` for figures with no source. */
export type Confidence = 'V-src' | 'V-doc' | 'V-copy' | '2nd' | 'UNVERIFIED' | 'assumption';

/** One sourced fact of the catalogue. */
export interface Figure {
  /** Stable id, e.g. "PAT-6" (benchmarks.md row) or "ART-1" (the article). */
  id: string;
  /** What is measured, e.g. "Patroni failover, node down (Pigsty fast preset)". */
  subject: string;
  /** The value as quoted, e.g. "16 / 23 / 29 s (min / avg / max)". */
  value: string;
  /** Where it comes from: an address or a document title. */
  source: string;
  /** Date or version where known, e.g. "2023-11-06" or "Patroni 3.2". */
  date?: string;
  confidence: Confidence;
  /** Caveat a decision-maker should know, e.g. "a computed model, not a measurement". */
  note?: string;
}

/** A distribution of a non-negative quantity (seconds unless named otherwise). */
export type Dist =
  | { kind: 'fixed'; value: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'triangular'; min: number; mode: number; max: number }
  /** Lognormal given by its median and 95th percentile, capped at `max`. */
  | { kind: 'lognormal'; median: number; p95: number; max: number }
  /** Pick one part with probability proportional to its weight. */
  | { kind: 'mixture'; parts: { weight: number; dist: Dist; label: string }[] };

/** A distribution with its provenance, as the catalogue stores it. */
export interface SourcedDist {
  dist: Dist;
  /** Figure ids that justify it. Empty only for an assumption. */
  figures: string[];
  /** true when the value (or its split into phases) is our assumption rather than a quoted figure. */
  assumption: boolean;
  note?: string;
}

export type ReplicationMode = 'async' | 'sync' | 'consensus' | 'async-multi-master';

/** A database or cluster manager with the phases of one automated failover. */
export interface TechnologyPreset {
  id: string;
  name: string;
  /**
   * Replication mode it runs in, which sets data loss and the pattern slot it can fill:
   * async → active-passive-async; sync → active-passive-sync; consensus or async-multi-master → active-active.
   */
  replication: ReplicationMode;
  /** Time until the failure is noticed (lease expiry, heartbeat timeout), seconds. */
  detection: SourcedDist;
  /** Election / lock / lease decision, seconds. */
  decision: SourcedDist;
  /** Promotion of the new primary (or leaseholder acquisition), seconds. */
  promotion: SourcedDist;
  /** Replication lag at the moment of failure, seconds of data (async and async-multi-master only). */
  replicationLag?: SourcedDist;
  /** Settings the figures assume, shown in the implementation plan, e.g. { ttl: "20 s" }. */
  settings: Record<string, string>;
  /** Operations the figures assume (used by calibration tests and shown as advice). */
  assumedOperations?: Partial<Scenario['operations']>;
  summary: string;
}

/** How traffic follows a failover: a health check marks the old target down, then clients move. */
export interface TrafficLayer {
  id: string;
  name: string;
  /** true when clients also wait out a DNS cache: adds U(0, TTL) of the scenario's DNS TTL. */
  usesDnsTtl: boolean;
  /** Extra time beyond the health check (ARP, target registration, propagation), seconds. */
  extra: SourcedDist;
  summary: string;
}

/** What a benchmark set fixes beyond the technology presets. */
export interface BenchmarkSet {
  id: BenchmarkSetId;
  name: string;
  summary: string;
  /** Monthly infrastructure multiplier of each pattern relative to single-node. */
  costMultiplier: Record<
    PatternId,
    { low: number; expected: number; high: number; figures: string[]; note?: string }
  >;
  /** Technology presets in this set (ids into the catalogue). */
  technologies: string[];
  /** Default choices for a scenario on this set. */
  defaults: Scenario['technology'];
  /** Recovery without failover (model.md §4), seconds. */
  recovery: {
    /** Single node: automatic restart or host replacement after a crash (disk survives). */
    nodeRestart: SourcedDist;
    /** Restore of the primary's volume from backup. */
    storageRestore: SourcedDist;
    /** A network partition that heals on its own. */
    networkPartition: SourcedDist;
    /** Rebuild in another zone from the off-site backup. */
    zoneRebuild: SourcedDist;
    /** Rebuild in another region from the off-site backup. */
    regionRebuild: SourcedDist;
    /** A person promoting the standby by hand (manual path), after alert and response. */
    manualFailover: SourcedDist;
  };
}

/** Mean, median and tail of a quantity over the trials (or incidents). */
export interface Stats {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
}

export type PhaseId = 'detection' | 'decision' | 'promotion' | 'reroute' | 'manual' | 'recovery';
export const PHASE_IDS: readonly PhaseId[] = [
  'detection',
  'decision',
  'promotion',
  'reroute',
  'manual',
  'recovery',
];

/** A cumulative curve: x ascending, p = P(X ≤ x) (or P(X > x) for exceedance). */
export interface CurvePoint {
  x: number;
  p: number;
}

export interface PatternResult {
  id: PatternId;
  name: string;
  /** Monthly infrastructure cost: baseline × multiplier range (currency per month). */
  monthlyInfraCost: { low: number; expected: number; high: number };
  incidentsPerYear: number;
  /** Outage per ordinary incident (node, storage, network, zone), seconds. */
  incidentRtoSeconds: Stats;
  /** Data lost per ordinary incident, seconds of writes. */
  incidentRpoSeconds: Stats;
  /** Outage per regional incident, seconds. */
  regionRtoSeconds: Stats;
  /** Data lost per regional incident, seconds. */
  regionRpoSeconds: Stats;
  annualDowntimeMinutes: Stats;
  /** Downtime loss + data-loss cost per year (currency). */
  annualLoss: Stats;
  /** 12 × expected monthly infrastructure + annual loss (currency). */
  annualTotalCost: Stats;
  /** Expected annual cost split for the stacked chart (currency per year). */
  annualCostBreakdown: { infrastructure: number; downtime: number; dataLoss: number };
  /** 1 − expected downtime / year of 365.25 days. */
  availability: number;
  /** Fraction of the incidents of each target's scopes that meet it. */
  meetsTargets: { rto: number; rpo: number; regionRto: number; regionRpo: number };
  withinBudget: boolean;
  feasible: boolean;
  /** Mean seconds per incident spent in each phase (timeline chart). */
  phaseMeansSeconds: Record<PhaseId, number>;
  /** Fraction of covered incidents where automation failed and people took over. */
  manualPathShare: number;
  /** Standard error and 95% interval of the expected annual total cost. */
  convergence: { standardError: number; low: number; high: number; converged: boolean };
  /** Curves for charts (bounded number of points). */
  curves: { rto: CurvePoint[]; rpo: CurvePoint[]; lossExceedance: CurvePoint[] };
}

export interface BreakEven {
  from: PatternId;
  to: PatternId;
  /** Downtime cost per minute at which both expected annual totals are equal; null if never (for costs ≥ 0). */
  downtimeCostPerMinute: number | null;
}

export interface Recommendation {
  /** The recommended pattern, or, when none is feasible, the closest one. */
  pattern: PatternId;
  feasible: boolean;
  /** Sentences built from the numbers. */
  reasons: string[];
  /** For each other pattern, why it lost. */
  others: { pattern: PatternId; reasons: string[] }[];
  /** When nothing is feasible: what change of inputs would make `pattern` feasible. */
  remedies: string[];
}

export interface SimulationResult {
  schemaVersion: 1;
  scenario: string;
  trials: number;
  seed: number;
  benchmarkSet: BenchmarkSetId;
  converged: boolean;
  recommendation: Recommendation;
  patterns: PatternResult[];
  breakEven: BreakEven[];
}
