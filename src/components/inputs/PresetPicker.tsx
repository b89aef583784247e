import { useEffect, useState } from 'react';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';

/**
 * A list of preset scenarios and a Load button. Choosing in the list does nothing by itself; the button
 * opens the preset as a new scenario, named after it, and the scenario open before stays as it was. Until
 * the new scenario is edited, a notice offers to take the load back.
 */
export function PresetPicker() {
  const store = useSimulationStore();
  const presets = useSimulation((s) => s.presets);
  const presetsStatus = useSimulation((s) => s.presetsStatus);
  const presetId = useSimulation((s) => s.presetId);
  const loading = useSimulation((s) => s.presetLoading);
  const error = useSimulation((s) => s.presetError);
  const [chosen, setChosen] = useState<string | null>(null);
  // The notice stands while the preset's scenario is as it opened: an edit makes it work to keep.
  const opened = useSimulation((s) => {
    const o = s.presetOpened;
    return o && s.library.some((e) => e.id === o.id && e.scenario === o.scenario) ? o : null;
  });

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
        {description ? `${description} ` : ''}Loading a preset opens it as a new scenario; the open one is
        kept as it is.
      </p>
      <div className="preset-notice-area" role="status">
        {opened ? (
          <p className="library-notice">
            <span>
              “{opened.scenario.name}” opened as a new scenario; “{opened.previousName}” is unchanged.
            </span>
            <button
              type="button"
              className="button small"
              onClick={() => store.getState().undoPresetOpened()}
            >
              Undo
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => store.getState().dismissPresetOpened()}
            >
              Dismiss
            </button>
          </p>
        ) : null}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
