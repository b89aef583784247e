import { memo } from 'react';
import type { SimulationResult } from '../../models/types';
import { formatAvailability, formatCount, formatMinutes, formatPercent } from '../format';
import { patternLabel } from '../patterns';
import { oneIn } from '../report/decision';
import { scrollHint, useHorizontalOverflow } from './useHorizontalOverflow';

const WINDOW = {
  month: { one: 'month', many: 'Months' },
  quarter: { one: 'quarter', many: 'Quarters' },
} as const;

/**
 * The availability objective against each architecture: the downtime it allows per day, week, month,
 * quarter and year, and, window by window as simulated, the downtime each architecture has, the share of
 * the error budget it uses and how often it breaches.
 */
export const SloTable = memo(function SloTable({ result }: { result: SimulationResult }) {
  const [scrollRef, place] = useHorizontalOverflow();
  const slo = result.slo;
  const first = result.patterns.find((p) => p.slo !== null)?.slo;
  if (!first) return null;
  const w = WINDOW[slo.window];
  const a = first.allowedMinutes;
  const d = formatMinutes;
  return (
    <section className="card slo" aria-labelledby="slo-heading">
      <h2 id="slo-heading">
        Availability objective: {formatAvailability(slo.target)} a {w.one}
      </h2>
      <p className="note">
        Downtime allowed: {d(a.day)} a day, {d(a.week)} a week, {d(a.month)} a month, {d(a.quarter)} a
        quarter, {d(a.year)} a year.{' '}
        {slo.excludePlannedMaintenance
          ? 'Planned maintenance is excluded.'
          : 'Planned maintenance counts against it.'}
      </p>
      <p className="scroll-hint" hidden={scrollHint(place, 4) === null}>
        {scrollHint(place, 4)}
      </p>
      <div
        ref={scrollRef}
        className="table-scroll"
        data-overflow={place}
        role="region"
        aria-labelledby="slo-caption"
        tabIndex={0}
      >
        <table>
          <caption id="slo-caption">
            Each {w.one} simulated on its own ({formatCount(result.trials)} {w.one}s per architecture): its
            downtime, the share of the {d(first.allowedMinutesPerWindow)} allowed that it uses, and how often
            it exceeds it.
          </caption>
          <thead>
            <tr>
              <th scope="col">Architecture</th>
              <th scope="col">Downtime a {w.one}: mean · P95 · P99</th>
              <th scope="col">Error budget used (mean)</th>
              <th scope="col">{w.many} in breach</th>
            </tr>
          </thead>
          <tbody>
            {result.patterns.map((p) => {
              if (!p.slo) return null;
              const t = p.slo.windowDowntimeMinutes;
              const recommended = p.id === result.recommendation.pattern;
              return (
                <tr key={p.id} className={recommended ? 'is-recommended' : undefined}>
                  <th scope="row">{patternLabel(p.id, p.name)}</th>
                  <td className="num">
                    {d(t.mean)} · {d(t.p95)} · {d(t.p99)}
                  </td>
                  <td className="num">{formatPercent(p.slo.expectedBudgetUsed)}</td>
                  <td className="num">
                    {formatPercent(p.slo.breachProbability)}
                    {p.slo.breachProbability > 0 && (
                      <span className="sub">{oneIn(p.slo.breachProbability, w.one)}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {result.patterns.some(
        (p) => p.slo && p.slo.windowDowntimeMinutes.mean > p.slo.windowDowntimeMinutes.p95,
      ) && (
        <p className="note">
          A mean above the P95 is no error: a few {w.one}s hold a long outage (a regional disaster) that most
          never see, and it weighs in the mean.
        </p>
      )}
    </section>
  );
});
