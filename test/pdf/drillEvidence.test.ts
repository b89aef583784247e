import { describe, expect, it } from 'vitest';
import { calibrate } from '../../models/calibration/calibrate';
import { simulate } from '../../models/engine/index';
import type { Drill, Scenario } from '../../models/types';
import type { Block, ProposalForm, Section } from '../../src/pdf/model';
import { proposalContext } from '../../src/pdf/sections/context';
import { implementationSection } from '../../src/pdf/sections/implementation';
import { PDF_DRILL_ROWS } from '../../src/pdf/sections/drillEvidence';
import { validationSection } from '../../src/pdf/sections/validation';
import { formatPercent } from '../../src/format';
import { scenarioWith } from '../helpers';

const FORM: ProposalForm = {
  clientName: 'Acme',
  clientContact: '',
  preparedBy: '',
  company: '',
  email: '',
  phone: '',
  version: '1.0',
  validityDays: 30,
  paper: 'a4',
  note: '',
  hasLogo: false,
};

/** A scenario built for the drills to matter: a 45-s RTO only active-active meets as entered. */
const tight = (drills: Drill[]): Scenario =>
  scenarioWith({
    targets: { rtoSeconds: 45 },
    business: { downtimeCostPerMinute: 1000 },
    simulation: { trials: 20_000, seed: 9 },
    drillLog: { drills },
  });

const fast = (i: number): Drill => ({
  date: `2026-04-${String(10 + i).padStart(2, '0')}`,
  scope: i % 3 === 0 ? 'zone' : 'node',
  architecture: 'active-passive-async',
  outcome: 'automated',
  outageSeconds: 27 + (i % 5) * 1.5,
  dataLossSeconds: 0.2,
});

function contextOf(scenario: Scenario) {
  const calibrated = calibrate(scenario).scenario;
  return proposalContext({
    scenario,
    result: simulate(calibrated),
    before: simulate(scenario),
    form: FORM,
    date: '2026-11-25',
    appVersion: '9.9.9',
  });
}

function section(scenario: Scenario): Section {
  return validationSection(contextOf(scenario));
}

const tables = (s: Section) =>
  s.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const texts = (s: Section) =>
  s.blocks.flatMap((b) => (b.kind === 'bullets' ? b.items : 'text' in b ? [b.text] : []));

describe('the validation plan with a drill log', () => {
  it('lists the drills with their dates beside the model, the figures they changed, and the recommendation before and after', () => {
    const drills = [
      ...Array.from({ length: 10 }, (_, i) => fast(i)),
      { ...fast(0), architecture: 'single-node' as const },
    ];
    const s = section(tight(drills));
    expect(texts(s)).toContain('Drills run, and what they changed');
    expect(texts(s).join('\n')).toContain(
      'The drills change the recommendation: Multi-region active-active without them, Active-passive, async replication with them.',
    );
    const [, measured, figures] = tables(s);
    expect(measured!.rows).toHaveLength(11);
    expect(measured!.rows[0]).toEqual([
      '2026-04-10\ndrill 11',
      'Zone outage',
      'Single node (baseline)',
      'automated',
      '27 s',
      '0.2 s',
      '—',
      'no (see below)',
    ]);
    // The latest async drill: most modelled incidents were slower before the drills, fewer after.
    const percent = (text: string) => (text === '< 0.1%' ? 0 : Number.parseFloat(text));
    const [before, after] = measured!.rows[1]![6]!.split(' → ').map(percent);
    expect(before).toBeLessThan(after!);
    expect(figures!.rows.map((r) => r[0])).toEqual([
      'Active-passive, async replication: chance automation falls to people',
      expect.stringMatching(/: detection$/),
      expect.stringMatching(/: decision \(election, lock, lease\)$/),
      expect.stringMatching(/: promotion$/),
    ]);
    expect(texts(s)).toContain('Drill 11 (2026-04-10): A single node has no failover to drill: not used.');
  });

  it('the implementation plan gives the drilled architecture the chance its drills measured', () => {
    const scenario = tight(Array.from({ length: 10 }, (_, i) => fast(i)));
    const ctx = contextOf(scenario);
    expect(ctx.rec.id).toBe('active-passive-async');
    const measured = ctx.calibration.scenario.calibrated?.manualPathProbability['active-passive-async'];
    expect(measured).toBeDefined();
    const plan = JSON.stringify(implementationSection(ctx).blocks);
    expect(plan).toContain(
      `the drill log puts the chance that automation falls to people at ${formatPercent(measured!)} of failovers`,
    );
    expect(JSON.stringify(implementationSection(contextOf(tight([]))).blocks)).toContain(
      'automation is assumed to fall to people in',
    );
  });

  it('lists the latest drills only when there are many, and nothing without a log', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...fast(i % 10),
      date: `2026-0${1 + Math.floor(i / 10)}-${String(10 + (i % 10)).padStart(2, '0')}`,
    }));
    const [, measured] = tables(section(tight(many)));
    expect(measured!.rows).toHaveLength(PDF_DRILL_ROWS);
    expect(measured!.caption).toBe(
      `The ${PDF_DRILL_ROWS} latest of 60 drills, with the date each ran; the scenario file holds them all.`,
    );
    expect(texts(section(tight([])))).not.toContain('Drills run, and what they changed');
  });
});
