// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { tornadoData } from '../../src/charts/data/tornado';
import { TornadoChart } from '../../src/charts/TornadoChart';
import { fixtureSensitivity } from './fixtures';
import { normalizeSvg } from './svg';

afterEach(cleanup);

describe('tornado data', () => {
  const data = tornadoData(fixtureSensitivity(), 'USD');

  it('keeps the drivers’ order and says which can change the recommendation', () => {
    expect(data.rows.map((r) => r.input)).toEqual([
      'failureRates.node',
      'business.downtimeCostPerMinute',
      'operations.healthCheckIntervalSeconds',
    ]);
    expect(data.rows.map((r) => r.flips)).toEqual([true, true, false]);
    expect(data.rows[0]!.sentence).toBe(
      'Multi-region active-active stays the choice unless it falls below 0.7 a year (then In-region HA plus a cross-region standby).',
    );
    expect(data.rows[2]!.sentence).toBe('Multi-region active-active stays the choice from 2.5 s to 10 s.');
  });

  it('spans every bar and both base totals, with a margin, never below 0', () => {
    const [lo, hi] = data.domain;
    expect(lo).toBeLessThan(270_000);
    expect(hi).toBeGreaterThan(430_000);
    expect(lo).toBeGreaterThanOrEqual(0);
  });

  it('draws at most the rows asked for and counts the rest', () => {
    const two = tornadoData(fixtureSensitivity(), 'USD', 2);
    expect(two.rows).toHaveLength(2);
    expect(two.hidden).toBe(1);
  });
});

describe('tornado chart', () => {
  const draw = () =>
    render(<TornadoChart sensitivity={fixtureSensitivity()} currency="USD" horizonYears={3} />);

  it('matches its golden SVG', async () => {
    const { container } = draw();
    await expect(normalizeSvg(container.querySelector('svg')!.outerHTML)).toMatchFileSnapshot(
      '__snapshots__/tornado.svg',
    );
  });

  it('labels its axis with the unit and the horizon; inputs that can flip are bold', () => {
    const { container } = draw();
    const svg = container.querySelector('svg')!;
    expect(svg.textContent).toContain('Expected total over 3 years (USD)');
    const bold = [...svg.querySelectorAll('text[font-weight="700"]')].map((t) => t.textContent);
    expect(bold).toEqual(expect.arrayContaining(['Node failures', 'Downtime cost']));
    expect(bold).not.toContain('Health-check interval');
  });

  it('lists every input in its data table, with what it does to the recommendation', () => {
    draw();
    fireEvent.click(screen.getByRole('button', { name: 'Show data table' }));
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]!.textContent).toContain('0.5 a year – 2 a year');
    expect(rows[1]!.textContent).toContain('$280,000 / $360,000');
    expect(rows[2]!.textContent).toContain('rises above $1,500/min');
  });
});
