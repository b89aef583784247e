import { useId, useState } from 'react';
import { figureById } from '../../../models/catalogue/index';
import type { Figure } from '../../../models/types';

/**
 * Where a default value comes from: a small button naming the figure, whose details (subject, value,
 * source, confidence) appear on hover, on keyboard focus and on click. Escape hides them again.
 */
export function SourceNote({ figureIds, of }: { figureIds: readonly string[]; of: string }) {
  const tipId = useId();
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const figures = figureIds.map((id) => figureById(id)).filter((f): f is Figure => f !== undefined);
  if (figures.length === 0) return null;
  const names = figures.map((f) => f.id).join(', ');
  const className = ['source-note', pinned && 'is-open', dismissed && 'is-dismissed']
    .filter(Boolean)
    .join(' ');

  return (
    <span
      className={className}
      onMouseLeave={() => setDismissed(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          setPinned(false);
          setDismissed(true);
        }
      }}
    >
      <button
        type="button"
        className="source-button"
        aria-expanded={pinned}
        aria-describedby={tipId}
        onClick={() => {
          setPinned((open) => !open);
          setDismissed(false);
        }}
        onBlur={() => {
          setPinned(false);
          setDismissed(false);
        }}
      >
        Source {names}
        <span className="visually-hidden"> of the default {of}</span>
      </button>
      <span role="tooltip" id={tipId} className="source-tip">
        {figures.map((f) => (
          <span key={f.id} className="source-figure">
            <strong>
              {f.id}: {f.subject}
            </strong>
            <span>Value: {f.value}</span>
            <span>
              Source: {f.source}
              {f.date ? ` (${f.date})` : ''}
            </span>
            <span>
              Confidence: <span className="confidence">{f.confidence}</span>
            </span>
            {f.note ? <span className="source-caveat">{f.note}</span> : null}
          </span>
        ))}
      </span>
    </span>
  );
}
