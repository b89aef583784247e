import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { MAX_DRILL_FILE_BYTES, MAX_DRILLS } from '../../../models/drills/fields';
import { readDrillFile } from '../../../models/drills/read';
import { drillLogCsv, drillLogJson } from '../../../models/drills/write';
import { formatCount } from '../../format';
import { drillIssueText } from '../../report/calibration';
import { calibrationOf } from '../../drills/calibrationOf';
import { describeSize } from '../../io/importScenario';
import { exportFileName } from '../../io/fileName';
import { downloadBlob, todayIso } from '../../pdf/download';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';
import { CalibrationReport } from './CalibrationReport';
import { DrillForm } from './DrillForm';
import { DrillTable } from './DrillTable';
import './drills.css';

interface Message {
  kind: 'error' | 'success';
  text: string;
  details: string[];
}

const count = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * The scenario's drill log: measured failovers entered in a table or imported from CSV or JSON, exported,
 * saved with the scenario; and what they changed in the model (the calibration), shown beside the
 * recommendation before and after them.
 */
export function DrillLogPanel() {
  const store = useSimulationStore();
  const scenario = useSimulation((s) => s.scenario);
  const result = useSimulation((s) => s.result);
  const before = useSimulation((s) => s.resultBefore);
  const log = scenario.drillLog;
  const calibration = useMemo(() => calibrationOf(scenario), [scenario]);
  const [message, setMessage] = useState<Message | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [asOfError, setAsOfError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const asOfId = useId();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const name = `“${file.name}”`;
    const refuse = (text: string, details: string[] = []) =>
      setMessage({ kind: 'error', text: `${text} Nothing was imported; the log is unchanged.`, details });
    if (file.size > MAX_DRILL_FILE_BYTES) {
      refuse(
        `${name} is ${describeSize(file.size)}; a drill log can be at most ${describeSize(MAX_DRILL_FILE_BYTES)}.`,
      );
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      refuse(`${name} could not be read (${error instanceof Error ? error.message : String(error)}).`);
      return;
    }
    const format = /\.json$/i.test(file.name) ? 'json' : /\.csv$/i.test(file.name) ? 'csv' : undefined;
    const read = readDrillFile(text, format);
    if (!read.ok) {
      refuse(`${name} is not a drill log the planner can read:`, read.errors);
      return;
    }
    const had = store.getState().scenario.drillLog.drills.length;
    const refused = store.getState().setDrills(read.drills);
    if (refused.length > 0) {
      refuse(`${name} could not be used:`, refused);
      return;
    }
    setEditing(null);
    // What the calibration makes of the new drills, by their lines in the file.
    const imported = calibrationOf(store.getState().scenario);
    const line = (index: number) => `line ${read.lines[index] ?? index + 2}`;
    const details = imported.reviews.flatMap((r) =>
      [...r.excluded, ...r.review].map(
        (issue) => `${line(r.index)}: ${drillIssueText(issue, read.drills[r.index]!, line)}`,
      ),
    );
    setMessage({
      kind: 'success',
      text:
        `Imported ${count(read.drills.length, 'drill', 'drills')} from ${name}` +
        `${had > 0 ? `, replacing the ${count(had, 'drill', 'drills')} there were (Undo brings them back)` : ''}. ` +
        `${count(imported.used, 'drill is', 'drills are')} used${details.length > 0 ? '; about the others:' : '.'}`,
      details,
    });
  };

  const download = (kind: 'csv' | 'json') => {
    const fileName = exportFileName('drills', scenario.name, todayIso(), kind);
    const text = kind === 'csv' ? drillLogCsv(log.drills) : drillLogJson(log.drills);
    downloadBlob(
      new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }),
      fileName,
    );
    setMessage({ kind: 'success', text: `Downloaded ${fileName}.`, details: [] });
  };

  const commitAsOf = () => {
    if (asOf === null) return;
    const problems = store.getState().setDrillAsOf(asOf);
    setAsOfError(problems[0] ?? null);
    if (problems.length === 0) setAsOf(null);
  };

  const full = log.drills.length >= MAX_DRILLS;
  const editingDrill = editing === null ? undefined : log.drills[editing];
  return (
    <section className="card drill-log" aria-labelledby="drill-log-heading">
      <h2 id="drill-log-heading">Drill log</h2>
      <p className="lede">
        Failovers your team has drilled and measured recalibrate the model: the chance that automation falls
        to people, and the time each phase of an automated failover takes, for each architecture drilled. A
        few drills move the model a little, many move it a lot (see the methodology). Import a CSV file with a
        header row (date, scope, architecture, outcome, outageSeconds, dataLossSeconds, and optionally
        technology, detectionSeconds, decisionSeconds, promotionSeconds, rerouteSeconds, note) or a JSON file
        {' { "drills": [ … ] }'}, or add drills below. Up to {formatCount(MAX_DRILLS)} drills; they are saved
        with the scenario.
      </p>
      <div className="io-row">
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Import drill log…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Drill log file to import (CSV or JSON)"
          onChange={(event) => void onFile(event)}
        />
        <button
          type="button"
          className="button"
          disabled={log.drills.length === 0}
          onClick={() => download('csv')}
        >
          Export drill log (CSV)
        </button>
        <button
          type="button"
          className="button"
          disabled={log.drills.length === 0}
          onClick={() => download('json')}
        >
          Export drill log (JSON)
        </button>
        <button
          type="button"
          className="button"
          disabled={log.drills.length === 0}
          onClick={() => {
            store.getState().setDrills([]);
            setEditing(null);
            setMessage({
              kind: 'success',
              text: 'The drill log is empty now (Undo brings it back).',
              details: [],
            });
          }}
        >
          Clear the log
        </button>
      </div>
      <div className="io-alert" role="alert">
        {message?.kind === 'error' && <MessageText message={message} />}
      </div>
      <div className="io-status" role="status">
        {message?.kind === 'success' && <MessageText message={message} />}
      </div>

      <div className="drill-as-of">
        <label htmlFor={asOfId}>As of (date)</label>
        <input
          id={asOfId}
          type="text"
          className="field-input"
          autoComplete="off"
          spellCheck={false}
          placeholder={log.drills.length > 0 ? (calibration.asOf ?? '') : '2026-06-30'}
          value={asOf ?? log.asOf ?? ''}
          aria-describedby={`${asOfId}-help${asOfError ? ` ${asOfId}-error` : ''}`}
          aria-invalid={asOfError ? true : undefined}
          onChange={(event) => setAsOf(event.target.value)}
          onBlur={commitAsOf}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitAsOf();
          }}
        />
        <p className="drill-field-help" id={`${asOfId}-help`}>
          The date the time since each architecture’s last drill is counted to. Blank: the latest drill’s date
          {calibration.asOf && !log.asOf ? ` (${calibration.asOf})` : ''}.
        </p>
        {asOfError && (
          <p className="field-error" id={`${asOfId}-error`} role="alert">
            {asOfError}
          </p>
        )}
      </div>

      {log.drills.length > 0 && (
        <DrillTable
          drills={log.drills}
          reviews={calibration.reviews}
          onEdit={(index) => setEditing(index)}
          onRemove={(index) => {
            store.getState().removeDrill(index);
            setEditing(null);
          }}
        />
      )}
      <DrillForm
        key={editing === null ? 'new' : `edit-${editing}`}
        scenario={scenario}
        editing={editing !== null && editingDrill ? { index: editing, drill: editingDrill } : null}
        full={full}
        onCancel={() => setEditing(null)}
        onSubmit={(drill) => {
          const problems =
            editing === null
              ? store.getState().addDrill(drill)
              : store.getState().replaceDrill(editing, drill);
          if (problems.length === 0) setEditing(null);
          return problems;
        }}
      />
      {full && (
        <p className="note">The log holds {formatCount(MAX_DRILLS)} drills, the most a scenario keeps.</p>
      )}
      {log.drills.length > 0 && (
        <CalibrationReport calibration={calibration} drills={log.drills} result={result} before={before} />
      )}
    </section>
  );
}

function MessageText({ message }: { message: Message }) {
  return (
    <>
      <p>{message.text}</p>
      {message.details.length > 0 && (
        <ul>
          {message.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}
