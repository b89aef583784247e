import { formatAssumption } from '../format/assumptions';
import { memo, useMemo } from 'react';
import { CONFIDENCE_MEANING, KIND_MEANING, scenarioSources } from '../../models/sources';
import type { Scenario } from '../../models/types';
import { LazyDetails } from './LazyDetails';

/** Every figure the current scenario uses, with source and confidence; then assumptions and caveats. */
export const SourcesPanel = memo(function SourcesPanel({ scenario }: { scenario: Scenario }) {
  const sources = useMemo(() => scenarioSources(scenario), [scenario]);
  return (
    <section className="card sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources and assumptions</h2>
      <p className="note">
        Every figure behind these numbers, with where it comes from, how far to trust it and what kind of
        statement it is (a vendor’s claim, a default setting, a measurement, a model’s figure or a survey’s).
        Benchmark set:{' '}
        <strong>{scenario.benchmarkSet === 'article' ? 'the article’s figures' : 'sourced catalogue'}</strong>
        .
      </p>
      {sources.caveats.length > 0 && (
        <div className="caveats" role="note" aria-label="Caveats">
          <h3>Caveats</h3>
          <ul>
            {sources.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <LazyDetails summary={`${sources.figures.length} sourced figures used by this scenario`}>
        <div className="table-scroll">
          <table className="sources-table">
            <caption className="visually-hidden">Figures with source, date, confidence and kind</caption>
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Figure</th>
                <th scope="col">Value</th>
                <th scope="col">Source</th>
                <th scope="col">Confidence</th>
                <th scope="col">Kind</th>
                <th scope="col">Used for</th>
              </tr>
            </thead>
            <tbody>
              {sources.figures.map(({ figure, usedFor }) => (
                <tr key={figure.id}>
                  <th scope="row">{figure.id}</th>
                  <td>
                    {figure.subject}
                    {figure.note && <div className="note">{figure.note}</div>}
                  </td>
                  <td>{figure.value}</td>
                  <td className="source-cell">
                    {figure.source}
                    {figure.date && <div className="note">{figure.date}</div>}
                  </td>
                  <td>
                    <span
                      className={`confidence confidence-${figure.confidence === 'UNVERIFIED' ? 'low' : 'ok'}`}
                    >
                      {figure.confidence}
                    </span>
                    <div className="note">{CONFIDENCE_MEANING[figure.confidence]}</div>
                  </td>
                  <td>
                    {figure.kind}
                    <div className="note">{KIND_MEANING[figure.kind]}</div>
                  </td>
                  <td>
                    <ul className="plain">
                      {usedFor.map((u) => (
                        <li key={u}>{u}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </LazyDetails>
      <LazyDetails summary={`${sources.assumptions.length} assumptions (no public source)`}>
        <dl className="assumptions">
          {sources.assumptions.map((a) => (
            <div key={a.label}>
              <dt>
                <span className="badge badge-warn">Assumption</span> {a.label}
              </dt>
              <dd>
                {formatAssumption(a.value)}
                {a.note && <div className="note">{a.note}</div>}
              </dd>
            </div>
          ))}
        </dl>
      </LazyDetails>
    </section>
  );
});
