import type { Scenario } from '../../models/types';
import { formatCount, formatDuration, formatMoneyRate, formatPercent } from '../format';
import { BENCHMARK_SET_LABELS } from '../patterns';

/** The scenario's name and the inputs that drive the recommendation, read-only. */
export function ScenarioSummary({ scenario }: { scenario: Scenario }) {
  const { currency, targets } = scenario;
  const items: [string, string][] = [
    ['Downtime cost', formatMoneyRate(scenario.business.downtimeCostPerMinute, currency, 'min')],
    ['RTO target', formatDuration(targets.rtoSeconds)],
    ['RPO target', targets.rpoSeconds === 0 ? 'no data loss' : formatDuration(targets.rpoSeconds)],
    [
      'Regional disaster RTO / RPO',
      `${formatDuration(targets.regionRtoSeconds)} / ${formatDuration(targets.regionRpoSeconds)}`,
    ],
    ['Share of incidents that must meet a target', formatPercent(targets.confidence, 1)],
    ['Monthly budget', formatMoneyRate(scenario.costs.monthlyBudget, currency, 'month')],
    ['Baseline (single node)', formatMoneyRate(scenario.costs.baselineMonthlyCost, currency, 'month')],
    ['Benchmark set', BENCHMARK_SET_LABELS[scenario.benchmarkSet] ?? scenario.benchmarkSet],
    ['Trials per pattern', formatCount(scenario.simulation.trials)],
    ['Seed', String(scenario.simulation.seed)],
  ];
  return (
    <section className="card scenario" aria-labelledby="scenario-heading">
      <p className="eyebrow">Scenario</p>
      <h2 id="scenario-heading">{scenario.name}</h2>
      <p className="lede">{scenario.description}</p>
      <dl className="facts">
        {items.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="note">Money in {currency}. Inputs are read-only in this version.</p>
    </section>
  );
}
