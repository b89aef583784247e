import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { figureById } from '../../../models/catalogue/index';
import { distributionTable, type DistributionEntry } from '../../../models/engine';
import { formatDist } from '../../format';
import { formatSecondsExact } from '../../input/formatQuantity';
import { browserNumberLocale } from '../../input/localNumbers';
import {
  overridePath,
  suggestedTriangle,
  TRIANGLE_PARTS,
  type TrianglePart,
} from '../../store/scenarioPaths';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';
import { ProvenanceNote } from './ProvenanceNote';
import { useEntry } from './useEntry';

const PART_LABELS: Record<TrianglePart, string> = { min: 'Least', mode: 'Most likely', max: 'Greatest' };

/** "PAT-6 (V-src), PAT-7 (2nd)", or "assumption" for a value with no source. */
function sourcesText(entry: DistributionEntry): string {
  const figures = entry.figures.map((id) => `${id} (${figureById(id)?.confidence ?? 'unknown'})`);
  if (entry.assumption) figures.push(figures.length > 0 ? 'split assumed' : 'assumption');
  return figures.join(', ');
}

function rowId(entry: DistributionEntry): string {
  return `dist-${entry.id.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** One of the three numbers of an override, typed as any duration. */
function OverrideInput({ entry, part }: { entry: DistributionEntry; part: TrianglePart }) {
  const path = overridePath(entry.id, part);
  const store = useSimulationStore();
  const draft = useSimulation((s) => s.drafts[path]);
  const invalid = useSimulation((s) => s.fieldErrors[path] !== undefined);
  const edit = useEntry((text) => store.getState().setField(path, text));
  const id = `${rowId(entry)}-${part}`;
  const suggested = suggestedTriangle(entry.preset)[part];
  const current = entry.effective.kind === 'triangular' && entry.overridden ? entry.effective[part] : null;
  const locale = browserNumberLocale();
  return (
    <td>
      <input
        id={id}
        type="text"
        className="field-input override-input"
        data-field-path={path}
        value={edit.text ?? draft ?? (current === null ? '' : formatSecondsExact(current, locale))}
        placeholder={formatSecondsExact(suggested, locale)}
        autoComplete="off"
        spellCheck={false}
        aria-label={`${PART_LABELS[part]}: ${entry.label}`}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => edit.change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') edit.flush();
        }}
        onBlur={() => {
          edit.end();
          if (store.getState().fieldErrors[path] === undefined) store.getState().clearDraft(path);
        }}
      />
    </td>
  );
}

/**
 * One distribution: a row with its name and the three override inputs, then a row with its preset value
 * and sources across the whole table, so that the long texts do not squeeze the inputs.
 */
function OverrideRow({ entry }: { entry: DistributionEntry }) {
  const store = useSimulationStore();
  const rowError = useSimulation((s) => s.fieldErrors[overridePath(entry.id)]);
  // The messages go in the row below, across the table, where they have room to be read.
  const partErrors = useSimulation(
    useShallow((s) => TRIANGLE_PARTS.map((part) => s.fieldErrors[overridePath(entry.id, part)])),
  );
  const hasDrafts = useSimulation((s) => TRIANGLE_PARTS.some((p) => overridePath(entry.id, p) in s.drafts));
  const id = rowId(entry);
  return (
    <tbody className={entry.overridden ? 'is-overridden' : undefined}>
      <tr>
        <th scope="row" id={`${id}-name`}>
          <span className="dist-label">{entry.label}</span>
          {entry.overridden ? <span className="tag">Overridden</span> : null}
        </th>
        {TRIANGLE_PARTS.map((part) => (
          <OverrideInput key={part} entry={entry} part={part} />
        ))}
        <td>
          <button
            type="button"
            className="button small"
            id={`${id}-reset`}
            disabled={!entry.overridden && !hasDrafts}
            onClick={() => store.getState().setOverride(entry.id, null)}
          >
            Reset<span className="visually-hidden"> {entry.label}</span>
          </button>
        </td>
      </tr>
      <tr className="dist-meta">
        <td colSpan={5} headers={`${id}-name`}>
          <span>Preset: {formatDist(entry.preset)}.</span> <span>Sources: {sourcesText(entry)}.</span>
          {TRIANGLE_PARTS.map((part, index) =>
            partErrors[index] ? (
              <span key={part} className="field-error" id={`${id}-${part}-error`} role="alert">
                {PART_LABELS[part]}: {partErrors[index]}
              </span>
            ) : null,
          )}
          {rowError ? (
            <span className="field-error" role="alert">
              {rowError}
            </span>
          ) : null}
        </td>
      </tr>
    </tbody>
  );
}

/**
 * Every distribution the simulation draws from, with its preset value and sources, and three inputs to
 * replace it by a triangular one (least, most likely, greatest). Placeholders show the values an override
 * starts from when only one of the three is typed.
 */
export function OverridesTable() {
  const scenario = useSimulation((s) => s.scenario);
  const entries = useMemo(
    () => Object.values(distributionTable(scenario)).filter((e): e is DistributionEntry => e !== undefined),
    [scenario],
  );
  const count = entries.filter((e) => e.overridden).length;
  return (
    <>
      <ProvenanceNote path="overrides" id="origin-overrides" label="Distribution overrides" named />
      <div className="table-scroll dist-scroll">
        <table className="dist-table">
          <caption>
            Distributions the simulation draws from, in seconds (of outage, or of data for replication lag).
            Type any duration to override one; {count === 0 ? 'none is overridden' : `${count} overridden`}.
          </caption>
          <thead>
            <tr>
              <th scope="col">Distribution</th>
              {TRIANGLE_PARTS.map((part) => (
                <th key={part} scope="col">
                  {PART_LABELS[part]}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Reset</span>
              </th>
            </tr>
          </thead>
          {entries.map((entry) => (
            <OverrideRow key={entry.id} entry={entry} />
          ))}
        </table>
      </div>
    </>
  );
}
