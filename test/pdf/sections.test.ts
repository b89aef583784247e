import { describe, expect, it } from 'vitest';
import { technology } from '../../models/catalogue/index';
import { simulate } from '../../models/engine/index';
import { METHODOLOGY } from '../../models/methodology';
import { scenarioSources } from '../../models/sources';
import { patternName } from '../../models/patterns';
import { formatMoney } from '../../src/format';
import type { Scenario } from '../../models/types';
import { PATTERN_IDS, SCOPE_IDS } from '../../models/types';
import { CHART_IDS, type Block, type ProposalForm, type Section } from '../../src/pdf/model';
import { chartsSection } from '../../src/pdf/sections/chartPages';
import { closestNote } from '../../src/pdf/sections/closestNote';
import { clusterManager } from '../../src/pdf/sections/clusterManagers';
import { comparisonSection } from '../../src/pdf/sections/comparison';
import { proposalContext, type Context } from '../../src/pdf/sections/context';
import { coverSection } from '../../src/pdf/sections/cover';
import { implementationSection } from '../../src/pdf/sections/implementation';
import { inputsSection } from '../../src/pdf/sections/inputs';
import { methodologySection } from '../../src/pdf/sections/methodology';
import { readinessSection } from '../../src/pdf/sections/readiness';
import { runbookSection } from '../../src/pdf/sections/runbook';
import { sourcesSection } from '../../src/pdf/sections/sources';
import { summarySection } from '../../src/pdf/sections/summary';
import { validationSection } from '../../src/pdf/sections/validation';
import { scenarioWith } from '../helpers';

const FORM: ProposalForm = {
  clientName: 'Acme',
  preparedBy: 'Ada Lovelace',
  company: 'Analytical Engines Ltd',
  paper: 'a4',
  note: '',
  hasLogo: false,
};

/** A few thousand simulated years are enough for the wording; the numbers are checked elsewhere. */
const FAST = { trials: 4096, seed: 7 };

function context(scenario: Scenario, form: Partial<ProposalForm> = {}): Context {
  return proposalContext({
    scenario,
    result: simulate(scenario),
    form: { ...FORM, ...form },
    date: '2026-11-25',
    appVersion: '9.9.9',
  });
}

function ofKind<K extends Block['kind']>(section: Section, kind: K): Extract<Block, { kind: K }>[] {
  return section.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
}

// One context for each kind of recommendation the sections word differently.
const activeActive = context(
  scenarioWith({
    targets: { regionRtoSeconds: 600, regionRpoSeconds: 60 },
    costs: { monthlyBudget: 50_000 },
    simulation: FAST,
  }),
);
const disasterRecovery = context(scenarioWith({ targets: { regionRtoSeconds: 4 * 3600 }, simulation: FAST }));
const activePassive = context(
  scenarioWith({
    costs: { monthlyBudget: 8000 },
    targets: { rpoSeconds: 0 },
    technology: { activePassiveSync: 'patroni-sync-tuned' },
    simulation: FAST,
  }),
);
const singleNode = context(
  scenarioWith({
    business: { downtimeCostPerMinute: 1, dataLossCostPerSecond: 0.01 },
    targets: { rtoSeconds: 86400, rpoSeconds: 86400, regionRtoSeconds: 7 * 86400, regionRpoSeconds: 86400 },
    costs: { monthlyBudget: 2000 },
    simulation: FAST,
  }),
);
const infeasible = context(
  scenarioWith({ costs: { monthlyBudget: 1000 }, targets: { rtoSeconds: 5 }, simulation: FAST }),
);

describe('the context', () => {
  it('holds the recommendation the sections describe', () => {
    expect(activeActive.rec.id).toBe('active-active');
    expect(disasterRecovery.rec.id).toBe('active-passive-dr');
    expect(activePassive.rec.id).toBe('active-passive-sync');
    expect(singleNode.rec.id).toBe('single-node');
    expect(infeasible.result.recommendation.feasible).toBe(false);
  });

  it('names the data layer of the recommended pattern, and none for a single node', () => {
    expect(activePassive.presetName).toBe(technology('patroni-sync-tuned')!.name);
    expect(singleNode.preset).toBeUndefined();
    expect(singleNode.presetName).toBe('none');
  });

  it("writes money in the scenario's currency", () => {
    expect(activeActive.m(1234)).toBe(formatMoney(1234, activeActive.scenario.currency));
  });
});

