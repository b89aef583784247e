import { describe, expect, it } from 'vitest';
import { technology } from '../../models/catalogue/index';
import { simulate } from '../../models/engine/index';
import { METHODOLOGY } from '../../models/methodology';
import { scenarioSources } from '../../models/sources';
import { patternName } from '../../models/patterns';
import { formatDuration, formatMoney } from '../../src/format';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import type { Scenario } from '../../models/types';
import { PATTERN_IDS, SCOPE_IDS } from '../../models/types';
import { CHART_IDS, type Block, type ProposalForm, type Section } from '../../src/pdf/model';
import { chartsSection } from '../../src/pdf/sections/chartPages';
import { closestNote } from '../../src/pdf/sections/closestNote';
import { clusterManager } from '../../src/pdf/sections/clusterManagers';
import { comparisonSection } from '../../src/pdf/sections/comparison';
import { proposalContext, type Context } from '../../src/pdf/sections/context';
import { decisionSection } from '../../src/pdf/sections/decision';
import { aboutSection, inScope, outOfScope } from '../../src/pdf/sections/about';
import { riskRegister, risksSection } from '../../src/pdf/sections/risks';
import { planPhases, planWeeks } from '../../src/pdf/sections/plan';
import { signoffSection } from '../../src/pdf/sections/signoff';
import { acceptanceCriteria, drillPlan } from '../../src/pdf/sections/validation';
import { failoverModelBlocks } from '../../src/pdf/sections/failoverModel';
import { runbookFor } from '../../models/catalogue/runbooks/index';
import { horizonCosts } from '../../src/report/horizonCosts';
import { figureById, figureUrls } from '../../models/catalogue/index';
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
  clientContact: 'Grace Hopper, CTO',
  preparedBy: 'Ada Lovelace',
  company: 'Analytical Engines Ltd',
  email: 'ada@example.com',
  phone: '+44 20 7946 0000',
  version: '1.2',
  validityDays: 30,
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

describe('the decision page', () => {
  it('opens with the document facts: id, version, date, validity, for whom and by whom', () => {
    const [masthead] = ofKind(decisionSection(activeActive), 'masthead');
    const facts = Object.fromEntries(masthead!.meta.map((m) => [m.key, m.value]));
    expect(facts.Document).toBe(`${activeActive.documentId}, version 1.2`);
    expect(facts.Date).toBe('25 November 2026');
    expect(facts['Valid until']).toBe('25 December 2026');
    expect(facts['Prepared for']).toBe('Acme, Grace Hopper, CTO');
    // The telephone number is kept on one line.
    expect(facts['Prepared by']).toBe(
      'Ada Lovelace, Analytical Engines Ltd, ada@example.com, +44\u00a020\u00a07946\u00a00000',
    );
  });

  it('calls a client left blank "Client"', () => {
    const [masthead] = ofKind(
      decisionSection(context(scenarioWith({ simulation: FAST }), { clientName: ' \t ' })),
      'masthead',
    );
    expect(masthead!.subtitle).toMatch(/^for Client: /);
  });

  it('states the recommendation, or that it only comes closest', () => {
    expect(ofKind(decisionSection(activeActive), 'callout')[0]).toMatchObject({ tone: 'positive' });
    const closest = ofKind(decisionSection(infeasible), 'callout')[0]!;
    expect(closest.tone).toBe('caution');
    expect(closest.title).toMatch(/^Closest: /);
  });

  it('prices every architecture over the horizon: infrastructure + one-off + losses = total', () => {
    for (const ctx of [activeActive, singleNode, infeasible]) {
      const [table] = ofKind(decisionSection(ctx), 'table');
      expect(table!.rows).toHaveLength(PATTERN_IDS.length);
      for (const row of table!.rows) for (const cell of row) expect(cell.trim()).not.toBe('');
      for (const c of horizonCosts(ctx.result)) {
        const p = ctx.result.patterns.find((x) => x.id === c.pattern)!;
        expect(c.infrastructure.expected + c.oneOff.expected + c.losses).toBeCloseTo(
          p.horizonTotalCost.mean,
          6,
        );
      }
    }
  });

  it('says what doing nothing costs and when the recommendation pays back', () => {
    const text = decisionSection(activeActive).blocks.flatMap((b) => (b.kind === 'keyValue' ? b.items : []));
    expect(text.map((i) => i.key)).toEqual(['Staying on a single node', 'Payback']);
    expect(text[1]!.value).toMatch(/pays back|costs .* a year more|nothing to pay back/);
    const single = decisionSection(singleNode).blocks.flatMap((b) => (b.kind === 'keyValue' ? b.items : []));
    expect(single[1]!.value).toMatch(/nothing to build and nothing to pay back/);
  });

  it('ends with what a bad year costs, in plain words', () => {
    const blocks = decisionSection(activeActive).blocks;
    const at = blocks.findIndex((b) => b.kind === 'subheading' && b.text === 'A bad year');
    expect(at).toBeGreaterThan(0);
    const bullets = blocks[at + 1];
    expect(bullets?.kind === 'bullets' && bullets.items[0]).toMatch(
      /^In a typical year .*; one year in twenty more than/,
    );
  });
});

