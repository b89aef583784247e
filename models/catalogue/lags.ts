import type { SourcedDist } from '../types';
import { assumed, lognormal, sourced } from './build';

/**
 * Replication lag at the moment of a failure, in seconds of committed writes: what a failover to a replica
 * loses. Lognormal fits (median, 95th percentile, cap), since lag is small most of the time and long now and
 * then (under load, after a network hiccup).
 */

/** Steady-state in-region async lag: tens of milliseconds, a heavier tail under load. */
export const IN_REGION_LAG: SourcedDist = assumed(
  lognormal(0.05, 2, 60),
  ['LAG-1', 'LAG-6', 'LAG-10', 'LAG-7'],
  'Steady-state in-region lag is 10–20 ms (LAG-1, LAG-6) and grows under load or network trouble (LAG-10). ' +
    'The median 0.05 s, 95th percentile 2 s and 60-s cap are a modelling choice; beyond the failover ' +
    'eligibility cap (1 MiB, LAG-7) automation refuses to promote, which the manual path covers.',
);

/** Lag drawn only in the rare window when a synchronous pair had fallen back to async. */
export const SYNC_DEGRADED_LAG: SourcedDist = assumed(
  lognormal(0.05, 2, 60),
  ['MYS-1', 'AZ-1', 'GCP-2', 'PAT-8', 'LAG-1', 'LAG-6'],
  'RPO is 0 while the synchronous standby acknowledges (AZ-1, GCP-2, PAT-8). Degraded windows exist: MySQL ' +
    'semi-sync reverts to async after 10 s without an ack (MYS-1). In that window the in-region async lag ' +
    '(median 0.05 s, 95th percentile 2 s, cap 60 s) applies.',
);

/** Cross-region async lag. */
export const CROSS_REGION_LAG: SourcedDist = sourced(
  lognormal(0.5, 5, 900),
  ['LAG-2', 'LAG-3', 'LAG-4', 'LAG-5'],
  'Typically < 1 s (LAG-2), RPO 5 s for Azure SQL geo-replication (LAG-3), 45–80 ms for PostgreSQL ' +
    'coast to coast (LAG-5); capped at the < 15 min bound Cosmos DB documents (LAG-4). Lognormal fit.',
);

/**
 * What the surviving minority of a consensus group may lack when the majority's region is lost: the writes
 * the lost majority acknowledged but had not yet shipped across regions.
 */
export const QUORUM_LOSS_LAG: SourcedDist = assumed(
  lognormal(0.1, 1, 60),
  ['LAG-2', 'LAG-5'],
  'Used only when a regional loss takes a majority of the voting replicas and people recover from the rest. ' +
    'The minority trails the majority by about the cross-region round trip (45–80 ms coast to coast, LAG-5; ' +
    'typically < 1 s, LAG-2); median 0.1 s, 95th percentile 1 s and cap 60 s are an assumption.',
);
