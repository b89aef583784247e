import { fieldSpec, valueAt } from '../../store/scenarioPaths';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';
import { FieldNotes } from './FieldNotes';
import { ProvenanceNote } from './ProvenanceNote';
import { fieldId } from './QuantityField';

/** A yes-or-no field of the scenario (a witness region or not), with its help line. */
export function CheckboxField({ path }: { path: string }) {
  const spec = fieldSpec(path);
  const store = useSimulationStore();
  const value = useSimulation((s) => valueAt(s.scenario, path));
  const error = useSimulation((s) => s.fieldErrors[path]);
  if (!spec) return null;
  const id = fieldId(path);
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label className="checkbox-field" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          aria-describedby={`${id}-origin ${id}-help${error ? ` ${id}-error` : ''}`}
          onChange={(event) => store.getState().setField(path, String(event.target.checked))}
        />
        <span>{spec.label}</span>
      </label>
      <ProvenanceNote path={path} id={`${id}-origin`} label={spec.label} />
      <FieldNotes id={id} help={spec.help} error={error} />
    </div>
  );
}
