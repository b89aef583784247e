import { technology } from '../../../models/catalogue/index';
import type { DrillReview } from '../../../models/calibration/calibrate';
import { PHASE_COLUMNS } from '../../../models/drills/fields';
import type { Drill } from '../../../models/types';
import { formatDuration } from '../../format';
import { patternLabel } from '../../patterns';
import { drillIssueText } from '../../report/calibration';
import { OUTCOME_LABELS, SCOPE_LABELS } from './DrillForm';

const PHASE_WORDS = ['detection', 'decision', 'promotion', 'reroute'];

/** "detection 22 s, reroute 8 s", or a dash when no phase was timed. */
function phasesText(drill: Drill): string {
  const parts = PHASE_COLUMNS.flatMap((key, i) => {
    const value = drill[key];
    return value === undefined ? [] : [`${PHASE_WORDS[i]} ${formatDuration(value)}`];
  });
  return parts.length > 0 ? parts.join(', ') : '—';
}

interface Props {
  drills: readonly Drill[];
  /** One per drill, in log order (the calibration's). */
  reviews: readonly DrillReview[];
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}

/** Every drill of the log, with whether the calibration uses it and, if not, why. */
export function DrillTable({ drills, reviews, onEdit, onRemove }: Props) {
  const where = (index: number) => `drill ${index + 1}`;
  const unused = reviews.filter((r) => !r.used).length;
  return (
    <div className="table-scroll drill-scroll">
      <table className="drill-table">
        <caption>
          {drills.length} {drills.length === 1 ? 'drill' : 'drills'} in the log
          {unused > 0 ? `, ${unused} not used (the reason is in the last column)` : ', all used'}. Durations
          in seconds as measured.
        </caption>
        <thead>
          <tr>
            <th scope="col">Drill</th>
            <th scope="col">Failure</th>
            <th scope="col">Architecture and technology</th>
            <th scope="col">Outcome</th>
            <th scope="col">Outage</th>
            <th scope="col">Data lost</th>
            <th scope="col">Phases</th>
            <th scope="col">In the calibration</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {drills.map((drill, index) => {
            const review = reviews[index];
            const issues = review ? [...review.excluded, ...review.review] : [];
            const status = !review
              ? ''
              : !review.used
                ? 'Not used'
                : review.review.length > 0
                  ? 'Used; review'
                  : 'Used';
            return (
              <tr key={index} className={review && !review.used ? 'is-unused' : undefined}>
                <th scope="row">
                  {index + 1}
                  <span className="sub">{drill.date}</span>
                </th>
                <td>{SCOPE_LABELS[drill.scope]}</td>
                <td>
                  {patternLabel(drill.architecture)}
                  {drill.technology && (
                    <span className="sub">{technology(drill.technology)?.name ?? drill.technology}</span>
                  )}
                </td>
                <td>{OUTCOME_LABELS[drill.outcome]}</td>
                <td className="num">{formatDuration(drill.outageSeconds)}</td>
                <td className="num">{formatDuration(drill.dataLossSeconds)}</td>
                <td>
                  {phasesText(drill)}
                  {drill.note && <span className="sub">{drill.note}</span>}
                </td>
                <td>
                  <strong>{status}</strong>
                  {issues.map((issue, i) => (
                    <span key={i} className="sub">
                      {drillIssueText(issue, drill, where)}
                    </span>
                  ))}
                </td>
                <td className="drill-actions">
                  <button type="button" className="button small" onClick={() => onEdit(index)}>
                    Change<span className="visually-hidden"> drill {index + 1}</span>
                  </button>
                  <button type="button" className="button small" onClick={() => onRemove(index)}>
                    Remove<span className="visually-hidden"> drill {index + 1}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
