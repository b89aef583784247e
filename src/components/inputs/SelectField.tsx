import { fieldSpec, valueAt } from '../../store/scenarioPaths';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';
import { FieldNotes } from './FieldNotes';
import { ProvenanceNote } from './ProvenanceNote';
import { fieldId } from './QuantityField';

/** A field with a few fixed choices (an SLO's window), each with the words it is shown in. */
export function SelectField({ path, labels }: { path: string; labels: Readonly<Record<string, string>> }) {
  const spec = fieldSpec(path);
  const store = useSimulationStore();
  const value = useSimulation((s) => valueAt(s.scenario, path));
  const error = useSimulation((s) => s.fieldErrors[path]);
  if (!spec) return null;
  const id = fieldId(path);
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <div className="field-head">
        <label htmlFor={id}>{spec.label}</label>
      </div>
      <select
        id={id}
        className="field-input"
        value={String(value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-origin ${id}-help${error ? ` ${id}-error` : ''}`}
        onChange={(event) => store.getState().setField(path, event.target.value)}
      >
        {(spec.values ?? []).map((v) => (
          <option key={String(v)} value={String(v)}>
            {labels[String(v)] ?? String(v)}
          </option>
        ))}
      </select>
      <ProvenanceNote path={path} id={`${id}-origin`} label={spec.label} />
      <FieldNotes id={id} help={spec.help} error={error} />
    </div>
  );
}
