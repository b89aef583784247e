import { memo } from 'react';
import type { PatternResult, Scenario, SimulationResult } from '../../models/types';
import {
  formatAvailability,
  formatCount,
  formatMoney,
  formatNumber,
  formatPercent,
  formatSeconds,
} from '../format';
import { patternLabel } from '../patterns';

interface Props {
  result: SimulationResult;
  scenario: Scenario;
}

/** The four patterns side by side. */
export const ComparisonTable = memo(function ComparisonTable({ result, scenario }: Props) {
  const { currency } = scenario;
  const money = (amount: number) => formatMoney(amount, currency);

  return (
    <section className="card comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">The four patterns compared</h2>
      <p className="run-meta">
        <span>{formatCount(result.trials)} simulated years per pattern</span>
        <span>seed {result.seed}</span>
        <ConvergenceBadge result={result} />
      </p>
      <div className="table-scroll" role="region" aria-labelledby="comparison-caption" tabIndex={0}>
        <table>
          <caption id="comparison-caption">
            Yearly outcomes of each pattern over {formatCount(result.trials)} simulated years. Money in{' '}
            {currency}; RTO and RPO are per ordinary incident (node, storage, network, zone).
          </caption>
          <thead>
            <tr>
              <th scope="col">Pattern</th>
              <th scope="col">Monthly cost ({currency}/month, low–high)</th>
              <th scope="col">Incidents (/yr)</th>
              <th scope="col">RTO P50 / P95 (s)</th>
              <th scope="col">RPO P50 / P95 (s)</th>
              <th scope="col">Availability (%) · downtime (min/yr)</th>
              <th scope="col">Expected annual loss ({currency}/yr)</th>
              <th scope="col">P95 annual loss ({currency}/yr)</th>
              <th scope="col">Expected annual total ({currency}/yr, 95% interval)</th>
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
                confidence={scenario.targets.confidence}
                money={money}
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
  confidence,
  money,
}: {
  pattern: PatternResult;
  recommended: boolean;
  confidence: number;
  money: (amount: number) => string;
}) {
  const cost = pattern.monthlyInfraCost;
  const targets: [string, number][] = [
    ['RTO', pattern.meetsTargets.rto],
    ['RPO', pattern.meetsTargets.rpo],
    ['Region RTO', pattern.meetsTargets.regionRto],
    ['Region RPO', pattern.meetsTargets.regionRpo],
  ];
  return (
    <tr className={recommended ? 'is-recommended' : undefined}>
      <th scope="row">
        {patternLabel(pattern.id, pattern.name)}
        {recommended && <span className="tag">Recommended</span>}
      </th>
      <td className="num">
        {cost.low === cost.high ? money(cost.low) : `${money(cost.low)}–${money(cost.high)}`}
      </td>
      <td className="num">{formatNumber(pattern.incidentsPerYear)}</td>
      <td className="num">
        {formatSeconds(pattern.incidentRtoSeconds.p50)} / {formatSeconds(pattern.incidentRtoSeconds.p95)}
      </td>
      <td className="num">
        {formatSeconds(pattern.incidentRpoSeconds.p50)} / {formatSeconds(pattern.incidentRpoSeconds.p95)}
      </td>
      <td className="num">
        {formatAvailability(pattern.availability)}
        <span className="sub">{formatNumber(pattern.annualDowntimeMinutes.mean)} min/yr</span>
      </td>
      <td className="num">{money(pattern.annualLoss.mean)}</td>
      <td className="num">{money(pattern.annualLoss.p95)}</td>
      <td className="num">
        {money(pattern.annualTotalCost.mean)}
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
                <span aria-hidden="true">{met ? '✓' : '✗'}</span> {name} {formatPercent(share, 1)}
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
