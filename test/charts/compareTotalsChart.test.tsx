// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../models/types';
import { CompareTotalsChart } from '../../src/charts/CompareTotalsChart';
import type { ComparedResult } from '../../src/charts/data/compareTotals';
import { fixtureResult } from './fixtures';
import { normalizeSvg } from './svg';

afterEach(cleanup);

function doubled(): SimulationResult {
  const base = fixtureResult();
  return {
    ...base,
    recommendation: { ...base.recommendation, pattern: 'active-passive-async' },
    patterns: base.patterns.map((p) => ({
      ...p,
      horizonTotalCost: { ...p.horizonTotalCost, mean: 2 * p.horizonTotalCost.mean },
    })),
  };
}

const items = (currencyB = 'USD'): ComparedResult[] => [
  { key: 'a', name: 'Option A', currency: 'USD', result: fixtureResult() },
  { key: 'b', name: 'Option B <script>', currency: currencyB, result: doubled() },
];

describe('CompareTotalsChart', () => {
  it('is one image with a title and a description that name the scenarios and their totals', () => {
    const { container } = render(<CompareTotalsChart items={items()} />);
    const svg = container.querySelector('svg[role="img"]')!;
    expect(document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Expected cost per year, scenario by scenario: expected cost per year by architecture and scenario',
    );
    const description = document.getElementById(svg.getAttribute('aria-describedby')!)?.textContent;
    expect(description).toContain('A, Option A: recommends Multi-region active-active');
    expect(description).toContain('B, Option B <script>: recommends Active-passive, async replication');
    expect(description).toContain('Single node (baseline): A $130,000, B $260,000');
    expect(container.querySelector('script')).toBeNull();
  });

  it('draws one bar per scenario and pattern, with a legend naming the scenarios', () => {
    const { container } = render(<CompareTotalsChart items={items()} />);
    expect(screen.getAllByRole('button', { name: /^[AB] · Option/ })).toHaveLength(10);
    const text = container.querySelector('svg')!.textContent;
    expect(text).toContain('A · Option A');
    expect(text).toContain('B · Option B <script>');
    expect(text).toContain('Outline: recommended (or closest)');
    expect(text).toContain('Expected cost per year (USD/yr)');
  });

  it('shows the same numbers as a table', () => {
    render(<CompareTotalsChart items={items()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: /^Single node/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['$130,000', '$260,000']);
    const async = within(table).getByRole('row', { name: /^Active-passive, async/ });
    expect(within(async).getAllByRole('cell')[1]?.textContent).toMatch(/ \*$/);
  });

  it('draws nothing for scenarios in different currencies', () => {
    const { container } = render(<CompareTotalsChart items={items('EUR')} />);
    expect(container.innerHTML).toBe('');
  });

  it('is self-contained in the light theme', () => {
    const { container } = render(<CompareTotalsChart items={items()} theme="light" />);
    const svg = container.querySelector('svg')!.outerHTML;
    expect(svg).not.toContain('var(');
    expect(svg).toMatch(/font-family:/);
  });

  it('matches its golden SVG', async () => {
    const { container } = render(<CompareTotalsChart items={items()} />);
    await expect(normalizeSvg(container.querySelector('svg')!.outerHTML)).toMatchFileSnapshot(
      '__snapshots__/compare.svg',
    );
  });
});
