import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useClientViewKeys } from './components/clientViewKeys';
import { ComparisonTable } from './components/ComparisonTable';
import { ImportExport } from './components/ImportExport';
import { ScenarioLibrary } from './components/library/ScenarioLibrary';
import { InputsPanel } from './components/inputs/InputsPanel';
import { MethodologyPanel } from './components/MethodologyPanel';
import { RecommendationCard } from './components/RecommendationCard';
import { RunStatus } from './components/RunStatus';
import { ScenarioBar } from './components/ScenarioBar';
import { ShareButton } from './components/ShareButton';
import { SloTable } from './components/SloTable';
import { StaleNotice } from './components/StaleNotice';
import { isBoolean, useStoredPreference } from './components/storedPreference';
import { ScenarioBoundary } from './components/ErrorBoundary';
import { ExportButton } from './pdf/ExportButton';
import type { SimulationResult } from '../models/types';
import { resultsCurrent, type SimulationStatus } from './store/simulationStore';
import { useSimulation } from './store/useSimulation';
import { useLater } from './components/useLater';

// The charts (and d3) load in their own chunk, after the first screen.
const ChartsPanel = lazy(() => import('./charts/ChartsPanel').then((m) => ({ default: m.ChartsPanel })));
// The drill log draws charts too: it loads with them, below the fold.
const DrillLogPanel = lazy(() =>
  import('./components/drills/DrillLogPanel').then((m) => ({ default: m.DrillLogPanel })),
);
// Comparing scenarios and the sources are below the fold too; the client view loads when first opened.
const CompareView = lazy(() =>
  import('./components/library/CompareView').then((m) => ({ default: m.CompareView })),
);
const SourcesPanel = lazy(() =>
  import('./components/SourcesPanel').then((m) => ({ default: m.SourcesPanel })),
);
const ClientView = lazy(() => import('./components/ClientView').then((m) => ({ default: m.ClientView })));

const PLACEHOLDER: Record<SimulationStatus, string> = {
  idle: 'Enter your figures; the five architectures are compared here.',
  running: 'The recommendation appears here as soon as the first simulation finishes.',
  done: '',
  cancelled: 'Simulation cancelled. Press “Run full simulation” to start again.',
  error: 'No result: the simulation failed (see the message above).',
};

const HELD_PLACEHOLDER =
  'Not simulated yet: this scenario takes a while to simulate (see the estimate above).';

/** Counts the results shown, so that a script can tell when new numbers have landed (data-run-seq). */
function useResultSequence(result: SimulationResult | null): number {
  // React's pattern for state derived from the previous render: adjust it while rendering.
  const [last, setLast] = useState({ result, seq: result ? 1 : 0 });
  if (result !== last.result) {
    const next = { result, seq: last.seq + 1 };
    setLast(next);
    return next.seq;
  }
  return last.seq;
}

/**
 * The page's two views: the workbench (inputs, results, charts) and the client view (the answer in large
 * type for a shared screen), with the C key (which can be turned off) and Escape to switch; focus goes to
 * the client view's heading on entry and back to its button on leaving. The inputs can be folded away to
 * the scenario's one line; this browser remembers that, and the key's setting.
 */
function useViews() {
  const [inputsShown, setInputsShown] = useStoredPreference('ha-planner:inputs-shown', isBoolean, true);
  const [shortcut, setShortcut] = useStoredPreference('ha-planner:client-view-key', isBoolean, true);
  const [client, setClient] = useState(false);
  const clientButton = useRef<HTMLButtonElement>(null);
  const wasClient = useRef(false);
  const toggle = useCallback(() => setClient((on) => !on), []);
  const leave = useCallback(() => setClient(false), []);
  useClientViewKeys(client, shortcut, toggle, leave);
  useEffect(() => {
    document.documentElement.classList.toggle('client-view-on', client);
    if (wasClient.current && !client) clientButton.current?.focus();
    wasClient.current = client;
  }, [client]);
  return { inputsShown, setInputsShown, shortcut, setShortcut, client, toggle, leave, clientButton };
}

