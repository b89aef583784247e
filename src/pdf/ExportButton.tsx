import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { Scenario, SimulationResult } from '../../models/types';
import { useOpenedOnce } from '../components/modalDialog';
import type { ExportKind } from './ExportDialog';
import './export.css';

// The form (with the logo checks) loads when it is first opened; the writers load when a file is made.
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

interface Props {
  scenario: Scenario;
  result: SimulationResult | null;
  /** The same run without the scenario's drill log, when the log changed the model. */
  before?: SimulationResult | null;
}

/**
 * "Export proposal" (the PDF) and "Export slides" (the board deck): each opens the export form. Until a
 * simulation has finished there is nothing to export, so both are disabled and say why.
 */
export function ExportButton({ scenario, result, before = null }: Props) {
  const [open, setOpen] = useState<ExportKind | null>(null);
  const [kind, setKind] = useState<ExportKind>('pdf');
  const [exported, setExported] = useState<string | null>(null);
  const pdfRef = useRef<HTMLButtonElement>(null);
  const slidesRef = useRef<HTMLButtonElement>(null);
  const hintId = useId();
  const ready = result !== null;
  const opened = useOpenedOnce(open !== null);
  const show = (which: ExportKind) => {
    setExported(null);
    setKind(which);
    setOpen(which);
  };
  return (
    <div className="export-button">
      <button
        ref={pdfRef}
        type="button"
        className="button"
        disabled={!ready}
        aria-describedby={ready ? undefined : hintId}
        aria-haspopup="dialog"
        onClick={() => show('pdf')}
      >
        Export proposal
      </button>
      <button
        ref={slidesRef}
        type="button"
        className="button"
        disabled={!ready}
        aria-describedby={ready ? undefined : hintId}
        aria-haspopup="dialog"
        onClick={() => show('slides')}
      >
        Export slides
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
      {opened && (
        <Suspense fallback={null}>
          <ExportDialog
            scenario={scenario}
            result={result}
            before={before}
            open={open !== null}
            kind={kind}
            onClose={() => {
              const from = open;
              setOpen(null);
              (from === 'slides' ? slidesRef : pdfRef).current?.focus();
            }}
            onExported={setExported}
          />
        </Suspense>
      )}
    </div>
  );
}
