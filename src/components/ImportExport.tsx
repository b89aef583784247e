import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useStore } from 'zustand';
import type { Analysis } from '../../models/engine/analysis';
import type { Scenario, SimulationResult } from '../../models/types';
import { exportFileName } from '../io/fileName';
import { importScenarioFile } from '../io/importScenario';
import { noticeStore, type NoticeStore } from '../io/notices';
import { storeOpener } from '../io/opener';
import { downloadBlob, todayIso } from '../pdf/download';
import { useSimulation, useSimulationStore } from '../store/useSimulation';
import './importExport.css';

interface Props {
  scenario: Scenario;
  /** The result of a finished full run of `scenario`; null while there is none. */
  result: SimulationResult | null;
  /** Where messages go and come from; the app's notice store by default. */
  notices?: NoticeStore;
}

/** The file writers: loaded when a file is first asked for, not with the page. */
type Writers = typeof import('../io/exportFormats');
const writers = (): Promise<Writers> => import('../io/exportFormats');

/** The ways results can be downloaded: the same numbers, for a spreadsheet or for another program. */
const RESULT_FORMATS = [
  {
    label: 'CSV',
    type: 'text/csv;charset=utf-8',
    extension: 'csv',
    body: (w: Writers, scenario: Scenario, result: SimulationResult, _analysis: Analysis | null) =>
      w.resultsCsv(scenario, result),
  },
  {
    label: 'JSON',
    type: 'application/json',
    extension: 'json',
    // With the analyses of this result when they are in: the command line's `--sensitivity` JSON.
    body: (w: Writers, scenario: Scenario, result: SimulationResult, analysis: Analysis | null) =>
      w.resultsJson(result, scenario, analysis ?? undefined),
  },
] as const;

/**
 * Scenario files in and out, and the results out. An import is validated whole before anything changes,
 * and a valid one opens as a new scenario; a file that is refused leaves everything as it was and says why.
 * The messages of a share link opened at start-up appear here too.
 */
export function ImportExport({ scenario, result, notices = noticeStore }: Props) {
  const store = useSimulationStore();
  const analysis = useSimulation((s) => (result !== null && s.analysisFor === result ? s.analysis : null));
  const notice = useStore(notices, (s) => s.notice);
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const hintId = useId();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, so that choosing the same file again (after fixing it) is seen as a change.
    input.value = '';
    if (!file) return;
    setBusy(true);
    notices.getState().clear();
    const outcome = await importScenarioFile(file, storeOpener(store));
    setBusy(false);
    notices.getState().show(outcome.notice);
  };

  const download = async (write: (w: Writers) => string, type: string, fileName: string) => {
    let text: string;
    try {
      text = write(await writers());
    } catch {
      notices.getState().show({
        kind: 'error',
        text: `${fileName} could not be written: the page could not load its file writer. Reload the page and try again.`,
      });
      return;
    }
    downloadBlob(new Blob([text], { type }), fileName);
    notices.getState().show({ kind: 'success', text: `Downloaded ${fileName}.` });
  };

  return (
    <div className="import-export" role="group" aria-label="Import and export">
      <div className="io-row">
        <button type="button" className="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          {busy ? 'Importing…' : 'Import scenario…'}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Scenario file to import"
          onChange={(event) => void onFile(event)}
        />
        <button
          type="button"
          className="button"
          onClick={() =>
            void download(
              (w) => w.scenarioJson(scenario),
              'application/json',
              exportFileName('scenario', scenario.name, todayIso(), 'json'),
            )
          }
        >
          Export scenario (JSON)
        </button>
        {RESULT_FORMATS.map((format) => (
          <button
            key={format.label}
            type="button"
            className="button"
            disabled={!result}
            aria-describedby={result ? undefined : hintId}
            onClick={() =>
              result &&
              void download(
                (w) => format.body(w, scenario, result, analysis),
                format.type,
                exportFileName('results', scenario.name, todayIso(), format.extension),
              )
            }
          >
            Export results ({format.label})
          </button>
        ))}
      </div>
      {!result && (
        <p className="io-hint" id={hintId}>
          Results can be exported once the full simulation has finished.
        </p>
      )}
      <div className="io-alert" role="alert">
        {notice?.kind === 'error' && <NoticeText text={notice.text} details={notice.details} />}
      </div>
      <div className="io-status" role="status">
        {notice?.kind === 'success' && <NoticeText text={notice.text} details={notice.details} />}
      </div>
      {notice && (
        <button type="button" className="link-button" onClick={() => notices.getState().clear()}>
          Dismiss message
        </button>
      )}
    </div>
  );
}

function NoticeText({ text, details }: { text: string; details: readonly string[] | undefined }) {
  return (
    <>
      <p>{text}</p>
      {details && details.length > 0 && (
        <ul>
          {details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}
