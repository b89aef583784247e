/**
 * Which cluster manager runs failover for each data-layer preset, what to install, where it keeps cluster
 * state and what promotes a replica: what the implementation plan tells the client to set up. Kept as
 * data, so a new preset needs one entry here and no change to the plan's wording.
 */
import type { TechnologyPreset } from '../../../models/types';

export interface ClusterManager {
  /** What to install. */
  what: string;
  /** Where cluster state lives. */
  store: string;
  /** What promotes a replica, as the subject of a sentence. */
  actor: string;
  /** Run by a cloud provider: nothing to install, timers not ours to set. */
  managed?: boolean;
}

/** Self-run cluster managers, by the start of the technology preset's id. */
const CLUSTER_MANAGERS: [prefix: RegExp, manager: ClusterManager][] = [
  [
    /^patroni/,
    {
      what: 'Patroni on every PostgreSQL node',
      actor: 'Patroni',
      store:
        'etcd (or Consul) with three members in three zones, as the distributed configuration store that holds the leader lock',
    },
  ],
  [
    /^pg-auto-failover/,
    {
      what: 'the pg_auto_failover keeper on every PostgreSQL node, and its monitor',
      actor: 'the pg_auto_failover monitor',
      store: 'the pg_auto_failover monitor, on its own node in a third zone',
    },
  ],
  [
    /^repmgr/,
    {
      what: 'repmgrd on every PostgreSQL node',
      actor: 'repmgrd',
      store:
        'the repmgr metadata, with a witness node in a third zone so that a partition cannot split the vote',
    },
  ],
  [
    /^redis-sentinel/,
    {
      what: 'three Redis Sentinel processes, one per zone',
      actor: 'Redis Sentinel',
      store: 'the Sentinels themselves (quorum 2 of 3)',
    },
  ],
  [
    /^mongodb/,
    {
      what: 'a three-member MongoDB replica set, one member per zone',
      actor: 'the replica set',
      store: 'the replica set itself (its own election protocol; no separate store)',
    },
  ],
  [
    /^(yugabytedb|cockroachdb)/,
    {
      what: 'the database on every node, whose built-in Raft consensus elects leaders',
      actor: 'the database’s Raft consensus',
      store: 'the database itself (no separate store)',
    },
  ],
];

const GENERIC_CLUSTER_MANAGER: ClusterManager = {
  what: 'a cluster manager that automates leader election and promotion (for PostgreSQL, Patroni)',
  actor: 'the cluster manager',
  store: 'a distributed configuration store such as etcd or Consul, three members in three zones',
};

/** The cluster manager of a data-layer preset: the provider's own, a known one, or a generic one. */
export function clusterManager(preset: TechnologyPreset | undefined): ClusterManager {
  const id = preset?.id ?? '';
  if (/^(aurora|rds|azure|cosmos)/.test(id))
    return {
      what: `${preset?.name ?? id}, with automatic failover on`,
      managed: true,
      actor: 'the provider’s managed failover',
      store: 'the provider’s control plane (nothing to install)',
    };
  return CLUSTER_MANAGERS.find(([prefix]) => prefix.test(id))?.[1] ?? GENERIC_CLUSTER_MANAGER;
}
