import { fieldFigures } from '../../input/fieldSources';
import { formatQuantity, unitText } from '../../input/formatQuantity';
import { browserNumberLocale } from '../../input/localNumbers';
import { fieldSpec, valueAt } from '../../store/scenarioPaths';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';
import { PROVENANCE_PATHS } from '../../../models/scenario/provenance';
import { ProvenanceNote } from './ProvenanceNote';
import { SourceButton, SourcePanel, useSourceNote } from './SourceNote';
import { useEntry } from './useEntry';
import { FieldNotes } from './FieldNotes';

/** A stable element id for a field path: "targets.rtoSeconds" → "field-targets-rtoSeconds". */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/**
 * One typed field of the scenario: its label, unit and one line of help from the field table, the value in
 * use written as people write it, and, when an entry cannot be used, the reason beside it while the last
 * good value goes on driving the results.
 */
export function QuantityField({ path }: { path: string }) {
  const spec = fieldSpec(path);
  const store = useSimulationStore();
  const value = useSimulation((s) => valueAt(s.scenario, path));
  const currency = useSimulation((s) => s.scenario.currency);
  const draft = useSimulation((s) => s.drafts[path]);
  const error = useSimulation((s) => s.fieldErrors[path]);
  // What reading the last entry assumed, while the field still holds what it was read as.
  const notes = useSimulation((s) => {
    const note = s.fieldNotes[path];
    return note && Object.is(note.value, valueAt(s.scenario, path)) ? note.notes : null;
  });
  const entry = useEntry((text) => store.getState().setField(path, text));
  const source = useSourceNote(fieldFigures(path));
  if (!spec) return null;

  const id = fieldId(path);
  const formatted = formatQuantity(spec, value, currency, browserNumberLocale());
  const unit = unitText(spec, currency);
  const tracked = PROVENANCE_PATHS.includes(path);
  const describedBy = [
    `${id}-now`,
    tracked ? `${id}-origin` : '',
    notes && !error ? `${id}-note` : '',
    `${id}-help`,
    unit ? `${id}-unit` : '',
    error ? `${id}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={error ? 'field has-error' : 'field'}>
      <div className="field-head">
        <label htmlFor={id}>{spec.label}</label>
        {unit ? (
          <span className="field-unit" id={`${id}-unit`}>
            {unit}
          </span>
        ) : null}
        <SourceButton note={source} of={spec.label} />
      </div>
      <input
        id={id}
        type="text"
        className="field-input"
        data-field-path={path}
        value={entry.text ?? draft ?? formatted}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => entry.change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') entry.flush();
        }}
        onBlur={() => {
          entry.end();
          // An accepted entry gives way to the value written the usual way ("1.5 min" → "90 s").
          if (store.getState().fieldErrors[path] === undefined) store.getState().clearDraft(path);
        }}
      />
      <p className="field-now" id={`${id}-now`}>
        {error ? 'Still in use: ' : 'In use: '}
        <output htmlFor={id}>{formatted}</output>
      </p>
      {tracked ? <ProvenanceNote path={path} id={`${id}-origin`} label={spec.label} /> : null}
      {notes && !error ? (
        <p className="field-note" id={`${id}-note`} role="status">
          {notes.join(' ')}
        </p>
      ) : null}
      <FieldNotes id={id} help={spec.help} error={error} />
      <SourcePanel note={source} of={spec.label} />
    </div>
  );
}
