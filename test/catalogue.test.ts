import { describe, it, expect } from 'vitest';
import type { BenchmarkSetId, Dist, SourcedDist, TechnologyPreset } from '../models/types';
import {
  BENCHMARK_SETS,
  FIGURES,
  TECHNOLOGIES,
  TRAFFIC_LAYERS,
  benchmarkSet,
  figureById,
  slotOf,
  technologiesFor,
  technology,
  trafficLayer,
  type TechnologySlot,
} from '../models/catalogue';
import { patternEconomics } from '../models/engine/costs';
import { quorumReport } from '../models/engine/topology';
import { scenarioWith } from './helpers';

const SET_IDS: BenchmarkSetId[] = ['article', 'sourced'];
const SLOTS: TechnologySlot[] = [
  'activePassiveAsync',
  'activePassiveSync',
  'activePassiveDr',
  'activeActive',
];

/** Every SourcedDist of the catalogue, named by where it sits. */
function allSourcedDists(): [string, SourcedDist][] {
  const out: [string, SourcedDist][] = [];
  for (const t of TECHNOLOGIES) {
    out.push(
      [`${t.id}.detection`, t.detection],
      [`${t.id}.decision`, t.decision],
      [`${t.id}.promotion`, t.promotion],
    );
    if (t.replicationLag) out.push([`${t.id}.replicationLag`, t.replicationLag]);
    const c = t.crossRegion;
    if (c) {
      if (c.detection) out.push([`${t.id}.crossRegion.detection`, c.detection]);
      out.push([`${t.id}.crossRegion.decision`, c.decision], [`${t.id}.crossRegion.promotion`, c.promotion]);
      if (c.scaleUp) out.push([`${t.id}.crossRegion.scaleUp`, c.scaleUp]);
      if (c.replicationLag) out.push([`${t.id}.crossRegion.replicationLag`, c.replicationLag]);
    }
  }
  for (const l of TRAFFIC_LAYERS) out.push([`${l.id}.extra`, l.extra]);
  for (const s of SET_IDS) {
    for (const [k, d] of Object.entries(BENCHMARK_SETS[s].recovery)) out.push([`${s}.recovery.${k}`, d]);
  }
  return out;
}

/** Problems with a distribution, empty when valid. */
function distProblems(d: Dist): string[] {
  const nums = (...xs: number[]) => xs.every((x) => Number.isFinite(x) && x >= 0);
  switch (d.kind) {
    case 'fixed':
      return nums(d.value) ? [] : ['fixed value not finite and non-negative'];
    case 'uniform':
      return nums(d.min, d.max) && d.min <= d.max ? [] : ['uniform needs 0 ≤ min ≤ max'];
    case 'triangular':
      return nums(d.min, d.mode, d.max) && d.min <= d.mode && d.mode <= d.max
        ? []
        : ['triangular needs min ≤ mode ≤ max'];
    case 'lognormal':
      return nums(d.median, d.p95, d.max) && d.median > 0 && d.median < d.p95 && d.p95 <= d.max
        ? []
        : ['lognormal needs 0 < median < p95 ≤ max'];
    case 'mixture':
      if (d.parts.length === 0) return ['empty mixture'];
      return d.parts.flatMap((p) =>
        Number.isFinite(p.weight) && p.weight > 0 && p.label.length > 0
          ? distProblems(p.dist)
          : [`mixture part ${p.label} needs a positive weight and a label`],
      );
  }
}

/** Exact mean of a distribution without a lognormal part. */
function mean(d: Dist): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'mixture': {
      const total = d.parts.reduce((s, p) => s + p.weight, 0);
      return d.parts.reduce((s, p) => s + (p.weight / total) * mean(p.dist), 0);
    }
    case 'lognormal':
      throw new Error('not needed here');
  }
}

/** Seeded uniform source in [0, 1) (mulberry32), so the calibration check is reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inverse-CDF sampler for the phase shapes the article presets use. */
function sample(d: Dist, u: () => number): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return d.min + u() * (d.max - d.min);
    case 'triangular': {
      const { min: a, mode: m, max: b } = d;
      const x = u();
      return x < (m - a) / (b - a)
        ? a + Math.sqrt(x * (b - a) * (m - a))
        : b - Math.sqrt((1 - x) * (b - a) * (b - m));
    }
    default:
      throw new Error(`no sampler for ${d.kind} in this test`);
  }
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** P5 and P95 of detection + decision + promotion (+ an optional reroute), seconds. */
function failoverPercentiles(t: TechnologyPreset, reroute?: Dist): { p5: number; p95: number } {
  const u = mulberry32(20260429);
  const n = 50_000;
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = reroute ? sample(reroute, u) : 0;
    xs.push(sample(t.detection.dist, u) + sample(t.decision.dist, u) + sample(t.promotion.dist, u) + r);
  }
  xs.sort((a, b) => a - b);
  return { p5: percentile(xs, 0.05), p95: percentile(xs, 0.95) };
}

