import type { DrillAction, RunbookRole, RunbookStep } from './types';

/** One step: who, what, the sources it follows and, where documented, the command. */
export function step(role: RunbookRole, action: string, sources: string[], command?: string): RunbookStep {
  return command === undefined ? { role, action, sources } : { role, action, sources, command };
}

export function drill(action: string, sources: string[] = []): DrillAction {
  return { action, sources };
}

export function noDrill(reason: string): DrillAction {
  return { notPossible: reason };
}

/** A write through the application's own path: the only proof that clients are served again. */
export const TEST_WRITE = step(
  'application-owner',
  'Write a test record through the application’s normal write path and read it back; note the time of the first successful write (the measured RTO) and the newest record present (the measured RPO).',
  ['ART-16'],
);

/** Self-run nodes: every in-region drill can be caused by the operators themselves. */
export const SELF_RUN_DRILLS = {
  node: drill('Stop the database process on the primary, or power off its host.'),
  storage: drill('Fill the primary’s data volume, or detach it from the host.'),
  network: drill('Cut the primary off from clients and peers with firewall rules.'),
  zone: drill('Shut down every node in the primary’s zone at once.'),
} as const;

/** Managed services: the provider runs storage and network; a forced failover is the customer's handle. */
export const MANAGED_STORAGE = noDrill(
  'The provider runs the storage: there is no volume to detach. The node drill exercises the same failover.',
);
export const MANAGED_NETWORK = noDrill(
  'A partition inside the provider’s network cannot be caused from the customer’s side. The node drill exercises the same failover.',
);
