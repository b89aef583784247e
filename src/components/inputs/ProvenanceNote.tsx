import { useState } from 'react';
import { sourceOf } from '../../../models/scenario/provenance';
import type { InputSource, ProvenanceOrigin } from '../../../models/types';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';

/** What an input's source is called beside it. */
export function sourceWords(source: InputSource, origin: ProvenanceOrigin): string {
  switch (source) {
    case 'client':
      return 'Client’s figure';
    case 'preset':
      return origin.kind === 'preset' ? `Preset “${origin.name}”` : 'Preset';
    case 'assumed':
      return 'Planner’s assumption';
    case 'file':
      return 'Source not recorded';
  }
}

/**
 * Where the value of one input comes from, beside it: the client's figure, a preset's example, the
 * planner's assumption, or not recorded (a file of an earlier format); and the one action that fits: a
 * client's figure goes back to the preset's value (or the assumption), any other is kept for the client.
 */
export function ProvenanceNote({
  path,
  id,
  label,
  named = false,
}: {
  path: string;
  id: string;
  label: string;
  /** Whether the line names the input (a table's, which has no label of its own beside it). */
  named?: boolean;
}) {
  const store = useSimulationStore();
  const source = useSimulation((s) => sourceOf(s.scenario.provenance, path));
  const origin = useSimulation((s) => s.scenario.provenance.origin);
  const [resetting, setResetting] = useState(false);
  const words = sourceWords(source, origin);
  let action: { text: string; run: () => void } | null;
  if (source !== 'client') {
    action = { text: 'Keep for the client', run: () => store.getState().keepForClient(path) };
  } else if (origin.kind === 'file') {
    action = null;
  } else {
    action = {
      text: origin.kind === 'preset' ? 'Reset to the preset' : 'Reset to the assumption',
      run: () => {
        setResetting(true);
        void store
          .getState()
          .resetInput(path)
          .finally(() => setResetting(false));
      },
    };
  }
  return (
    <p className="field-origin" id={id} data-source={source}>
      {named ? <span>{label}:</span> : null}
      <span className="source-kind">{words}</span>
      {action ? (
        <button type="button" className="origin-action" disabled={resetting} onClick={action.run}>
          {action.text}
          {/* Named by its field for a screen reader ("Keep for the client (Downtime cost)"), by content
              rather than aria-label, so that the field's own label finds only the field. */}
          <span className="visually-hidden"> ({label})</span>
        </button>
      ) : null}
    </p>
  );
}
