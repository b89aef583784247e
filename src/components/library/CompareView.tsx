import { lazy, memo, Suspense, useEffect, useId, useMemo } from 'react';
import type { SimulationResult } from '../../../models/types';
import type { ComparedResult } from '../../charts/data/compareTotals';
import { SERIES_LETTERS } from '../../charts/data/compareTotals';
import { formatPercent } from '../../format';
import { patternLabel } from '../../patterns';
import { COMPARE_MAX, COMPARE_MIN, liveResultFor, resultKey } from '../../store/compareSlice';
import type { LibraryEntry } from '../../store/libraryPersist';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';
import { compareHeadline, keyFigureRows } from './compareFigures';
import { InputDifferences } from './InputDifferences';
import './library.css';

/** Where a compared scenario's numbers stand. */
type Standing =
  | { kind: 'done'; result: SimulationResult }
  | { kind: 'running'; progress: number }
  | { kind: 'waiting' }
  | { kind: 'error'; message: string };

interface Compared {
  entry: LibraryEntry;
  letter: string;
  index: number;
  standing: Standing;
}

// The chart (and d3) loads in its own chunk, when a comparison is first shown.
const CompareTotalsChart = lazy(() =>
  import('../../charts/CompareTotalsChart').then((m) => ({ default: m.CompareTotalsChart })),
);

const COLOUR_VARS = ['--chart-scenario-a', '--chart-scenario-b', '--chart-scenario-c', '--chart-scenario-d'];

/**
 * Two to four saved scenarios side by side: picked with checkboxes, each run in full with its own seed (the
 * open scenario's live full run is used for it), then their recommendations, their key figures in one table
 * and the expected costs per year of every architecture in one chart.
 */
