import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Scenario, SimulationResult } from '../../models/types';
import { useSimulation } from '../store/useSimulation';
import { downloadBlob, todayIso } from './download';
import { LOGO_MAX_BYTES, readLogo, type ProposalLogo } from './logo';
import type { PaperSize } from './model';
import './export.css';

interface Props {
  scenario: Scenario;
  result: SimulationResult | null;
  /** The same run without the scenario's drill log, when the log changed the model. */
  before?: SimulationResult | null;
  open: boolean;
  onClose: () => void;
  /** Called with the file name once the PDF has been handed to the browser. */
  onExported?: (fileName: string) => void;
}

/** Countries that use US Letter paper; everyone else gets A4 by default. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'PR']);

const PAPERS: [PaperSize, string][] = [
  ['a4', 'A4'],
  ['letter', 'US Letter'],
];

function defaultPaper(): PaperSize {
  const region = (typeof navigator === 'undefined' ? '' : navigator.language).split('-')[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; fileName: string }
  | { kind: 'error'; message: string };

/**
 * The "Export proposal" form in a native modal dialog (focus stays inside, Escape closes). On submit it
 * loads the PDF code, builds the proposal from the current scenario and result, and downloads it.
 */
export function ExportDialog({ scenario, result, before = null, open, onClose, onExported }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const clientRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const id = useId();
  // The analyses of this very result, when they are in (the proposal's sensitivity and remedies).
  const analysis = useSimulation((s) => (result !== null && s.analysisFor === result ? s.analysis : null));
  const analysing = useSimulation((s) => s.analysisStatus === 'running');
  const [client, setClient] = useState('');
  const [preparedBy, setPreparedBy] = useState('');
  const [company, setCompany] = useState('');
  const [paper, setPaper] = useState<PaperSize>(defaultPaper);
  const [note, setNote] = useState('');
  const [logo, setLogo] = useState<ProposalLogo | null>(null);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [clientError, setClientError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // Focus goes to the first field when the form opens. (Not autoFocus: React would focus the field when
      // the closed dialog is first rendered, which costs the page a full style recalculation at load.)
      clientRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const close = () => {
    if (busy) return;
    setStatus({ kind: 'idle' });
    onClose();
  };

  const chooseLogo = async (file: File | undefined) => {
    setLogoError(null);
    setLogo(null);
    if (!file) return;
    try {
      setLogo(await readLogo(file));
    } catch (error) {
      setLogoError(error instanceof Error ? error.message : String(error));
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const removeLogo = () => {
    setLogo(null);
    setLogoError(null);
    if (fileRef.current) {
      fileRef.current.value = '';
      fileRef.current.focus();
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || !result) return;
    if (client.trim() === '') {
      setClientError('Enter the client’s name: it goes on the cover and into the file name.');
      clientRef.current?.focus();
      return;
    }
    if (logoError) {
      fileRef.current?.focus();
      return;
    }
    setClientError(null);
    setStatus({ kind: 'busy' });
    try {
      const { exportProposal } = await import('./exportProposal');
      const { blob, fileName } = await exportProposal({
        scenario,
        result,
        analysis,
        before,
        form: { clientName: client, preparedBy, company, paper, note, hasLogo: logo !== null },
        logo,
        date: todayIso(),
      });
      downloadBlob(blob, fileName);
      setStatus({ kind: 'done', fileName });
      onExported?.(fileName);
    } catch (error) {
      setStatus({
        kind: 'error',
        message: `The PDF could not be made: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const field = (name: string) => `${id}-${name}`;

  return (
    <dialog
      ref={dialogRef}
      className="export-dialog"
      aria-labelledby={field('title')}
      aria-describedby={field('intro')}
      onCancel={(event) => {
        // Escape: let the parent decide, so its `open` state stays the truth.
        event.preventDefault();
        close();
      }}
      onClose={() => {
        if (open) onClose();
      }}
    >
      <form className="export-form" onSubmit={submit} noValidate aria-busy={busy}>
        <h2 id={field('title')}>Export proposal</h2>
        <p id={field('intro')} className="export-intro">
          A PDF for your client: recommendation, comparison, charts, runbook, implementation plan and sources,
          made in your browser from the current results.
        </p>

        <div className="export-field">
          <label htmlFor={field('client')}>Client name</label>
          <input
            ref={clientRef}
            id={field('client')}
            name="client"
            type="text"
            required
            maxLength={120}
            autoComplete="organization"
            value={client}
            disabled={busy}
            aria-invalid={clientError ? true : undefined}
            aria-describedby={clientError ? field('client-error') : undefined}
            onChange={(e) => {
              setClient(e.target.value);
              if (clientError) setClientError(null);
            }}
          />
          {clientError && (
            <p id={field('client-error')} className="export-error">
              {clientError}
            </p>
          )}
        </div>

        <div className="export-row">
          <div className="export-field">
            <label htmlFor={field('prepared')}>Prepared by</label>
            <input
              id={field('prepared')}
              name="preparedBy"
              type="text"
              maxLength={120}
              autoComplete="name"
              value={preparedBy}
              disabled={busy}
              onChange={(e) => setPreparedBy(e.target.value)}
            />
          </div>
          <div className="export-field">
            <label htmlFor={field('company')}>Company</label>
            <input
              id={field('company')}
              name="company"
              type="text"
              maxLength={120}
              value={company}
              disabled={busy}
              onChange={(e) => setCompany(e.target.value)}
            />
          </div>
        </div>

        <div className="export-field">
          <label htmlFor={field('logo')}>Logo (optional)</label>
          <input
            ref={fileRef}
            id={field('logo')}
            name="logo"
            type="file"
            accept="image/png,image/svg+xml,.png,.svg"
            disabled={busy}
            aria-invalid={logoError ? true : undefined}
            aria-describedby={`${field('logo-hint')}${logoError ? ` ${field('logo-error')}` : ''}`}
            onChange={(e) => void chooseLogo(e.target.files?.[0])}
          />
          <p id={field('logo-hint')} className="export-hint">
            PNG or SVG, at most {LOGO_MAX_BYTES / (1024 * 1024)} MB. It stays on your computer.
          </p>
          {logo && (
            <p className="export-logo">
              <img src={logo.dataUrl} alt="" />
              <span>{logo.name}</span>
              <button type="button" className="button" onClick={removeLogo} disabled={busy}>
                Remove logo
              </button>
            </p>
          )}
          {logoError && (
            <p id={field('logo-error')} className="export-error" role="alert">
              {logoError}
            </p>
          )}
        </div>

        <fieldset className="export-field export-paper" disabled={busy}>
          <legend>Paper size</legend>
          {PAPERS.map(([value, name]) => (
            <label key={value}>
              <input
                type="radio"
                name="paper"
                value={value}
                checked={paper === value}
                onChange={() => setPaper(value)}
              />
              {name}
            </label>
          ))}
        </fieldset>

        <div className="export-field">
          <label htmlFor={field('note')}>Note for the client (optional)</label>
          <textarea
            id={field('note')}
            name="note"
            rows={2}
            maxLength={1500}
            value={note}
            disabled={busy}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>

        <p className="export-status" role="status" aria-live="polite">
          {!result
            ? 'The proposal needs a finished simulation: run one first.'
            : status.kind === 'idle' && analysing
              ? 'What the recommendation hinges on is still being worked out; the proposal includes it once it is in.'
              : status.kind === 'busy'
                ? 'Preparing the PDF…'
                : status.kind === 'done'
                  ? `Downloaded ${status.fileName}.`
                  : ''}
        </p>
        {status.kind === 'error' && (
          <p className="export-error" role="alert">
            {status.message}
          </p>
        )}

        <div className="export-actions">
          <button type="button" className="button" onClick={close} disabled={busy}>
            {status.kind === 'done' ? 'Close' : 'Cancel'}
          </button>
          <button type="submit" className="button primary" disabled={busy || !result}>
            {busy ? 'Preparing PDF…' : 'Download PDF'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
