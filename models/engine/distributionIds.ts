/**
 * Every distribution a user may override (scenario.overrides), by id.
 * The engine's distribution table lists each with its preset value and source.
 */
export const DISTRIBUTION_IDS = [
  'active-passive-async.detection',
  'active-passive-async.decision',
  'active-passive-async.promotion',
  'active-passive-async.replicationLag',
  'active-passive-sync.detection',
  'active-passive-sync.decision',
  'active-passive-sync.promotion',
  /** Lag drawn in the rare window when the synchronous pair had fallen back to async. */
  'active-passive-sync.replicationLag',
  /** The DR architecture's in-region HA. */
  'active-passive-dr.detection',
  'active-passive-dr.decision',
  'active-passive-dr.promotion',
  'active-passive-dr.replicationLag',
  /** Its failover to the standby in the second region. */
  'active-passive-dr.region.detection',
  'active-passive-dr.region.decision',
  'active-passive-dr.region.promotion',
  'active-passive-dr.region.scaleUp',
  'active-passive-dr.region.replicationLag',
  /** Active-active within a region (local replicas). */
  'active-active.detection',
  'active-active.decision',
  'active-active.promotion',
  /** Active-active across regions. */
  'active-active.region.detection',
  'active-active.region.decision',
  'active-active.region.promotion',
  /** Cross-region lag: multi-master layers always, consensus layers only when a quorum was lost. */
  'active-active.region.replicationLag',
  'traffic.extra',
  'globalTraffic.extra',
  'operations.humanResponse',
  'recovery.nodeRestart',
  'recovery.storageRestore',
  'recovery.networkPartition',
  'recovery.zoneRebuild',
  'recovery.regionRebuild',
  'recovery.manualFailover',
] as const;
export type DistributionId = (typeof DISTRIBUTION_IDS)[number];
