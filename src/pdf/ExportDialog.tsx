import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Scenario, SimulationResult } from '../../models/types';
import { useSimulation } from '../store/useSimulation';
import { downloadBlob, todayIso } from './download';
import { LOGO_MAX_BYTES, readLogo, type ProposalLogo } from './logo';
import type { PaperSize, ProposalForm } from './model';
import { MAX_VALIDITY_DAYS, readSettings, saveSettings, type ProposalSettings } from './settings';
import './export.css';
import { useModalDialog } from '../components/modalDialog';

/** What the dialog makes: the PDF proposal or the board deck. */
export type ExportKind = 'pdf' | 'slides';

interface Props {
  scenario: Scenario;
  result: SimulationResult | null;
  /** The same run without the scenario's drill log, when the log changed the model. */
  before?: SimulationResult | null;
  open: boolean;
  kind: ExportKind;
  onClose: () => void;
  /** Called with the file name once the file has been handed to the browser. */
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

interface Checker {
  /** Characters no font of the export draws. */
  check: (texts: string[]) => string[];
  /** Whether the texts need the CJK font. */
  cjk: (texts: string[]) => boolean;
}

/** "ᚠ (U+16A0)": a character and its code point, so it can be found even when the screen cannot draw it. */
function describe(ch: string): string {
  return `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

const TITLES: Record<ExportKind, { title: string; intro: string; action: string; busy: string }> = {
  pdf: {
    title: 'Export proposal',
    intro:
      'A PDF for your client to sign: the decision and its price on page 1, comparison, charts, risks, plan, runbook, acceptance criteria and sources, made in your browser from the current results.',
    action: 'Download PDF',
    busy: 'Preparing PDF…',
  },
  slides: {
    title: 'Export slides',
    intro:
      'A board deck of six slides (PowerPoint): the decision, the cost of each option, a bad year, what it protects against, the plan and the ask, with the same numbers as the PDF.',
    action: 'Download slides',
    busy: 'Preparing slides…',
  },
};

/**
 * The export form in a native modal dialog (focus stays inside, Escape closes). Who prepares proposals is
 * remembered in this browser; the client's details are asked each time. Characters that no font of the
 * export can draw are listed before anything is made, and the export waits until they are acknowledged.
 */
export function ExportDialog({ scenario, result, before = null, open, kind, onClose, onExported }: Props) {
  const clientRef = useRef<HTMLInputElement>(null);
  const dialogRef = useModalDialog(open, clientRef);
  const fileRef = useRef<HTMLInputElement>(null);
  const acceptRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const words = TITLES[kind];
  // The analyses of this very result, when they are in (the proposal's sensitivity and remedies).
  const analysis = useSimulation((s) => (result !== null && s.analysisFor === result ? s.analysis : null));
  const analysing = useSimulation((s) => s.analysisStatus === 'running');
  const [client, setClient] = useState('');
  const [contact, setContact] = useState('');
  const [version, setVersion] = useState('1.0');
  const [settings, setSettings] = useState<ProposalSettings>(() => readSettings());
  const [paper, setPaper] = useState<PaperSize>(() => readSettings().paper ?? defaultPaper());
  const [note, setNote] = useState('');
  const [logo, setLogo] = useState<ProposalLogo | null>(null);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [clientError, setClientError] = useState<string | null>(null);
  const [validityError, setValidityError] = useState<string | null>(null);
  const [validityText, setValidityText] = useState(() => String(readSettings().validityDays));
  const [checker, setChecker] = useState<Checker | null>(null);
  // The characters the person agreed to export with the replacement mark; a new one asks again.
  const [acceptedFor, setAcceptedFor] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';

  // The table of what each font draws comes with the dialog, not with the first page.
  useEffect(() => {
    if (!open || checker) return;
    let live = true;
    void import('./scripts').then((m) => {
      if (live)
        setChecker({
          check: (texts) => m.undrawable(texts),
          cjk: (texts) => m.needsFallback(texts).size > 0,
        });
    });
    return () => {
      live = false;
    };
  }, [open, checker]);

  const texts = [
    client,
    contact,
    version,
    settings.preparedBy,
    settings.company,
    settings.email,
    settings.phone,
    note,
    scenario.name,
    scenario.description,
  ];
  const missing = checker ? checker.check(texts) : [];
  const accepted = acceptedFor === missing.join('');
  const cjk = checker ? checker.cjk(texts) : false;

  // While the form is filled in, the export code and its fonts load (failures surface at export).
  useEffect(() => {
    if (!open) return;
    const preload =
      kind === 'pdf'
        ? import('./exportProposal').then((m) => m.preloadProposal(cjk))
        : import('../deck/exportDeck').then((m) => m.preloadDeck());
    preload.catch(() => undefined);
  }, [open, kind, cjk]);

  const close = () => {
    if (busy) return;
    setStatus({ kind: 'idle' });
    onClose();
  };

  const setting = <K extends keyof ProposalSettings>(key: K, value: ProposalSettings[K]) =>
    setSettings((s) => ({ ...s, [key]: value }));

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
      setClientError('Enter the client’s name: it goes on the first page and into the file name.');
      clientRef.current?.focus();
      return;
    }
    const days = Number(validityText);
    if (!Number.isInteger(days) || days < 1 || days > MAX_VALIDITY_DAYS) {
      setValidityError(`Enter a whole number of days from 1 to ${MAX_VALIDITY_DAYS}.`);
      return;
    }
    if (logoError) {
      fileRef.current?.focus();
      return;
    }
    if (missing.length > 0 && !accepted) {
      acceptRef.current?.focus();
      return;
    }
    setClientError(null);
    const saved = { ...settings, validityDays: days, paper };
    setSettings(saved);
    saveSettings(saved);
    const form: ProposalForm = {
      clientName: client,
      clientContact: contact,
      preparedBy: saved.preparedBy,
      company: saved.company,
      email: saved.email,
      phone: saved.phone,
      version,
      validityDays: days,
      paper,
      note,
      hasLogo: logo !== null,
    };
    setStatus({ kind: 'busy' });
    try {
      const made =
        kind === 'pdf'
          ? await (
              await import('./exportProposal')
            ).exportProposal({ scenario, result, analysis, before, form, logo, date: todayIso() })
          : await (
              await import('../deck/exportDeck')
            ).exportDeck({ scenario, result, form, date: todayIso() });
      downloadBlob(made.blob, made.fileName);
      setStatus({ kind: 'done', fileName: made.fileName });
      onExported?.(made.fileName);
    } catch (error) {
      setStatus({
        kind: 'error',
        message: `The ${kind === 'pdf' ? 'PDF' : 'slides'} could not be made: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const field = (name: string) => `${id}-${name}`;

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog"
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
      <form className="modal-form" onSubmit={submit} noValidate aria-busy={busy}>
        <h2 id={field('title')}>{words.title}</h2>
        <p id={field('intro')} className="modal-intro">
          {words.intro}
        </p>

        <div className="export-row">
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
          <div className="export-field">
            <label htmlFor={field('version')}>Version</label>
            <input
              id={field('version')}
              name="version"
              type="text"
              maxLength={20}
              value={version}
              disabled={busy}
              onChange={(e) => setVersion(e.target.value)}
            />
          </div>
        </div>

        <div className="export-field">
          <label htmlFor={field('contact')}>Client contact (optional)</label>
          <input
            id={field('contact')}
            name="contact"
            type="text"
            maxLength={200}
            placeholder="Name, role, e-mail"
            value={contact}
            disabled={busy}
            onChange={(e) => setContact(e.target.value)}
          />
        </div>

        <fieldset className="export-field export-settings" disabled={busy}>
          <legend>Your details (kept in this browser)</legend>
          <div className="export-row">
            <div className="export-field">
              <label htmlFor={field('prepared')}>Prepared by</label>
              <input
                id={field('prepared')}
                name="preparedBy"
                type="text"
                maxLength={120}
                autoComplete="name"
                value={settings.preparedBy}
                onChange={(e) => setting('preparedBy', e.target.value)}
              />
            </div>
            <div className="export-field">
              <label htmlFor={field('company')}>Company</label>
              <input
                id={field('company')}
                name="company"
                type="text"
                maxLength={120}
                value={settings.company}
                onChange={(e) => setting('company', e.target.value)}
              />
            </div>
            <div className="export-field">
              <label htmlFor={field('email')}>E-mail</label>
              <input
                id={field('email')}
                name="email"
                type="email"
                maxLength={120}
                autoComplete="email"
                value={settings.email}
                onChange={(e) => setting('email', e.target.value)}
              />
            </div>
            <div className="export-field">
              <label htmlFor={field('phone')}>Telephone</label>
              <input
                id={field('phone')}
                name="phone"
                type="tel"
                maxLength={40}
                autoComplete="tel"
                value={settings.phone}
                onChange={(e) => setting('phone', e.target.value)}
              />
            </div>
            <div className="export-field">
              <label htmlFor={field('validity')}>Offer valid for (days)</label>
              <input
                id={field('validity')}
                name="validityDays"
                type="text"
                inputMode="numeric"
                maxLength={3}
                value={validityText}
                aria-invalid={validityError ? true : undefined}
                aria-describedby={validityError ? field('validity-error') : undefined}
                onChange={(e) => {
                  setValidityText(e.target.value);
                  if (validityError) setValidityError(null);
                }}
              />
              {validityError && (
                <p id={field('validity-error')} className="export-error">
                  {validityError}
                </p>
              )}
            </div>
          </div>
        </fieldset>

        {kind === 'pdf' && (
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
        )}

        {kind === 'pdf' && (
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
        )}

        {kind === 'pdf' && (
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
        )}

        {missing.length > 0 && (
          <div className="export-error export-glyphs" role="alert">
            <p>
              No font of the export can draw {missing.length === 1 ? 'this character' : 'these characters'}:{' '}
              {missing.map(describe).join(', ')}. {missing.length === 1 ? 'It prints' : 'They print'} as a
              replacement mark (�). Change the text, or export with the mark.
            </p>
            <label>
              <input
                ref={acceptRef}
                type="checkbox"
                checked={accepted}
                disabled={busy}
                onChange={(e) => setAcceptedFor(e.target.checked ? missing.join('') : null)}
              />
              Export with the replacement mark
            </label>
          </div>
        )}

        <p className="export-status" role="status" aria-live="polite">
          {!result
            ? 'The export needs a finished simulation: run one first.'
            : status.kind === 'idle' && analysing && kind === 'pdf'
              ? 'What the recommendation hinges on is still being worked out; the proposal includes it once it is in.'
              : status.kind === 'busy'
                ? `${words.busy}`
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
          <button
            type="submit"
            className="button primary"
            disabled={busy || !result || (missing.length > 0 && !accepted)}
          >
            {busy ? words.busy : words.action}
          </button>
        </div>
      </form>
    </dialog>
  );
}
