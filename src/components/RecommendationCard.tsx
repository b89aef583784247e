import { memo } from 'react';
import type { Analysis } from '../../models/engine/analysis';
import type { Scenario, SimulationResult } from '../../models/types';
import { patternLabel } from '../patterns';
import { confirmedRemedies, remedyCheckText, sloSentence, tailSentences } from '../report/decision';
import { findingText, recommendationReasons, remedyText, type WordingContext } from '../report/findings';

/**
 * The recommended pattern, why, the tail in plain words, and why not each of the others. `scenario` is the
 * one the result was simulated for; `analysis` the remedies checked by rerunning it (null until done).
 */
export const RecommendationCard = memo(function RecommendationCard({
  result,
  scenario,
  analysis,
  analysing,
}: {
  result: SimulationResult;
  scenario: Scenario;
  analysis: Analysis | null;
  analysing: boolean;
}) {
  const { recommendation } = result;
  const currency = scenario.currency;
  const ctx: WordingContext = { currency, confidence: scenario.targets.confidence };
  const chosen = result.patterns.find((p) => p.id === recommendation.pattern)!;
  const confirmed = analysis ? confirmedRemedies(analysis.remedies, recommendation.pattern) : [];
  const slo = sloSentence(chosen, scenario.slo);
  const nameOf = (id: (typeof result.patterns)[number]['id']) =>
    patternLabel(id, result.patterns.find((pattern) => pattern.id === id)?.name);

  return (
    <section
      className={`card recommendation ${recommendation.feasible ? 'is-feasible' : 'is-infeasible'}`}
      aria-labelledby="recommendation-heading"
    >
      <h2 id="recommendation-heading">
        {recommendation.feasible ? 'Recommendation' : 'No architecture meets every target'}
      </h2>
      <p className="recommended-pattern">
        {recommendation.feasible ? '' : 'Closest: '}
        {nameOf(recommendation.pattern)}
      </p>
      <p className={`badge ${recommendation.feasible ? 'badge-ok' : 'badge-warn'}`}>
        {recommendation.feasible
          ? 'Feasible: meets every target within budget'
          : 'Not feasible: no architecture meets every target within budget; this one comes closest'}
      </p>

      <h3>{recommendation.feasible ? 'Why' : 'What blocks it'}</h3>
      <ul className="reasons">
        {recommendationReasons(recommendation, ctx)
          .slice(recommendation.feasible ? 0 : 1)
          .map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
      </ul>

      {!recommendation.feasible && (
        <>
          <h3>What would make it feasible</h3>
          <ul className="reasons">
            {recommendation.remedies.map((remedy, index) => (
              <li key={index}>{remedyText(remedy, ctx)}</li>
            ))}
            {confirmed.map((check, index) => (
              <li key={`check-${index}`}>{remedyCheckText(check, scenario)}</li>
            ))}
          </ul>
          {analysing && <p className="note">Checking operational changes by rerunning the simulation…</p>}
        </>
      )}

      <h3>In a bad year</h3>
      <ul className="reasons tail">
        {tailSentences(chosen, scenario).map((sentence, index) => (
          <li key={index}>{sentence}</li>
        ))}
        {slo && <li>{slo}</li>}
      </ul>

      {recommendation.others.length > 0 && (
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