describe('cover', () => {
  it('calls a client left blank "Client"', () => {
    const cover = ofKind(
      coverSection(context(scenarioWith({ simulation: FAST }), { clientName: ' \t ' })),
      'cover',
    );
    expect(cover[0]).toMatchObject({ client: 'Client', subtitle: 'for Client' });
  });

  it('says when the architecture only comes closest', () => {
    const facts = ofKind(coverSection(infeasible), 'cover')[0]!.facts;
    expect(facts.find((f) => f.key === 'Status')!.value).toMatch(/comes closest/);
  });
});

describe('executive summary', () => {
  it('says right after the recommendation how many years were simulated', () => {
    for (const ctx of [activeActive, infeasible]) {
      const second = summarySection(ctx).blocks[1]!;
      expect(second).toMatchObject({ kind: 'paragraph', tone: 'muted' });
      expect(second.kind === 'paragraph' && second.text).toContain('4,096 simulated years');
    }
  });
});

describe('inputs and targets', () => {
  it('gives every failure scope a rate in words', () => {
    const ctx = context(
      scenarioWith({
        failureRates: { node: 1, storage: 0, network: 0.25, zone: 2, region: 0.05 },
        simulation: FAST,
      }),
    );
    const rates = ofKind(inputsSection(ctx), 'keyValue')[3]!.items;
    expect(rates).toHaveLength(SCOPE_IDS.length);
    expect(rates.map((r) => r.value)).toEqual([
      '1 per year (about once a year)',
      'never',
      '0.25 per year (about once every 4 years)',
      '2 per year (about once every 0.5 years)',
      '0.05 per year (about once every 20 years)',
    ]);
  });
});

describe('comparison', () => {
  it('highlights the recommended row of both tables and says why not each other pattern', () => {
    const section = comparisonSection(activeActive);
    const index = activeActive.result.patterns.findIndex((p) => p.id === activeActive.rec.id);
    for (const table of ofKind(section, 'table')) expect(table.highlightRow).toBe(index);
    const others = ofKind(section, 'paragraph')
      .filter((p) => p.tone === 'strong')
      .map((p) => p.text);
    expect(others).toEqual(PATTERN_IDS.filter((id) => id !== 'active-active').map(patternName));
  });
});

describe('chart pages', () => {
  it('shows the six charts in order, two to a page', () => {
    const blocks = chartsSection(activeActive).blocks;
    expect(blocks.map((b) => (b.kind === 'chart' ? b.chart : b.kind))).toEqual([
      CHART_IDS[0],
      CHART_IDS[1],
      'pageBreak',
      CHART_IDS[2],
      CHART_IDS[3],
      'pageBreak',
      CHART_IDS[4],
      CHART_IDS[5],
    ]);
  });
});

describe('runbook', () => {
  it('fills every column of every step', () => {
    for (const ctx of [activeActive, disasterRecovery, activePassive, singleNode]) {
      const [table] = ofKind(runbookSection(ctx), 'table');
      for (const row of table!.rows) expect(row).toHaveLength(table!.header.length);
    }
  });

  it('says what a regional disaster does, for every architecture in its own words', () => {
    const regional = (ctx: Context) =>
      ofKind(runbookSection(ctx), 'table')[0]!.rows.find((r) => r[0] === 'Regional disaster')?.[1] ?? '';
    expect(regional(activePassive)).toMatch(/^Nothing runs in a second region: people rebuild there/);
    expect(regional(singleNode)).toMatch(/^Nothing runs in a second region/);
    expect(regional(disasterRecovery)).toMatch(/^The alert pages a person, who confirms the region is down/);
    expect(regional(activeActive)).toMatch(/keeps taking writes in the regions still up/);
  });
});

