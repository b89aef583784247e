/**
 * The columns of a drill log, described once: the CSV and JSON readers, the scenario validator, the JSON
 * Schema, the exports and the app's drill form are all built from this table.
 */
import { MAX_SECONDS } from '../scenario/fields';
import type { Drill } from '../types';

/** Most drills a scenario keeps. */
export const MAX_DRILLS = 1000;
/** Largest drill-log file read, bytes (the limit of scenario files). */
export const MAX_DRILL_FILE_BYTES = 1_000_000;
/** Longest note, characters. */
export const MAX_NOTE_CHARS = 500;

export type DrillColumnKind =
  'date' | 'scope' | 'architecture' | 'outcome' | 'technology' | 'seconds' | 'text';

export interface DrillColumn {
  /** The CSV header and JSON key. */
  key: keyof Drill;
  kind: DrillColumnKind;
  required: boolean;
  /** Short label for a form or a table header. */
  label: string;
  /** Unit as shown next to an input ("s", or "" when none). */
  unit: string;
  help: string;
}

/** The columns in the order exports write them. */
export const DRILL_COLUMNS: readonly DrillColumn[] = [
  {
    key: 'date',
    kind: 'date',
    required: true,
    label: 'Date',
    unit: '',
    help: 'When the drill ran: 2026-03-14, or 2026-03-14T10:30:00Z with a time (UTC when no zone is given).',
  },
  {
    key: 'scope',
    kind: 'scope',
    required: true,
    label: 'Failure',
    unit: '',
    help: 'What the drill broke: node, storage, network, zone or region.',
  },
  {
    key: 'architecture',
    kind: 'architecture',
    required: true,
    label: 'Architecture',
    unit: '',
    help: 'The architecture drilled; in a file, its id (single-node, active-passive-async, active-passive-sync, active-passive-dr, active-active).',
  },
  {
    key: 'outcome',
    kind: 'outcome',
    required: true,
    label: 'Outcome',
    unit: '',
    help: 'automated when the automation failed over on its own, manual when people had to.',
  },
  {
    key: 'outageSeconds',
    kind: 'seconds',
    required: true,
    label: 'Outage',
    unit: 's',
    help: 'From the injected failure to the first successful write.',
  },
  {
    key: 'dataLossSeconds',
    kind: 'seconds',
    required: true,
    label: 'Data lost',
    unit: 's',
    help: 'Seconds of committed writes missing afterwards; 0 when none.',
  },
  {
    key: 'technology',
    kind: 'technology',
    required: false,
    label: 'Technology',
    unit: '',
    help: 'Catalogue id of the technology drilled; blank means the scenario’s technology for the architecture.',
  },
  {
    key: 'detectionSeconds',
    kind: 'seconds',
    required: false,
    label: 'Detection',
    unit: 's',
    help: 'Until the failure was noticed (lease expiry, heartbeat timeout).',
  },
  {
    key: 'decisionSeconds',
    kind: 'seconds',
    required: false,
    label: 'Decision',
    unit: 's',
    help: 'Election, lock or lease.',
  },
  {
    key: 'promotionSeconds',
    kind: 'seconds',
    required: false,
    label: 'Promotion',
    unit: 's',
    help: 'Until the new primary accepted writes.',
  },
  {
    key: 'rerouteSeconds',
    kind: 'seconds',
    required: false,
    label: 'Reroute',
    unit: 's',
    help: 'Until clients reached the new primary (health checks, DNS).',
  },
  {
    key: 'note',
    kind: 'text',
    required: false,
    label: 'Note',
    unit: '',
    help: `What happened, in plain text (at most ${MAX_NOTE_CHARS} characters).`,
  },
];

/** The phase columns, in the order of a failover. */
export const PHASE_COLUMNS = [
  'detectionSeconds',
  'decisionSeconds',
  'promotionSeconds',
  'rerouteSeconds',
] as const satisfies readonly (keyof Drill)[];
export type PhaseColumn = (typeof PHASE_COLUMNS)[number];

/** Longest duration a drill may record: that of any duration of a scenario. */
export const MAX_DRILL_SECONDS = MAX_SECONDS;

export function drillColumn(key: string): DrillColumn | undefined {
  return DRILL_COLUMNS.find((c) => c.key === key);
}
