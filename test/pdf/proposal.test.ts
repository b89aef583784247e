import { describe, expect, it } from 'vitest';
import { figureById, figureUrls, technology, trafficLayer } from '../../models/catalogue/index';
import { runbookFor } from '../../models/catalogue/runbooks/index';
import { remediesFor, sensitivityOf } from '../../models/engine/analysis';
import { simulate } from '../../models/engine/index';
import { scenarioSources } from '../../models/sources';
import { patternName } from '../../models/patterns';
import { recommendationReasons, remedyText } from '../../src/report/findings';
import { formatAvailability, formatDuration, formatMoney, formatMoneyRange } from '../../src/format';
import type { Scenario, SimulationResult } from '../../models/types';
import { PATTERN_IDS } from '../../models/types';
import {
  asciiSlug,
  blockText,
  buildProposal,
  sectionText as sectionLines,
  proposalFileName,
  SECTION_IDS,
  type Block,
  type ProposalDocument,
  type ProposalForm,
  type Section,
} from '../../src/pdf/proposal';
import { scenarioWith } from '../helpers';

const FORM: ProposalForm = {
  clientName: 'Société Générale — Zürich',
  clientContact: 'Grace Hopper, CTO',
  preparedBy: 'Ada Lovelace',
  company: 'Analytical Engines Ltd',
  email: 'ada@example.com',
  phone: '+44 20 7946 0000',
  version: '1.0',
  validityDays: 30,
  paper: 'a4',
  note: 'Figures as of the workshop.',
  hasLogo: false,
};
const DATE = '2026-11-25';

function run(scenario: Scenario): SimulationResult {
  return simulate(scenario);
}

function build(scenario: Scenario, result: SimulationResult, form: Partial<ProposalForm> = {}) {
  return buildProposal({ scenario, result, form: { ...FORM, ...form }, date: DATE, appVersion: '9.9.9' });
}

const sectionText = (s: Section) => sectionLines(s).join('\n');

