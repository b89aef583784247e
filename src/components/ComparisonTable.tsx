import { memo } from 'react';
import type { PatternResult, Scenario, SimulationResult } from '../../models/types';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatMoney,
  formatMoneyRange,
  formatPercent,
} from '../format';
import { patternLabel } from '../patterns';

interface Props {
  result: SimulationResult;
  scenario: Scenario;
}

/** Every architecture side by side. */
export const ComparisonTable = memo(function ComparisonTable({ result, scenario }: Props) {
  const { currency } = scenario;

  return (
    <section className="card comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">The architectures compared</h2>
      <p className="run-meta">
        <span>{formatCount(result.trials)} simulated years per pattern</span>
        <span>seed {result.seed}</span>
        <ConvergenceBadge result={result} />
      </p>
      <div className="table-scroll" role="region" aria-labelledby="comparison-caption" tabIndex={0}>
        <table>
          <caption id="comparison-caption">
            Outcomes of each architecture over {formatCount(result.trials)} simulated years. Money in{' '}
            {currency}; RTO and RPO are per ordinary incident (node, storage, network, zone); the regional
            columns are per regional disaster.
          </caption>
          <thead>
            <tr>
              <th scope="col">Architecture</th>
              <th scope="col">Monthly cost ({currency}/month: expected, range)</th>
              <th scope="col">One-off cost ({currency})</th>
              <th scope="col">RTO P50 / P95 / P99</th>
              <th scope="col">RPO P50 / P95 / P99</th>
              <th scope="col">Regional disaster: RTO P95 · ended by the region returning</th>
              <th scope="col">Availability · unplanned downtime a year · with maintenance</th>
              <th scope="col">Expected annual loss · P95 · P99 ({currency}/yr)</th>
              <th scope="col">
                Expected total over {result.horizonYears} {result.horizonYears === 1 ? 'year' : 'years'} (
                {currency}, 95% interval)
              </th>
              <th scope="col">Targets met (share of incidents)</th>
              <th scope="col">Feasible</th>
            </tr>
          </thead>
          <tbody>
            {result.patterns.map((pattern) => (
              <PatternRow
                key={pattern.id}
                pattern={pattern}
                recommended={pattern.id === result.recommendation.pattern}
                feasibleAny={result.recommendation.feasible}
                confidence={scenario.targets.confidence}
                currency={currency}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});

function PatternRow({
  pattern,
  recommended,
  feasibleAny,
  confidence,
  currency,
}: {
  pattern: PatternResult;
  recommended: boolean;
  feasibleAny: boolean;
  confidence: number;
  currency: string;
}) {
  const money = (amount: number) => formatMoney(amount, currency);
  const cost = pattern.monthlyInfraCost;
  const targets: [string, number][] = [
    ['RTO', pattern.meetsTargets.rto],
    ['RPO', pattern.meetsTargets.rpo],
    ['Region RTO', pattern.meetsTargets.regionRto],
    ['Region RPO', pattern.meetsTargets.regionRpo],
  ];
  const returned = pattern.regionRecovery.returned;
  return (
    <tr className={recommended ? 'is-recommended' : undefined}>
      <th scope="row">
        {patternLabel(pattern.id, pattern.name)}
        {recommended && <span className="tag">{feasibleAny ? 'Recommended' : 'Closest'}</span>}
      </th>
      <td className="num">
        {money(cost.expected)}
        <span className="sub">{formatMoneyRange(cost, currency)}</span>
        {pattern.overBudgetProbability > 0 && (
          <span className="sub">{formatPercent(pattern.overBudgetProbability)} chance over budget</span>
        )}
      </td>
      <td className="num">
        {money(pattern.oneOffCost.expected)}
        <span className="sub">{formatMoneyRange(pattern.oneOffCost, currency)}</span>
      </td>
      <td className="num">
        {formatDuration(pattern.incidentRtoSeconds.p50)} / {formatDuration(pattern.incidentRtoSeconds.p95)}
        <span className="sub">P99 {formatDuration(pattern.incidentRtoSeconds.p99)}</span>
      </td>
      <td className="num">
        {formatDuration(pattern.incidentRpoSeconds.p50)} / {formatDuration(pattern.incidentRpoSeconds.p95)}
        <span className="sub">P99 {formatDuration(pattern.incidentRpoSeconds.p99)}</span>
      </td>
      <td className="num">
        {formatDuration(pattern.regionRtoSeconds.p95)}
        <span className="sub">
          {returned === null ? 'none simulated' : `${formatPercent(returned)} returned`}
        </span>
      </td>
      <td className="num">
        {formatAvailability(pattern.availability)}
        <span className="sub">{formatDuration(pattern.annualDowntimeMinutes.mean * 60)} a year</span>
        <span className="sub">
          {formatAvailability(pattern.availabilityWithMaintenance)} with maintenance
        </span>
      </td>
      <td className="num">
        {money(pattern.annualLoss.mean)}
        <span className="sub">P95 {money(pattern.annualLoss.p95)}</span>
        <span className="sub">P99 {money(pattern.annualLoss.p99)}</span>
      </td>
      <td className="num">
        {money(pattern.horizonTotalCost.mean)}
        <span className="sub">
          {money(pattern.convergence.low)}
          {'\u200b'}–{money(pattern.convergence.high)}
        </span>
      </td>
      <td>
        <ul className="targets">
          {targets.map(([name, share]) => {
            const met = share >= confidence;
            return (
              <li key={name} className={met ? 'met' : 'missed'}>
                <span aria-hidden="true">{met ? '✓' : '✗'}</span> {name} {formatPercent(share)}
                <span className="visually-hidden">{met ? ', met' : ', missed'}</span>
              </li>
            );
          })}
        </ul>
      </td>
      <td>
        {pattern.feasible ? (
          <span className="yes">Yes</span>
        ) : (
          <span className="no">No{pattern.withinBudget ? '' : ' (over budget)'}</span>
        )}
      </td>
    </tr>
  );
}

function ConvergenceBadge({ result }: { result: SimulationResult }) {
  if (result.converged) {
    return <span className="badge badge-ok">Converged: 95% intervals within 1% of the expected totals</span>;
  }
  return (
    <span className="badge badge-warn">
      Not converged: see each pattern&apos;s 95% interval; more trials would narrow it
    </span>
  );
}
