import type { ScopeId } from '../../types';

/** Who does a step of a runbook. */
export type RunbookRole = 'incident-lead' | 'database-operator' | 'platform-operator' | 'application-owner';

export const RUNBOOK_ROLES: Readonly<Record<RunbookRole, { name: string; duty: string }>> = {
  'incident-lead': {
    name: 'Incident lead',
    duty: 'Declares the incident, takes the go/no-go decision, keeps the timeline of the incident.',
  },
  'database-operator': {
    name: 'Database operator',
    duty: 'Runs the data-layer commands and reads the cluster state.',
  },
  'platform-operator': {
    name: 'Platform operator',
    duty: 'Runs the traffic layer, DNS, cloud console and monitoring.',
  },
  'application-owner': {
    name: 'Application owner',
    duty: 'Confirms that the application reads and writes again, and what it lost.',
  },
};

/** One thing a person does or checks. */
export interface RunbookStep {
  role: RunbookRole;
  /** What to do, in plain words. */
  action: string;
  /** The command as the vendor documents it, placeholders in <angle brackets>; none for a console action. */
  command?: string;
  /** Figure ids (catalogue) the step follows. Empty only in a runbook marked generic. */
  sources: string[];
}

/**
 * How a drill of each failure scope is caused on this technology, or why it cannot be (a managed service
 * gives no handle on its storage, for instance).
 */
export type DrillAction = { action: string; sources: string[] } | { notPossible: string };

/**
 * What operators do when the data layer of one technology family fails: the same data the app shows and
 * the PDF prints. Commands come from vendor documentation only; a runbook with no vendor commands (the
 * article's generic presets) is `generic` and says so.
 */
export interface Runbook {
  id: string;
  /** The family as a reader names it, e.g. "Patroni (PostgreSQL)". */
  family: string;
  /** Technology presets (catalogue ids) this runbook is for. */
  presets: readonly string[];
  /** true when the steps are the article's generic workflow, with no vendor commands. */
  generic: boolean;
  /** What must hold before anyone acts. */
  preconditions: RunbookStep[];
  /** The checks that decide whether to fail over by hand. */
  goNoGo: RunbookStep[];
  /** An unplanned failover: what automation does and what people do if it does not. */
  failover: RunbookStep[];
  /** A planned switchover (maintenance, drills), where the technology has one. */
  switchover: RunbookStep[];
  /** Taking over from another region, for the presets that run in a second region. */
  regional: RunbookStep[];
  verification: RunbookStep[];
  failback: RunbookStep[];
  /** What monitoring shows during and after. */
  monitoring: RunbookStep[];
  /** How each kind of drill is caused on this technology. */
  drills: Readonly<Record<ScopeId, DrillAction>>;
}
