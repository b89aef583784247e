import { formatDuration } from '../format';
import { resultsCurrent, type SimulationState } from '../store/simulationStore';
import { useSimulation } from '../store/useSimulation';
import './runStatus.css';

/**
 * What the results on screen are, when they are not those of the inputs on screen (after Cancel, a held
 * slow run, a failed run, or while the new inputs compute); null when they are current, when there are
 * none, and during a live preview (a few tens of milliseconds: a label would only flicker).
 */
export function staleText(state: SimulationState): string | null {
  const { result, status, runKind, heldRun } = state;
  if (!result || resultsCurrent(state)) return null;
  if (status === 'running' && runKind === 'preview' && heldRun === null) return null;
  const lead = 'Results are for earlier inputs';
  const update = 'Press “Run full simulation” to bring them up to date; until then they cannot be exported.';
  if (status === 'running') return `${lead}: the current inputs are being simulated.`;
  if (heldRun) {
    return `${lead}: the current inputs have not been simulated (about ${formatDuration(heldRun.estimate.seconds)} on this machine). ${update}`;
  }
  if (status === 'cancelled') return `${lead}: the run of the current inputs was cancelled. ${update}`;
  if (status === 'error') return `${lead}: the run of the current inputs failed. ${update}`;
  return `${lead}. ${update}`;
}

/** The label over results that are not those of the inputs on screen. */
export function StaleNotice() {
  const text = useSimulation(staleText);
  return (
    <p className="stale-notice" role="status" hidden={text === null}>
      {text}
    </p>
  );
}
