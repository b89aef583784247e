import { useEffect, useState } from 'react';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';

/**
 * A list of preset scenarios and a Load button. Choosing in the list does nothing by itself: loading
 * replaces every input, so it takes the button.
 */
export function PresetPicker() {
  const store = useSimulationStore();
  const presets = useSimulation((s) => s.presets);
  const presetsStatus = useSimulation((s) => s.presetsStatus);
  const presetId = useSimulation((s) => s.presetId);
  const loading = useSimulation((s) => s.presetLoading);
  const error = useSimulation((s) => s.presetError);
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    void store.getState().loadPresets();
  }, [store]);

  const selected = chosen ?? presetId ?? presets[0]?.id ?? '';
  const description = presets.find((p) => p.id === selected)?.description ?? '';

  return (
    <div className="preset-picker">
      <div className="preset-row">
        <label htmlFor="preset-select">Preset scenario</label>
        <select
          id="preset-select"
          className="field-input"
          value={selected}
          disabled={presets.length === 0}
          aria-describedby="preset-help"
          onChange={(event) => setChosen(event.target.value)}
        >
          {presets.length === 0 ? (
            <option value="">{presetsStatus === 'loading' ? 'Loading presets…' : 'No presets'}</option>
          ) : null}
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={selected === '' || loading}
          onClick={() => void store.getState().loadPreset(selected)}
        >
          {loading ? 'Loading…' : 'Load preset'}
        </button>
      </div>
      <p className="field-help" id="preset-help">
        {description ? `${description} ` : ''}Loading a preset replaces every input below.
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
