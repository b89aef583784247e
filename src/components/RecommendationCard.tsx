import { memo } from 'react';
import type { Analysis } from '../../models/engine/analysis';
import type { Scenario, SimulationResult } from '../../models/types';
import { formatDuration, formatMoneyRange, formatMoneyRate, formatPercent, percentileName } from '../format';
import { patternLabel } from '../patterns';
import { type Answer, answerOf, type TargetFigure } from '../report/answer';
import { confirmedRemedies, remedyCheckText, sloSentence, tailSentences } from '../report/decision';
import { findingText, recommendationReasons, remedyText, type WordingContext } from '../report/findings';

/**
 * The answer first: the recommended architecture (or, when none meets every target within budget, the
 * closest one, marked so), whether it is feasible, what it costs a month and a year, and its RTO and RPO
 * at the confidence level; then why, or what blocks it and what would lift each block, the tail in plain
 * words and why not each of the others. `scenario` is the one the result was simulated for; `analysis`
 * the remedies checked by rerunning it (null until done). `presentation` leaves out the others, for the
 * client view, where the comparison follows.
 */
export const RecommendationCard = memo(function RecommendationCard({
  result,
  scenario,
  analysis,
  analysing,
  presentation = false,
}: {
  result: SimulationResult;
  scenario: Scenario;
  analysis: Analysis | null;
  analysing: boolean;
  presentation?: boolean;
}) {
  const { recommendation } = result;
  const { feasible } = recommendation;
  const currency = scenario.currency;
  const ctx: WordingContext = { currency, confidence: scenario.targets.confidence };
  const chosen = result.patterns.find((p) => p.id === recommendation.pattern)!;
  const answer = answerOf(result, scenario);
  const confirmed = analysis ? confirmedRemedies(analysis.remedies, recommendation.pattern) : [];
  const tried = analysis ? analysis.remedies.some((c) => c.pattern === recommendation.pattern) : false;
  const slo = sloSentence(chosen, scenario.slo);
  const nameOf = (id: (typeof result.patterns)[number]['id']) =>
    patternLabel(id, result.patterns.find((pattern) => pattern.id === id)?.name);
  const blockers = recommendationReasons(recommendation, ctx).slice(feasible ? 0 : 1);

  return (
    <section
      className={`card recommendation ${feasible ? 'is-feasible' : 'is-infeasible'}`}
      aria-labelledby="recommendation-heading"
    >
      <h2 id="recommendation-heading">
        {feasible ? 'Recommendation' : 'No architecture meets every target'}
      </h2>
      <div className="answer-head">
        <p className="recommended-pattern">{answer.name}</p>
        <span className={feasible ? 'tag' : 'tag tag-closest'}>{feasible ? 'Recommended' : 'Closest'}</span>
      </div>
      <p className={`badge ${feasible ? 'badge-ok' : 'badge-warn'}`}>
        {feasible
          ? 'Feasible: meets every target within budget'
          : `Not feasible: ${blockers.length === 1 ? 'one block' : `${blockers.length} blocks`} below; no architecture meets every target within budget, and this one comes closest`}
      </p>
      <AnswerFigures answer={answer} currency={currency} />

      <h3>{feasible ? 'Why' : 'What blocks it'}</h3>
      <ul className="reasons">
        {blockers.map((reason, index) => (
          <li key={index}>{reason}</li>
        ))}
      </ul>

      {!feasible && (
        <>
          <h3>What would make it feasible</h3>
          <p className="note remedy-kind">Change a target or the budget (worked out from this run):</p>
          <ul className="reasons">
            {recommendation.remedies.map((remedy, index) => (
              <li key={index}>{remedyText(remedy, ctx)}</li>
            ))}
          </ul>
          {confirmed.length > 0 && (
            <>
              <p className="note remedy-kind">
                Or change how it is operated (each checked by rerunning the simulation):
              </p>
              <ul className="reasons">
                {confirmed.map((check, index) => (
                  <li key={index}>{remedyCheckText(check, scenario)}</li>
                ))}
              </ul>
            </>
          )}
          {analysing && <p className="note">Checking operational changes by rerunning the simulation…</p>}
          {!analysing && tried && confirmed.length === 0 && (
            <p className="note">
              No operational change tried (drills, on-call response, health checks, DNS TTL, backups) meets a
              missed target when the simulation is rerun with it.
            </p>
          )}
        </>
      )}

      <h3>In a bad year</h3>
      <ul className="reasons tail">
        {tailSentences(chosen, scenario).map((sentence, index) => (
          <li key={index}>{sentence}</li>
        ))}
        {slo && <li>{slo}</li>}
      </ul>

      {!presentation && recommendation.others.length > 0 && (
        <>
          <h3>The other architectures</h3>
          <dl className="others">
            {recommendation.others.map((other) => (
              <div key={other.pattern}>
                <dt>{nameOf(other.pattern)}</dt>
                <dd>
                  <ul className="reasons">
                    {other.findings.map((finding, index) => (
                      <li key={index}>{findingText(finding, ctx)}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
});

/** The four figures of the answer: a month, a year, the RTO and the RPO at the confidence level. */
function AnswerFigures({ answer, currency }: { answer: Answer; currency: string }) {
  const p = percentileName(answer.confidence);
  const years = answer.horizonYears === 1 ? 'a year' : `over ${answer.horizonYears} years`;
  return (
    <dl className="answer-figures">
      <div>
        <dt>Monthly cost</dt>
        <dd>
          <span className="figure">{formatMoneyRate(answer.monthly.expected, currency, 'month')}</span>
          <span className="sub">
            infrastructure, expected ({formatMoneyRange(answer.monthly, currency)})
            {answer.withinBudget ? '' : '; over budget'}
          </span>
        </dd>
      </div>
      <div>
        <dt>Annual cost</dt>
        <dd>
          <span className="figure">{formatMoneyRate(answer.perYear, currency, 'yr')}</span>
          <span className="sub">expected {years}: infrastructure, one-off, maintenance and losses</span>
        </dd>
      </div>
      <TargetItem name={`RTO at ${p}`} figure={answer.rto} confidence={answer.confidence} />
      <TargetItem name={`RPO at ${p}`} figure={answer.rpo} confidence={answer.confidence} />
    </dl>
  );
}

function TargetItem({
  name,
  figure,
  confidence,
}: {
  name: string;
  figure: TargetFigure;
  confidence: number;
}) {
  return (
    <div className={figure.met ? 'met' : 'missed'}>
      <dt>{name}</dt>
      <dd>
        <span className="figure">{formatDuration(figure.atConfidence)}</span>
        <span className="sub">
          <span aria-hidden="true">{figure.met ? '✓ ' : '✗ '}</span>
          <span className="visually-hidden">{figure.met ? 'Target met: ' : 'Target missed: '}</span>
          target {formatDuration(figure.target)}, met in {formatPercent(figure.share)} of incidents (
          {formatPercent(confidence)} required)
        </span>
      </dd>
    </div>
  );
}
