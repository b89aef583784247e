// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartsPanel } from '../../src/charts/ChartsPanel';
import { CostStackChart } from '../../src/charts/CostStackChart';
import { FailoverTimelineChart } from '../../src/charts/FailoverTimelineChart';
import { RtoCdfChart } from '../../src/charts/RtoCdfChart';
import { fixtureResult, fixtureScenario } from './fixtures';

afterEach(cleanup);

const props = () => ({ result: fixtureResult(), scenario: fixtureScenario() });

describe('ChartsPanel', () => {
  /** The panel draws its charts one task after another: wait for all six, and the seventh's place. */
  async function renderPanel() {
    const view = render(<ChartsPanel {...props()} />);
    await waitFor(() => expect(view.container.querySelectorAll('figure[data-chart] svg')).toHaveLength(6));
    return view;
  }

  it('lays out the seven charts, each a figure with a heading, a caption and an image', async () => {
    const { container } = await renderPanel();
    const kinds = [...container.querySelectorAll('[data-chart]')].map((el) => el.getAttribute('data-chart'));
    expect(kinds.sort()).toEqual(['break-even', 'cost', 'loss', 'rpo', 'rto', 'timeline', 'tornado']);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(7);
    // The seventh waits for the analysis that follows a full run, and says so.
    const tornado = container.querySelector('figure[data-chart="tornado"]')!;
    expect(tornado.textContent).toContain('Worked out once the full run is in.');
    for (const figure of container.querySelectorAll('figure[data-chart]:not([data-chart="tornado"])')) {
      expect(figure.querySelector('figcaption h3')?.textContent).toBeTruthy();
      expect(figure.querySelector('figcaption p')?.textContent).toBeTruthy();
      const svg = figure.querySelector('svg[role="img"]')!;
      const title = document.getElementById(svg.getAttribute('aria-labelledby')!);
      const desc = document.getElementById(svg.getAttribute('aria-describedby')!);
      expect(title?.tagName).toBe('title');
      expect(desc?.tagName).toBe('desc');
      expect(svg.getAttribute('viewBox')).toMatch(/^0 0 640 \d+$/);
      expect(svg.getAttribute('width')).toBe('100%');
    }
  });

  it('labels axes with their units, in the scenario currency', async () => {
    const { container } = await renderPanel();
    const text = (kind: string) => container.querySelector(`[data-chart="${kind}"] svg`)!.textContent;
    expect(text('cost')).toContain('Expected cost per year (USD/yr)');
    expect(text('cost')).toContain('Infrastructure budget $120,000/yr');
    expect(text('rto')).toContain('Outage per ordinary incident (log scale; regional disasters apart)');
    // Durations on a log axis are ticked at durations a person names, written as everywhere else.
    expect(text('rto')).toContain('10 min');
    expect(text('rto')).toContain('Share of incidents ≤ x');
    expect(text('rto')).toContain('RTO target 60 s');
    expect(text('rpo')).toContain('RPO target 5 s');
    expect(text('loss')).toContain('(USD, log scale)');
    expect(text('break-even')).toContain('Downtime cost (USD/min; log scale, linear from 0 to $1)');
    expect(text('break-even')).toContain('Multi-region active-active (recommended)');
  });
});

describe('chart interaction', () => {
  it('shows the same numbers as a table on request', () => {
    render(<CostStackChart {...props()} />);
    const toggle = screen.getByRole('button', { name: 'Show data table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: /Single node/ });
    // 24,000 + 100,000 + 6,000 = 130,000 expected; P95 1,000,000.
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['$24,000', '$0', '$0', '$100,000', '$6,000', '$130,000', '$1M']);
  });

  it('gives each bar a focusable read-out with its exact values', () => {
    const { container } = render(<CostStackChart {...props()} />);
    const bar = screen.getByRole('button', { name: /^Active-passive, async replication:/ });
    expect(bar.getAttribute('aria-label')).toContain('Expected total: $69,000/yr');
    expect(container.querySelector('.chart-tooltip')).toBeNull();
    fireEvent.focus(bar);
    expect(container.querySelector('.chart-tooltip')?.textContent).toContain(
      'P95 of the horizon total, per year: $150,000/yr',
    );
    fireEvent.blur(bar);
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });

  it('reads the curves with the arrow keys, starting at the target', () => {
    const { container } = render(<RtoCdfChart {...props()} />);
    const slider = screen.getByRole('slider', { name: 'Read the outage curves' });
    expect(slider.getAttribute('tabindex')).toBe('0');
    fireEvent.focus(slider);
    expect(slider.getAttribute('aria-valuetext')).toMatch(
      /^Outage ≤ 60 s \(RTO target 60 s\): Single node \(baseline\): 10%/,
    );
    expect(container.querySelector('.chart-tooltip')?.textContent).toContain(
      'Multi-region active-active: 98%',
    );
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^Outage ≤ 100 s:/);
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^Outage ≤ 3\.3 min:/);
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^Outage ≤ 1 s:/);
    fireEvent.keyDown(slider, { key: 'Escape' });
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });

  it('zooms the timeline to the automated phases', () => {
    const { container } = render(<FailoverTimelineChart {...props()} />);
    const zoom = screen.getByRole('button', { name: 'Zoom to automated failover' });
    expect(container.querySelector('svg')!.textContent).toContain('Mean time per ordinary incident (min)');
    // Regional disasters are not in the bars: they are given apart, under the chart.
    expect(container.querySelector('svg')!.textContent).toContain(
      'Regional disasters, not in the bars: mean outage',
    );
    fireEvent.click(zoom);
    expect(zoom.getAttribute('aria-pressed')).toBe('true');
    // Async: 15 + 5 + 2 + 10 = 32 s automated of 122 s.
    expect(container.querySelector('svg')!.textContent).toContain('32 s automated, 2 min in all');
  });
});

describe('when no architecture is feasible', () => {
  it('names the emphasised line the closest, never the recommended one', async () => {
    const result = fixtureResult({
      recommendation: { pattern: 'active-active', feasible: false, findings: [], others: [], remedies: [] },
    });
    const { container } = render(<RtoCdfChart result={result} scenario={fixtureScenario()} />);
    const text = container.querySelector('svg')!.textContent;
    expect(text).toContain('Multi-region active-active (closest)');
    expect(text).not.toContain('(recommended)');
  });
});
