import { describe, expect, it } from 'vitest';
import type { RemedyCheck } from '../../models/engine/remedies';
import {
  breakEvenText,
  causeText,
  confirmedRemedies,
  remedyCheckText,
  sloSentence,
  tailSentences,
} from '../../src/report/decision';
import { fixturePattern, fixtureScenario } from '../charts/fixtures';

const scenario = fixtureScenario();

describe('the tail in words', () => {
  const p = fixturePattern('active-passive-async');

  it('says a typical year, one in twenty and one in a hundred from the P50, P95 and P99 of the loss', () => {
    const [first] = tailSentences(p, scenario);
    // The fixture's annual loss: P50 0, P95 150,000 − 48,000 infrastructure, P99 twice the total's P95.
    expect(first).toBe(
      'In a typical year active-passive-async loses $0 to downtime and lost data; one year in twenty more than $102,000; one year in a hundred more than $300,000.',
    );
  });

  it('explains an expected loss above the one-in-twenty year, naming the regional disaster’s odds', () => {
    const skewed = { ...p, annualLoss: { mean: 50_000, p50: 0, p95: 20_000, p99: 900_000 } };
    const s = { ...scenario, failureRates: { ...scenario.failureRates, region: 0.05 } };
    const sentences = tailSentences(skewed, s);
    expect(sentences[1]).toBe(
      'The expected loss, $50,000 a year, is above the one-in-twenty year because it includes rare, costly years, such as a regional disaster (about one year in 20), that a typical year never sees: budget for the expectation, and plan for the tail.',
    );
    expect(tailSentences(p, s)).toHaveLength(3);
  });

  it('gives the shares over the RTO and over an hour, and the chance of a year beyond the tolerance', () => {
    const sentences = tailSentences(p, scenario);
    expect(sentences).toContain(
      '10% of incidents take longer than the 60 s RTO target; 1% last an hour or more.',
    );
    expect(sentences.at(-1)).toMatch(
      /^A year's loss exceeds the risk tolerance of \$100,000 with a chance of /,
    );
  });
});

describe('the availability objective in words', () => {
  it('says when it is met on average yet breached some months', () => {
    const p = fixturePattern('single-node');
    expect(sloSentence(p, scenario.slo)).toBe(
      'Against 99.95% a month (21.9 min of downtime a month, planned maintenance excluded), single-node uses 38% of that budget on average; it meets it on average but breaches it in 20% of months (about one month in 5).',
    );
  });
});

describe('break-evens in words', () => {
  it('gives a resolved crossing with its interval, and no figure for one within the noise', () => {
    const resolved = {
      from: 'active-passive-async' as const,
      to: 'active-active' as const,
      downtimeCostPerMinute: 2611.1,
      resolved: true,
      interval: { low: 2400, high: 2900 },
    };
    expect(breakEvenText(resolved, 'USD')).toBe(
      'Active-passive, async replication and Multi-region active-active: equal at $2,611/min (95% interval $2,400/min–$2,900/min).',
    );
    expect(
      breakEvenText({ ...resolved, downtimeCostPerMinute: null, resolved: false, interval: null }, 'USD'),
    ).toBe(
      "Active-passive, async replication and Multi-region active-active: no break-even; their expected downtime is the same within the simulation's noise.",
    );
  });
});

describe('remedies in words', () => {
  const check = (meets: boolean, kind: 'drills' | 'all' = 'drills'): RemedyCheck => ({
    pattern: 'active-passive-async',
    target: 'rto',
    action: {
      kind,
      changes:
        kind === 'drills'
          ? [{ path: 'operations.drillsPerYear', from: 2, to: 12 }]
          : [
              { path: 'operations.drillsPerYear', from: 2, to: 12 },
              { path: 'operations.dnsTtlSeconds', from: 60, to: 30 },
            ],
    },
    atConfidence: 41,
    share: meets ? 0.97 : 0.9,
    meets,
    feasible: meets,
  });

  it('quotes the rerun: the new P95 and the target met', () => {
    expect(remedyCheckText(check(true), scenario)).toBe(
      "With 12 failover drills a year (now 2), Active-passive, async replication's P95 outage is 41 s: meets the 60 s RTO target (97% of incidents), and every other target within budget.",
    );
  });

  it('never offers one the rerun refutes; the fewest changes first', () => {
    const offered = confirmedRemedies(
      [check(false), check(true, 'all'), check(true)],
      'active-passive-async',
    );
    expect(offered.map((c) => c.action.kind)).toEqual(['drills', 'all']);
  });

  it('names where a miss comes from', () => {
    expect(causeText({ kind: 'manual-path', share: 0.12 })).toBe(
      'the miss comes from failovers that fall to people (12% of automated failovers)',
    );
    expect(causeText({ kind: 'backups', intervalSeconds: 3600 })).toBe(
      'the data lost is what was written since the last backup (one every 60 min)',
    );
  });
});
