import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/format';
import { answerOf, atConfidence } from '../../src/report/answer';
import { scenarioSummary } from '../../src/report/scenarioSummary';
import { fixtureResult, fixtureScenario } from '../charts/fixtures';

describe('the answer first', () => {
  it('gives the recommended architecture, its costs a month and a year, and its RTO and RPO at the confidence level', () => {
    const result = fixtureResult({
      recommendation: {
        pattern: 'active-active',
        feasible: true,
        findings: [
          { kind: 'meets-rto', share: 0.98, target: 60, atConfidence: 41 },
          { kind: 'meets-rpo', share: 1, target: 5, atConfidence: 0 },
        ],
        others: [],
        remedies: [],
      },
    });
    const answer = answerOf(result, fixtureScenario());
    const aa = result.patterns.find((p) => p.id === 'active-active')!;
    expect(answer.name).toBe('Multi-region active-active');
    expect(answer.standing).toBe('recommended');
    expect(answer.monthly.expected).toBe(aa.monthlyInfraCost.expected);
    // The total the architectures are ranked by, a year of it: the horizon total over its years.
    expect(answer.perYear).toBeCloseTo(aa.horizonTotalCost.mean / 3, 9);
    // Exactly the engine's figures at the confidence level, from the findings.
    expect(answer.rto).toEqual({ atConfidence: 41, target: 60, share: aa.meetsTargets.rto, met: false });
    expect(answer.rpo.atConfidence).toBe(0);
    expect(answer.rpo.met).toBe(true);
  });

  it('names the closest one when nothing is feasible, with the missed target at its confidence level', () => {
    const result = fixtureResult({
      recommendation: {
        pattern: 'active-passive-dr',
        feasible: false,
        findings: [
          {
            kind: 'misses-target',
            target: 'rto',
            atConfidence: 300,
            targetValue: 60,
            share: 0.5,
            confidence: 0.95,
            cause: { kind: 'replication-lag' },
          },
        ],
        others: [],
        remedies: [],
      },
    });
    const answer = answerOf(result, fixtureScenario());
    expect(answer.standing).toBe('closest');
    expect(answer.feasible).toBe(false);
    expect(answer.rto.atConfidence).toBe(300);
    // The RPO is met: no finding names it, so the P95 the result holds stands (confidence 95%).
    const dr = result.patterns.find((p) => p.id === 'active-passive-dr')!;
    expect(answer.rpo.atConfidence).toBe(dr.incidentRpoSeconds.p95);
  });

  it('reads another confidence level off the distribution curve, never below it', () => {
    const result = fixtureResult();
    const p = result.patterns.find((x) => x.id === 'single-node')!;
    const at = atConfidence(result, p, 'rto', 0.9);
    const first = p.curves.rto.find((point) => point.p >= 0.9)!;
    expect(at).toBe(first.x);
    expect(atConfidence(result, p, 'rto', 0.99)).toBe(p.incidentRtoSeconds.p99);
    expect(atConfidence(result, p, 'rto', 0.5)).toBe(p.incidentRtoSeconds.p50);
  });
});

describe('the scenario in one line', () => {
  it('names the client’s figures, the targets at their confidence, the budget and the horizon', () => {
    const scenario = fixtureScenario();
    const t = scenario.targets;
    expect(scenarioSummary(scenario)).toBe(
      'Chart fixture: Downtime $1,000/min · Data loss $100/s of writes · Targets RTO 60 s, RPO 5 s in 95% of incidents · ' +
        `Regional disaster RTO ${formatDuration(t.regionRtoSeconds)}, RPO ${formatDuration(t.regionRpoSeconds)} · ` +
        `Budget $10,000/month · Horizon ${scenario.horizonYears} years`,
    );
  });

  it('writes a name as one inert line', () => {
    const scenario = { ...fixtureScenario(), name: 'A\u202e\nB' };
    expect(scenarioSummary(scenario).startsWith('A B:')).toBe(true);
  });
});
