/**
 * A thin module worker: it takes a run request, drains `runBlockRange` and posts what it yields.
 */
import { runBlockRange, transferablesOf } from './blockRange';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** The parts of a dedicated worker's global scope this worker uses. */
interface WorkerScope {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

/** Progress is posted at most this many times per request. */
const PROGRESS_STEPS = 100;

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type !== 'run') return;
  const { id, scenario, firstBlock, endBlock } = request;
  const total = endBlock - firstBlock;
  try {
    const steps = runBlockRange(scenario, firstBlock, endBlock);
    let lastStep = -1;
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        scope.postMessage({ type: 'done', id, partial: next.value }, transferablesOf(next.value));
        return;
      }
      const done = next.value;
      const step = Math.floor((done / total) * PROGRESS_STEPS);
      if (step !== lastStep) {
        lastStep = step;
        scope.postMessage({ type: 'progress', id, done, total });
      }
    }
  } catch (error) {
    scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
});
