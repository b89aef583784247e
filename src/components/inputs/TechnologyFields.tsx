import {
  BENCHMARK_SETS,
  TRAFFIC_LAYERS,
  technologiesFor,
  technology,
  type TechnologySlot,
} from '../../../models/catalogue/index';
import type { BenchmarkSetId } from '../../../models/types';
import { fieldSpec, valueAt } from '../../store/scenarioPaths';
import type { TechnologyPath } from '../../store/simulationStore';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';
import { CheckboxField } from './CheckboxField';
import { fieldId, QuantityField } from './QuantityField';
import { FieldNotes } from './FieldNotes';
import { ProvenanceNote } from './ProvenanceNote';

interface Choice {
  id: string;
  name: string;
  summary: string;
}

const SET_ORDER: readonly BenchmarkSetId[] = ['sourced', 'article'];

const SLOTS: readonly [TechnologyPath, TechnologySlot][] = [
  ['technology.activePassiveAsync', 'activePassiveAsync'],
  ['technology.activePassiveSync', 'activePassiveSync'],
  ['technology.activePassiveDr', 'activePassiveDr'],
  ['technology.activeActive', 'activeActive'],
];

/** A select of catalogue entries, with the chosen entry's summary as its description. */
function ChoiceField({ path, choices }: { path: TechnologyPath; choices: readonly Choice[] }) {
  const spec = fieldSpec(path);
  const store = useSimulationStore();
  const value = useSimulation((s) => valueAt(s.scenario, path));
  const error = useSimulation((s) => s.fieldErrors[path]);
  if (!spec) return null;
  const id = fieldId(path);
  const chosen = choices.find((c) => c.id === value);
  return (
    <div className={error ? 'field field-wide has-error' : 'field field-wide'}>
      <div className="field-head">
        <label htmlFor={id}>{spec.label}</label>
      </div>
      <select
        id={id}
        className="field-input"
        value={typeof value === 'string' ? value : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-summary ${id}-origin ${id}-help${error ? ` ${id}-error` : ''}`}
        onChange={(event) => store.getState().setChoice(path, event.target.value)}
      >
        {choices.map((c) => (
          <option key={c.id} value={c.id} title={c.summary}>
            {c.name}
          </option>
        ))}
      </select>
      <p className="field-now" id={`${id}-summary`}>
        {chosen?.summary ?? ''}
      </p>
      <ProvenanceNote path={path} id={`${id}-origin`} label={spec.label} />
      <FieldNotes id={id} help={spec.help} error={error} />
    </div>
  );
}

/**
 * Where the active-active data layer's replicas live. A layer that writes in every region (multi-master)
 * survives any region's loss, so only its number of regions matters; a consensus layer also needs its
 * replication factor and witness, and a layout that cannot keep a quorum through a regional loss is warned
 * about above the inputs.
 */
function TopologyFields() {
  const consensus = useSimulation(
    (s) => technology(s.scenario.technology.activeActive)?.crossRegion?.replication === 'consensus',
  );
  return (
    <fieldset className="choice-group">
      <legend>Active-active topology</legend>
      <p className="field-help">
        {consensus
          ? 'Regions, voting replicas and an optional witness region of the active-active data layer; the chosen technology sets them, and you may change them.'
          : 'The chosen technology writes in every region, so any region can be lost; only the number of regions is used (it sets the cost).'}
      </p>
      <div className="field-grid">
        <QuantityField path="topology.activeActiveRegions" />
        {consensus ? <QuantityField path="topology.replicationFactor" /> : null}
        {consensus ? <CheckboxField path="topology.witnessRegion" /> : null}
      </div>
    </fieldset>
  );
}

/** The benchmark set, the technology behind each pattern and the traffic layers. */
export function TechnologyFields() {
  const store = useSimulationStore();
  const set = useSimulation((s) => s.scenario.benchmarkSet);
  const setError = useSimulation((s) => s.fieldErrors['benchmarkSet']);
  const setSpec = fieldSpec('benchmarkSet');

  return (
    <fieldset className="input-group">
      <legend>Technology</legend>
      <p className="group-help">
        The figures to simulate with, and the technology behind each pattern. Changing the benchmark set picks
        that set&apos;s usual technologies.
      </p>
      <fieldset className="choice-group" aria-describedby="benchmark-set-help">
        <legend>{setSpec?.label ?? 'Benchmark set'}</legend>
        <p className="field-help" id="benchmark-set-help">
          {setSpec?.help}
        </p>
        {SET_ORDER.map((id) => {
          const info = BENCHMARK_SETS[id];
          return (
            <label key={id} className="choice">
              <input
                type="radio"
                name="benchmark-set"
                value={id}
                checked={set === id}
                aria-describedby={`benchmark-set-${id}-summary`}
                onChange={() => store.getState().setBenchmarkSet(id)}
              />
              <span className="choice-text">
                <span className="choice-name">{info.name}</span>
                <span className="choice-summary" id={`benchmark-set-${id}-summary`}>
                  {info.summary}
                </span>
              </span>
            </label>
          );
        })}
        {setError ? (
          <p className="field-error" role="alert">
            {setError}
          </p>
        ) : null}
      </fieldset>
      <div className="field-grid">
        {SLOTS.map(([path, slot]) => (
          <ChoiceField key={path} path={path} choices={technologiesFor(set, slot)} />
        ))}
        <ChoiceField path="technology.trafficLayer" choices={TRAFFIC_LAYERS} />
        <ChoiceField path="technology.globalTrafficLayer" choices={TRAFFIC_LAYERS} />
      </div>
      <TopologyFields />
    </fieldset>
  );
}
