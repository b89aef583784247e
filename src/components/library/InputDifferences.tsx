import { useId, useMemo } from 'react';
import { patternName } from '../../../models/patterns';
import type { Scenario, SimulationResult } from '../../../models/types';
import {
  differenceProbes,
  effectSentence,
  inputDifferences,
  probeScenario,
  type InputDifference,
} from '../../store/compareDifferences';
import { formatCount, formatDuration } from '../../format';
import { resultKey, type CompareRun } from '../../store/compareSlice';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';
import { notRunYetText } from '../heldRunText';

export interface ComparedScenario {
  id: string;
  letter: string;
  /** Its place in the comparison, for its colour. */
  index: number;
  scenario: Scenario;
  /** Its full run. */
  result: SimulationResult | null;
}

/**
 * The inputs that differ between the compared scenarios, with the values that differ from the first
 * scenario's marked, and, for each other scenario, what each difference does on its own: the first
 * scenario simulated with only that input changed ("Downtime cost: $5,600/min in A, $1,000/min in B. Alone,
 * it changes A's recommendation from … to …").
 */
export function InputDifferences({ compared }: { compared: readonly ComparedScenario[] }) {
  const baseId = useId();
  const probes = useSimulation((s) => s.compareProbes);
  const scenarios = useMemo(() => compared.map((c) => c.scenario), [compared]);
  const differences = useMemo(() => inputDifferences(scenarios), [scenarios]);
  const [base, ...others] = compared;
  if (!base) return null;
  const headingId = `${baseId}-heading`;

  if (differences.length === 0) {
    return (
      <section className="compare-differences" aria-labelledby={headingId}>
        <h3 id={headingId}>Inputs that differ</h3>
        <p className="note">These scenarios have the same inputs: only their names tell them apart.</p>
      </section>
    );
  }

  return (
    <section className="compare-differences" aria-labelledby={headingId}>
      <h3 id={headingId}>Inputs that differ</h3>
      <p className="note">
        Values that differ from {base.letter}’s (“{base.scenario.name}”) are marked. Below, each difference is
        simulated on its own: {base.letter} with only that input changed, at a preview’s number of trials and
        with {base.letter}’s seed, so that the difference alone explains what changes.
      </p>
      <div className="table-scroll" role="region" aria-labelledby={`${baseId}-caption`} tabIndex={0}>
        <table className="compare-table compare-diff-table">
          <caption id={`${baseId}-caption`}>Inputs that differ between the compared scenarios</caption>
          <thead>
            <tr>
              <th scope="col">Input</th>
              {compared.map((c) => (
                <th scope="col" key={c.id}>
                  <span className="series-letter" data-series={c.index} aria-hidden="true">
                    {c.letter}
                  </span>{' '}
                  {c.scenario.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {differences.map((d) => (
              <tr key={d.path}>
                <th scope="row">{d.label}</th>
                {d.values.map((value, i) => (
                  <td key={compared[i]?.id ?? i}>
                    {d.differs[i] ? (
                      <mark className="compare-differs">
                        {value}
                        <span className="visually-hidden"> (differs from {base.letter})</span>
                      </mark>
                    ) : (
                      value
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {others.map((other) => (
        <Effects key={other.id} base={base} other={other} probes={probes} />
      ))}
    </section>
  );
}

/** Each difference between the base and one other scenario, and what it does alone. */
function Effects({
  base,
  other,
  probes,
}: {
  base: ComparedScenario;
  other: ComparedScenario;
  probes: Record<string, CompareRun>;
}) {
  const store = useSimulationStore();
  const headingId = useId();
  const heldId = useId();
  const list = useMemo(
    () => differenceProbes(base.scenario, other.scenario),
    [base.scenario, other.scenario],
  );
  const rows = useMemo(
    () => inputDifferences([base.scenario, other.scenario]),
    [base.scenario, other.scenario],
  );
  const byPath = new Map<string, InputDifference>(rows.map((d) => [d.path, d]));
  const referenceKey = resultKey(probeScenario(base.scenario));
  const reference = probes[referenceKey];
  const runs = list.filter((p) => p.kind === 'run');
  const done = runs.filter((p) => probes[resultKey(p.scenario)]?.status === 'done').length;
  const currency = base.scenario.currency;
  // Runs held for their estimate: the base's own (every effect needs it) and each difference's.
  const heldKeys = [referenceKey, ...runs.map((p) => resultKey(p.scenario))].filter(
    (key, i, all) => all.indexOf(key) === i && probes[key]?.status === 'held',
  );
  const heldSeconds = heldKeys.reduce((sum, key) => sum + (probes[key]?.estimate?.seconds ?? 0), 0);
  const heldRuns = heldKeys.length === 1 ? '1 run' : `${formatCount(heldKeys.length)} runs`;

  return (
    <div className="compare-effects" aria-labelledby={headingId} role="group">
      <h4 id={headingId}>
        From {base.letter} to {other.letter}, one input at a time
      </h4>
      {base.result && other.result ? (
        <p>
          Together, the differences take the recommendation from{' '}
          {patternName(base.result.recommendation.pattern)} ({base.letter}) to{' '}
          {patternName(other.result.recommendation.pattern)} ({other.letter}).
        </p>
      ) : null}
      <p className="compare-status" role="status" id={heldId}>
        {heldKeys.length > 0
          ? notRunYetText(
              'simulating the differences on their own',
              `about ${formatDuration(heldSeconds)} on this machine (${heldRuns})`,
              'Run anyway',
              heldKeys.length > 1,
            )
          : done < runs.length
            ? `Simulating each difference on its own: ${done} of ${runs.length} done…`
            : `Each difference simulated on its own (${runs.length}).`}
      </p>
      {heldKeys.length > 0 ? (
        <button
          type="button"
          className="button"
          aria-describedby={heldId}
          onClick={() => store.getState().runAnyway(heldKeys)}
        >
          Run anyway{' '}
          <span className="visually-hidden">
            (from {base.letter} to {other.letter})
          </span>
        </button>
      ) : null}
      <ul className="compare-effect-list">
        {list.map((probe) => {
          const d = byPath.get(probe.path);
          if (!d) return null;
          const values = `${d.values[0] ?? ''} in ${base.letter}, ${d.values[1] ?? ''} in ${other.letter}.`;
          let effect: string;
          if (probe.kind === 'skipped') effect = `Not simulated alone: ${probe.reason}.`;
          else {
            const run = probes[resultKey(probe.scenario)];
            if (run?.status === 'held' || reference?.status === 'held') {
              effect = 'Not simulated alone yet: it waits for “Run anyway”.';
            } else if (run?.status === 'error' || reference?.status === 'error') {
              effect = `Could not be simulated alone: ${run?.error ?? reference?.error ?? 'the run failed'}.`;
            } else if (
              run?.status === 'done' &&
              run.result &&
              reference?.status === 'done' &&
              reference.result
            ) {
              effect = effectSentence(reference.result, run.result, base.letter, currency);
            } else effect = 'Being simulated on its own…';
          }
          return (
            <li key={probe.path}>
              <strong>{d.label}:</strong> {values} {effect}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
