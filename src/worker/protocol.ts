/**
 * The typed contract between the main thread and a simulation worker.
 * A worker runs the random-stream blocks [firstBlock, endBlock) of one scenario and answers with progress,
 * then with its partial run, an error, or word that the request was cancelled. It also merges and
 * summarises the partial runs of a whole run, so that the page's own thread only draws the numbers. `id` ties every answer to the
 * request it belongs to; ids are unique across the whole page, so one persistent worker serves many runs.
 */
import type { PartialRun } from '../../models/engine';
import type { AnalysisTask, AnalysisValue } from '../../models/engine/analysis';
import type { Scenario, SimulationResult } from '../../models/types';

export interface RunRequest {
  type: 'run';
  id: number;
  scenario: Scenario;
  /** First block to run (inclusive). */
  firstBlock: number;
  /** Block to stop before (exclusive). */
  endBlock: number;
}

/** Run one share of the analyses that follow a run (sensitivity drivers, or remedies). */
export interface AnalyseRequest {
  type: 'analyse';
  id: number;
  scenario: Scenario;
  task: AnalysisTask;
}

/** Merge the partial runs of a scenario and of its availability windows, and summarise them. */
export interface SummarizeRequest {
  type: 'summarize';
  id: number;
  scenario: Scenario;
  /** Every worker's partial run of the scenario. */
  parts: PartialRun[];
  /** Every worker's partial run of its availability windows (windowScenario). */
  windows: PartialRun[];
}

/** Stop request `id`: drop it if still queued, or stop it at the next pause between blocks. */
export interface CancelRequest {
  type: 'cancel';
  id: number;
}

export type WorkerRequest = RunRequest | AnalyseRequest | SummarizeRequest | CancelRequest;

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

export interface AnalysedMessage {
  type: 'analysed';
  id: number;
  value: AnalysisValue;
}

export interface SummaryMessage {
  type: 'summary';
  id: number;
  result: SimulationResult;
}

export interface ErrorMessage {
  type: 'error';
  id: number;
  message: string;
}

/** The request stopped on a cancel before it finished. */
export interface CancelledMessage {
  type: 'cancelled';
  id: number;
}

export type WorkerResponse =
  ProgressMessage | DoneMessage | AnalysedMessage | SummaryMessage | ErrorMessage | CancelledMessage;
