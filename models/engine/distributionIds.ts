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
  'active-active.detection',
  'active-active.decision',
  'active-active.promotion',
  /** Cross-region lag, used only by an async multi-master data layer. */
  'active-active.replicationLag',
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

export function isDistributionId(id: string): id is DistributionId {
  return (DISTRIBUTION_IDS as readonly string[]).includes(id);
}