function section(doc: ProposalDocument, id: Section['id']): Section {
  const found = doc.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function tables(s: Section) {
  return s.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
}

// The default scenario (Patroni, HAProxy; active-active recommended) and a variant whose recommendation
// is active-passive on the tuned Patroni preset, so the plan has Patroni settings to name.
const defaultScenario = scenarioWith({ simulation: { trials: 20_000, seed: 7 } });
const defaultResult = run(defaultScenario);
const wording = { currency: defaultScenario.currency, confidence: defaultScenario.targets.confidence };
const patroniScenario = scenarioWith({
  costs: { monthlyBudget: 5000 },
  targets: { rpoSeconds: 0 },
  technology: { activePassiveSync: 'patroni-sync-tuned' },
  operations: { healthCheckIntervalSeconds: 2, healthCheckFailureThreshold: 2 },
  simulation: { trials: 20_000, seed: 7 },
});
const patroniResult = run(patroniScenario);

describe('buildProposal', () => {
  const doc = build(defaultScenario, defaultResult);

  it('has its sections in order, the appendices last', () => {
    expect(doc.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
    expect(doc.sections.map((s) => s.heading)).toEqual(
      [
        'The decision',
        'Contents',
        'About this proposal',
        'Executive summary',
        'Inputs and targets',
        'Comparison of the architectures',
        'Charts',
        'Deciding under uncertainty',
        'Risk register',
        'Implementation plan',
        `Runbook: ${runbookFor(technology(defaultScenario.technology.activePassiveDr)).family}`,
        'Validation plan and acceptance',
        'Readiness checklist',
        'Next steps and sign-off',
        'Assumptions and sources',
        'Methodology',
      ].map((h, i) => (i === 10 ? section(doc, 'runbook').heading : h)),
    );
    expect(doc.title).toBe('High-availability proposal');
    expect(doc.sections.filter((s) => s.appendix).map((s) => s.id)).toEqual(['sources', 'methodology']);
  });

  it('puts client, preparer, document id, version and dates on the first page', () => {
    const [masthead] = section(doc, 'decision').blocks;
    expect(masthead).toMatchObject({ kind: 'masthead', title: 'High-availability proposal', logo: false });
    const text = blockText(masthead!).join('\n');
    for (const part of [
      'Société Générale — Zürich',
      'Ada Lovelace',
      'Analytical Engines Ltd',
      '25 November 2026',
      '25 December 2026',
      doc.documentId,
      'version 1.0',
    ])
      expect(text).toContain(part);
    expect(doc.documentId).toMatch(/^HAP-[0-9A-F]{6}$/);
    expect(build(defaultScenario, defaultResult, { hasLogo: true }).sections[0]!.blocks[0]).toMatchObject({
      logo: true,
    });
    // The note for the client goes with the proposal's details.
    expect(sectionText(section(doc, 'about'))).toContain('Figures as of the workshop.');
  });

  it('keeps the document id across versions and dates, and changes it with the client', () => {
    const again = build(defaultScenario, defaultResult, { version: '2.0' });
    expect(again.documentId).toBe(doc.documentId);
    expect(again.version).toBe('2.0');
    expect(build(defaultScenario, defaultResult, { clientName: 'Other' }).documentId).not.toBe(
      doc.documentId,
    );
  });

  it('lists every catalogue id the text cites in the sources appendix', () => {
    const listed = new Set(
      section(doc, 'sources')
        .blocks.filter((b) => b.kind === 'table')
        .flatMap((t) => (t.kind === 'table' ? t.rows.map((r) => r[0]!) : [])),
    );
    for (const s of doc.sections)
      for (const id of sectionText(s).match(/\b[A-Z]{2,5}-\d{1,3}\b/g) ?? [])
        if (figureById(id)) expect(listed.has(id), `${s.id} cites ${id}`).toBe(true);
  });

  it('mentions no file of this project and no unverified source', () => {
    const all = doc.sections.map(sectionText).join('\n');
    expect(all).not.toMatch(/\b[\w-]+\.(ts|tsx)\b/);
    expect(all).not.toMatch(/benchmarks\.md|findings\.md|§/);
    expect(all).not.toMatch(/UNVERIFIED/);
    expect(all).not.toMatch(/\bAccept a RTO\b|\ba RPO\b/);
    expect(all).not.toMatch(/(\$[\d,.]+[MB]?)–\1(?![\d,.])/);
  });

  it('names the recommended pattern and every pattern', () => {
    const recommended = patternName(defaultResult.recommendation.pattern);
    const summary = sectionText(section(doc, 'summary'));
    expect(summary).toContain(`We recommend ${recommended}`);
    for (const reason of recommendationReasons(defaultResult.recommendation, wording).slice(0, 5))
      expect(summary).toContain(reason);
    const comparison = sectionText(section(doc, 'comparison'));
    for (const id of PATTERN_IDS) expect(comparison).toContain(patternName(id));
    expect(tables(section(doc, 'comparison'))[0]!.rows).toHaveLength(5);
  });

  it('states costs, availability and downtime with the numbers of the result', () => {
    const rec = defaultResult.patterns.find((p) => p.id === defaultResult.recommendation.pattern)!;
    const cur = defaultScenario.currency;
    const summary = sectionText(section(doc, 'summary'));
    expect(summary).toContain(formatMoney(rec.monthlyInfraCost.expected, cur));
    expect(summary).toContain(formatMoney(rec.annualCostBreakdown.infrastructure, cur));
    expect(summary).toContain(formatMoney(rec.annualTotalCost.mean, cur));
    expect(summary).toContain(formatMoney(rec.horizonTotalCost.mean, cur));
    expect(summary).toContain(formatAvailability(rec.availability));
    expect(summary).toContain(formatDuration(rec.annualDowntimeMinutes.mean * 60));
    // What it protects against, with the regional numbers.
    expect(summary).toContain('What it protects against');
    expect(summary).toContain('What it does not protect against');
    expect(summary).toContain(`P95 ${formatDuration(rec.regionRtoSeconds.p95)} down`);
  });

  it('fills the comparison table from the result, row by row', () => {
    const [operational, money_] = tables(section(doc, 'comparison'));
    defaultResult.patterns.forEach((p, i) => {
      const cur = defaultScenario.currency;
      const row = operational!.rows[i]!;
      expect(row[0]).toContain(patternName(p.id));
      expect(row[1]).toBe(
        `${formatDuration(p.incidentRtoSeconds.p50)} / ${formatDuration(p.incidentRtoSeconds.p95)}`,
      );
      expect(row[2]).toBe(
        `${formatDuration(p.incidentRpoSeconds.p50)} / ${formatDuration(p.incidentRpoSeconds.p95)}`,
      );
      expect(row[3]).toContain(formatDuration(p.regionRtoSeconds.p95));
      expect(row[4]).toContain(formatAvailability(p.availability));
      expect(row[5]).toBe(formatAvailability(p.availabilityWithMaintenance));
      const m = money_!.rows[i]!;
      expect(m[1]).toBe(
        `${formatMoney(p.monthlyInfraCost.expected, cur)}\n${formatMoneyRange(p.monthlyInfraCost, cur)}`,
      );
      expect(m[2]).toBe(formatMoneyRange(p.oneOffCost, cur));
      expect(m[3]).toBe(`${formatMoney(p.annualLoss.mean, cur)}\n(${formatMoney(p.annualLoss.p95, cur)})`);
      expect(m[4]).toContain(formatMoney(p.horizonTotalCost.mean, cur));
      expect(m[6]).toMatch(p.feasible ? /^Yes/ : /^No/);
    });
    const recIndex = defaultResult.patterns.findIndex((p) => p.id === defaultResult.recommendation.pattern);
    expect(operational!.highlightRow).toBe(recIndex);
    expect(operational!.rows[recIndex]![0]).toContain('(recommended)');
  });

  it('shows the six charts with captions', () => {
    const charts = section(doc, 'charts').blocks.filter((b) => b.kind === 'chart');
    expect(charts.map((c) => (c.kind === 'chart' ? c.chart : ''))).toEqual([
      'cost',
      'rto',
      'rpo',
      'loss',
      'timeline',
      'break-even',
    ]);
    for (const c of charts) if (c.kind === 'chart') expect(c.caption.length).toBeGreaterThan(40);
  });

  it('lists every sourced figure with source, date, confidence and kind, every assumption and the caveats', () => {
    const sources = scenarioSources(defaultScenario);
    const all = tables(section(doc, 'sources'));
    const figures = all[0]!;
    const assumptions = all[all.length - 1]!;
    expect(figures.header).toEqual(['Id', 'Figure', 'Value', 'Where to read it', 'Date', 'Confidence, kind']);
    const rows = new Map(figures.rows.map((r) => [r[0]!, r]));
    for (const { figure } of sources.figures) {
      const row = rows.get(figure.id)!;
      expect(row, figure.id).toBeDefined();
      expect(row[3]).toContain(figureUrls(figure)[0]);
      expect(row[4]).toBe(figure.date ?? 'undated');
      expect(row[5]).toBe(`${figure.confidence}\n${figure.kind}`);
    }
    expect(assumptions.rows.map((r) => r[0])).toEqual(sources.assumptions.map((a) => a.label));
    const text = sectionText(section(doc, 'sources'));
    for (const caveat of sources.caveats) expect(text).toContain(caveat);
  });

  it('closes with the methodology, the run and the app version', () => {
    const text = sectionText(section(doc, 'methodology'));
    expect(text).toContain('What is compared');
    expect(text).toContain(defaultResult.trials.toLocaleString('en-US'));
    expect(text).toContain(String(defaultResult.seed));
    expect(text).toContain('HA Planner 9.9.9');
    expect(text).toContain(DATE);
  });
});

describe('runbook and implementation plan', () => {
  it('gives each phase of the failover with its mean time in the methodology', () => {
    const doc = build(defaultScenario, defaultResult);
    const rec = defaultResult.patterns.find((p) => p.id === defaultResult.recommendation.pattern)!;
    const table = tables(section(doc, 'methodology'))[0]!;
    const byStep = new Map(table.rows.map((r) => [r[0]!, r]));
    expect(byStep.get('1. Detect')![3]).toBe(formatDuration(rec.phaseMeansSeconds.detection));
    expect(byStep.get('2. Decide')![3]).toBe(formatDuration(rec.phaseMeansSeconds.decision));
    expect(byStep.get('3. Promote')![3]).toBe(formatDuration(rec.phaseMeansSeconds.promotion));
    expect(byStep.get('4. Reroute')![3]).toBe(formatDuration(rec.phaseMeansSeconds.reroute));
    expect(byStep.get('If automation does not act')![3]).toBe(formatDuration(rec.phaseMeansSeconds.manual));
    const ops = defaultScenario.operations;
    expect(byStep.get('4. Reroute')![1]).toContain(
      trafficLayer(defaultScenario.technology.trafficLayer)!.name,
    );
    expect(byStep.get('4. Reroute')![1]).toContain(`every ${formatDuration(ops.healthCheckIntervalSeconds)}`);
  });

  it('names the Patroni settings and the scenario health check in the plan', () => {
    expect(patroniResult.recommendation.pattern).toBe('active-passive-sync');
    const doc = build(patroniScenario, patroniResult);
    const preset = technology('patroni-sync-tuned')!;
    const plan = sectionText(section(doc, 'implementation'));
    expect(plan).toContain('Patroni');
    expect(plan).toContain('etcd');
    expect(plan).toContain(`ttl = ${preset.settings.ttl}`);
    expect(plan).toContain(`loop_wait = ${preset.settings.loop_wait}`);
    expect(plan).toContain('health check every 2 s, 2 failed checks');
    expect(plan).toContain(`Failover drills per year: ${patroniScenario.operations.drillsPerYear}`);
    expect(plan).toContain(`within the ${formatDuration(patroniScenario.targets.rtoSeconds)} RTO`);
    for (let step = 1; step <= 7; step++) expect(plan).toContain(`Step ${step}. `);
    // The runbook uses the same preset's commands.
    const runbook = sectionText(section(doc, 'runbook'));
    expect(runbook).toContain(preset.name);
    expect(runbook).toContain('patronictl -c <patroni.yml> failover');
  });

  it('turns the checklists into the scenario’s numbers', () => {
    const doc = build(patroniScenario, patroniResult);
    const readiness = section(doc, 'readiness');
    const checklists = readiness.blocks.filter((b) => b.kind === 'checklist');
    expect(checklists).toHaveLength(2);
    const text = sectionText(readiness);
    expect(text).toContain('Redundant network paths');
    expect(text).toContain('within 60 s');
    expect(text).toContain('Backup restore tested end to end');
    const validation = sectionText(section(doc, 'validation'));
    for (const drill of ['Node crash', 'Network partition', 'Storage failure', 'Data-center (zone) loss'])
      expect(validation).toContain(drill);
    expect(validation).toMatch(/Chaos testing/);
  });

  it('gives a single node a recovery runbook instead', () => {
    const scenario = scenarioWith({
      business: { downtimeCostPerMinute: 1, dataLossCostPerSecond: 0.01 },
      targets: { rtoSeconds: 86400, rpoSeconds: 86400, regionRtoSeconds: 7 * 86400, regionRpoSeconds: 86400 },
      costs: { monthlyBudget: 2000 },
      simulation: { trials: 10_000, seed: 3 },
    });
    const result = run(scenario);
    expect(result.recommendation.pattern).toBe('single-node');
    const doc = build(scenario, result);
    expect(section(doc, 'runbook').heading).toBe('Recovery runbook');
    const rec = result.patterns.find((p) => p.id === 'single-node')!;
    const rows = tables(section(doc, 'methodology'))[0]!.rows;
    expect(rows.find((r) => r[0] === '3. Recover')![3]).toBe(formatDuration(rec.phaseMeansSeconds.recovery));
  });
});

describe('when nothing is feasible', () => {
  it('names the closest pattern with its blockers and remedies', () => {
    const scenario = scenarioWith({
      costs: { monthlyBudget: 1000 },
      targets: { rtoSeconds: 5 },
      simulation: { trials: 10_000, seed: 5 },
    });
    const result = run(scenario);
    expect(result.recommendation.feasible).toBe(false);
    const doc = build(scenario, result);
    const summary = section(doc, 'summary');
    const text = sectionText(summary);
    expect(text).toContain('No architecture meets every target within budget');
    expect(text).toContain(patternName(result.recommendation.pattern));
    const headings = summary.blocks.filter((b) => b.kind === 'subheading').map((b) => blockText(b)[0]);
    expect(headings).toContain('Blockers');
    expect(headings).toContain('Remedies');
    const ctx = { currency: scenario.currency, confidence: scenario.targets.confidence };
    const blockers = recommendationReasons(result.recommendation, ctx).slice(1);
    for (const blocker of blockers) expect(text).toContain(blocker);
    for (const remedy of result.recommendation.remedies) expect(text).toContain(remedyText(remedy, ctx));
    expect(result.recommendation.remedies.length).toBeGreaterThan(0);
    expect(sectionText(section(doc, 'runbook'))).toContain('closest');
  });
});

describe('plain text and file names', () => {
  it('keeps a client name with markup as literal text', () => {
    const client = 'Société Générale — Zürich <b>σ≤≈€</b>';
    const doc = build(defaultScenario, defaultResult, { clientName: client });
    expect(doc.client).toBe(client);
    expect(section(doc, 'decision').blocks[0]).toMatchObject({
      subtitle: `for ${client}: ${defaultScenario.name}`,
    });
  });

  it('drops control characters and collapses white space in the form fields', () => {
    const doc = build(defaultScenario, defaultResult, { clientName: '  Acme\u0000\u0007 \t Corp  ' });
    expect(doc.client).toBe('Acme Corp');
  });

  it('builds an ASCII-safe file name from client and date', () => {
    expect(build(defaultScenario, defaultResult).fileName).toBe(
      'HA-proposal_Societe-Generale-Zurich_2026-11-25.pdf',
    );
    expect(proposalFileName('Ørsted Æblegård / Straße', '2026-01-02')).toBe(
      'HA-proposal_Orsted-AEblegard-Strasse_2026-01-02.pdf',
    );
    expect(proposalFileName('東京', '2026-01-02')).toBe('HA-proposal_client_2026-01-02.pdf');
    expect(proposalFileName('../../etc/passwd', 'x')).toBe('HA-proposal_etc-passwd_undated.pdf');
    for (const name of ['<b>σ≤≈€</b>', 'a'.repeat(300), 'Zürich — Genève']) {
      expect(proposalFileName(name, DATE)).toMatch(/^HA-proposal_[A-Za-z0-9-]+_2026-11-25\.pdf$/);
    }
    expect(asciiSlug('a'.repeat(300)).length).toBeLessThanOrEqual(60);
  });

  it('is the same document for the same inputs', () => {
    expect(build(defaultScenario, defaultResult)).toEqual(build(defaultScenario, defaultResult));
  });
});

describe('the section on deciding under uncertainty', () => {
  const scenario = scenarioWith({ simulation: { trials: 8192, seed: 4 } });
  const result = run(scenario);
  const text = (doc: ProposalDocument) => section(doc, 'uncertainty').blocks.flatMap(blockText).join('\n');

  it('tells the tail and the objective window by window, with or without the analyses', () => {
    const t = text(build(scenario, result));
    const rec = result.patterns.find((p) => p.id === result.recommendation.pattern)!;
    expect(t).toContain(`one year in twenty more than ${formatMoney(rec.annualLoss.p95, 'USD')}`);
    expect(t).toContain('Availability objective: 99.95% a month');
    expect(t).toContain('Months in breach');
    expect(t).not.toContain('What the recommendation hinges on');
  });

  it('carries what the recommendation hinges on when the analysis was in', () => {
    const analysis = { sensitivity: sensitivityOf(scenario), remedies: remediesFor(scenario, result) };
    const doc = buildProposal({ scenario, result, analysis, form: FORM, date: DATE, appVersion: '9.9.9' });
    const t = text(doc);
    expect(t).toContain('What the recommendation hinges on');
    expect(t).toContain('Node failures');
    const table = section(doc, 'uncertainty').blocks.find(
      (b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.header[0] === 'Input',
    )!;
    expect(table.rows).toHaveLength(analysis.sensitivity.drivers.length);
  });
});