describe('the note on the closest architecture', () => {
  it('opens the runbook and the plan only when nothing is feasible', () => {
    for (const build of [runbookSection, implementationSection]) {
      expect(build(infeasible).blocks[0]).toEqual(closestNote(infeasible));
      expect(build(activeActive).blocks[0]).not.toEqual(closestNote(activeActive));
    }
  });
});

describe('implementation plan', () => {
  it('has seven steps, each with the settings it assumes', () => {
    for (const ctx of [activeActive, activePassive, singleNode]) {
      const plan = implementationSection(ctx);
      const steps = ofKind(plan, 'subheading');
      expect(steps.map((s) => s.text.match(/^Step (\d)\. /)?.[1])).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
      ]);
      const settings = ofKind(plan, 'bullets');
      expect(settings).toHaveLength(7);
      for (const list of settings) {
        expect(list.items.length).toBeGreaterThan(0);
        for (const item of list.items) expect(item.trim()).not.toBe('');
      }
    }
  });
});

describe('cluster managers', () => {
  it('names the manager and its store for a self-run preset', () => {
    expect(clusterManager(technology('patroni-sync'))).toMatchObject({ actor: 'Patroni' });
    expect(clusterManager(technology('patroni-sync')).store).toMatch(/^etcd/);
    expect(clusterManager(technology('redis-sentinel')).store).toMatch(/quorum 2 of 3/);
    expect(clusterManager(technology('cockroachdb')).actor).toMatch(/Raft/);
  });

  it('leaves nothing to install for a managed service', () => {
    for (const id of ['aurora-postgresql', 'rds-multi-az-cluster', 'azure-postgresql-zone-redundant']) {
      const manager = clusterManager(technology(id));
      expect(manager.managed).toBe(true);
      expect(manager.what).toContain(technology(id)!.name);
    }
  });

  it('falls back to a generic manager for a preset it does not know', () => {
    expect(clusterManager(technology('mysql-group-replication')).actor).toBe('the cluster manager');
    expect(clusterManager(undefined).managed).toBeUndefined();
  });
});

describe('readiness checklist', () => {
  it('has a checklist before deployment and one at go-live, with backups for a single node', () => {
    const lists = ofKind(readinessSection(singleNode), 'checklist');
    expect(lists.map((l) => l.items.length)).toEqual([5, 5]);
    expect(lists[1]!.items[0]).toMatch(/^Backups complete every /);
    expect(ofKind(readinessSection(activePassive), 'checklist')[1]!.items[0]).toMatch(/^Replication lag/);
  });
});

describe('validation plan', () => {
  it('drills every failure scope, the region by shifting traffic when there is a second one', () => {
    const [table] = ofKind(validationSection(activeActive), 'table');
    expect(table!.rows).toHaveLength(SCOPE_IDS.length);
    for (const row of table!.rows) expect(row).toHaveLength(table!.header.length);
    expect(table!.rows[4]![2]).toMatch(/^Take one region out of service/);
    expect(ofKind(validationSection(disasterRecovery), 'table')[0]!.rows[4]![2]).toMatch(
      /^Take the primary region out/,
    );
    expect(ofKind(validationSection(activePassive), 'table')[0]!.rows[4]![2]).toMatch(/^Restore from/);
  });
});

describe('assumptions and sources', () => {
  it('puts the caveats right after the introduction, when there are any', () => {
    const withCaveats = {
      ...activeActive.scenario,
      technology: { ...activeActive.scenario.technology, activePassiveSync: 'rds-multi-az-instance' },
    };
    const caveats = scenarioSources(withCaveats).caveats;
    const blocks = sourcesSection(context(withCaveats)).blocks;
    if (caveats.length > 0) {
      expect(blocks[1]).toEqual({ kind: 'subheading', text: 'Caveats' });
      expect(blocks[2]).toEqual({ kind: 'bullets', items: caveats });
    } else {
      expect(blocks.some((b) => b.kind === 'subheading' && b.text === 'Caveats')).toBe(false);
    }
  });
});

describe('methodology', () => {
  it('gives each part of the methodology, then this run', () => {
    const headings = ofKind(methodologySection(activeActive), 'subheading').map((h) => h.text);
    expect(headings).toEqual([...METHODOLOGY.map((part) => part.heading), 'This run']);
  });
});
