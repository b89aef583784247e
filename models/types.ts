/**
 * The shared vocabulary of HA Planner: scenarios in, results out.
 *
 * Units are part of every field name (…Seconds, …PerMinute, …PerYear, …Hours). Money is in the scenario's
 * currency, as plain numbers (not minor units). A probability is a fraction in [0, 1], never a percentage.
 */

export const PATTERN_IDS = [
  'single-node',
  'active-passive-async',
  'active-passive-sync',
  'active-passive-dr',
  'active-active',
] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

/** Failure scopes, each an independent Poisson process (docs/model.md, "Incidents"). */
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

/**
 * A money range as a quote or an estimate gives it (currency): least, most likely and greatest. The
 * planner draws from the triangular distribution over it; its mean, (low + mostLikely + high) / 3, is the
 * expected value.
 */
export interface MoneyRange {
  low: number;
  mostLikely: number;
  high: number;
}

/** The technology fields of a scenario, one per architecture that has a technology, plus traffic. */
export interface TechnologyChoice {
  /** Technology preset id for the active-passive asynchronous pattern. */
  activePassiveAsync: string;
  /** Technology preset id for the active-passive synchronous pattern. */
  activePassiveSync: string;
  /** Technology preset id for in-region HA plus a cross-region warm standby. */
  activePassiveDr: string;
  /** Technology preset id for the multi-region active-active data layer. */
  activeActive: string;
  /** Traffic layer in front of the database within a region (HAProxy, VIP, cloud LB …). */
  trafficLayer: string;
  /** Global traffic steering between regions (DNS failover, anycast …). */
  globalTrafficLayer: string;
}

/** Where the replicas of a multi-region active-active data layer live. */
export interface Topology {
  /** Regions that hold data replicas and serve traffic (count). */
  activeActiveRegions: number;
  /** Voting replicas of each piece of data, a witness's vote included (count). */
  replicationFactor: number;
  /** Whether one more region holds a voting witness (a vote, no data, no traffic). */
  witnessRegion: boolean;
}

/** How a drilled failover ended: the automation did it, or people had to. */
export const DRILL_OUTCOMES = ['automated', 'manual'] as const;
export type DrillOutcome = (typeof DRILL_OUTCOMES)[number];

/**
 * One failover drill as measured (seconds throughout). The phases are optional: a drill that timed only
 * the whole outage gives `outageSeconds` alone.
 */
export interface Drill {
  /** When it ran: an ISO 8601 date (2026-03-14) or date and time (2026-03-14T10:30:00Z; UTC when no zone). */
  date: string;
  scope: ScopeId;
  architecture: PatternId;
  outcome: DrillOutcome;
  /** From the injected failure to the first successful write, seconds. */
  outageSeconds: number;
  /** Committed writes missing afterwards, seconds of data. */
  dataLossSeconds: number;
  /** Catalogue id of the technology drilled; absent: the scenario's technology for the architecture. */
  technology?: string;
  detectionSeconds?: number;
  decisionSeconds?: number;
  promotionSeconds?: number;
  rerouteSeconds?: number;
  /** Plain text. */
  note?: string;
}

/** The measured failovers of a scenario, which recalibrate its model (models/calibration). */
export interface DrillLog {
  /**
   * The date the calibration is made as of (ISO 8601, as a drill's date): the time since the last drill is
   * counted to it. Absent: the latest drill's date.
   */
  asOf?: string;
  drills: Drill[];
}

/**
 * Figures measured drills replaced, as the engine reads them: set by models/calibration on the copy of a
 * scenario it hands to the engine, never saved or read from a file.
 */
export interface CalibratedFigures {
  /** Distributions replaced, by distribution id (seconds). */
  distributions: Partial<Record<string, Dist>>;
  /** Chance that an automated failover falls to people, by architecture (fraction). */
  manualPathProbability: Partial<Record<PatternId, number>>;
}

/**
 * Where the values of a scenario come from: the origin of the whole (a preset, the planner's defaults, or a
 * file written before provenance was recorded), and the inputs typed or confirmed for the client, which
 * override it. An input's source is `client` when listed, else the origin's (see models/scenario/provenance.ts).
 */
export type ProvenanceOrigin =
  | { kind: 'preset'; /** The preset's id, e.g. "payments-ledger". */ preset: string; name: string }
  | { kind: 'defaults' }
  | { kind: 'file' };

export interface Provenance {
  origin: ProvenanceOrigin;
  /** Paths of the inputs typed or confirmed for this client, in the order of the field table. */
  client: string[];
}

