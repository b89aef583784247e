import type { Scenario } from '../types';

/**
 * The example a newcomer sees first: an online shop's checkout, on PostgreSQL.
 * Every number is an input the user is expected to change; the sources are in the catalogue.
 */
export const DEFAULT_SCENARIO: Scenario = {
  schemaVersion: 1,
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
  },
  targets: {
    rtoSeconds: 60,
    rpoSeconds: 5,
    regionRtoSeconds: 24 * 3600,
    regionRpoSeconds: 3600,
    confidence: 0.95,
  },
  costs: {
    monthlyBudget: 12000,
    baselineMonthlyCost: 2000,
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
  technology: {
    activePassiveAsync: 'patroni-async',
    activePassiveSync: 'patroni-sync',
    activeActive: 'yugabytedb',
    trafficLayer: 'haproxy',
    globalTrafficLayer: 'dns-failover',
  },
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
};
