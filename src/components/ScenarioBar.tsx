import type { Ref } from 'react';
import { scenarioFacts } from '../report/scenarioSummary';
import { plainName } from '../report/plainText';
import { useSimulation } from '../store/useSimulation';

/**
 * The scenario in one line above the results, with the button that folds the inputs away (or brings them
 * back) and the one that opens the client view: with the inputs folded, the answer and the charts take
 * the whole width, and this line still says which figures they answer.
 */
export function ScenarioBar({
  inputsShown,
  onToggleInputs,
  onClientView,
  shortcut,
  clientButtonRef,
  inputsId,
}: {
  inputsShown: boolean;
  onToggleInputs: () => void;
  onClientView: () => void;
  /** Whether the C key opens the client view (it can be turned off there). */
  shortcut: boolean;
  clientButtonRef: Ref<HTMLButtonElement>;
  /** Id of the element holding the inputs (aria-controls). */
  inputsId: string;
}) {
  const scenario = useSimulation((s) => s.scenario);
  const facts = scenarioFacts(scenario);
  return (
    <section className="scenario-bar" aria-label="Scenario in one line">
      <p className="scenario-line">
        <strong>{plainName(scenario.name)}</strong>
        {facts.map((fact) => (
          <span key={fact.what} className="scenario-fact">
            <span className="scenario-fact-name">{fact.what}</span> {fact.value}
          </span>
        ))}
      </p>
      <div className="scenario-bar-actions">
        <button
          type="button"
          className="button"
          aria-expanded={inputsShown}
          aria-controls={inputsId}
          onClick={onToggleInputs}
        >
          {inputsShown ? 'Hide inputs' : 'Show inputs'}
        </button>
        <button
          ref={clientButtonRef}
          type="button"
          className="button"
          aria-keyshortcuts={shortcut ? 'C' : undefined}
          title={`The answer, the comparison and three charts in large type, for a shared screen${shortcut ? ' (key: C; Esc leaves)' : ' (Esc leaves)'}`}
          onClick={onClientView}
        >
          {shortcut ? 'Client view (C)' : 'Client view'}
        </button>
      </div>
    </section>
  );
}
