import { useState } from 'react';
import { PROVENANCE_PATHS, sourceOf } from '../../../models/scenario/provenance';
import type { InputSource, Provenance } from '../../../models/types';
import { formatCount } from '../../format';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';

/** How many inputs have each source. */
export function sourceCounts(provenance: Provenance): Record<InputSource, number> {
  const counts: Record<InputSource, number> = { client: 0, preset: 0, assumed: 0, file: 0 };
  for (const path of PROVENANCE_PATHS) counts[sourceOf(provenance, path)] += 1;
  return counts;
}

const inputs = (n: number) => (n === 0 ? 'no input' : n === 1 ? '1 input' : `${formatCount(n)} inputs`);

/**
 * Where the open scenario's inputs come from, in one sentence above them, and the one action that resets
 * every input to its origin (the preset, or the planner's assumptions of a client session).
 */
export function InputSources() {
  const store = useSimulationStore();
  const provenance = useSimulation((s) => s.scenario.provenance);
  const [resetting, setResetting] = useState(false);
  const counts = sourceCounts(provenance);
  const { origin } = provenance;
  const parts = [`${inputs(counts.client)} typed or confirmed for the client`];
  if (origin.kind === 'preset') {
    parts.push(
      `${inputs(counts.preset)} from the preset “${origin.name}”, an example rather than the client’s figures`,
    );
  }
  if (origin.kind === 'defaults') parts.push(`${inputs(counts.assumed)} the planner’s assumptions`);
  if (origin.kind === 'file') parts.push(`${inputs(counts.file)} whose source was not recorded`);
  const canReset = origin.kind !== 'file' && counts.client > 0;
  return (
    <div className="input-sources" role="group" aria-labelledby="input-sources-text">
      <p id="input-sources-text">
        Where these inputs come from: {parts.join('; ')}. Each field says which; the proposal lists the
        client’s figures apart from the rest.
      </p>
      {canReset ? (
        <button
          type="button"
          className="button small"
          disabled={resetting}
          onClick={() => {
            setResetting(true);
            void store
              .getState()
              .resetAllInputs()
              .finally(() => setResetting(false));
          }}
        >
          {origin.kind === 'preset'
            ? `Reset every input to “${origin.name}”`
            : 'Reset every input to the assumptions'}
        </button>
      ) : null}
    </div>
  );
}
