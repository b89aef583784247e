import { useId, useRef, useState } from 'react';
import type { Scenario, SimulationResult } from '../../models/types';
import { ExportDialog } from './ExportDialog';
import './export.css';

interface Props {
  scenario: Scenario;
  result: SimulationResult | null;
  /** The same run without the scenario's drill log, when the log changed the model. */
  before?: SimulationResult | null;
}

/**
 * "Export proposal": opens the export form. Until a simulation has finished there is nothing to export,
 * so the button is disabled and says why.
 */
export function ExportButton({ scenario, result, before = null }: Props) {
  const [open, setOpen] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const hintId = useId();
  const ready = result !== null;
  return (
    <div className="export-button">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        disabled={!ready}
        aria-describedby={ready ? undefined : hintId}
        aria-haspopup="dialog"
        onClick={() => {
          setExported(null);
          setOpen(true);
        }}
      >
        Export proposal
      </button>
      {!ready && (
        <span id={hintId} className="export-hint">
          Available once a simulation has finished.
        </span>
      )}
      {exported && (
        <span className="export-hint" role="status">
          Downloaded {exported}.
        </span>
      )}
      <ExportDialog
        scenario={scenario}
        result={result}
        before={before}
        open={open}
        onClose={() => {
          setOpen(false);
          buttonRef.current?.focus();
        }}
        onExported={setExported}
      />
    </div>
  );
}
