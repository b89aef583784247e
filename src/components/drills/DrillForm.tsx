import { useId, useState, type FormEvent } from 'react';
import { technologiesFor, technology } from '../../../models/catalogue/index';
import { DRILL_COLUMNS, PHASE_COLUMNS, type DrillColumn } from '../../../models/drills/fields';
import { readDrill, TECHNOLOGY_SLOT } from '../../../models/drills/record';
import type { Drill, Scenario } from '../../../models/types';
import { DRILL_OUTCOMES, PATTERN_IDS, SCOPE_IDS } from '../../../models/types';
import { formatSecondsExact } from '../../input/formatQuantity';
import { parseQuantity } from '../../input/parseQuantity';
import { loadArithmetic } from '../../input/arithmetic';
import { patternLabel } from '../../patterns';

/** What the form holds: every column as typed. */
type Entries = Record<string, string>;

const SECONDS = { kind: 'number', unit: 's' } as const;

export const SCOPE_LABELS: Record<Drill['scope'], string> = {
  node: 'Node crash',
  storage: 'Storage loss',
  network: 'Network partition',
  zone: 'Zone outage',
  region: 'Region outage',
};

export const OUTCOME_LABELS: Record<Drill['outcome'], string> = {
  automated: 'Automated failover',
  manual: 'People took over',
};

function entriesOf(drill: Drill | null): Entries {
  const blank: Entries = { scope: 'node', architecture: 'active-passive-async', outcome: 'automated' };
  if (!drill) return blank;
  const out: Entries = {};
  for (const column of DRILL_COLUMNS) {
    const value = drill[column.key];
    if (value === undefined) continue;
    out[column.key] = typeof value === 'number' ? formatSecondsExact(value) : String(value);
  }
  return out;
}

/**
 * The drill the form describes, checked as an imported drill is (record.ts), or the problems, each in the
 * words of the form. Durations are typed as any duration ("45 s", "1.5 min").
 */
async function drillOf(entries: Entries): Promise<Drill | string[]> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const column of DRILL_COLUMNS) {
    const text = (entries[column.key] ?? '').trim();
    if (text === '') continue;
    if (column.kind !== 'seconds') {
      values[column.key] = text;
      continue;
    }
    let read = parseQuantity(text, SECONDS);
    // Arithmetic ("2 min + 15 s") is read by a reader that loads on first use.
    if (!read.ok && read.pending) {
      await loadArithmetic().catch(() => undefined);
      read = parseQuantity(text, SECONDS);
    }
    if (read.ok) values[column.key] = read.value;
    else problems.push(`${column.label}: ${read.message}`);
  }
  if (problems.length > 0) return problems;
  const read = readDrill(values, 'json');
  if (read.ok) return read.drill;
  return read.errors.map((e) => {
    const colon = e.indexOf(': ');
    const label = DRILL_COLUMNS.find((c) => c.key === e.slice(0, colon))?.label;
    return label ? `${label}: ${e.slice(colon + 2)}` : e;
  });
}

interface Props {
  scenario: Scenario;
  /** The drill being changed and its place, or null to add one. */
  editing: { index: number; drill: Drill } | null;
  /** Adds or saves the drill; returns the store's problems (empty when it took it). */
  onSubmit: (drill: Drill) => string[];
  onCancel: () => void;
  /** The log is full: no drill can be added. */
  full: boolean;
}

/** Adding a drill by hand, or changing one: every column of the log, each with its label and unit. */
export function DrillForm({ scenario, editing, onSubmit, onCancel, full }: Props) {
  const [entries, setEntries] = useState<Entries>(() => entriesOf(editing?.drill ?? null));
  const [problems, setProblems] = useState<string[]>([]);
  const id = useId();
  const set = (key: string, value: string) => setEntries((e) => ({ ...e, [key]: value }));
  const slot = TECHNOLOGY_SLOT[(entries['architecture'] ?? '') as Drill['architecture']] ?? null;
  const scenarioTechnology = slot ? technology(scenario.technology[slot]) : undefined;
  const choices = slot ? technologiesFor(scenario.benchmarkSet, slot) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const drill = await drillOf(entries);
    if (Array.isArray(drill)) {
      setProblems(drill);
      return;
    }
    const refused = onSubmit(drill);
    setProblems(refused);
    if (refused.length === 0 && !editing) setEntries(entriesOf(null));
  };

  const field = (column: DrillColumn) => {
    const fieldId = `${id}-${column.key}`;
    const label = `${column.label}${column.unit ? ` (${column.unit})` : ''}${column.required ? '' : ' (optional)'}`;
    const common = {
      id: fieldId,
      name: column.key,
      value: entries[column.key] ?? '',
      'aria-describedby': `${fieldId}-help`,
      onChange: (event: { target: { value: string } }) => set(column.key, event.target.value),
    };
    let input;
    switch (column.kind) {
      case 'scope':
        input = (
          <select className="field-input" {...common}>
            {SCOPE_IDS.map((s) => (
              <option key={s} value={s}>
                {SCOPE_LABELS[s]}
              </option>
            ))}
          </select>
        );
        break;
      case 'architecture':
        input = (
          <select className="field-input" {...common}>
            {PATTERN_IDS.map((p) => (
              <option key={p} value={p}>
                {patternLabel(p)}
              </option>
            ))}
          </select>
        );
        break;
      case 'outcome':
        input = (
          <select className="field-input" {...common}>
            {DRILL_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
        );
        break;
      case 'technology':
        input = (
          <select className="field-input" {...common} disabled={slot === null}>
            <option value="">
              {scenarioTechnology ? `The scenario’s: ${scenarioTechnology.name}` : 'None'}
            </option>
            {choices
              .filter((t) => t.id !== scenarioTechnology?.id)
              .map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
          </select>
        );
        break;
      default:
        input = (
          <input
            type="text"
            className="field-input"
            autoComplete="off"
            spellCheck={column.kind === 'text'}
            placeholder={
              column.kind === 'date' ? '2026-03-14' : column.kind === 'seconds' ? 'e.g. 45 s' : undefined
            }
            {...common}
          />
        );
    }
    return (
      <div className={`drill-field drill-field--${column.kind}`} key={column.key}>
        <label htmlFor={fieldId}>{label}</label>
        {input}
        <p className="drill-field-help" id={`${fieldId}-help`}>
          {column.help}
        </p>
      </div>
    );
  };

  const phases = new Set<string>(PHASE_COLUMNS);
  return (
    <form
      className="drill-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-legend`}
      noValidate
    >
      <fieldset>
        <legend id={`${id}-legend`}>{editing ? `Change drill ${editing.index + 1}` : 'Add a drill'}</legend>
        <div className="drill-fields">{DRILL_COLUMNS.filter((c) => !phases.has(c.key)).map(field)}</div>
        <details className="drill-phases" open={PHASE_COLUMNS.some((k) => (entries[k] ?? '') !== '')}>
          <summary>Phases, when the drill timed them</summary>
          <div className="drill-fields">{DRILL_COLUMNS.filter((c) => phases.has(c.key)).map(field)}</div>
        </details>
        <div className="io-row">
          <button type="submit" className="button" disabled={!editing && full}>
            {editing ? `Save drill ${editing.index + 1}` : 'Add drill'}
          </button>
          {editing && (
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
        <div className="io-alert" role="alert">
          {problems.length > 0 && (
            <>
              <p>The drill was not {editing ? 'saved' : 'added'}:</p>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      </fieldset>
    </form>
  );
}
