import { ComparisonTable } from './components/ComparisonTable';
import { RecommendationCard } from './components/RecommendationCard';
import { RunPanel } from './components/RunPanel';
import { ScenarioSummary } from './components/ScenarioSummary';
import type { SimulationStatus } from './store/simulationStore';
import { useSimulation } from './store/useSimulation';

const PLACEHOLDER: Record<SimulationStatus, string> = {
  idle: 'Press “Run simulation” to compare the four patterns.',
  running: 'The recommendation appears here when the simulation finishes.',
  done: '',
  cancelled: 'Simulation cancelled. Press “Run simulation” to start again.',
  error: 'No result: the simulation failed (see the message beside the Run button).',
};

export function App() {
  const scenario = useSimulation((state) => state.scenario);
  const result = useSimulation((state) => state.result);
  const status = useSimulation((state) => state.status);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="wrap">
          <h1 className="brand">HA Planner</h1>
          <p className="tagline">
            Simulates four high-availability architectures by Monte Carlo and recommends the one that meets
            your recovery targets within budget at the lowest expected cost.
          </p>
        </div>
      </header>
      <main id="main" className="wrap" tabIndex={-1}>
        <div className="layout">
          <div className="inputs">
            <ScenarioSummary scenario={scenario} />
          </div>
          <div className="results">
            <RunPanel />
            {result ? (
              <RecommendationCard result={result} />
            ) : (
              <section className="card placeholder" aria-label="Results" aria-busy={status === 'running'}>
                <p>{PLACEHOLDER[status]}</p>
              </section>
            )}
          </div>
        </div>
        {result && <ComparisonTable result={result} scenario={scenario} />}
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
