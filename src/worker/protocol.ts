/**
 * The typed contract between the main thread and a simulation worker.
 * A worker runs the random-stream blocks [firstBlock, endBlock) of one scenario and answers with progress,
 * then with its partial run (or an error). `id` ties every answer to the request it belongs to.
 */
import type { PartialRun } from '../../models/engine';
import type { Scenario } from '../../models/types';

export interface RunRequest {
  type: 'run';
  id: number;
  scenario: Scenario;
  /** First block to run (inclusive). */
  firstBlock: number;
  /** Block to stop before (exclusive). */
  endBlock: number;
}

export type WorkerRequest = RunRequest;

export interface ProgressMessage {
  type: 'progress';
  id: number;
  /** Blocks of this request finished so far. */
  done: number;
  /** Blocks in this request. */
  total: number;
}

export interface DoneMessage {
  type: 'done';
  id: number;
  partial: PartialRun;
}

export interface ErrorMessage {
  type: 'error';
  id: number;
  message: string;
}

export type WorkerResponse = ProgressMessage | DoneMessage | ErrorMessage;