/** Where one input's value comes from. */
export type InputSource = 'client' | 'preset' | 'assumed' | 'file';

export interface Scenario {
  schemaVersion: 5;
  /** Display name, e.g. "Checkout service". Plain text, never markup. */
  name: string;
  /** One sentence on who or what this scenario models. */
  description: string;
  /** ISO 4217 code of every money figure, e.g. "USD". */
  currency: string;
  /** Years over which costs are totalled and architectures ranked (total cost of ownership horizon). */
  horizonYears: number;
  business: {
    /** Money lost per minute of full outage (currency per minute). */
    downtimeCostPerMinute: number;
    /** Money lost per second of committed writes that are lost (currency per second of data). */
    dataLossCostPerSecond: number;
    /**
     * What a minute of planned maintenance costs, as a fraction of an unplanned minute (announced, in a
     * quiet window). An assumption.
     */
    plannedWindowFactor: number;
    /**
     * The loss in a year the organisation can absorb (currency per year): the tail is told against it (how
     * likely a year's loss is to exceed it).
     */
    riskTolerance: number;
  };
  /** An availability objective, checked window by window (a month or a quarter), as contracts state it. */
  slo: {
    /** Fraction of the window the service must be up, e.g. 0.9995. */
    target: number;
    window: SloWindow;
    /** Planned maintenance does not count against the objective (the usual contract term). */
    excludePlannedMaintenance: boolean;
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
    /** Largest acceptable chance that an architecture's monthly cost exceeds the budget (fraction). */
    overBudgetTolerance: number;
    /** One database node of the size the service needs, compute only (currency per month). */
    nodeMonthlyCost: number;
    /** One copy of the data: its volumes and backups (currency per month). */
    storageMonthlyCost: number;
    /** Shipping one copy of the writes to another region (currency per month). */
    crossRegionTransferMonthlyCost: number;
    /** What a day of an engineer's work costs, for one-off effort (currency per person-day). */
    engineerDayRate: number;
    /** Monthly prices from a quote, replacing the estimate from components (currency per month). */
    quotes: Partial<Record<PatternId, MoneyRange>>;
    /** One-off costs (implementation, migration, licences), replacing the effort estimate (currency). */
    oneOff: Partial<Record<PatternId, MoneyRange>>;
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
  /** How long failures last on their own, before anyone repairs anything. */
  failureDurations: {
    /** A regional outage: lognormal by its median and 95th percentile, hours. */
    regionOutage: { medianHours: number; p95Hours: number };
  };
  technology: TechnologyChoice;
  topology: Topology;
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
  /** Failovers the team has drilled and measured. */
  drillLog: DrillLog;
  /** Where each input's value comes from: the client, a preset, or an assumption. */
  provenance: Provenance;
  /** Only on the engine's copy of a calibrated scenario (see CalibratedFigures). */
  calibrated?: CalibratedFigures;
}

/** Confidence labels of the catalogue, plus `assumption` for figures with no source. */
export type Confidence = 'V-src' | 'V-doc' | 'V-copy' | '2nd' | 'UNVERIFIED' | 'assumption';

/**
 * What kind of statement a figure is; `procedure` is a documented command or console action that a runbook
 * step follows.
 */
export type FigureKind = 'claim' | 'default' | 'measurement' | 'model' | 'survey' | 'procedure';

/** One sourced fact of the catalogue. */
export interface Figure {
  /** Stable id, e.g. "PAT-6" or "ART-1" (the article). */
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
  /** Vendor claim, shipped default, measurement, computed model or survey. */
  kind: FigureKind;
  /** Caveat a decision-maker should know, e.g. "a computed model, not a measurement". */
  note?: string;
  /** Address of the page the figure was read at (otherwise see `sourceUrls`). */
  url?: string;
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

/**
 * How a data layer replicates: async (a standby may lag), sync (a standby acknowledges every commit),
 * consensus (a majority of voting replicas acknowledges every commit), async-multi-master (every region
 * takes writes and ships them to the others afterwards).
 */
export type ReplicationMode = 'async' | 'sync' | 'consensus' | 'async-multi-master';

/** The scenario field (and architecture) a technology preset can fill. */
export type TechnologySlot = 'activePassiveAsync' | 'activePassiveSync' | 'activePassiveDr' | 'activeActive';

/** The data layer's part of one automated failover. */
export interface FailoverPhases {
  /** Time until the failure is noticed (lease expiry, heartbeat timeout), seconds. */
  detection: SourcedDist;
  /** Election / lock / lease decision, seconds. */
  decision: SourcedDist;
  /** Promotion of the new primary (or leaseholder acquisition), seconds. */
  promotion: SourcedDist;
}

/** How a data layer takes over from another region when a whole region is lost. */
export interface CrossRegionProfile {
  /**
   * How the regions replicate: async (a standby that may lag), sync (every commit reaches the other region
   * first), consensus (a majority of voting replicas across regions), or async multi-master.
   */
  replication: ReplicationMode;
  /** Who starts the cross-region failover: the data layer itself, or people following a runbook. */
  decidedBy: 'automation' | 'people';
  /** Automation only: time until the data layer notices the region is gone, seconds. */
  detection?: SourcedDist;
  /** The decision: an election or lease (automation), or people deciding not to wait (seconds). */
  decision: SourcedDist;
  /** Promotion of the other region's copy to take writes, seconds. */
  promotion: SourcedDist;
  /** Pilot light: scaling the standby up to take the load, seconds. */
  scaleUp?: SourcedDist;
  /**
   * Seconds of writes lost by taking over: the standby's lag (async), every region's lag (multi-master),
   * or, for consensus, what the surviving minority had not yet received when the quorum was lost.
   */
  replicationLag?: SourcedDist;
}

/** A count of billed units as a range: least, most likely and greatest. */
export interface CountRange {
  low: number;
  mostLikely: number;
  high: number;
}

/**
 * What an architecture built on a technology is billed, in units of the scenario's own prices: nodes at
 * its node cost, copies of the data at its storage cost, copies of the writes shipped to another region at
 * its cross-region transfer cost, and a premium (managed service or licence) on the nodes.
 */
export interface PresetCost {
  /** Nodes billed, as multiples of one node of the scenario (a managed standby billed at 2× counts 2). */
  nodes: CountRange;
  /** Copies of the data stored. */
  storageCopies: CountRange;
  /** Copies of the writes shipped to another region. */
  crossRegionCopies: number;
  /** Premium on the nodes, a fraction (0.25: a quarter more than self-managed nodes). */
  premium: CountRange;
  /**
   * Active-active: the counts above are per data replica (consensus) or per region (multi-master), and
   * cross-region copies are one per region beyond the first; the scenario's topology sets how many.
   */
  per?: 'replica' | 'region';
  figures: string[];
  assumption: boolean;
  note: string;
}

/** Planned downtime for patches and upgrades: switchovers or restarts. */
export interface Maintenance {
  /** Planned events per year. */
  eventsPerYear: number;
  /** Downtime of one event, seconds. */
  secondsPerEvent: number;
  figures: string[];
  assumption: boolean;
  note: string;
}

/** One-off effort to build an architecture (implementation, migration, testing), person-days. */
export interface OneOffEffort {
  days: CountRange;
  figures: string[];
  assumption: boolean;
  note: string;
}

/** A database or cluster manager, with what one failover takes and what it costs. */
export interface TechnologyPreset extends FailoverPhases {
  id: string;
  name: string;
  /** The architecture it builds. */
  slot: TechnologySlot;
  /** How it replicates within a region, which sets the data lost by an ordinary failover. */
  replication: 'async' | 'sync' | 'consensus';
  /** Replication lag at the moment of failure, seconds of data (async; sync while degraded). */
  replicationLag?: SourcedDist;
  /** DR standby and active-active: taking over from another region. */
  crossRegion?: CrossRegionProfile;
  /** Active-active with consensus: where replicas live by default. */
  topology?: Topology;
  cost: PresetCost;
  maintenance: Maintenance;
  oneOff: OneOffEffort;
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
  /** Technology presets in this set (ids into the catalogue). */
  technologies: string[];
  /** Default choices for a scenario on this set. */
  defaults: TechnologyChoice;
  /** The single node: what it is billed, its planned maintenance, the effort to build it (none). */
  singleNode: { cost: PresetCost; maintenance: Maintenance; oneOff: OneOffEffort };
  /** Recovery without failover, seconds: pure repair times (people's time is added by the engine). */
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

/** Where the time of an ordinary incident's outage goes (the timeline chart). */
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

/** A money range with the mean of its triangular distribution. */
export interface CostRange extends MoneyRange {
  /** Mean of the triangular distribution over the range: (low + mostLikely + high) / 3. */
  expected: number;
}

/** The window an availability objective is measured over. */
export type SloWindow = 'month' | 'quarter';

/** One scope's incidents of one architecture: what a drill of that scope should show. */
export interface ScopeResult {
  /** Simulated incidents of this scope per simulated year. */
  incidentsPerYear: number;
  /** Outage per incident, seconds. */
  outageSeconds: Stats;
  /** Committed writes lost per incident, seconds of data. */
  lostSeconds: Stats;
  /** Share of the scope's incidents that met its RTO / RPO target (the regional targets for a region). */
  meetsRto: number;
  meetsRpo: number;
  /** Share of the incidents with an automated path whose automation fell to people. */
  manualShare: number;
}

/** The availability objective, window by window, for one architecture. */
export interface SloResult {
  /** Downtime the objective allows over each period, minutes (a month is 365.25 / 12 days). */
  allowedMinutes: { day: number; week: number; month: number; quarter: number; year: number };
  /** … over the objective's own window, minutes. */
  allowedMinutesPerWindow: number;
  /** Downtime per window, minutes: simulated windows, not a year divided up. */
  windowDowntimeMinutes: Stats;
  /** Chance that a window's downtime exceeds what the objective allows. */
  breachProbability: number;
  /** Mean share of a window's allowed downtime used (may exceed 1). */
  expectedBudgetUsed: number;
}

/** The tail of one architecture, in the terms a risk owner asks about. */
export interface TailResult {
  /** Chance that a year's loss (downtime and data) exceeds the scenario's risk tolerance. */
  lossExceedsTolerance: number;
  /** Share of ordinary incidents whose outage exceeds the RTO target. */
  shareOverRto: number;
  /** Share of all incidents, regional ones included, whose outage lasts an hour or more. */
  shareOverOneHour: number;
}

export interface PatternResult {
  id: PatternId;
  name: string;
  /** Monthly infrastructure cost (currency per month): from a quote or from components. */
  monthlyInfraCost: CostRange;
  /** Chance that the monthly cost exceeds the budget (fraction). */
  overBudgetProbability: number;
  /** One-off cost to build the architecture (currency). */
  oneOffCost: CostRange;
  incidentsPerYear: number;
  /** Outage per ordinary incident (node, storage, network, zone), seconds. */
  incidentRtoSeconds: Stats;
  /** Data lost per ordinary incident, seconds of writes. */
  incidentRpoSeconds: Stats;
  /** Outage per regional incident, seconds. */
  regionRtoSeconds: Stats;
  /** Data lost per regional incident, seconds. */
  regionRpoSeconds: Stats;
  /**
   * How regional incidents ended: the share that ended when the region returned, and the share recovered
   * elsewhere (rebuild, failover); both null when no regional incident was simulated.
   */
  regionRecovery: { returned: number | null; elsewhere: number | null };
  /** Unplanned downtime per year (incidents), minutes. */
  annualDowntimeMinutes: Stats;
  /** Downtime loss + data-loss cost per year (currency). */
  annualLoss: Stats;
  /** Infrastructure (drawn from its range) + maintenance + the year's losses (currency per year). */
  annualTotalCost: Stats;
  /** One-off + horizonYears × (infrastructure + maintenance) + the horizon's losses (currency). */
  horizonTotalCost: Stats;
  /** Expected annual cost split for the stacked chart (currency per year). */
  annualCostBreakdown: { infrastructure: number; maintenance: number; downtime: number; dataLoss: number };
  /** Planned maintenance downtime per year, minutes (expected). */
  maintenanceMinutesPerYear: number;
  /** 1 − expected unplanned downtime / year of 365.25 days. */
  availability: number;
  /** 1 − (expected unplanned downtime + planned maintenance) / year. */
  availabilityWithMaintenance: number;
  /** Fraction of the incidents of each target's scopes that meet it. */
  meetsTargets: { rto: number; rpo: number; regionRto: number; regionRpo: number };
  /** overBudgetProbability ≤ the scenario's tolerance. */
  withinBudget: boolean;
  feasible: boolean;
  /** Mean seconds per ordinary incident spent in each phase (timeline chart). */
  phaseMeansSeconds: Record<PhaseId, number>;
  /** Fraction of incidents with an automated path where automation failed and people took over. */
  manualPathShare: number;
  /** Standard error and 95% interval of the expected horizon total cost. */
  convergence: { standardError: number; low: number; high: number; converged: boolean };
  /** Curves for charts (bounded number of points). */
  curves: { rto: CurvePoint[]; rpo: CurvePoint[]; lossExceedance: CurvePoint[] };
  /** Each scope on its own (drill expectations). */
  perScope: Record<ScopeId, ScopeResult>;
  /** The availability objective window by window; null when no window run was made. */
  slo: SloResult | null;
  tail: TailResult;
}

export interface BreakEven {
  from: PatternId;
  to: PatternId;
  /**
   * Downtime cost per minute at which both expected horizon totals are equal; null when the lines never
   * cross at a cost ≥ 0, or when the crossing is not resolved beyond the simulation's noise.
   */
  downtimeCostPerMinute: number | null;
  /** Whether the two lines' slopes differ beyond the noise (else they are indistinguishable). */
  resolved: boolean;
  /** 95% interval of the crossing (currency per minute, from 0 up), when resolved and the lines cross. */
  interval: { low: number; high: number } | null;
}

/**
 * Where a missed target comes from. An outage target: the failovers that fall to people, when they are
 * frequent enough to breach the confidence level on their own, else the phase that takes longest on
 * average; for a region, waiting for the region or rebuilding elsewhere. A loss target: replication lag, or
 * the writes since the last backup for an architecture that restores from backups.
 */
export type MissCause =
  | { kind: 'manual-path'; share: number }
  | { kind: 'phase'; phase: PhaseId; meanSeconds: number }
  | { kind: 'region-outage'; returnedShare: number | null }
  | { kind: 'replication-lag' }
  | { kind: 'backups'; intervalSeconds: number };

/** The numbers behind one sentence of a recommendation; the app, the CLI and the PDF each word it. */
export type Finding =
  | { kind: 'meets-rto'; share: number; target: number; atConfidence: number }
  | { kind: 'meets-rpo'; share: number; target: number; atConfidence: number }
  | {
      kind: 'region-within';
      rto: number;
      rpo: number;
      rtoTarget: number;
      rpoTarget: number;
    }
  | {
      kind: 'within-budget';
      monthly: CostRange;
      budget: number;
      overBudgetProbability: number;
      tolerance: number;
    }
  | {
      kind: 'cheapest';
      horizonYears: number;
      total: number;
      runnerUp: PatternId | null;
      gap: number;
      /** true when the gap is within twice the standard error of the difference. */
      tied: boolean;
    }
  | { kind: 'availability'; availability: number; downtimeMinutes: number }
  | {
      kind: 'over-budget';
      monthly: CostRange;
      budget: number;
      overBudgetProbability: number;
      tolerance: number;
    }
  | {
      kind: 'misses-target';
      target: 'rto' | 'rpo' | 'regionRto' | 'regionRpo';
      atConfidence: number;
      targetValue: number;
      share: number;
      confidence: number;
      /** Where the miss comes from. */
      cause: MissCause;
    }
  | { kind: 'costs-more'; extra: number; total: number; bestTotal: number; horizonYears: number }
  | { kind: 'cheaper-but-infeasible'; saving: number; horizonYears: number };

/** A change of inputs that would make the closest architecture feasible. */
export type Remedy =
  | { kind: 'raise-budget'; budget: number; more: number }
  | {
      kind: 'accept-target';
      target: 'rto' | 'rpo' | 'regionRto' | 'regionRpo';
      value: number;
    };

/**
 * The recommendation as numbers: each finding and remedy says what was measured, never how to word it. The
 * app, the CLI and the PDF each write their sentences from these (one formatter per concept).
 */
export interface Recommendation {
  /** The recommended pattern, or, when none is feasible, the closest one. */
  pattern: PatternId;
  feasible: boolean;
  /** Why this pattern: its strengths when feasible, what blocks it when not. */
  findings: Finding[];
  /** For each other pattern, why it lost. */
  others: { pattern: PatternId; findings: Finding[] }[];
  /** When nothing is feasible: what change of inputs would make `pattern` feasible. */
  remedies: Remedy[];
}

export interface SimulationResult {
  /** Version of the results format; 4 added the report's `calibration` from a drill log. */
  schemaVersion: 4;
  scenario: string;
  trials: number;
  seed: number;
  benchmarkSet: BenchmarkSetId;
  horizonYears: number;
  converged: boolean;
  recommendation: Recommendation;
  patterns: PatternResult[];
  breakEven: BreakEven[];
  /** The availability objective the SLO figures are for. */
  slo: Scenario['slo'];
  /** The loss per year the tail is told against (currency). */
  riskTolerance: number;
}
