/**
 * Scenario files of earlier format versions, brought up to the current one before they are validated.
 * Each step takes the parsed JSON of one version to the next and says, in plain words, what it assumed;
 * the reader shows those notices. A step never drops a value the user set without saying where it went.
 */
import { benchmarkSet, technology } from '../catalogue/index';
import type { BenchmarkSetId } from '../types';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

export interface Migrated {
  value: Obj;
  /** What the migration assumed or moved, one sentence each. */
  notices: string[];
}

/** Version 1 → 2: five architectures, costs from components, regional outages that last, a topology. */
function fromVersion1(input: Obj): Migrated {
  const notices: string[] = [];
  const out: Obj = { ...input, schemaVersion: 2 };
  const setId: BenchmarkSetId = own(input, 'benchmarkSet') === 'article' ? 'article' : 'sourced';
  const set = benchmarkSet(setId);

  // Costs: the single-node cost becomes the node cost; storage is part of it, as version 1 priced it.
  const costs = own(input, 'costs');
  if (isObject(costs)) {
    const next: Obj = { ...costs };
    if (Object.hasOwn(costs, 'baselineMonthlyCost')) {
      const base = costs['baselineMonthlyCost'];
      delete next['baselineMonthlyCost'];
      next['nodeMonthlyCost'] = base;
      next['storageMonthlyCost'] = 0;
      notices.push(
        `The single-node cost (${String(base)} a month) is now the node cost, with storage included (storage cost 0); ` +
          'the other architectures are priced from their nodes, copies of the data and cross-region transfer ' +
          'instead of a multiplier.',
      );
    }
    out['costs'] = next;
  }

  // Technology: a layer with one writer region is a cross-region standby, not active-active.
  const tech = own(input, 'technology');
  const nextTech: Obj = isObject(tech) ? { ...tech } : {};
  const aa = own(nextTech, 'activeActive');
  const moved = typeof aa === 'string' && technology(aa)?.slot === 'activePassiveDr';
  if (moved) {
    nextTech['activePassiveDr'] = aa;
    nextTech['activeActive'] = set.defaults.activeActive;
    notices.push(
      `${technology(aa)?.name ?? aa} takes writes in one region at a time, so it is now the technology of the ` +
        `cross-region standby architecture; active-active takes ${technology(set.defaults.activeActive)?.name}.`,
    );
  } else if (!Object.hasOwn(nextTech, 'activePassiveDr')) {
    nextTech['activePassiveDr'] = set.defaults.activePassiveDr;
    notices.push(
      `The new cross-region standby architecture uses ${technology(set.defaults.activePassiveDr)?.name}.`,
    );
  }
  if (isObject(tech) || moved) out['technology'] = nextTech;

  // Overrides of the version-1 active-active profile described its regional failover.
  const overrides = own(input, 'overrides');
  if (isObject(overrides)) {
    const next: Obj = {};
    const renamed: string[] = [];
    for (const key of Object.keys(overrides)) {
      const m = /^active-active\.(detection|decision|promotion|replicationLag)$/.exec(key);
      if (m) {
        const to = `${moved ? 'active-passive-dr' : 'active-active'}.region.${m[1]}`;
        next[to] = overrides[key];
        renamed.push(`${key} → ${to}`);
      } else next[key] = overrides[key];
    }
    if (renamed.length > 0) {
      notices.push(`Overrides of the regional failover were renamed: ${renamed.join(', ')}.`);
    }
    out['overrides'] = next;
  }

  // The topology of the active-active layer now in use.
  const preset = technology(String(own(nextTech, 'activeActive') ?? set.defaults.activeActive));
  if (preset?.topology && !Object.hasOwn(input, 'topology')) {
    const t = preset.topology;
    notices.push(
      `Active-active runs in ${t.activeActiveRegions} regions with replication factor ${t.replicationFactor}` +
        `${t.witnessRegion ? ' and a witness region' : ''}, ${preset.name}'s default.`,
    );
  }
  if (!Object.hasOwn(input, 'failureDurations')) {
    notices.push(
      'Regional outages now last a while on their own: a median of 1.9 h and a 95th percentile of 21.8 h ' +
        '(public cloud incident histories); a single-region architecture recovers when the region returns ' +
        'or a rebuild elsewhere completes, whichever is first.',
    );
  }
  return { value: out, notices };
}

/** Version 2 → 3: an availability objective checked window by window, and a risk tolerance for the tail. */
function fromVersion2(input: Obj): Migrated {
  const notices: string[] = [];
  const out: Obj = { ...input, schemaVersion: 3 };
  if (!Object.hasOwn(input, 'slo')) {
    out['slo'] = { target: 0.9995, window: 'month', excludePlannedMaintenance: true };
    notices.push(
      'Each architecture is now checked against an availability objective of 99.95% a month, planned ' +
        'maintenance excluded (an assumption: set your own under Availability objective).',
    );
  }
  const business = own(input, 'business');
  if (isObject(business) && !Object.hasOwn(business, 'riskTolerance')) {
    out['business'] = { ...business, riskTolerance: 1_000_000 };
    notices.push(
      'The tail is told against a risk tolerance of 1,000,000 a year in the scenario’s currency (an ' +
        'assumption: set the loss a year your business can absorb).',
    );
  }
  return { value: out, notices };
}

/** Version 3 → 4: a log of measured failover drills, empty in a file written before there was one. */
function fromVersion3(input: Obj): Migrated {
  const notices: string[] = [];
  if (!Object.hasOwn(input, 'drillLog')) {
    notices.push(
      'A scenario now keeps a log of measured failover drills; this one has none, so its failover times ' +
        'and the chance that automation falls to people are the published figures and assumptions as ' +
        'entered (add your own drills under Drill log, or with --drills, to recalibrate them).',
    );
  }
  return { value: { ...input, schemaVersion: 4 }, notices };
}

/**
 * Version 4 → 5: where each input comes from. A file written before it was recorded says nothing of it, so
 * every input is "from the file": neither the client's figure nor a preset's example, until it is typed or
 * confirmed for the client.
 */
function fromVersion4(input: Obj): Migrated {
  const notices = [
    'This file was written before the planner recorded where each input comes from, so every input is marked ' +
      '“from the file”: confirm the client’s figures (or type them again) so that the proposal lists them ' +
      'apart from the assumptions.',
  ];
  const provenance = Object.hasOwn(input, 'provenance')
    ? input['provenance']
    : { origin: { kind: 'file' }, client: [] };
  return { value: { ...input, schemaVersion: 5, provenance }, notices };
}

const STEPS: Record<number, (input: Obj) => Migrated> = {
  1: fromVersion1,
  2: fromVersion2,
  3: fromVersion3,
  4: fromVersion4,
};

/**
 * `input` brought up to `current`, with the notices of every step; the input itself when it is already
 * current, newer, or not an object of a known version (the validator then says what is wrong).
 */
export function migrateScenario(input: unknown, current: number): Migrated | null {
  if (!isObject(input)) return null;
  const given = own(input, 'schemaVersion');
  if (typeof given !== 'number' || !Number.isInteger(given) || given >= current) return null;
  let value = input;
  const notices: string[] = [];
  for (let version = given; version < current; version++) {
    const step = STEPS[version];
    if (!step) return null;
    const migrated = step(value);
    value = migrated.value;
    notices.push(...migrated.notices);
  }
  return { value, notices };
}
