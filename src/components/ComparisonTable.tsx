import { memo } from 'react';
import type { PatternResult, Scenario, SimulationResult } from '../../models/types';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatMinutes,
  formatMoney,
  formatMoneyRange,
  formatPercent,
  percentileName,
} from '../format';
import { patternLabel } from '../patterns';
import { atConfidence } from '../report/answer';
import { scrollHint, useHorizontalOverflow } from './useHorizontalOverflow';

interface Props {
  result: SimulationResult;
  scenario: Scenario;
  /**
   * 'full': every figure (the page); 'summary': what a client reads at a glance, the RTO and RPO at the
   * confidence level (the client view).
   */
  variant?: 'full' | 'summary';
}

/** Every architecture side by side; the first column stays in place while the others scroll. */
export const ComparisonTable = memo(function ComparisonTable({ result, scenario, variant = 'full' }: Props) {
  const { currency } = scenario;
  const [scrollRef, place] = useHorizontalOverflow();
  const summary = variant === 'summary';
  const p = percentileName(scenario.targets.confidence);
  const years = `${result.horizonYears} ${result.horizonYears === 1 ? 'year' : 'years'}`;
  const columns = summary
    ? [
        'Architecture',
        `Monthly cost (${currency}/month)`,
        `RTO at ${p}`,
        `RPO at ${p}`,
        'Availability',
        `Expected total over ${years} (${currency})`,
        'Feasible',
      ]
    : [
        'Architecture',
        `Monthly cost (${currency}/month: expected, range)`,
        `One-off cost (${currency})`,
        'RTO P50 / P95 / P99',
        'RPO P50 / P95 / P99',
        'Regional disaster: RTO P95 · ended by the region returning',
        'Availability · unplanned downtime a year · with maintenance',
        `Expected annual loss · P95 · P99 (${currency}/yr)`,
        `Expected total over ${years} (${currency}, 95% interval)`,
        'Targets met (share of incidents)',
        'Feasible',
      ];
  const hint = scrollHint(place, columns.length);

  return (
    <section
      className={`card comparison${summary ? ' comparison-summary' : ''}`}
      aria-labelledby="comparison-heading"
    >
      <h2 id="comparison-heading">The architectures compared</h2>
      {!summary && (
        <p className="run-meta">
          <span>{formatCount(result.trials)} simulated years per pattern</span>
          <span>seed {result.seed}</span>
          <ConvergenceBadge result={result} />
        </p>
      )}
      <p className="scroll-hint" hidden={hint === null}>
        {hint}
      </p>
      <div
        ref={scrollRef}
        className="table-scroll"
        data-overflow={place}
        role="region"
        aria-labelledby="comparison-caption"
        tabIndex={0}
      >
        <table>
          <caption id="comparison-caption">
            Outcomes of each architecture over {formatCount(result.trials)} simulated years. Money in{' '}
            {currency}; RTO and RPO are per ordinary incident (node, storage, network, zone)
            {summary
              ? `, at ${p}: the outage and the data lost that ${formatPercent(scenario.targets.confidence)} of incidents stay within.`
              : '; the regional columns are per regional disaster.'}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.patterns.map((pattern) =>
              summary ? (
                <SummaryRow key={pattern.id} pattern={pattern} result={result} scenario={scenario} />
              ) : (
                <PatternRow
                  key={pattern.id}
                  pattern={pattern}
                  recommended={pattern.id === result.recommendation.pattern}
                  feasibleAny={result.recommendation.feasible}
                  confidence={scenario.targets.confidence}
                  currency={currency}
                />
              ),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
});

/** The row's header: the architecture, marked "Recommended", or "Closest" when none is feasible. */
function RowHeader({ pattern, standing }: { pattern: PatternResult; standing: string | null }) {
  return (
    <th scope="row">
      {patternLabel(pattern.id, pattern.name)}
      {standing && <span className={standing === 'Closest' ? 'tag tag-closest' : 'tag'}>{standing}</span>}
    </th>
  );
}

function standingOf(pattern: PatternResult, result: SimulationResult): string | null {
  if (pattern.id !== result.recommendation.pattern) return null;
  return result.recommendation.feasible ? 'Recommended' : 'Closest';
}

function FeasibleCell({ pattern }: { pattern: PatternResult }) {
  return (
    <td>
      {pattern.feasible ? (
        <span className="yes">Yes</span>
      ) : (
        <span className="no">No{pattern.withinBudget ? '' : ' (over budget)'}</span>
      )}
    </td>
  );
}

function SummaryRow({
  pattern,
  result,
  scenario,
}: {
  pattern: PatternResult;
  result: SimulationResult;
  scenario: Scenario;
}) {
  const money = (amount: number) => formatMoney(amount, scenario.currency);
  const confidence = scenario.targets.confidence;
  const standing = standingOf(pattern, result);
  const target = (kind: 'rto' | 'rpo') => {
    const met = pattern.meetsTargets[kind] >= confidence;
    return (
      <td className={`num ${met ? 'met' : 'missed'}`}>
        {formatDuration(atConfidence(result, pattern, kind, confidence))}
        <span className="sub">
          <span aria-hidden="true">{met ? '✓' : '✗'}</span> {met ? 'meets' : 'misses'}{' '}
          {formatDuration(kind === 'rto' ? scenario.targets.rtoSeconds : scenario.targets.rpoSeconds)}
        </span>
      </td>
    );
  };
  return (
    <tr className={standing ? 'is-recommended' : undefined}>
      <RowHeader pattern={pattern} standing={standing} />
      <td className="num">{money(pattern.monthlyInfraCost.expected)}</td>
      {target('rto')}
      {target('rpo')}
      <td className="num">{formatAvailability(pattern.availability)}</td>
      <td className="num">{money(pattern.horizonTotalCost.mean)}</td>
      <FeasibleCell pattern={pattern} />
    </tr>
  );
}

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
      <RowHeader
        pattern={pattern}
        standing={recommended ? (feasibleAny ? 'Recommended' : 'Closest') : null}
      />
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
        <span className="sub">{formatMinutes(pattern.annualDowntimeMinutes.mean)} a year</span>
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
      <FeasibleCell pattern={pattern} />
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
