import { resultsCurrent, type SimulationState } from '../store/simulationStore';
import { useSimulation } from '../store/useSimulation';
import { earlierInputsText, type EarlierReason } from './heldRunText';
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
  const update = 'Press “Run full simulation” to bring them up to date; until then they cannot be exported.';
  if (status === 'running') return `${earlierInputsText({ kind: 'running' })}.`;
  return `${earlierInputsText(earlierReason(state))}. ${update}`;
}

/** Why results on screen are not those of the inputs on screen, when no run of them is under way. */
function earlierReason({ heldRun, status }: SimulationState): EarlierReason {
  if (heldRun) return { kind: 'held', estimate: heldRun.estimate };
  if (status === 'cancelled') return { kind: 'cancelled' };
  if (status === 'error') return { kind: 'failed' };
  return { kind: 'unknown' };
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