export function App() {
  const views = useViews();
  const scenario = useSimulation((state) => state.scenario);
  const result = useSimulation((state) => state.result);
  const status = useSimulation((state) => state.status);
  const resultKind = useSimulation((state) => state.resultKind);
  const resultScenario = useSimulation((state) => state.resultScenario);
  // Remedies checked by rerunning belong to the result they were made for, and show only beside it.
  const analysis = useSimulation((state) => (state.analysisFor === state.result ? state.analysis : null));
  const analysing = useSimulation((state) => state.analysisStatus === 'running');
  const current = useSimulation(resultsCurrent);
  const held = useSimulation((state) => state.heldRun !== null);
  const resultBefore = useSimulation((state) => state.resultBefore);
  const seq = useResultSequence(result);
  // The table and the six charts follow in a background render, so typing and the first paint never wait on
  // them. They pair the numbers with the inputs those came from, so an edit alone redraws neither: its run's
  // result does.
  const shown = useDeferredValue(result);
  const shownScenario = useDeferredValue(resultScenario ?? scenario);
  // A proposal pairs the inputs with the numbers of a finished full run of those inputs, never a preview
  // and never the results of earlier inputs.
  const exportable = status === 'done' && resultKind === 'full' && current ? result : null;
  // The panels below the fold mount in a task of their own after the first paint.
  const belowFold = useLater();

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="wrap">
          <h1 className="brand">HA Planner</h1>
          <p className="tagline">
            Simulates five high-availability architectures by Monte Carlo and recommends the one that meets
            your recovery targets within budget at the lowest expected cost.
          </p>
        </div>
      </header>
      <main id="main" className="wrap" tabIndex={-1}>
        {!views.client && (
          <ScenarioBar
            inputsShown={views.inputsShown}
            onToggleInputs={() => views.setInputsShown(!views.inputsShown)}
            onClientView={views.toggle}
            shortcut={views.shortcut}
            clientButtonRef={views.clientButton}
            inputsId="scenario-inputs"
          />
        )}
        <div className={views.inputsShown && !views.client ? 'layout' : 'layout inputs-hidden'}>
          {/*
           * The answer comes first in the page, as on screen: to the keyboard and to a screen reader too. On a
           * wide screen the grid still puts the inputs in the left column; this link skips the results.
           */}
          {views.inputsShown && !views.client ? (
            <a className="skip-link" href="#scenario-inputs">
              Skip to inputs
            </a>
          ) : null}
          {views.client ? (
            <Suspense
              fallback={
                <section className="card placeholder" aria-label="Client view" aria-busy="true">
                  <p>Opening the client view…</p>
                </section>
              }
            >
              <ClientView
                onLeave={views.leave}
                shortcut={views.shortcut}
                onShortcutChange={views.setShortcut}
              />
            </Suspense>
          ) : (
            <div className="results" data-run-seq={seq} data-run-kind={resultKind ?? undefined}>
              <RunStatus />
              <StaleNotice />
              {result ? (
                <ScenarioBoundary what="the recommendation">
                  <RecommendationCard
                    result={result}
                    scenario={resultScenario ?? scenario}
                    analysis={analysis}
                    analysing={analysing}
                  />
                </ScenarioBoundary>
              ) : (
                <section className="card placeholder" aria-label="Results" aria-busy={status === 'running'}>
                  <p>{held && status !== 'running' ? HELD_PLACEHOLDER : PLACEHOLDER[status]}</p>
                </section>
              )}
              <div className="result-actions">
                <ExportButton
                  scenario={scenario}
                  result={exportable}
                  before={exportable ? resultBefore : null}
                />
                <ImportExport scenario={scenario} result={exportable} />
                <ShareButton scenario={scenario} />
              </div>
            </div>
          )}
          {/* Hidden rather than unmounted, so that nothing being typed is lost. */}
          <div
            className="inputs"
            id="scenario-inputs"
            tabIndex={-1}
            hidden={!views.inputsShown || views.client}
          >
            <ScenarioLibrary />
            <InputsPanel />
          </div>
        </div>
        {shown && !views.client && (
          <ScenarioBoundary what="the comparison and the charts">
            <ComparisonTable result={shown} scenario={shownScenario} />
            <SloTable result={shown} />
            <Suspense
              fallback={
                <section className="card" aria-label="Charts" aria-busy="true">
                  <p className="note">Drawing the charts…</p>
                </section>
              }
            >
              <ChartsPanel result={shown} scenario={shownScenario} />
            </Suspense>
          </ScenarioBoundary>
        )}
        {belowFold && !views.client && (
          <>
            <Suspense
              fallback={
                <section className="card" aria-label="Drill log" aria-busy="true">
                  <p className="note">Loading the drill log…</p>
                </section>
              }
            >
              <DrillLogPanel />
            </Suspense>
            <Suspense fallback={null}>
              <CompareView />
              <SourcesPanel scenario={scenario} />
            </Suspense>
            <MethodologyPanel result={result} />
          </>
        )}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>
            HA Planner runs every simulation in your browser; nothing is sent anywhere. Figures come from the
            sourced benchmark catalogue or the article&apos;s figures, as the scenario chooses.
          </p>
        </div>
      </footer>
    </>
  );
}
