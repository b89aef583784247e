import type { FailoverPhases, SourcedDist } from '../types';
import { assumed, fixed, sourced, triangular, uniform } from './build';

/**
 * Failover phases shared by several presets, in seconds. detection + decision + promotion end when a new
 * primary (or leaseholder) accepts writes; the engine adds the traffic reroute (the traffic layer's health
 * check, extra time and DNS TTL), so no phase here includes load-balancer or DNS time.
 */

/** Patroni with its defaults ttl 30 / loop_wait 10 / retry_timeout 10 (PAT-1), phase formulas of PAT-6. */
export const PATRONI_DEFAULT_PHASES: FailoverPhases = {
  detection: sourced(uniform(20, 30), ['PAT-1', 'PAT-6'], 'Leader lease expiry: ttl − loop_wait … ttl.'),
  decision: sourced(
    uniform(0, 10),
    ['PAT-1', 'PAT-6'],
    'A replica notices the free lock within one loop_wait.',
  ),
  promotion: sourced(triangular(0, 1, 2), ['PAT-6'], 'Lock contest and pg_promote: 0/1/2 s.'),
};
export const PATRONI_DEFAULT_SETTINGS = { ttl: '30 s', loop_wait: '10 s', retry_timeout: '10 s' };

/** Pigsty `fast` preset: ttl 20 / loop_wait 5 / retry 5, HAProxy inter 1 s (PAT-5, PAT-6). */
export const PATRONI_FAST_PHASES: FailoverPhases = {
  detection: sourced(uniform(15, 20), ['PAT-5', 'PAT-6'], 'Lease expiry, fast preset: 15/17/20 s.'),
  decision: sourced(uniform(0, 5), ['PAT-5', 'PAT-6'], 'Replica detection within one loop_wait: 0/3/5 s.'),
  promotion: sourced(triangular(0, 1, 2), ['PAT-6'], 'Lock contest and pg_promote: 0/1/2 s.'),
};
export const PATRONI_FAST_SETTINGS = {
  ttl: '20 s',
  loop_wait: '5 s',
  retry_timeout: '5 s',
  synchronous_mode: 'on',
};
/** Pigsty fast: HAProxy checks every 1 s and needs 2 checks, i.e. a 1–2 s check as in PAT-6. */
export const PIGSTY_FAST_OPERATIONS = { healthCheckIntervalSeconds: 1, healthCheckFailureThreshold: 2 };

/** pg_auto_failover monitor defaults (PAF-1, PAF-2). */
export const PG_AUTO_FAILOVER_PHASES: FailoverPhases = {
  detection: sourced(
    uniform(20, 25),
    ['PAF-1', 'PAF-2'],
    'node_considered_unhealthy_timeout 20 s, plus up to one 5-s monitor health-check period.',
  ),
  decision: sourced(
    fixed(30),
    ['PAF-2'],
    'The monitor waits a full primary_demote_timeout (30 s) before promoting.',
  ),
  promotion: assumed(
    triangular(0, 1, 5),
    ['PAT-6'],
    'pg_promote takes 0–2 s (PAT-6, under Patroni); the keeper state transition on top is an assumption.',
  ),
};
export const PG_AUTO_FAILOVER_SETTINGS = {
  health_check_period: '5 s',
  node_considered_unhealthy_timeout: '20 s',
  primary_demote_timeout: '30 s',
};

/**
 * A managed failover that the source gives only as a total: the phases split the total (least / most likely
 * / greatest of each), and the split is an assumption that says so.
 */
export function managedPhases(
  total: string,
  figures: string[],
  detection: [number, number, number],
  decision: [number, number, number],
  promotion: [number, number, number],
): FailoverPhases {
  const note = `The source gives only a total (${total}); the split into phases is an assumption.`;
  const phase = ([a, m, b]: [number, number, number]): SourcedDist =>
    assumed(triangular(a, m, b), figures, note);
  return { detection: phase(detection), decision: phase(decision), promotion: phase(promotion) };
}

/** Cosmos DB per-partition automatic failover timeline (CDB-4). */
export function cosmosPhases(figures: string[]): FailoverPhases {
  const note =
    'Timeline T0 + ~60 s heartbeats missed, + ~90 s new write region, < 2 min writes restored (P99). The ' +
    'same doc also says < 3 min at P99 (CDB-4); the spread around the timeline points is an assumption.';
  return {
    detection: assumed(triangular(50, 60, 70), figures, note),
    decision: assumed(triangular(20, 30, 40), figures, note),
    promotion: assumed(triangular(0, 10, 40), figures, note),
  };
}

/** YugabyteDB: ~3 s in total (YB-1), leader lease 2 s (YB-2). */
export function yugabytePhases(figures: string[]): FailoverPhases {
  const note = 'The source gives ~3 s in total (YB-1); the split into phases is an assumption.';
  return {
    detection: assumed(triangular(0.5, 1.5, 2.5), figures, note),
    decision: assumed(
      triangular(0.1, 0.5, 1),
      [...figures, 'ETC-1'],
      `${note} Raft elections run on timers of the order of 1 s (etcd defaults, ETC-1).`,
    ),
    promotion: assumed(
      triangular(0.5, 1, 2),
      [...figures, 'YB-2'],
      'The new leader waits out the old leader lease (2 s, YB-2) before serving.',
    ),
  };
}

/** CockroachDB: a range is unavailable until its 9-s lease expires and a new leader takes it (CRDB-1). */
export const COCKROACH_PHASES: FailoverPhases = {
  detection: sourced(
    uniform(4.5, 9),
    ['CRDB-1'],
    'The 9-s range lease was last extended up to 4.5 s before the failure, so it expires 4.5–9 s later.',
  ),
  decision: assumed(
    triangular(0, 1.5, 6),
    ['CRDB-1'],
    'The Raft election (3–6 s) overlaps the lease wait; the part left after expiry is an assumption.',
  ),
  promotion: assumed(
    triangular(0, 0.5, 2),
    ['CRDB-1'],
    'The new leader acquires the lease; no published duration.',
  ),
};

/**
 * A regional disaster declared by people: once paged, they confirm the region is down and decide to
 * fail over rather than wait for it (how long a team hesitates is the biggest unknown of a DR failover).
 */
export const PEOPLE_DECIDE_REGION_FAILOVER: SourcedDist = assumed(
  triangular(300, 900, 3600),
  ['MT-3'],
  'Confirming the region is down and deciding to fail over rather than wait: customer-driven regional ' +
    'failover is "usually 15–30 minutes" (MT-3); 5 min at best, 15 min most likely, an hour at worst is an ' +
    'assumption.',
);

/**
 * Cosmos DB within a region: each partition is a quorum of four replicas (CDB-1), so losing one is absorbed
 * by the others; no duration is published for that.
 */
export const COSMOS_IN_REGION: FailoverPhases = (() => {
  const note =
    'A partition keeps a quorum of four replicas in each region (CDB-1); losing one costs at most a retry. ' +
    'No duration is published: 0 / 1 / 5 s in all is an assumption.';
  return {
    detection: assumed(triangular(0, 0.5, 3), ['CDB-1'], note),
    decision: assumed(triangular(0, 0.25, 1), ['CDB-1'], note),
    promotion: assumed(triangular(0, 0.25, 1), ['CDB-1'], note),
  };
})();