function preset(id: string): TechnologyPreset {
  const t = technology(id);
  if (!t) throw new Error(`missing preset ${id}`);
  return t;
}

describe('figures', () => {
  it('has unique ids and complete rows', () => {
    const ids = FIGURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FIGURES) {
      expect(f.subject.length, f.id).toBeGreaterThan(0);
      expect(f.value.length, f.id).toBeGreaterThan(0);
      expect(f.source.length, f.id).toBeGreaterThan(0);
    }
  });

  it('holds every row the catalogue is built on', () => {
    const required =
      'PAT-1 PAT-5 PAT-6 PAT-7 PAT-8 PAT-9 PAT-12 PAF-1 PAF-2 REP-1 MYG-1 MYS-1 MDB-1 MDB-2 RSE-1 ETC-1 CRDB-1 ' +
      'CRDB-3 YB-1 YB-2 YB-3 AWS-1 AWS-2 AWS-3 AWS-4 AWS-6 AWS-7 AWS-8 AWS-9 AWS-10 AWS-11 AWS-12 AWS-13 AZ-1 ' +
      'AZ-2 AZ-3 AZ-4 AZ-5 GCP-1 GCP-2 GCP-4 GCP-5 CDB-1 CDB-2 CDB-3 CDB-4 CDB-5 DDB-1 CAS-1 RDC-1 CF-1 HAP-1 ' +
      'VRRP-1 ALB-1 R53-1 R53-2 TM-1 GLB-1 DNS-1 LAG-1 LAG-2 LAG-3 LAG-4 LAG-5 LAG-7 COST-1 COST-2 COST-3 DT-1 ' +
      'DT-3 UPT-1 FR-1 FR-4 FR-5 MT-1 MT-2 MT-3 MT-4 ART-1 ART-4 ART-7 ART-9 ART-10 ART-11 ART-12 ART-13';
    for (const id of required.split(' ')) expect(figureById(id), id).toBeDefined();
    expect(figureById('NOPE-1')).toBeUndefined();
  });

  it('labels the article as secondhand and carries no unverified figure', () => {
    const article = FIGURES.filter((x) => x.id.startsWith('ART-'));
    expect(article.length).toBeGreaterThan(10);
    for (const f of article) expect(f.confidence, f.id).toBe('2nd');
    for (const f of FIGURES) expect(f.confidence, f.id).not.toBe('UNVERIFIED');
    expect(figureById('ART-9')?.note).toMatch(/No public source/);
    expect(figureById('PAT-6')?.note).toMatch(/computed model/);
  });

  it('names the kind of every figure', () => {
    const kinds = new Set(['claim', 'default', 'measurement', 'model', 'survey', 'procedure']);
    for (const f of FIGURES) expect(kinds.has(f.kind), f.id).toBe(true);
    expect(figureById('PAT-6')?.kind).toBe('model');
    expect(figureById('PAT-1')?.kind).toBe('default');
    expect(figureById('FR-1')?.kind).toBe('measurement');
  });

  it('resolves every figure id that any catalogue text mentions', () => {
    const texts: string[] = [];
    for (const f of FIGURES) texts.push(f.subject, f.value, f.source, f.note ?? '');
    for (const [, d] of allSourcedDists()) texts.push(d.note ?? '');
    for (const t of TECHNOLOGIES) texts.push(t.summary, t.cost.note, t.maintenance.note, t.oneOff.note);
    for (const s of SET_IDS) {
      const single = BENCHMARK_SETS[s].singleNode;
      texts.push(single.cost.note, single.maintenance.note, single.oneOff.note, BENCHMARK_SETS[s].summary);
    }
    for (const text of texts) {
      for (const id of text.match(/\b[A-Z]{2,5}-\d{1,3}\b/g) ?? []) {
        expect(figureById(id), `"${text.slice(0, 60)}…" mentions ${id}`).toBeDefined();
      }
      // No document a reader cannot see (the project's own notes), nor sections of one.
      expect(text, text.slice(0, 60)).not.toMatch(/\b(benchmarks|model|anchors)\.md\b|research\/|§/);
    }
  });
});

