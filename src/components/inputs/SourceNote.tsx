import { useCallback, useId, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { figureById } from '../../../models/catalogue/index';
import type { Figure } from '../../../models/types';

/**
 * Where a default value comes from, on demand: a small button naming the figure, and the details (subject,
 * value, source, confidence) in a panel that opens on a click (or Enter or Space) and closes on Escape, on a
 * second click and when focus leaves it. Tabbing through the form never opens it, hovering does nothing,
 * and the panel takes its place in the page below the field rather than floating over the next one: it
 * never covers an input or takes a click meant for one.
 */
export function useSourceNote(figureIds: readonly string[]) {
  const panelId = useId();
  const buttonId = `${panelId}-button`;
  const [open, setOpen] = useState(false);
  const figures = figureIds.map((id) => figureById(id)).filter((f): f is Figure => f !== undefined);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !open) return;
      // Escape that closes the note goes no further (it would otherwise reach the page's own shortcuts).
      event.stopPropagation();
      setOpen(false);
      document.getElementById(buttonId)?.focus();
    },
    [open, buttonId],
  );

  /** Closes when focus goes anywhere but the button or the panel. */
  const onBlur = useCallback(
    (event: FocusEvent) => {
      const next = event.relatedTarget;
      const within = next instanceof Element ? next.closest('[data-source-note]') : null;
      if (within?.getAttribute('data-source-note') === panelId) return;
      setOpen(false);
    },
    [panelId],
  );

  return { figures, open, setOpen, panelId, buttonId, onKeyDown, onBlur };
}

export type SourceNoteState = ReturnType<typeof useSourceNote>;

/** The button that opens and closes the note; it goes beside the field's label. */
export function SourceButton({ note, of }: { note: SourceNoteState; of: string }) {
  if (note.figures.length === 0) return null;
  const names = note.figures.map((f) => f.id).join(', ');
  return (
    <button
      id={note.buttonId}
      data-source-note={note.panelId}
      type="button"
      className="source-button"
      aria-expanded={note.open}
      aria-controls={note.panelId}
      onClick={() => note.setOpen((open) => !open)}
      onKeyDown={note.onKeyDown}
      onBlur={note.onBlur}
    >
      Source {names}
      <span className="visually-hidden"> of the default {of}</span>
    </button>
  );
}

/** The details, in the flow of the page below the field; rendered only while open. */
export function SourcePanel({ note, of }: { note: SourceNoteState; of: string }) {
  if (note.figures.length === 0) return null;
  return (
    <div
      id={note.panelId}
      data-source-note={note.panelId}
      className="source-panel"
      role="region"
      aria-label={`Source of the default ${of}`}
      // Focusable by a click, so that selecting its text does not count as leaving it.
      tabIndex={-1}
      hidden={!note.open}
      onKeyDown={note.onKeyDown}
      onBlur={note.onBlur}
    >
      {note.open
        ? note.figures.map((f) => (
            <p key={f.id} className="source-figure">
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
            </p>
          ))
        : null}
    </div>
  );
}
