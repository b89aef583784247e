import { memo } from 'react';
import type { SimulationResult } from '../../models/types';
import { patternLabel } from '../patterns';
import { findingText, recommendationReasons, remedyText, type WordingContext } from '../report/findings';

/** The recommended pattern, why, and why not each of the others. */
export const RecommendationCard = memo(function RecommendationCard({
  result,
  confidence,
  currency,
}: {
  result: SimulationResult;
  confidence: number;
  currency: string;
}) {
  const { recommendation } = result;
  const ctx: WordingContext = { currency, confidence };
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

      {recommendation.remedies.length > 0 && (
        <>
          <h3>What would make it feasible</h3>
          <ul className="reasons">
            {recommendation.remedies.map((remedy, index) => (
              <li key={index}>{remedyText(remedy, ctx)}</li>
            ))}
          </ul>
        </>
      )}

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