export const CompareView = memo(function CompareView() {
  const store = useSimulationStore();
  const library = useSimulation((s) => s.library);
  const currentId = useSimulation((s) => s.currentId);
  const compareIds = useSimulation((s) => s.compareIds);
  const runs = useSimulation((s) => s.compareRuns);
  const liveStatus = useSimulation((s) => s.status);
  // Progress ticks many times a run: only a comparison that includes the open scenario shows it.
  const liveProgress = useSimulation((s) => (s.compareIds.includes(s.currentId) ? s.progress : 0));
  const livePending = useSimulation((s) => s.fullRunPending);
  const result = useSimulation((s) => s.result);
  const resultKind = useSimulation((s) => s.resultKind);
  const resultScenario = useSimulation((s) => s.resultScenario);
  const baseId = useId();

  // Runs what the comparison still needs whenever the scenarios or the live run change; cheap when nothing is.
  useEffect(() => {
    store.getState().runCompare();
  }, [store, library, compareIds, liveStatus, resultScenario]);

  const entries = useMemo(
    () =>
      compareIds
        .map((id) => library.find((e) => e.id === id))
        .filter((e): e is LibraryEntry => e !== undefined),
    [compareIds, library],
  );
  const keys = useMemo(() => entries.map((e) => resultKey(e.scenario)), [entries]);

  const live = { result, resultKind, resultScenario };
  const compared: Compared[] = entries.map((entry, index) => {
    const run = runs[keys[index] ?? ''];
    const fromLive = liveResultFor(live, entry.scenario);
    let standing: Standing;
    if (run?.status === 'done' && run.result) standing = { kind: 'done', result: run.result };
    else if (fromLive) standing = { kind: 'done', result: fromLive };
    else if (run?.status === 'error') standing = { kind: 'error', message: run.error ?? 'The run failed.' };
    else if (run?.status === 'running') standing = { kind: 'running', progress: run.progress };
    else if (entry.id === currentId && (liveStatus === 'running' || livePending)) {
      standing = { kind: 'running', progress: resultKind === 'full' ? liveProgress : 0 };
    } else standing = { kind: 'waiting' };
    return { entry, letter: SERIES_LETTERS[index] ?? '?', index, standing };
  });

  const finished = compared.filter((c) => c.standing.kind === 'done');
  const underWay = compared.filter((c) => c.standing.kind === 'running' || c.standing.kind === 'waiting');
  const ready = underWay.length === 0 && finished.length >= COMPARE_MIN;

  return (
    <section className="card compare-view" aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`}>Compare scenarios</h2>
      <p className="lede">
        Put two to four saved scenarios side by side, option A against option B. Each one runs in full with
        its own seed; results are kept, so coming back to a comparison is instant.
      </p>
      <fieldset className="compare-picker">
        <legend>Scenarios to compare</legend>
        <p className="field-help" id={`${baseId}-help`}>
          Choose {COMPARE_MIN} to {COMPARE_MAX}: {compareIds.length} chosen.
        </p>
        <ul className="compare-choices">
          {library.map((entry, i) => {
            const position = compareIds.indexOf(entry.id);
            const checked = position >= 0;
            const full = !checked && compareIds.length >= COMPARE_MAX;
            const id = `${baseId}-pick-${i}`;
            return (
              <li key={entry.id}>
                <input
                  type="checkbox"
                  id={id}
                  checked={checked}
                  disabled={full}
                  aria-describedby={`${baseId}-help`}
                  onChange={() => store.getState().toggleCompare(entry.id)}
                />
                <label htmlFor={id}>
                  {checked ? (
                    <span className="series-letter" data-series={position} aria-hidden="true">
                      {SERIES_LETTERS[position]}
                    </span>
                  ) : null}
                  <span className="compare-choice-name">{entry.scenario.name}</span>
                  {entry.id === currentId ? <span className="compare-open"> (open)</span> : null}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      {compared.length < COMPARE_MIN ? (
        <p className="compare-hint">
          {library.length < COMPARE_MIN
            ? 'Save a second scenario first (New or Duplicate in the scenario list), then choose both here.'
            : 'Choose at least two scenarios to see them side by side.'}
        </p>
      ) : (
        <>
          <p className="compare-status" role="status">
            {underWay.length > 0
              ? `Simulating ${underWay.length === 1 ? '1 scenario' : `${underWay.length} scenarios`} in full…`
              : `${finished.length} scenarios simulated in full.`}
          </p>
          <ul className="compare-cards">
            {compared.map((c) => (
              <CompareCard key={c.entry.id} compared={c} open={c.entry.id === currentId} />
            ))}
          </ul>
          {ready ? (
            <InputDifferences
              compared={finished.map((c) => ({
                id: c.entry.id,
                letter: c.letter,
                index: c.index,
                scenario: c.entry.scenario,
                result: c.standing.kind === 'done' ? c.standing.result : null,
              }))}
            />
          ) : null}
          {ready ? <Figures compared={finished} baseId={baseId} /> : null}
        </>
      )}
    </section>
  );
});

function CompareCard({ compared, open }: { compared: Compared; open: boolean }) {
  const { entry, letter, index, standing } = compared;
  const colour = { borderTopColor: `var(${COLOUR_VARS[index] ?? '--border'})` };
  return (
    <li className="compare-card" style={colour}>
      <p className="compare-card-head">
        <span className="series-letter" data-series={index} aria-hidden="true">
          {letter}
        </span>
        <span className="compare-card-name">
          <span className="visually-hidden">Scenario {letter}: </span>
          {entry.scenario.name}
        </span>
        {open ? <span className="compare-open"> (open)</span> : null}
      </p>
      {standing.kind === 'done' ? (
        <>
          <p className="compare-card-pattern">{patternLabel(standing.result.recommendation.pattern)}</p>
          <p className={`badge ${standing.result.recommendation.feasible ? 'badge-ok' : 'badge-warn'}`}>
            {standing.result.recommendation.feasible ? 'Feasible' : 'Not feasible: closest architecture'}
          </p>
          <p className="compare-card-reason">{compareHeadline(standing.result, entry.scenario)}</p>
        </>
      ) : standing.kind === 'error' ? (
        <p className="field-error">This scenario could not be simulated: {standing.message}</p>
      ) : (
        <div className="compare-card-progress">
          <progress
            max={1}
            value={standing.kind === 'running' ? standing.progress : 0}
            aria-label={`Simulation of ${entry.scenario.name}`}
          />
          <span>
            {standing.kind === 'running'
              ? `Simulating… ${formatPercent(standing.progress)}`
              : 'Waiting its turn…'}
          </span>
        </div>
      )}
    </li>
  );
}

function Figures({ compared, baseId }: { compared: Compared[]; baseId: string }) {
  const items = compared.flatMap((c) =>
    c.standing.kind === 'done'
      ? [{ compared: c, result: c.standing.result, scenario: c.entry.scenario }]
      : [],
  );
  const rows = keyFigureRows(
    items.map((i) => ({ key: i.compared.entry.id, currency: i.scenario.currency, result: i.result })),
  );
  const chartItems: ComparedResult[] = items.map((i) => ({
    key: i.compared.entry.id,
    name: i.scenario.name,
    currency: i.scenario.currency,
    result: i.result,
  }));
  const currencies = [...new Set(items.map((i) => i.scenario.currency))];
  const perPattern = rows.filter((r) => r.perPattern);
  const headline = rows.filter((r) => !r.perPattern && r.key !== 'run');
  const run = rows.find((r) => r.key === 'run');
  const captionId = `${baseId}-caption`;
  const head = (
    <tr>
      <th scope="col">Figure</th>
      {items.map((i) => (
        <th scope="col" key={i.compared.entry.id}>
          <span className="series-letter" data-series={i.compared.index} aria-hidden="true">
            {i.compared.letter}
          </span>{' '}
          {i.scenario.name}
        </th>
      ))}
    </tr>
  );
  const body = (list: typeof rows) =>
    list.map((row) => (
      <tr key={row.key}>
        <th scope="row">{row.label}</th>
        {row.cells.map((cell, i) => (
          <td key={i}>{cell}</td>
        ))}
      </tr>
    ));

  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="compare-table">
          <caption id={captionId}>
            Key figures of the compared scenarios. “That pattern” is the one each scenario recommends; money
            is in each scenario’s currency.
          </caption>
          <thead>{head}</thead>
          <tbody>{body(headline)}</tbody>
          <tbody>
            <tr className="compare-subhead">
              <th scope="rowgroup" colSpan={items.length + 1}>
                Expected cost per year of each architecture
              </th>
            </tr>
            {body(perPattern)}
          </tbody>
          {run ? <tbody>{body([run])}</tbody> : null}
        </table>
      </div>
      {currencies.length === 1 ? (
        <div className="compare-chart">
          <Suspense fallback={<p className="note">Loading the chart…</p>}>
            <CompareTotalsChart items={chartItems} />
          </Suspense>
        </div>
      ) : (
        <p className="note">
          These scenarios use different currencies ({currencies.join(', ')}), so their totals are not drawn on
          one axis; the table gives each in its own currency.
        </p>
      )}
    </>
  );
}
