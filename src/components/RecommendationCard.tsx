import { memo } from 'react';
import type { SimulationResult } from '../../models/types';
import { patternLabel } from '../patterns';

/** The recommended pattern, why, and why not each of the others. */
export const RecommendationCard = memo(function RecommendationCard({ result }: { result: SimulationResult }) {
  const { recommendation } = result;
  const nameOf = (id: (typeof result.patterns)[number]['id']) =>
    patternLabel(id, result.patterns.find((pattern) => pattern.id === id)?.name);

  return (
    <section
      className={`card recommendation ${recommendation.feasible ? 'is-feasible' : 'is-infeasible'}`}
      aria-labelledby="recommendation-heading"
    >
      <h2 id="recommendation-heading">Recommendation</h2>
      <p className="recommended-pattern">{nameOf(recommendation.pattern)}</p>
      <p className={`badge ${recommendation.feasible ? 'badge-ok' : 'badge-warn'}`}>
        {recommendation.feasible
          ? 'Feasible: meets every target within budget'
          : 'Not feasible: no pattern meets every target within budget; this one comes closest'}
      </p>

      <h3>Why</h3>
      <ul className="reasons">
        {recommendation.reasons.map((reason, index) => (
          <li key={index}>{reason}</li>
        ))}
      </ul>

      {recommendation.remedies.length > 0 && (
        <>
          <h3>What would make it feasible</h3>
          <ul className="reasons">
            {recommendation.remedies.map((remedy, index) => (
              <li key={index}>{remedy}</li>
            ))}
          </ul>
        </>
      )}

      {recommendation.others.length > 0 && (
        <>
          <h3>The other patterns</h3>
          <dl className="others">
            {recommendation.others.map((other) => (
              <div key={other.pattern}>
                <dt>{nameOf(other.pattern)}</dt>
                <dd>
                  <ul className="reasons">
                    {other.reasons.map((reason, index) => (
                      <li key={index}>{reason}</li>
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
