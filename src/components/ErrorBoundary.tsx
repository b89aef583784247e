import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useSimulation, useSimulationStore } from '../store/useSimulation';

interface Props {
  /** What the boundary holds, for the message: "the planner", "the results". */
  what: string;
  /** Gives the open scenario the default inputs (undoable); the way out when its inputs cannot be shown. */
  onReset: () => void;
  /** Reloads the page. */
  onReload?: () => void;
  /** When this changes (another scenario, an edit), what failed is tried again. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * A render error never leaves a blank page: what could not be drawn is replaced by a message that says
 * the saved scenarios are safe (nothing here touches the library) and offers two ways on, reloading the
 * page or resetting the open scenario's inputs (an edit that Undo takes back). The error's own text is
 * kept out of sight, under "Details", for a bug report.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever looks at the console; the page shows a message of its own.
    console.warn(`HA Planner could not show ${this.props.what}:`, error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  private reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const reload = this.props.onReload ?? (() => window.location.reload());
    return (
      <section className="card error-boundary" role="alert" aria-labelledby="error-boundary-heading">
        <h2 id="error-boundary-heading">Something went wrong while showing {this.props.what}</h2>
        <p>
          Your saved scenarios are safe: nothing was deleted or changed. Reload the page, or reset the open
          scenario to the default inputs (Undo brings its inputs back).
        </p>
        <div className="error-boundary-actions">
          <button type="button" className="button" onClick={reload}>
            Reload the page
          </button>
          <button type="button" className="button" onClick={this.reset}>
            Reset this scenario
          </button>
        </div>
        <details>
          <summary>Details</summary>
          <p className="error-boundary-details">{error.message}</p>
        </details>
      </section>
    );
  }
}

/** A boundary around part of the page, reset through the app's store and tried again on every edit. */
export function ScenarioBoundary({ what, children }: { what: string; children: ReactNode }) {
  const store = useSimulationStore();
  const scenario = useSimulation((state) => state.scenario);
  return (
    <ErrorBoundary what={what} onReset={() => store.getState().resetScenario()} resetKey={scenario}>
      {children}
    </ErrorBoundary>
  );
}
