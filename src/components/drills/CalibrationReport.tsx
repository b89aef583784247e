import { useMemo } from 'react';
import type { Calibration } from '../../../models/calibration/calibrate';
import { PATTERN_IDS, type Drill, type SimulationResult } from '../../../models/types';
import { DrillCdfChart } from '../../charts/DrillCdfChart';
import { drillCdfData } from '../../charts/data/drillCdf';
import { formatCount } from '../../format';
import { patternLabel } from '../../patterns';
import { figureName, figureSummaryText } from '../../report/calibration';

interface Props {
  calibration: Calibration;
  drills: readonly Drill[];
  /** The numbers on screen (with the drills), and those of the same full run without them. */
  result: SimulationResult | null;
  before: SimulationResult | null;
}

/** The recommendation before and after the drills, in one sentence. */
function RecommendationChange({ result, before }: Pick<Props, 'result' | 'before'>) {
  if (!result) return null;
  const now = patternLabel(result.recommendation.pattern);
  if (!before) {
    return (
      <p className="note" role="status">
        Recommended with the drills: <strong>{now}</strong>. The recommendation without them follows when the
        full simulation finishes.
      </p>
    );
  }
  const was = patternLabel(before.recommendation.pattern);
  return (
    <p className={was === now ? 'drill-verdict' : 'drill-verdict is-changed'} role="status">
      {was === now ? (
        <>
          Recommendation before and after the drills: <strong>{now}</strong>.
        </>
      ) : (
        <>
          The drills change the recommendation: <strong>{was}</strong> before them, <strong>{now}</strong>{' '}
          after.
        </>
      )}
    </p>
  );
}

/** What the drills changed: each updated figure before and after, the recommendation, and the charts. */
export function CalibrationReport({ calibration, drills, result, before }: Props) {
  const charts = useMemo(
    () =>
      result
        ? PATTERN_IDS.map((p) => drillCdfData(p, drills, calibration, result, before)).filter(
            (d) => d !== null,
          )
        : [],
    [drills, calibration, result, before],
  );
  return (
    <section className="drill-report" aria-labelledby="drill-report-heading">
      <h3 id="drill-report-heading">What the drills changed</h3>
      <p>
        As of {calibration.asOf}: {formatCount(calibration.used)} of {formatCount(calibration.logged)}{' '}
        {calibration.logged === 1 ? 'drill' : 'drills'} used.{' '}
        {calibration.updated.length === 0
          ? 'No drill could be used, so the model is as entered.'
          : 'Each figure below is now what the simulation draws from.'}
      </p>
      <RecommendationChange result={result} before={before} />
      {calibration.updated.length > 0 && (
        <div className="table-scroll">
          <table className="drill-figures">
            <caption>
              Prior (the model as entered) and posterior (after the drills) of each figure the drills updated:
              mean, median and 95th percentile.
            </caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Drills</th>
                <th scope="col">Before the drills</th>
                <th scope="col">After the drills</th>
              </tr>
            </thead>
            <tbody>
              {calibration.updated.map((f) => (
                <tr key={f.distribution}>
                  <th scope="row">{figureName(f)}</th>
                  <td className="num">{f.drills}</td>
                  <td>{figureSummaryText(f, 'prior')}</td>
                  <td>{figureSummaryText(f, 'posterior')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {charts.map((data) => (
        <DrillCdfChart key={data.pattern} data={data} />
      ))}
    </section>
  );
}
