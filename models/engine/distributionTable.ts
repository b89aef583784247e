import { benchmarkSet, technology, trafficLayer } from '../catalogue/index';
import type { Dist, Scenario, SourcedDist, TechnologyChoice, TechnologyPreset } from '../types';
import type { DistributionId } from './distributionIds';

/** One named distribution of a scenario: the catalogue's value, and the one the simulation uses. */
export interface DistributionEntry {
  id: DistributionId;
  label: string;
  /** The value from the benchmark set, technology or traffic preset (seconds). */
  preset: Dist;
  /** The value used: the user's override when there is one. */
  effective: Dist;
  overridden: boolean;
  /** Figure ids behind the preset value. */
  figures: string[];
  /** true when the preset value is a labelled assumption rather than a sourced figure. */
  assumption: boolean;
  note?: string;
}

export type DistributionTable = Partial<Record<DistributionId, DistributionEntry>>;

export class ScenarioReferenceError extends Error {}

/** Resolve a preset id or fail with a message naming the field. */
export function presetOf(scenario: Scenario, field: keyof TechnologyChoice): TechnologyPreset {
  const id = scenario.technology[field];
  const p = technology(id);
  if (!p) throw new ScenarioReferenceError(`technology.${field}: unknown technology preset '${id}'`);
  return p;
}

/**
 * Every distribution the simulation of `scenario` uses, with provenance. Overrides are triangular
 * (min / most likely / max seconds), the shape people can state. A distribution the scenario does not use
 * (a lag of a layer that loses nothing, the detection of a failover people start) is not listed.
 */
export function distributionTable(scenario: Scenario): DistributionTable {
  const set = benchmarkSet(scenario.benchmarkSet);
  const table: DistributionTable = {};
  const add = (id: DistributionId, label: string, source: SourcedDist | undefined): void => {
    if (!source) return;
    const override = Object.hasOwn(scenario.overrides, id) ? scenario.overrides[id] : undefined;
    // Measured drills, when a calibration replaced the distribution (models/calibration), come last.
    const calibrated = scenario.calibrated?.distributions[id];
    table[id] = {
      id,
      label,
      preset: source.dist,
      effective: calibrated ?? (override ? { kind: 'triangular', ...override } : source.dist),
      overridden: override !== undefined,
      figures: source.figures,
      assumption: source.assumption,
      ...(source.note === undefined ? {} : { note: source.note }),
    };
  };

  // In-region failover of each architecture that has one.
  const slots = [
    ['active-passive-async', presetOf(scenario, 'activePassiveAsync')],
    ['active-passive-sync', presetOf(scenario, 'activePassiveSync')],
    ['active-passive-dr', presetOf(scenario, 'activePassiveDr')],
    ['active-active', presetOf(scenario, 'activeActive')],
  ] as const;
  for (const [pattern, p] of slots) {
    add(`${pattern}.detection`, `${p.name}: detection`, p.detection);
    add(`${pattern}.decision`, `${p.name}: decision (election, lock, lease)`, p.decision);
    add(`${pattern}.promotion`, `${p.name}: promotion`, p.promotion);
    // Consensus within the region loses no committed data: no lag to draw.
    if (p.replication !== 'consensus' && pattern !== 'active-active') {
      const label =
        p.replication === 'sync'
          ? `${p.name}: replication lag while degraded to async (s of data)`
          : `${p.name}: replication lag at failure (s of data)`;
      add(`${pattern}.replicationLag`, label, p.replicationLag);
    }
  }

  // Taking over from another region.
  for (const [pattern, p] of [slots[2], slots[3]] as const) {
    const cross = p.crossRegion;
    if (!cross) throw new ScenarioReferenceError(`${p.id}: no cross-region profile`);
    const who = cross.decidedBy === 'people' ? 'people deciding to fail over' : 'election, lease';
    if (cross.decidedBy === 'automation') {
      add(`${pattern}.region.detection`, `${p.name}: region lost, detection`, cross.detection);
    }
    add(`${pattern}.region.decision`, `${p.name}: region lost, decision (${who})`, cross.decision);
    add(`${pattern}.region.promotion`, `${p.name}: region lost, promotion`, cross.promotion);
    if (pattern === 'active-passive-dr') {
      add(`${pattern}.region.scaleUp`, `${p.name}: region lost, scaling the standby up`, cross.scaleUp);
    }
    if (cross.replication !== 'sync') {
      const what =
        cross.replication === 'consensus'
          ? 'region lost with the quorum, writes the survivors lack (s of data)'
          : 'region lost, cross-region replication lag (s of data)';
      add(`${pattern}.region.replicationLag`, `${p.name}: ${what}`, cross.replicationLag);
    }
  }

  const local = trafficLayer(scenario.technology.trafficLayer);
  if (!local) {
    throw new ScenarioReferenceError(
      `technology.trafficLayer: unknown traffic layer '${scenario.technology.trafficLayer}'`,
    );
  }
  const global = trafficLayer(scenario.technology.globalTrafficLayer);
  if (!global) {
    throw new ScenarioReferenceError(
      `technology.globalTrafficLayer: unknown traffic layer '${scenario.technology.globalTrafficLayer}'`,
    );
  }
  add('traffic.extra', `${local.name}: time beyond the health check`, local.extra);
  add('globalTraffic.extra', `${global.name}: time beyond the health check`, global.extra);

  const typical = scenario.operations.humanResponseSeconds;
  add('operations.humanResponse', 'Human response after the alert (paging, diagnosis)', {
    // Skewed right: most pages are answered near the typical time, a few take far longer.
    dist: { kind: 'triangular', min: typical / 3, mode: typical, max: typical * 4 },
    figures: [],
    assumption: true,
    note: 'Shape around the typical response time entered under Operations: a third of it at best, four times it at worst.',
  });

  const r = set.recovery;
  add('recovery.nodeRestart', 'Single node: restart or host replacement', r.nodeRestart);
  add('recovery.storageRestore', 'Restore the volume from backup', r.storageRestore);
  add('recovery.networkPartition', 'Network partition until it heals', r.networkPartition);
  add('recovery.zoneRebuild', 'Rebuild in another zone from backup', r.zoneRebuild);
  add('recovery.regionRebuild', 'Rebuild in another region from the off-site backup', r.regionRebuild);
  add('recovery.manualFailover', 'Promote the standby by hand (manual path)', r.manualFailover);
  return table;
}
