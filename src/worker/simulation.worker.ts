/**
 * A thin, long-lived module worker. Requests queue up and run one at a time; each runs in slices of a few
 * milliseconds with a pause between them, so that a `cancel` message sent while it computes is read at the
 * next pause and the run stops there (see runSimulation.ts for why runs are cancelled rather than the
 * worker terminated).
 */
import { mergePartials, summarize } from '../../models/engine';
import { taskSize, taskSteps } from '../../models/engine/analysis';
import { transferablesOf } from './blockRange';
import { runCooperatively, stepCooperatively } from './cooperativeRun';
import type { AnalyseRequest, RunRequest, SummarizeRequest, WorkerRequest, WorkerResponse } from './protocol';

/** The parts of a dedicated worker's global scope this worker uses. */
interface WorkerScope {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

/**
 * Progress is posted at most this often, ms, and always at the end: each message costs the page a render,
 * and a run's 49 analyses would otherwise post hundreds while the page is loading.
 */
const PROGRESS_INTERVAL_MS = 50;
/** Compute for at most this long before reading messages again, ms (a block takes a few ms). */
const SLICE_MS = 8;

const queue: (RunRequest | AnalyseRequest | SummarizeRequest)[] = [];
/** Ids of queued or running requests that were asked to stop. */
const cancelled = new Set<number>();
/** Id of the request computing now, if any. */
let current: number | null = null;
let busy = false;

/**
 * A pause that lets queued messages through. A MessageChannel task is not clamped to 4 ms as nested
 * setTimeout calls are, so the pauses cost next to nothing.
 */
const channel = new MessageChannel();
const resumers: (() => void)[] = [];
channel.port1.onmessage = () => resumers.shift()?.();
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    resumers.push(resolve);
    channel.port2.postMessage(null);
  });
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'cancel') {
    const known = queue.some((r) => r.id === request.id) || current === request.id;
    if (known) cancelled.add(request.id);
    return;
  }
  queue.push(request);
  if (!busy) void drain();
});

async function drain(): Promise<void> {
  busy = true;
  for (let request = queue.shift(); request; request = queue.shift()) {
    current = request.id;
    if (request.type === 'run') await serve(request);
    else if (request.type === 'analyse') await analyse(request);
    else summarizeRun(request);
    cancelled.delete(request.id);
    current = null;
  }
  busy = false;
}

/** Posts request `id`'s progress (`done` of `total`), at most every PROGRESS_INTERVAL_MS and at the end. */
function progressOf(id: number, total: number): (done: number) => void {
  let postedAt = -Infinity;
  return (done) => {
    const now = performance.now();
    if (done < total && now - postedAt < PROGRESS_INTERVAL_MS) return;
    postedAt = now;
    scope.postMessage({ type: 'progress', id, done, total });
  };
}

async function serve({ id, scenario, firstBlock, endBlock }: RunRequest): Promise<void> {
  try {
    const partial = await runCooperatively(scenario, firstBlock, endBlock, {
      shouldStop: () => cancelled.has(id),
      yieldToEvents,
      sliceMs: SLICE_MS,
      onProgress: progressOf(id, endBlock - firstBlock),
    });
    if (partial === null) scope.postMessage({ type: 'cancelled', id });
    else scope.postMessage({ type: 'done', id, partial }, transferablesOf(partial));
  } catch (error) {
    scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}

async function analyse({ id, scenario, task }: AnalyseRequest): Promise<void> {
  const total = Math.max(1, taskSize(scenario, task));
  try {
    const value = await stepCooperatively(taskSteps(scenario, task), {
      shouldStop: () => cancelled.has(id),
      yieldToEvents,
      sliceMs: SLICE_MS,
      onProgress: progressOf(id, total),
    });
    if (value === null) scope.postMessage({ type: 'cancelled', id });
    else scope.postMessage({ type: 'analysed', id, value });
  } catch (error) {
    scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}

/** One step, not sliced: a summary takes a few milliseconds here, where the code is warm. */
function summarizeRun({ id, scenario, parts, windows }: SummarizeRequest): void {
  if (cancelled.has(id)) {
    scope.postMessage({ type: 'cancelled', id });
    return;
  }
  try {
    const result = summarize(scenario, mergePartials(parts), mergePartials(windows));
    scope.postMessage({ type: 'summary', id, result });
  } catch (error) {
    scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}