describe('about this proposal', () => {
  it('says what is in scope and out of it, for the recommended architecture', () => {
    expect(inScope(activePassive)[0]).toContain(activePassive.presetName);
    expect(outOfScope(activePassive).join(' ')).toMatch(/second region/);
    expect(outOfScope(activeActive).join(' ')).not.toMatch(/Running in a second region/);
    const headings = ofKind(aboutSection(activeActive), 'subheading').map((h) => h.text);
    expect(headings).toEqual(['In scope', 'Out of scope']);
  });

  it('carries the note for the client when there is one', () => {
    const withNote = context(scenarioWith({ simulation: FAST }), { note: 'Prices as agreed on 3 May.' });
    expect(ofKind(aboutSection(withNote), 'paragraph').map((p) => p.text)).toContain(
      'Prices as agreed on 3 May.',
    );
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
  it('lists the inputs the client gave apart from the assumptions to confirm', () => {
    const ctx = context(
      scenarioWith({
        failureRates: { node: 1, storage: 0, network: 0.25, zone: 2, region: 0.05 },
        simulation: FAST,
        provenance: { client: ['failureRates.zone'] },
      }),
    );
    const section = inputsSection(ctx);
    const [given, toConfirm] = ofKind(section, 'table');
    expect(given!.rows).toContainEqual(['Zone failures', '2 per year']);
    expect(given!.rows.map((r) => r[0])).not.toContain('Node failures');
    expect(toConfirm!.rows).toContainEqual([
      'Node failures',
      '1 per year',
      'example of the preset “E-commerce checkout”',
      '☐ yes   ☐ no',
    ]);
    for (const row of toConfirm!.rows) expect(row[3]).toBe('☐ yes   ☐ no');
    // The preset's description is not the client's: the scenario is introduced by where it started.
    const [intro] = ofKind(section, 'paragraph');
    expect(intro!.text).not.toContain(DEFAULT_SCENARIO.description);
    expect(intro!.text).toMatch(/Started from the planner’s preset “E-commerce checkout”, an example/);
  });

  it('prints the description when it is the client’s own, and names a client session’s assumptions', () => {
    const session = scenarioWith({
      description: 'Acme’s order book.',
      simulation: FAST,
      provenance: { origin: { kind: 'defaults' }, client: ['description', 'business.downtimeCostPerMinute'] },
    });
    const section = inputsSection(context(session));
    const [intro] = ofKind(section, 'paragraph');
    expect(intro!.text).toMatch(/^E-commerce checkout: Acme’s order book\. Money in USD\. 1 input was given/);
    const [, toConfirm] = ofKind(section, 'table');
    expect(toConfirm!.rows.every((r) => r[2] === 'the planner’s assumption')).toBe(true);
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
  it('is the runbook of the recommended technology, with roles, commands and sources', () => {
    const section = runbookSection(activePassive);
    expect(section.heading).toBe('Runbook: Patroni (PostgreSQL)');
    const steps = ofKind(section, 'steps').flatMap((b) => b.steps);
    expect(steps.some((s) => s.command?.startsWith('patronictl'))).toBe(true);
    for (const s of steps) {
      expect(s.role.length).toBeGreaterThan(0);
      expect(s.sources.length).toBeGreaterThan(0);
      for (const id of s.sources) expect(figureById(id), id).toBeDefined();
    }
    const headings = ofKind(section, 'subheading').map((h) => h.text);
    for (const part of [
      'Roles',
      'Before acting: preconditions',
      'Go / no-go',
      'Failover',
      'Verification',
      'Failback',
      'What monitoring shows',
    ])
      expect(headings).toContain(part);
  });

  it('labels a generic runbook generic and gives it no command', () => {
    const generic = context(
      scenarioWith({
        benchmarkSet: 'article',
        technology: {
          activePassiveAsync: 'article-ap-async',
          activePassiveSync: 'article-ap-sync',
          activePassiveDr: 'article-ap-dr',
          activeActive: 'article-active-active',
        },
        simulation: FAST,
      }),
    );
    const section = runbookSection(generic);
    if (generic.preset && runbookFor(generic.preset).generic) {
      expect(ofKind(section, 'callout')[0]!.title).toBe('Generic runbook');
      for (const s of ofKind(section, 'steps').flatMap((b) => b.steps)) expect(s.command).toBeUndefined();
    }
    expect(runbookSection(singleNode).heading).toBe('Recovery runbook');
    expect(ofKind(runbookSection(singleNode), 'callout')[0]!.title).toBe('Generic runbook');
  });

  it('takes a regional disaster to the second region only when there is one', () => {
    const regional = (ctx: Context) => {
      const blocks = runbookSection(ctx).blocks;
      const at = blocks.findIndex((b) => b.kind === 'subheading' && b.text === 'Regional disaster');
      const next = blocks[at + 1];
      return next?.kind === 'steps' ? next.steps.map((s) => s.text).join(' ') : '';
    };
    expect(regional(activePassive)).toMatch(/rebuild in another region from the off-site backup/);
    expect(regional(disasterRecovery)).toMatch(/standby_cluster/);
    expect(regional(activeActive)).not.toMatch(/off-site backup/);
  });

  it('leaves the model of the failover to the methodology, with no template wording', () => {
    const model = failoverModelBlocks(activeActive);
    const text = JSON.stringify(model);
    expect(text).not.toMatch(/election, lock or lease/);
    expect(text).not.toMatch(/promotes the replica by hand/);
    const [table] = model.filter((b) => b.kind === 'table');
    for (const row of table!.kind === 'table' ? table!.rows : [])
      for (const cell of row) expect(cell.trim()).not.toBe('');
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
  it('has six phases with roles, durations, dependencies and milestones, drawn as a timeline', () => {
    for (const ctx of [activeActive, activePassive, singleNode]) {
      const phases = planPhases(ctx);
      expect(phases).toHaveLength(6);
      for (const p of phases) {
        expect(p.weeks).toBeGreaterThanOrEqual(0.5);
        for (const id of p.after) {
          const before = phases.find((x) => x.id === id)!;
          expect(p.start).toBeGreaterThanOrEqual(before.start + before.weeks);
        }
      }
      expect(phases.find((p) => p.id === 'migrate')!.name).toMatch(/Migrate the data/);
      const [timeline] = ofKind(implementationSection(ctx), 'timeline');
      expect(timeline!.phases).toHaveLength(6);
      expect(timeline!.milestones.map((m) => m.at)).toContain(planWeeks(phases));
      const [table] = ofKind(implementationSection(ctx), 'table');
      for (const row of table!.rows) for (const cell of row) expect(cell.trim()).not.toBe('');
    }
    // A larger build takes longer.
    expect(planWeeks(planPhases(activeActive))).toBeGreaterThan(planWeeks(planPhases(activePassive)));
  });

  it('has seven steps, each with the settings it assumes', () => {
    for (const ctx of [activeActive, activePassive, singleNode]) {
      const plan = implementationSection(ctx);
      const steps = ofKind(plan, 'subheading').filter((s) => s.text.startsWith('Step '));
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
  it('drills every failure scope the way the technology allows', () => {
    const [table] = ofKind(validationSection(activeActive), 'table');
    expect(table!.rows).toHaveLength(SCOPE_IDS.length);
    for (const row of table!.rows) {
      expect(row).toHaveLength(table!.header.length);
      for (const cell of row) expect(cell.trim()).not.toBe('');
    }
    expect(table!.rows[4]![2]).toMatch(/^Stop every node of one region/);
    expect(ofKind(validationSection(disasterRecovery), 'table')[0]!.rows[4]![2]).toMatch(/standby cluster/);
    expect(ofKind(validationSection(activePassive), 'table')[0]!.rows[4]![2]).toMatch(
      /^Restore the off-site backup/,
    );
  });

  it('never tells a managed database to detach a volume', () => {
    const aurora = context(
      scenarioWith({
        costs: { monthlyBudget: 50_000 },
        technology: { activePassiveAsync: 'aurora-postgresql' },
        simulation: FAST,
      }),
    );
    const ctx = {
      ...aurora,
      preset: technology('aurora-postgresql'),
      presetName: technology('aurora-postgresql')!.name,
    };
    const plan = drillPlan(ctx);
    expect(plan.find((d) => d.scope === 'storage')!.possible).toBe(false);
    expect(plan.map((d) => d.action).join(' ')).not.toMatch(/Detach the primary/i);
    expect(plan.find((d) => d.scope === 'node')!.action).toMatch(/Force a failover/);
  });

  it('ties the acceptance criteria to drill results against the targets', () => {
    const criteria = acceptanceCriteria(activePassive);
    const t = activePassive.scenario.targets;
    expect(criteria[0]).toMatch(/^The node crash drill shows every outage ≤ /);
    expect(criteria[0]).toContain(`≤ ${formatDuration(t.rtoSeconds)}`);
    expect(criteria[0]).toContain('over 3 runs');
    expect(criteria[0]).toContain(`P95 ${formatDuration(activePassive.rec.incidentRtoSeconds.p95)}`);
    expect(ofKind(validationSection(activePassive), 'checklist')[0]!.items).toEqual(criteria);
  });
});

describe('risk register', () => {
  it('fills every cell from the simulation, with an owner', () => {
    for (const ctx of [activeActive, disasterRecovery, activePassive, singleNode, infeasible]) {
      const risks = riskRegister(ctx);
      expect(risks.length).toBeGreaterThanOrEqual(3);
      for (const r of risks) for (const value of Object.values(r)) expect(value.trim()).not.toBe('');
      expect(risks[0]!.risk).toMatch(/^Regional outage/);
    }
    expect(riskRegister(infeasible).some((r) => /does not meet every target/.test(r.risk))).toBe(true);
    expect(ofKind(risksSection(activePassive), 'table')[0]!.header).toEqual([
      'Risk',
      'Likelihood',
      'Impact',
      'Mitigation',
      'Owner',
    ]);
  });
});

describe('next steps and sign-off', () => {
  it('ends with numbered next steps and a signature block for both sides', () => {
    const section = signoffSection(activePassive);
    expect(ofKind(section, 'bullets')[0]!.ordered).toBe(true);
    const [block] = ofKind(section, 'signoff');
    expect(block!.parties.map((p) => p.side)).toEqual(['For Acme', 'For Analytical Engines Ltd']);
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

  it('lists every cited id, and the ids those cite, each with an address and no empty cell', () => {
    const section = sourcesSection(activePassive, new Set(['RUN-1', 'ART-13']));
    const tables = ofKind(section, 'table');
    const listed = tables.flatMap((t) => t.rows.map((r) => r[0]!));
    for (const id of ['RUN-1', 'ART-13', 'HAP-1', 'GLB-1', 'ALB-1', 'R53-1']) expect(listed).toContain(id);
    for (const t of tables)
      for (const row of t.rows) for (const cell of row) expect(cell.trim()).not.toBe('');
    for (const t of tables.slice(0, 2))
      for (const row of t.rows) expect(row[3]).toContain(figureUrls(figureById(row[0]!)!)[0]);
    expect(JSON.stringify(section)).not.toMatch(/UNVERIFIED/);
  });
});

describe('methodology', () => {
  it('gives each part of the methodology, then this run', () => {
    const headings = ofKind(methodologySection(activeActive), 'subheading').map((h) => h.text);
    expect(headings).toEqual([
      ...METHODOLOGY.map((part) => part.heading),
      `How the simulation models a failure of ${activeActive.recName}`,
      'Cost over the horizon, doing nothing and payback',
      'This run',
    ]);
  });
});
