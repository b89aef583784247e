import type { Scenario } from '../types';

/**
 * The example a newcomer sees first: an online shop's checkout, on PostgreSQL.
 * Every number is an input the user is expected to change; the sources are in the catalogue.
 */
export const DEFAULT_SCENARIO: Scenario = {
  schemaVersion: 5,
  name: 'E-commerce checkout',
  description:
    'An online shop whose checkout and orders database must stay up through a node or zone failure.',
  currency: 'USD',
  horizonYears: 3,
  business: {
    // Gartner's widely quoted average (2014), figure DT-1.
    downtimeCostPerMinute: 5600,
    // Orders written in a second that would have to be re-keyed or refunded (assumption).
    dataLossCostPerSecond: 200,
    // A planned minute, announced and in a quiet hour, costs a quarter of an unplanned one (assumption).
    plannedWindowFactor: 0.25,
    // A year's loss the business can absorb without a board-level event (assumption).
    riskTolerance: 1_000_000,
  },
  // A common contract term for a customer-facing service: 99.95% a month, maintenance excluded.
  slo: { target: 0.9995, window: 'month', excludePlannedMaintenance: true },
  targets: {
    rtoSeconds: 60,
    rpoSeconds: 5,
    regionRtoSeconds: 24 * 3600,
    regionRpoSeconds: 3600,
    confidence: 0.95,
  },
  costs: {
    monthlyBudget: 12000,
    overBudgetTolerance: 0.1,
    nodeMonthlyCost: 1500,
    storageMonthlyCost: 500,
    // About 2 TB of writes a month at $0.02 per GB (assumption).
    crossRegionTransferMonthlyCost: 40,
    engineerDayRate: 1000,
    quotes: {},
    oneOff: {},
  },
  operations: {
    // The article asks for health checks every 5 s or less.
    healthCheckIntervalSeconds: 5,
    healthCheckFailureThreshold: 3,
    dnsTtlSeconds: 60,
    alertLatencySeconds: 60,
    humanResponseSeconds: 15 * 60,
    drillsPerYear: 4,
    backupIntervalSeconds: 3600,
  },
  failureRates: {
    node: 1.0,
    storage: 0.05,
    network: 0.3,
    zone: 0.3,
    region: 0.05,
  },
  failureDurations: {
    // AWS service-region events in 2024: median 1.88 h, 95th percentile 21.8 h (figure FR-5).
    regionOutage: { medianHours: 1.9, p95Hours: 21.8 },
  },
  technology: {
    activePassiveAsync: 'patroni-async',
    activePassiveSync: 'patroni-sync',
    activePassiveDr: 'patroni-standby-cluster',
    activeActive: 'yugabytedb',
    trafficLayer: 'haproxy',
    globalTrafficLayer: 'dns-failover',
  },
  topology: { activeActiveRegions: 3, replicationFactor: 3, witnessRegion: false },
  benchmarkSet: 'sourced',
  assumptions: {
    manualPathAfterDrill: 0.01,
    manualPathUntested: 0.15,
    driftYears: 1.5,
    syncDegradedProbability: 0.02,
  },
  overrides: {},
  simulation: {
    trials: 100000,
    seed: 20261125,
  },
  drillLog: { drills: [] },
  // The example is the first preset: every value is the preset's until typed for a client.
  provenance: {
    origin: { kind: 'preset', preset: 'ecommerce-checkout', name: 'E-commerce checkout' },
    client: [],
  },
};
