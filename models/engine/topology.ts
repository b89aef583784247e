import type { CrossRegionProfile, Topology } from '../types';

/**
 * Whether a consensus data layer spread over regions keeps its write quorum when one region is lost.
 *
 * The voting replicas are the replication factor; a witness region, when there is one, holds one of those
 * votes and no data. The data replicas (the rest) are spread as evenly as possible over the data regions:
 * each holds ⌊n / R⌋ or ⌈n / R⌉ of them. A region outage strikes one of the R data regions, each as likely;
 * the quorum survives when the votes left outnumber half of all the votes.
 */
export interface QuorumReport {
  /** Data replicas (voting replicas that hold data). */
  dataReplicas: number;
  /** Replicas in each data region, the fuller regions first. */
  perRegion: number[];
  /** Votes needed for a write: a strict majority of the replication factor. */
  majority: number;
  /** Data regions whose loss leaves fewer votes than a majority. */
  fatalRegions: number;
  /** Chance that a regional outage takes the quorum with it: fatalRegions / regions. */
  lostShare: number;
}

export function quorumReport(topology: Topology): QuorumReport {
  const regions = topology.activeActiveRegions;
  const votes = topology.replicationFactor;
  const witness = topology.witnessRegion ? 1 : 0;
  const dataReplicas = Math.max(votes - witness, 0);
  const base = Math.floor(dataReplicas / regions);
  const fuller = dataReplicas - base * regions;
  const perRegion = Array.from({ length: regions }, (_, i) => base + (i < fuller ? 1 : 0));
  const majority = Math.floor(votes / 2) + 1;
  const fatalRegions = perRegion.filter((k) => votes - k < majority).length;
  return {
    dataReplicas,
    perRegion,
    majority,
    fatalRegions,
    lostShare: regions > 0 ? fatalRegions / regions : 0,
  };
}

/**
 * The chance that a regional outage stops an active-active layer's writes: a consensus layer whose
 * topology loses its quorum with some region; never for a multi-master layer (every region writes alone).
 */
export function quorumLostShare(cross: CrossRegionProfile, topology: Topology): number {
  return cross.replication === 'consensus' ? quorumReport(topology).lostShare : 0;
}
