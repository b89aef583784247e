// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CHART_IDS, isChartChoice, toggleChart } from '../../src/charts/catalog';
import { isTypingTarget } from '../../src/components/clientViewKeys';
import { ComparisonTable } from '../../src/components/ComparisonTable';
import { RecommendationCard } from '../../src/components/RecommendationCard';
import { isBoolean, readPreference, writePreference } from '../../src/components/storedPreference';
import { overflowPlace, scrollHint } from '../../src/components/useHorizontalOverflow';
import type { SimulationResult } from '../../models/types';
import { fixtureResult, fixtureScenario } from '../charts/fixtures';

afterEach(cleanup);

/** Nothing feasible: the closest (DR) is over budget and misses the RTO; the exact remedies say what lifts each. */
function infeasible(): SimulationResult {
  return fixtureResult({
    recommendation: {
      pattern: 'active-passive-dr',
      feasible: false,
      findings: [
        {
          kind: 'over-budget',
          monthly: { low: 5000, mostLikely: 6000, expected: 6000, high: 7000 },
          budget: 5000,
          overBudgetProbability: 0.9,
          tolerance: 0.1,
        },
        {
          kind: 'misses-target',
          target: 'rto',
          atConfidence: 300,
          targetValue: 60,
          // As the result has it (the fixture's share of incidents meeting the RTO).
          share: 0.9,
          confidence: 0.95,
          cause: { kind: 'replication-lag' },
        },
      ],
      others: [],
      remedies: [
        { kind: 'raise-budget', budget: 6800, more: 1800 },
        { kind: 'accept-target', target: 'rto', value: 300 },
      ],
    },
  });
}

describe('the answer when nothing is feasible', () => {
  it('is headed so, tags the closest one, lists what blocks it and what would lift each block', () => {
    render(
      <RecommendationCard
        result={infeasible()}
        scenario={fixtureScenario()}
        analysis={null}
        analysing={false}
      />,
    );
    const card = screen.getByRole('region', { name: 'No architecture meets every target' });
    expect(within(card).getByText('Closest')).toBeTruthy();
    expect(within(card).queryByText('Recommended')).toBeNull();
    expect(card.textContent).toMatch(/Not feasible: 2 blocks below/);
    const blocks = within(card).getByRole('heading', { name: 'What blocks it' }).nextElementSibling!;
    expect([...blocks.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Over budget: \$6,000\/month expected/),
      expect.stringMatching(/^P95 RTO 5 min exceeds the 60 s target/),
    ]);
    expect(card.textContent).toContain('Raise the monthly budget to $6,800 ($1,800 more)');
    expect(card.textContent).toContain('Accept an RTO of 5 min.');
    // The answer's figures: the missed RTO at the confidence level, marked missed in words too.
    const rto = within(card).getByText('RTO at P95').parentElement!;
    expect(rto.textContent).toContain('5 min');
    expect(rto.textContent).toContain('Target missed: target 60 s, met in 90% of incidents (95% required)');
  });

  it('says so when no operational change the rerun tried lifts a block', () => {
    render(
      <RecommendationCard
        result={infeasible()}
        scenario={fixtureScenario()}
        analysis={{
          remedies: [
            {
              pattern: 'active-passive-dr',
              target: 'rto',
              action: {
                kind: 'drills',
                changes: [{ path: 'operations.drillsPerYear', from: 2, to: 12 }],
              },
              atConfidence: 280,
              share: 0.6,
              meets: false,
              feasible: false,
            },
          ],
        }}
        analysing={false}
      />,
    );
    expect(screen.getByText(/^No operational change tried/)).toBeTruthy();
    expect(screen.queryByText(/checked by rerunning the simulation/)).toBeNull();
  });

  it('marks the closest row of the comparison, never "Recommended"', () => {
    render(<ComparisonTable result={infeasible()} scenario={fixtureScenario()} />);
    const row = screen.getByRole('row', { name: /In-region HA plus a cross-region standby/ });
    expect(within(row).getByText('Closest')).toBeTruthy();
    expect(screen.queryByText('Recommended')).toBeNull();
  });
});

describe('the comparison for a client', () => {
  it('has seven columns, with the RTO and RPO at the confidence level against their targets', () => {
    render(<ComparisonTable result={fixtureResult()} scenario={fixtureScenario()} variant="summary" />);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual([
      'Architecture',
      'Monthly cost (USD/month)',
      'RTO at P95',
      'RPO at P95',
      'Availability',
      'Expected total over 3 years (USD)',
      'Feasible',
    ]);
    expect(screen.getAllByRole('row')).toHaveLength(6);
  });
});

describe('a table that scrolls sideways', () => {
  it('knows whether it fits and where it stands', () => {
    expect(overflowPlace(0, 300, 300)).toBe('fits');
    expect(overflowPlace(0, 900, 300)).toBe('start');
    expect(overflowPlace(200, 900, 300)).toBe('middle');
    expect(overflowPlace(600, 900, 300)).toBe('end');
  });

  it('says which way there is more, and nothing when it fits', () => {
    expect(scrollHint('fits', 11)).toBeNull();
    expect(scrollHint('start', 11)).toBe('Scroll sideways for all 11 columns →');
    expect(scrollHint('end', 11)).toBe('← Scroll back for the first columns');
  });
});

describe('the client view’s charts and keys', () => {
  it('keeps at most three charts, in the catalogue’s order', () => {
    expect(toggleChart(['cost', 'loss'], 'rto', true)).toEqual(['cost', 'rto', 'loss']);
    expect(toggleChart(['cost', 'rto', 'loss'], 'timeline', true)).toEqual(['cost', 'rto', 'loss']);
    expect(toggleChart(['cost', 'rto', 'loss'], 'rto', false)).toEqual(['cost', 'loss']);
    expect(toggleChart(['cost'], 'cost', true)).toEqual(['cost']);
  });

  it('accepts a stored choice only if it is one', () => {
    expect(isChartChoice(['cost', 'tornado'])).toBe(true);
    expect(isChartChoice([])).toBe(true);
    expect(isChartChoice(['cost', 'cost'])).toBe(false);
    expect(isChartChoice(['cost', 'pie'])).toBe(false);
    expect(isChartChoice(CHART_IDS.slice(0, 4))).toBe(false);
    expect(isChartChoice('cost')).toBe(false);
    expect(isChartChoice(['__proto__'])).toBe(false);
  });

  it('leaves the key to fields being typed in', () => {
    const input = document.createElement('input');
    const button = document.createElement('button');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inside = document.createElement('span');
    editable.append(inside);
    expect(isTypingTarget(input)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(inside)).toBe(true);
    expect(isTypingTarget(button)).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('a preference of this browser', () => {
  it('reads back what was written, and falls back on anything else', () => {
    localStorage.clear();
    expect(readPreference('ha-planner:test', isBoolean, true)).toBe(true);
    writePreference('ha-planner:test', false);
    expect(readPreference('ha-planner:test', isBoolean, true)).toBe(false);
    localStorage.setItem('ha-planner:test', '{not json');
    expect(readPreference('ha-planner:test', isBoolean, true)).toBe(true);
    localStorage.setItem('ha-planner:test', '"yes"');
    expect(readPreference('ha-planner:test', isBoolean, true)).toBe(true);
  });
});
