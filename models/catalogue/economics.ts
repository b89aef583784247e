import type { CountRange, Maintenance, OneOffEffort, PresetCost } from '../types';

/**
 * What an architecture costs besides its incidents: the infrastructure it is billed (in units of the
 * scenario's own prices: nodes, copies of the data, copies of the writes shipped across regions), its
 * planned maintenance downtime, and the one-off effort to build it. A figure with a public source cites it;
 * the rest are assumptions that say how they were reasoned.
 */

export const range = (low: number, mostLikely = low, high = mostLikely): CountRange => ({
  low,
  mostLikely,
  high,
});

export const NONE = range(0);

interface CostParts {
  nodes: CountRange;
  storageCopies: CountRange;
  crossRegionCopies?: number;
  premium?: CountRange;
  per?: 'replica' | 'region';
}

export function cost(parts: CostParts, figures: string[], note: string, assumption = true): PresetCost {
  return {
    nodes: parts.nodes,
    storageCopies: parts.storageCopies,
    crossRegionCopies: parts.crossRegionCopies ?? 0,
    premium: parts.premium ?? NONE,
    ...(parts.per === undefined ? {} : { per: parts.per }),
    figures,
    assumption,
    note,
  };
}

/** The single node: the unit every other architecture is counted in. */
export const SINGLE_NODE_COST = cost(
  { nodes: range(1), storageCopies: range(1) },
  [],
  'The baseline: one node and one copy of the data, by definition.',
  false,
);

/**
 * A self-managed pair with a consensus store for the leader lock (etcd or Consul on three small nodes) and
 * a proxy: two database nodes plus 0.3–1 node's worth of small helpers.
 */
export const SELF_MANAGED_PAIR_COST = cost(
  { nodes: range(2.3, 2.6, 3), storageCopies: range(2) },
  [],
  'Two database nodes of the baseline size, plus three small consensus-store nodes (etcd or Consul) and a ' +
    'proxy, reckoned at 0.3–1 node together; two copies of the data. An assumption: enter a quote for exact prices.',
);

/** A managed HA option billed at twice a single instance (compute and storage). */
export const MANAGED_PAIR_COST = (figures: string[], note: string) =>
  cost({ nodes: range(2), storageCopies: range(2) }, figures, note, false);

// ---------------------------------------------------------------------------------------------------------
// Planned maintenance

export function maintenance(
  eventsPerYear: number,
  secondsPerEvent: number,
  figures: string[],
  note: string,
  assumption = true,
): Maintenance {
  return { eventsPerYear, secondsPerEvent, figures, assumption, note };
}

/**
 * PostgreSQL ships a minor release at least every three months; a node that is alone restarts for it.
 */
export const SINGLE_NODE_MAINTENANCE = maintenance(
  4,
  180,
  [],
  'Four planned restarts a year (quarterly minor releases and OS patches), three minutes each with the ' +
    'database stopped, restarted and its caches warming: an assumption.',
);

/** A pair patched standby-first, then switched over: a planned switchover is a short, clean failover. */
export const SWITCHOVER_MAINTENANCE = maintenance(
  4,
  10,
  ['PAT-6'],
  'Four planned switchovers a year (standby patched first, then roles swapped); a clean switchover needs ' +
    'no lease to expire, so about the promotion and a proxy check, 10 s: an assumption from the phases of PAT-6.',
);

// ---------------------------------------------------------------------------------------------------------
// One-off effort

export function oneOff(days: CountRange, note: string, figures: string[] = []): OneOffEffort {
  return { days, figures, assumption: true, note };
}

export const NO_ONE_OFF: OneOffEffort = {
  days: NONE,
  figures: [],
  assumption: false,
  note: 'Nothing to build: this is what runs today.',
};

export const SELF_MANAGED_HA_EFFORT = oneOff(
  range(10, 20, 40),
  'Building, testing and documenting a self-managed HA pair (cluster manager, consensus store, proxy, ' +
    'monitoring, a first drill): two to eight person-weeks, an assumption.',
);

export const MANAGED_HA_EFFORT = oneOff(
  range(3, 6, 12),
  'Turning on a managed HA option, moving clients to its endpoint and running a first failover drill: an ' +
    'assumption.',
);

export const SELF_MANAGED_DR_EFFORT = oneOff(
  range(20, 40, 80),
  'An HA pair plus a standby in a second region, its runbook, global traffic steering and a first regional ' +
    'drill: an assumption.',
);

export const MANAGED_DR_EFFORT = oneOff(
  range(8, 15, 30),
  'A managed HA option plus a cross-region replica, the global endpoint, a runbook and a first regional ' +
    'drill: an assumption.',
);

export const DISTRIBUTED_SQL_EFFORT = oneOff(
  range(60, 120, 250),
  'Moving a service to a distributed SQL database across regions: schema and query changes for locality, ' +
    'data migration, load tests and drills; three to twelve person-months, an assumption.',
);

export const MULTI_MASTER_EFFORT = oneOff(
  range(40, 90, 180),
  'Moving a service to a multi-region multi-writer store: conflict handling in the application, data ' +
    'migration, load tests and drills; an assumption.',
);
