import { lazy, Suspense, useEffect, useId, useRef } from 'react';
import {
  CHART_IDS,
  CHART_NAMES,
  CLIENT_CHART_COUNT,
  DEFAULT_CLIENT_CHARTS,
  isChartChoice,
  toggleChart,
} from '../charts/catalog';
import { formatCount } from '../format';
import { plainName } from '../report/plainText';
import { scenarioFacts } from '../report/scenarioSummary';
import { useSimulation } from '../store/useSimulation';
import { ComparisonTable } from './ComparisonTable';
import { ScenarioBoundary } from './ErrorBoundary';
import { RecommendationCard } from './RecommendationCard';
import { StaleNotice } from './StaleNotice';
import { useStoredPreference } from './storedPreference';
import './clientView.css';

const ClientCharts = lazy(() => import('../charts/ClientCharts').then((m) => ({ default: m.ClientCharts })));

export const CLIENT_CHARTS_KEY = 'ha-planner:client-view-charts';

/**
 * The client view, for sharing the screen with a client: large type, no inputs, the scenario in one line,
 * the answer, the architectures compared and the three charts chosen below (kept in this browser). The
 * heading takes the focus on entry, so a screen reader starts at the top.
 */
export function ClientView({
  onLeave,
  shortcut,
  onShortcutChange,
}: {
  onLeave: () => void;
  /** Whether the C key opens and closes the view (it can be turned off). */
  shortcut: boolean;
  onShortcutChange: (on: boolean) => void;
}) {
  const scenario = useSimulation((s) => s.scenario);
  const result = useSimulation((s) => s.result);
  const resultScenario = useSimulation((s) => s.resultScenario);
  const analysis = useSimulation((s) => (s.analysisFor === s.result ? s.analysis : null));
  const analysing = useSimulation((s) => s.analysisStatus === 'running');
  const preview = useSimulation((s) => s.resultKind === 'preview');
  const [charts, setCharts] = useStoredPreference(CLIENT_CHARTS_KEY, isChartChoice, [
    ...DEFAULT_CLIENT_CHARTS,
  ]);
  const heading = useRef<HTMLHeadingElement>(null);
  const settingsId = useId();
  useEffect(() => heading.current?.focus(), []);
  const shown = resultScenario ?? scenario;

  return (
    <div className="client-view">
      <div className="client-bar">
        <div>
          <h2 className="client-title" ref={heading} tabIndex={-1}>
            {plainName(shown.name)}
          </h2>
          <p className="scenario-line">
            {scenarioFacts(shown).map((fact) => (
              <span key={fact.what} className="scenario-fact">
                <span className="scenario-fact-name">{fact.what}</span> {fact.value}
              </span>
            ))}
          </p>
        </div>
        <button
          type="button"
          className="button"
          aria-keyshortcuts={shortcut ? 'Escape C' : 'Escape'}
          onClick={onLeave}
        >
          Leave client view (Esc)
        </button>
      </div>
      {/* Figures of earlier inputs say so here too: a client never takes them for the current ones. */}
      <StaleNotice />
      {result ? (
        <ScenarioBoundary what="the client view">
          {preview && (
            <p className="note">
              Preview figures ({formatCount(result.trials)} simulated years); the full run follows.
            </p>
          )}
          <RecommendationCard
            result={result}
            scenario={shown}
            analysis={analysis}
            analysing={analysing}
            presentation
          />
          <ComparisonTable result={result} scenario={shown} variant="summary" />
          <Suspense
            fallback={
              <p className="note" aria-busy="true">
                Drawing the charts…
              </p>
            }
          >
            <section className="card charts" aria-labelledby={`${settingsId}-charts`}>
              <h2 id={`${settingsId}-charts`}>What the simulation shows</h2>
              {charts.length > 0 ? (
                <ClientCharts result={result} scenario={shown} charts={charts} />
              ) : (
                <p className="note">No chart chosen: choose up to three under “Client view settings”.</p>
              )}
            </section>
          </Suspense>
        </ScenarioBoundary>
      ) : (
        <section className="card placeholder" aria-label="Results">
          <p>No results yet: leave the client view to enter the figures and run the simulation.</p>
        </section>
      )}
      <details className="card client-settings">
        <summary>Client view settings</summary>
        <fieldset>
          <legend>
            Charts shown (choose {CLIENT_CHART_COUNT}; {charts.length} chosen)
          </legend>
          {CHART_IDS.map((id) => {
            const on = charts.includes(id);
            return (
              <label key={id} className="client-setting">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && charts.length >= CLIENT_CHART_COUNT}
                  onChange={(event) => setCharts(toggleChart(charts, id, event.currentTarget.checked))}
                />
                {CHART_NAMES[id]}
              </label>
            );
          })}
        </fieldset>
        <label className="client-setting">
          <input
            type="checkbox"
            checked={shortcut}
            onChange={(event) => onShortcutChange(event.currentTarget.checked)}
          />
          The C key opens and closes the client view (Esc always leaves it)
        </label>
      </details>
    </div>
  );
}
