import { type FormEvent, lazy, memo, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { LibraryEntry } from '../../store/libraryPersist';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';
import './library.css';
import { useUndoShortcuts } from './useUndoShortcuts';
import { useOpenedOnce } from '../modalDialog';

// The session form loads when it is first opened.
const ClientSessionDialog = lazy(() =>
  import('./ClientSessionDialog').then((m) => ({ default: m.ClientSessionDialog })),
);

const UNDO_KEYS = 'Control+Z Meta+Z';
const REDO_KEYS = 'Control+Shift+Z Control+Y Meta+Shift+Z';

/**
 * The saved scenarios: the open one marked, each one opened with a click, renamed in place, duplicated or
 * deleted (with an Undo notice); a new scenario; undo and redo of edits (also Ctrl+Z, Ctrl+Shift+Z and
 * Ctrl+Y); and whether the library is being saved in this browser.
 */
export const ScenarioLibrary = memo(function ScenarioLibrary() {
  const store = useSimulationStore();
  const library = useSimulation((s) => s.library);
  const currentId = useSimulation((s) => s.currentId);
  const canUndo = useSimulation((s) => (s.histories.get(s.currentId)?.past.length ?? 0) > 0);
  const canRedo = useSimulation((s) => (s.histories.get(s.currentId)?.future.length ?? 0) > 0);
  const lastDeleted = useSimulation((s) => s.lastDeleted);
  const headingId = useId();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [session, setSession] = useState(false);
  const sessionOpened = useOpenedOnce(session);
  const sectionRef = useRef<HTMLElement>(null);
  /**
   * Where focus goes once the list has re-rendered: a scenario's Open or Rename button ("open:id",
   * "rename:id") or the deletion notice's Undo ("undo"). A new object for each request, so that each one
   * is carried out once, after the render it causes.
   */
  const [focusRequest, setFocusRequest] = useState<{ key: string } | null>(null);
  const focusOn = (key: string) => setFocusRequest({ key });
  useUndoShortcuts(store);

  useEffect(() => {
    if (focusRequest === null || !sectionRef.current) return;
    const targets = sectionRef.current.querySelectorAll<HTMLElement>('[data-focus-key]');
    Array.from(targets)
      .find((element) => element.dataset['focusKey'] === focusRequest.key)
      ?.focus();
  }, [focusRequest]);

  const remove = (entry: LibraryEntry) => {
    store.getState().deleteScenario(entry.id);
    // Focus moves to the notice's Undo button: the next keystroke can take the deletion back.
    focusOn('undo');
  };
  const restore = () => {
    const id = store.getState().undoDelete();
    if (id) focusOn(`open:${id}`);
  };
  const create = (make: () => string | null) => {
    const id = make();
    if (id) focusOn(`open:${id}`);
  };

  return (
    <section className="card library" aria-labelledby={headingId} ref={sectionRef}>
      <div className="library-head">
        <h2 id={headingId}>Scenarios</h2>
        <div className="library-tools">
          <button
            type="button"
            className="button small"
            aria-disabled={!canUndo}
            aria-keyshortcuts={UNDO_KEYS}
            title="Undo the last change to the open scenario (Ctrl+Z)"
            onClick={() => store.getState().undo()}
          >
            Undo
          </button>
          <button
            type="button"
            className="button small"
            aria-disabled={!canRedo}
            aria-keyshortcuts={REDO_KEYS}
            title="Redo the change undone (Ctrl+Shift+Z or Ctrl+Y)"
            onClick={() => store.getState().redo()}
          >
            Redo
          </button>
          <button
            type="button"
            className="button small primary"
            onClick={() => create(() => store.getState().newScenario())}
          >
            New scenario
          </button>
          <button type="button" className="button small primary" onClick={() => setSession(true)}>
            New client session
          </button>
        </div>
      </div>
      <p className="library-help">
        Click a scenario to open it: the inputs edit the open one, and every change is kept. A new client
        session starts clean and asks for the client’s figures first.
      </p>
      {sessionOpened && (
        <Suspense fallback={null}>
          <ClientSessionDialog
            open={session}
            onClose={(opened) => {
              setSession(false);
              if (opened) focusOn(`open:${opened}`);
            }}
          />
        </Suspense>
      )}
      <ul className="library-list" aria-labelledby={headingId}>
        {library.map((entry) => (
          <LibraryItem
            key={entry.id}
            entry={entry}
            current={entry.id === currentId}
            renaming={renaming === entry.id}
            onOpen={() => store.getState().switchScenario(entry.id)}
            onRename={() => setRenaming(entry.id)}
            onRenameDone={() => {
              setRenaming(null);
              focusOn(`rename:${entry.id}`);
            }}
            onDuplicate={() => create(() => store.getState().duplicateScenario(entry.id))}
            onDelete={() => remove(entry)}
          />
        ))}
      </ul>
      <div className="library-notice-area" role="status">
        {lastDeleted ? (
          <p className="library-notice">
            <span>
              Scenario “<span className="library-notice-name">{lastDeleted.entry.scenario.name}</span>”
              deleted.
            </span>
            <button
              type="button"
              className="button small"
              data-focus-key="undo"
              aria-label={`Undo the deletion of “${lastDeleted.entry.scenario.name}”`}
              onClick={restore}
            >
              Undo
            </button>
            <button
              type="button"
              className="button small quiet"
              aria-label="Dismiss the deletion notice"
              onClick={() => {
                store.getState().dismissDeleted();
                focusOn(`open:${store.getState().currentId}`);
              }}
            >
              Dismiss
            </button>
          </p>
        ) : null}
      </div>
      <SaveStatusArea onDismissed={() => focusOn(`open:${store.getState().currentId}`)} />
    </section>
  );
});

interface ItemProps {
  entry: LibraryEntry;
  current: boolean;
  renaming: boolean;
  onOpen: () => void;
  onRename: () => void;
  onRenameDone: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

function LibraryItem(props: ItemProps) {
  const { entry, current } = props;
  const name = entry.scenario.name;
  return (
    <li className={current ? 'library-item is-current' : 'library-item'}>
      {props.renaming ? (
        <RenameForm entry={entry} onDone={props.onRenameDone} />
      ) : (
        <button
          type="button"
          data-focus-key={`open:${entry.id}`}
          className="library-open"
          aria-current={current ? 'true' : undefined}
          onClick={props.onOpen}
        >
          <span className="library-name">{name}</span>
          {current ? <span className="tag">Open</span> : null}
        </button>
      )}
      <div className="library-item-actions">
        {props.renaming ? null : (
          <button
            type="button"
            className="button small quiet"
            data-focus-key={`rename:${entry.id}`}
            aria-label={`Rename “${name}”`}
            onClick={props.onRename}
          >
            Rename
          </button>
        )}
        <button
          type="button"
          className="button small quiet"
          aria-label={`Duplicate “${name}”`}
          onClick={props.onDuplicate}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="button small quiet danger"
          aria-label={`Delete “${name}”`}
          onClick={props.onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

/** The name in a text field: Enter or Save keeps it, Escape or Cancel leaves it as it was. */
function RenameForm({ entry, onDone }: { entry: LibraryEntry; onDone: () => void }) {
  const store = useSimulationStore();
  const id = useId();
  const [text, setText] = useState(entry.scenario.name);
  const [error, setError] = useState<string | null>(null);
  const save = (event: FormEvent) => {
    event.preventDefault();
    const refused = store.getState().renameScenario(entry.id, text);
    if (refused === null) onDone();
    else setError(refused);
  };
  return (
    <form className="library-rename" onSubmit={save}>
      <label htmlFor={id} className="visually-hidden">
        New name for “{entry.scenario.name}”
      </label>
      <input
        id={id}
        className="field-input"
        type="text"
        value={text}
        autoComplete="off"
        // Focus goes to the field the person asked for.
        autoFocus
        maxLength={120}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
          }
        }}
      />
      <button type="submit" className="button small">
        Save
      </button>
      <button type="button" className="button small quiet" onClick={onDone}>
        Cancel
      </button>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** Whether the library is being saved, and what went wrong when it is not; with Try again where it helps. */
function SaveStatusArea({ onDismissed }: { onDismissed: () => void }) {
  const store = useSimulationStore();
  const status = useSimulation((s) => s.saveStatus);
  const message = useSimulation((s) => s.saveMessage);
  const notices = useSimulation((s) => s.loadNotices);
  const problem = status === 'failed' || status === 'paused';
  return (
    <div className="library-storage">
      <div role="alert" className="library-alerts">
        {problem && message ? (
          <div className="library-problem">
            <p>{message}</p>
            <button type="button" className="button small" onClick={() => store.getState().retrySaving()}>
              Try again
            </button>
          </div>
        ) : null}
        {notices.length > 0 ? (
          <div className="library-problem">
            <ul>
              {notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
            <button
              type="button"
              className="button small quiet"
              aria-label="Dismiss these messages"
              onClick={() => {
                store.getState().dismissLoadNotices();
                onDismissed();
              }}
            >
              Dismiss
            </button>
          </div>
        ) : null}
      </div>
      <p role="status" className="library-saved">
        {problem
          ? ''
          : (message ?? (status === 'off' ? 'Scenarios are not saved.' : 'Saved in this browser.'))}
      </p>
    </div>
  );
}
