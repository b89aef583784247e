import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_SCENARIO } from '../../../models/scenario/defaults';
import { loadArithmetic } from '../../input/arithmetic';
import { formatQuantity, unitText } from '../../input/formatQuantity';
import { browserNumberLocale } from '../../input/localNumbers';
import { CLIENT_FIRST, readSession, type SessionEntry } from '../../store/inputSources';
import { fieldSpec, valueAt } from '../../store/scenarioPaths';
import { useSimulationStore } from '../../store/useSimulation';
import './clientSession.css';
import { useModalDialog } from '../modalDialog';

const EMPTY: SessionEntry = { text: '', useAssumption: false };

/**
 * A new client session: a clean scenario (no preset's figures, no example's description) that asks for the
 * client's own figures first: what an outage and lost data cost, the targets, the budget. Each is typed as
 * any field is, or left, on purpose, to the planner's assumption, which then stays labelled as one. The
 * session opens as a new scenario of the library; the one open before is kept.
 */
export function ClientSessionDialog({
  open,
  onClose,
}: {
  open: boolean;
  onClose: (id: string | null) => void;
}) {
  const store = useSimulationStore();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const dialogRef = useModalDialog(open, nameRef);
  const [name, setName] = useState('');
  const [currency, setCurrency] = useState('');
  const [entries, setEntries] = useState<Record<string, SessionEntry>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const locale = browserNumberLocale();

  // Sums such as "$3k/min + $2k/min" are read like anywhere else.
  useEffect(() => {
    if (open) void loadArithmetic().catch(() => undefined);
  }, [open]);

  const field = (key: string) => `${id}-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const entry = (path: string) => entries[path] ?? EMPTY;
  const update = (path: string, change: Partial<SessionEntry>) =>
    setEntries((all) => ({ ...all, [path]: { ...(all[path] ?? EMPTY), ...change } }));

  const reset = () => {
    setName('');
    setCurrency('');
    setEntries({});
    setErrors({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readSession(name, currency, entries, locale);
    if (!read.ok) {
      setErrors(read.errors);
      const first = ['name', 'currency', ...CLIENT_FIRST].find((key) => read.errors[key] !== undefined);
      if (first) document.getElementById(field(first))?.focus();
      return;
    }
    const opened = store.getState().openAsNew(read.scenario, 'session');
    // What reading a figure assumed shows at its field, as after any entry.
    const notes = Object.entries(read.notes).map(([path, list]) => [
      path,
      { value: valueAt(read.scenario, path), notes: list },
    ]);
    store.setState((s) => ({ fieldNotes: { ...s.fieldNotes, ...Object.fromEntries(notes) } }));
    reset();
    onClose(opened);
  };

  const cancel = () => {
    reset();
    onClose(null);
  };

  const described = (key: string, more: string[] = []) =>
    [...more, errors[key] ? `${field(key)}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorOf = (key: string) =>
    errors[key] ? (
      <p className="field-error" id={`${field(key)}-error`} role="alert">
        {errors[key]}
      </p>
    ) : null;
  const shownCurrency = currency.trim().toUpperCase() || DEFAULT_SCENARIO.currency;

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog session-dialog"
      aria-labelledby={field('title')}
      aria-describedby={field('intro')}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      {/* Only while open: its fields share their labels with the inputs of the page. */}
      {open ? (
        <form className="modal-form" onSubmit={submit} noValidate>
          <h2 id={field('title')}>New client session</h2>
          <p id={field('intro')} className="modal-intro">
            A clean start for a client: nothing of a preset or of the example. Enter the client’s own figures
            first; a figure not known yet can be left to the planner’s assumption, which stays labelled as
            one. Every other input starts as the planner’s assumption too, marked so beside it. The scenario
            open now is kept.
          </p>
          <div className="session-row">
            <div className="session-field">
              <label htmlFor={field('name')}>Client or workload</label>
              <input
                ref={nameRef}
                id={field('name')}
                className="field-input"
                value={name}
                autoComplete="off"
                aria-invalid={errors['name'] ? true : undefined}
                aria-describedby={described('name')}
                onChange={(event) => setName(event.target.value)}
              />
              {errorOf('name')}
            </div>
            <div className="session-field">
              <label htmlFor={field('currency')}>Currency</label>
              <input
                id={field('currency')}
                className="field-input"
                value={currency}
                placeholder={DEFAULT_SCENARIO.currency}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={errors['currency'] ? true : undefined}
                aria-describedby={described('currency', [`${field('currency')}-help`])}
                onChange={(event) => setCurrency(event.target.value)}
              />
              <p className="field-help" id={`${field('currency')}-help`}>
                ISO 4217 code of every amount, e.g. USD or EUR; {DEFAULT_SCENARIO.currency} when left blank.
              </p>
              {errorOf('currency')}
            </div>
          </div>
          <fieldset className="session-figures">
            <legend>The client’s figures</legend>
            {CLIENT_FIRST.map((path) => {
              const spec = fieldSpec(path);
              if (!spec) return null;
              const key = field(path);
              const assumed = formatQuantity(spec, valueAt(DEFAULT_SCENARIO, path), shownCurrency, locale);
              const current = entry(path);
              return (
                <div className="session-figure" key={path}>
                  <div className="field-head">
                    <label htmlFor={key}>{spec.label}</label>
                    <span className="field-unit" id={`${key}-unit`}>
                      {unitText(spec, shownCurrency)}
                    </span>
                  </div>
                  <input
                    id={key}
                    className="field-input"
                    value={current.text}
                    disabled={current.useAssumption}
                    autoComplete="off"
                    spellCheck={false}
                    aria-invalid={errors[path] ? true : undefined}
                    aria-describedby={described(path, [`${key}-unit`, `${key}-help`])}
                    onChange={(event) => update(path, { text: event.target.value })}
                  />
                  <p className="field-help" id={`${key}-help`}>
                    {spec.help}
                  </p>
                  <label className="checkbox-field session-assume">
                    <input
                      type="checkbox"
                      checked={current.useAssumption}
                      onChange={(event) => update(path, { useAssumption: event.target.checked })}
                    />
                    <span>
                      Not known yet: use the planner’s assumption ({assumed})
                      <span className="visually-hidden"> for {spec.label}</span>
                    </span>
                  </label>
                  {errorOf(path)}
                </div>
              );
            })}
          </fieldset>
          <div className="session-actions">
            <button type="submit" className="button primary">
              Start the session
            </button>
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