describe('distributions', () => {
  it('cite only figures that exist, and at least one unless an assumption', () => {
    for (const [where, d] of allSourcedDists()) {
      for (const id of d.figures) expect(figureById(id), `${where} cites ${id}`).toBeDefined();
      if (!d.assumption) expect(d.figures.length, where).toBeGreaterThan(0);
      if (d.assumption) expect(d.note?.length ?? 0, `${where} explains its assumption`).toBeGreaterThan(0);
    }
  });

  it('are valid', () => {
    for (const [where, d] of allSourcedDists()) expect(distProblems(d.dist), where).toEqual([]);
  });

  it('costs, maintenance and one-off efforts cite existing figures, are ordered and explain assumptions', () => {
    const economics = [
      ...TECHNOLOGIES.map((t) => [t.id, t] as const),
      ...SET_IDS.map((s) => [`${s} single node`, BENCHMARK_SETS[s].singleNode] as const),
    ];
    for (const [where, e] of economics) {
      for (const part of [e.cost, e.maintenance, e.oneOff]) {
        for (const id of part.figures) expect(figureById(id), `${where} cites ${id}`).toBeDefined();
        if (part.assumption) expect(part.note.length, `${where} explains its assumption`).toBeGreaterThan(0);
        else expect(part.figures.length + (part.note.length > 0 ? 1 : 0), where).toBeGreaterThan(0);
      }
      for (const r of [e.cost.nodes, e.cost.storageCopies, e.cost.premium, e.oneOff.days]) {
        expect(r.low <= r.mostLikely && r.mostLikely <= r.high && r.low >= 0, where).toBe(true);
      }
      expect(e.maintenance.eventsPerYear >= 0 && e.maintenance.secondsPerEvent >= 0, where).toBe(true);
    }
  });
});

describe('technology presets', () => {
  it('have unique ids', () => {
    const ids = TECHNOLOGIES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carry a replication lag exactly when the mode can lose data', () => {
    for (const t of TECHNOLOGIES) {
      expect(t.replicationLag !== undefined, t.id).toBe(t.replication !== 'consensus');
      const c = t.crossRegion;
      if (c) expect(c.replicationLag !== undefined, `${t.id} across regions`).toBe(c.replication !== 'sync');
    }
  });

  it('fill the architecture their replication fits', () => {
    expect(slotOf(preset('patroni-async'))).toBe('activePassiveAsync');
    expect(slotOf(preset('patroni-sync'))).toBe('activePassiveSync');
    expect(slotOf(preset('yugabytedb'))).toBe('activeActive');
    expect(slotOf(preset('aurora-global'))).toBe('activePassiveDr');
    expect(slotOf(preset('cosmos-db-ppaf'))).toBe('activePassiveDr');
    expect(technology('no-such-preset')).toBeUndefined();
    for (const t of TECHNOLOGIES) {
      const cross = t.crossRegion?.replication;
      if (t.slot === 'activeActive') {
        // Only layers that take writes in more than one region are active-active.
        expect(['consensus', 'async-multi-master'], t.id).toContain(cross);
      } else if (t.slot === 'activePassiveDr') {
        expect(['async', 'sync'], t.id).toContain(cross);
      } else {
        expect(t.crossRegion, t.id).toBeUndefined();
        expect(['async', 'sync'], t.id).toContain(t.replication);
        expect(t.replication === 'async', t.id).toBe(t.slot === 'activePassiveAsync');
      }
    }
  });

  it('detect a regional loss themselves only when automation decides on it', () => {
    for (const t of TECHNOLOGIES) {
      if (!t.crossRegion) continue;
      expect(t.crossRegion.detection !== undefined, t.id).toBe(t.crossRegion.decidedBy === 'automation');
    }
  });

  it('give consensus layers a default topology that survives the loss of a region', () => {
    const consensus = TECHNOLOGIES.filter((x) => x.crossRegion?.replication === 'consensus');
    expect(consensus.length).toBeGreaterThan(1);
    for (const t of consensus) {
      expect(t.topology, t.id).toBeDefined();
      expect(quorumReport(t.topology!).fatalRegions, t.id).toBe(0);
    }
  });

  it('price active-active by its technology and topology', () => {
    const base = scenarioWith({});
    const monthly = (activeActive: string, topology = base.topology) =>
      patternEconomics(
        { ...base, technology: { ...base.technology, activeActive }, topology },
        'active-active',
      ).monthly.expected;
    expect(monthly('yugabytedb')).not.toBe(monthly('cassandra-multi-dc'));
    expect(
      monthly('yugabytedb', { activeActiveRegions: 3, replicationFactor: 5, witnessRegion: false }),
    ).toBeGreaterThan(monthly('yugabytedb'));
  });

  it('keep the sourced presets free of the article figures', () => {
    for (const id of BENCHMARK_SETS.sourced.technologies) {
      const t = preset(id);
      const cited = [t.detection, t.decision, t.promotion, t.replicationLag].flatMap((d) => d?.figures ?? []);
      expect(
        cited.filter((f) => f.startsWith('ART-')),
        id,
      ).toEqual([]);
    }
  });

  it.each(['patroni-sync-tuned', 'patroni-sync-article'])(
    '%s has a mean detection + decision + promotion of 20–23 s (Pigsty fast: 23 s with a 1–2 s HAProxy check)',
    (id) => {
      const t = preset(id);
      const m = mean(t.detection.dist) + mean(t.decision.dist) + mean(t.promotion.dist);
      expect(m).toBeGreaterThanOrEqual(20);
      expect(m).toBeLessThanOrEqual(23);
      expect(t.assumedOperations).toEqual({ healthCheckIntervalSeconds: 1, healthCheckFailureThreshold: 2 });
    },
  );
});

