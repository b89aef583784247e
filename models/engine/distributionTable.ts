import { benchmarkSet, technology, trafficLayer } from '../catalogue/index';
import type { Dist, Scenario, SourcedDist, TechnologyPreset } from '../types';
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
function preset(field: keyof Scenario['technology'], id: string): TechnologyPreset {
  const p = technology(id);
  if (!p) throw new ScenarioReferenceError(`technology.${field}: unknown technology preset '${id}'`);
  return p;
}

/**
 * Every distribution the simulation of `scenario` uses, with provenance. Overrides are triangular
 * (min / most likely / max seconds), the shape people can state.
 */
export function distributionTable(scenario: Scenario): DistributionTable {
  const set = benchmarkSet(scenario.benchmarkSet);
  const tech = scenario.technology;
  const table: DistributionTable = {};
  const add = (id: DistributionId, label: string, source: SourcedDist | undefined): void => {
    if (!source) return;
    const override = scenario.overrides[id];
    table[id] = {
      id,
      label,
      preset: source.dist,
      effective: override ? { kind: 'triangular', ...override } : source.dist,
      overridden: override !== undefined,
      figures: source.figures,
      assumption: source.assumption,
      ...(source.note === undefined ? {} : { note: source.note }),
    };
  };

  const slots = [
    ['active-passive-async', preset('activePassiveAsync', tech.activePassiveAsync)],
    ['active-passive-sync', preset('activePassiveSync', tech.activePassiveSync)],
    ['active-active', preset('activeActive', tech.activeActive)],
  ] as const;
  for (const [pattern, p] of slots) {
    add(`${pattern}.detection`, `${p.name}: detection`, p.detection);
    add(`${pattern}.decision`, `${p.name}: decision (election, lock, lease)`, p.decision);
    add(`${pattern}.promotion`, `${p.name}: promotion`, p.promotion);
    // A consensus data layer loses no committed data: it has no lag to draw.
    if (p.replication !== 'consensus') {
      const label =
        pattern === 'active-passive-sync'
          ? `${p.name}: replication lag while degraded to async (s of data)`
          : `${p.name}: replication lag at failure (s of data)`;
      add(`${pattern}.replicationLag`, label, p.replicationLag);
    }
  }

  const local = trafficLayer(tech.trafficLayer);
  if (!local)
    throw new ScenarioReferenceError(`technology.trafficLayer: unknown traffic layer '${tech.trafficLayer}'`);
  const global = trafficLayer(tech.globalTrafficLayer);
  if (!global) {
    throw new ScenarioReferenceError(
      `technology.globalTrafficLayer: unknown traffic layer '${tech.globalTrafficLayer}'`,
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
