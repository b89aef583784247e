import { lazy, memo, Suspense, useEffect, useId, useMemo } from 'react';
import type { SimulationResult } from '../../../models/types';
import type { WorkEstimate } from '../../../models/workEstimate';
import type { ComparedResult } from '../../charts/data/compareTotals';
import { SERIES_LETTERS } from '../../charts/data/compareTotals';
import { formatCount, formatPercent } from '../../format';
import { patternLabel } from '../../patterns';
import { COMPARE_MAX, COMPARE_MIN, liveResultFor, resultKey } from '../../store/compareSlice';
import type { LibraryEntry } from '../../store/libraryPersist';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';
import { describeEstimate, earlierInputsText, notRunYetText, type EarlierReason } from '../heldRunText';
import '../runStatus.css';
import { compareHeadline, keyFigureRows } from './compareFigures';
import { InputDifferences } from './InputDifferences';
import './library.css';

/** Where a compared scenario's numbers stand. */
type Standing =
  | { kind: 'done'; result: SimulationResult }
  | { kind: 'running'; progress: number }
  | { kind: 'waiting' }
  | { kind: 'held'; key: string; estimate: WorkEstimate }
  | { kind: 'error'; message: string };

interface Compared {
  entry: LibraryEntry;
  letter: string;
  index: number;
  standing: Standing;
  /** The result of the scenario's earlier inputs, while its current inputs have none. */
  earlier: SimulationResult | null;
}

/** "1 scenario", "3 scenarios". */
const scenarios = (n: number) => (n === 1 ? '1 scenario' : `${formatCount(n)} scenarios`);

/** The comparison's progress: scenarios simulating, simulated, and waiting for “Run anyway”. */
function compareStatusText(underWay: number, finished: number, held: number): string {
  const progress =
    underWay > 0 ? `Simulating ${scenarios(underWay)} in full…` : `${scenarios(finished)} simulated in full.`;
  if (held === 0) return progress;
  return `${progress} ${scenarios(held)} not run yet: ${held === 1 ? 'it waits' : 'they wait'} for “Run anyway”.`;
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
  const latest = useSimulation((s) => s.compareLatest);
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
    const key = keys[index] ?? '';
    const run = runs[key];
    const fromLive = liveResultFor(live, entry.scenario);
    let standing: Standing;
    if (run?.status === 'done' && run.result) standing = { kind: 'done', result: run.result };
    else if (fromLive) standing = { kind: 'done', result: fromLive };
    else if (run?.status === 'error') standing = { kind: 'error', message: run.error ?? 'The run failed.' };
    else if (run?.status === 'running') standing = { kind: 'running', progress: run.progress };
    else if (entry.id === currentId && (liveStatus === 'running' || livePending)) {
      standing = { kind: 'running', progress: resultKind === 'full' ? liveProgress : 0 };
    } else if (run?.status === 'held' && run.estimate) {
      standing = { kind: 'held', key, estimate: run.estimate };
    } else standing = { kind: 'waiting' };
    const earlierKey = latest[entry.id];
    const earlierRun = earlierKey === undefined || earlierKey === key ? undefined : runs[earlierKey];
    const earlier = standing.kind !== 'done' && earlierRun?.status === 'done' ? earlierRun.result : null;
    return { entry, letter: SERIES_LETTERS[index] ?? '?', index, standing, earlier };
  });

  const finished = compared.filter((c) => c.standing.kind === 'done');
  const underWay = compared.filter((c) => c.standing.kind === 'running' || c.standing.kind === 'waiting');
  const held = compared.filter((c) => c.standing.kind === 'held');
  // A held scenario, like a failed one, does not keep the others from being compared.
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
            {compareStatusText(underWay.length, finished.length, held.length)}
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

/** Why a compared scenario's card shows the result of earlier inputs. */
function earlierReason(standing: Standing): EarlierReason {
  switch (standing.kind) {
    case 'held':
      return { kind: 'held', estimate: standing.estimate };
    case 'error':
      return { kind: 'failed' };
    default:
      return { kind: 'running' };
  }
}

function CompareCard({ compared, open }: { compared: Compared; open: boolean }) {
  const store = useSimulationStore();
  const heldId = useId();
  const { entry, letter, index, standing, earlier } = compared;
  const colour = { borderTopColor: `var(${COLOUR_VARS[index] ?? '--border'})` };
  const shown = standing.kind === 'done' ? standing.result : earlier;
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
      {shown ? (
        <>
          <p className="compare-card-pattern">{patternLabel(shown.recommendation.pattern)}</p>
          <p className={`badge ${shown.recommendation.feasible ? 'badge-ok' : 'badge-warn'}`}>
            {shown.recommendation.feasible ? 'Feasible' : 'Not feasible: closest architecture'}
          </p>
          <p className="compare-card-reason">{compareHeadline(shown, entry.scenario)}</p>
        </>
      ) : null}
      {standing.kind === 'done' ? null : standing.kind === 'held' ? (
        <div className="compare-card-held">
          <p id={heldId} className={earlier ? 'stale-notice' : 'compare-card-estimate'}>
            {earlier
              ? `${earlierInputsText(earlierReason(standing))}. Press “Run anyway” to bring them up to date.`
              : notRunYetText('this scenario', describeEstimate(standing.estimate), 'Run anyway')}
          </p>
          <button
            type="button"
            className="button"
            aria-describedby={heldId}
            onClick={() => {
              // The open scenario's full run is the live one, as its own “Run full simulation” starts it.
              if (open) store.getState().run();
              else store.getState().runAnyway([standing.key]);
            }}
          >
            Run anyway <span className="visually-hidden">({entry.scenario.name})</span>
          </button>
        </div>
      ) : (
        <>
          {earlier ? <p className="stale-notice">{earlierInputsText(earlierReason(standing))}.</p> : null}
          {standing.kind === 'error' ? (
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
        </>
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