describe('article calibration', () => {
  // The engine's default reroute: HAProxy (extra 0), checks every 5 s, threshold 3 → U(10, 15) s.
  const defaultReroute: Dist = { kind: 'uniform', min: 10, max: 15 };
  const cases: [string, [number, number], [number, number]][] = [
    // id, P5–P95 window of detection + decision + promotion, article's RTO window of the total
    ['article-ap-async', [22, 100], [30, 120]],
    ['article-ap-sync', [6, 42], [15, 60]],
    ['article-active-active', [0.5, 12], [0, 30]],
  ];

  it.each(cases)('%s lands in the article table', (id, [lo, hi], [rtoLo, rtoHi]) => {
    const t = preset(id);
    const phases = failoverPercentiles(t);
    expect(phases.p5).toBeGreaterThanOrEqual(lo);
    expect(phases.p95).toBeLessThanOrEqual(hi);
    const total = failoverPercentiles(t, defaultReroute);
    expect(total.p5).toBeGreaterThanOrEqual(rtoLo);
    expect(total.p95).toBeLessThanOrEqual(rtoHi);
    for (const d of [t.detection, t.decision, t.promotion]) expect(d.assumption).toBe(true);
  });
});

describe('traffic layers', () => {
  it('exist under the ids scenarios use', () => {
    for (const id of ['haproxy', 'keepalived-vip', 'cloud-load-balancer', 'dns-failover', 'anycast-gslb']) {
      expect(trafficLayer(id), id).toBeDefined();
    }
    expect(trafficLayer('dns-failover')?.usesDnsTtl).toBe(true);
    expect(trafficLayer('haproxy')?.extra.dist).toEqual({ kind: 'fixed', value: 0 });
  });
});

describe('benchmark sets', () => {
  it.each(SET_IDS)('%s lists existing presets and fitting defaults', (s) => {
    const set = benchmarkSet(s);
    expect(set.id).toBe(s);
    for (const id of set.technologies) expect(technology(id), id).toBeDefined();
    for (const slot of SLOTS) {
      const id = set.defaults[slot];
      expect(set.technologies, `${s}.${slot}`).toContain(id);
      expect(slotOf(preset(id)), `${s}.${slot}`).toBe(slot);
      expect(technologiesFor(s, slot).length, `${s}.${slot}`).toBeGreaterThan(0);
      for (const t of technologiesFor(s, slot)) expect(slotOf(t)).toBe(slot);
    }
    expect(trafficLayer(set.defaults.trafficLayer)).toBeDefined();
    expect(trafficLayer(set.defaults.globalTrafficLayer)).toBeDefined();
  });

  it('the sourced set keeps active-active below the unsourced 6–10x', () => {
    const s = scenarioWith({});
    const aa = patternEconomics(s, 'active-active').monthly.expected;
    const single = patternEconomics(s, 'single-node').monthly.expected;
    expect(aa / single).toBeLessThan(6);
    expect(preset('yugabytedb').cost.figures).not.toContain('ART-9');
  });

  it('the article set keeps its 6–10x, citing the article', () => {
    const aa = preset('article-active-active').cost;
    expect([aa.nodes.low, aa.nodes.high]).toEqual([6, 10]);
    expect(aa.figures).toContain('ART-9');
  });

  it('recovery times are pure repair times of sensible size', () => {
    const r = BENCHMARK_SETS.sourced.recovery;
    // 0.75 × (30+60+300)/3 + 0.25 × (300+600+900)/3 = 97.5 + 150 = 247.5 s
    expect(mean(r.nodeRestart.dist)).toBeCloseTo(247.5, 6);
    expect(mean(r.manualFailover.dist)).toBeLessThan(mean(r.regionRebuild.dist));
  });
});
