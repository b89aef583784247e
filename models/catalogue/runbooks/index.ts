import type { TechnologyPreset } from '../../types';
import { AURORA } from './aurora';
import { AZURE_POSTGRESQL } from './azurePostgres';
import { CASSANDRA } from './cassandra';
import { CLOUD_SQL } from './cloudSql';
import { COCKROACHDB } from './cockroachdb';
import { COSMOS_DB } from './cosmosDb';
import { DYNAMODB } from './dynamodb';
import { GENERIC, SINGLE_NODE } from './generic';
import { MONGODB } from './mongodb';
import { MYSQL_GROUP_REPLICATION } from './mysql';
import { PATRONI } from './patroni';
import { PG_AUTO_FAILOVER } from './pgAutoFailover';
import { RDS } from './rds';
import { REDIS_SENTINEL } from './redis';
import { REPMGR_RUNBOOK } from './repmgr';
import type { Runbook } from './types';
import { YUGABYTEDB } from './yugabytedb';

export type { DrillAction, Runbook, RunbookRole, RunbookStep } from './types';
export { RUNBOOK_ROLES } from './types';
export { TRAFFIC_STEPS } from './traffic';
export { RUNBOOK_SOURCES } from './sources';
export { SINGLE_NODE, GENERIC };

/** Every runbook, one per technology family, the generic one last. */
export const RUNBOOKS: readonly Runbook[] = [
  PATRONI,
  PG_AUTO_FAILOVER,
  REPMGR_RUNBOOK,
  REDIS_SENTINEL,
  MONGODB,
  MYSQL_GROUP_REPLICATION,
  AURORA,
  RDS,
  CLOUD_SQL,
  AZURE_POSTGRESQL,
  COSMOS_DB,
  DYNAMODB,
  YUGABYTEDB,
  COCKROACHDB,
  CASSANDRA,
  GENERIC,
];

const BY_PRESET = new Map(RUNBOOKS.flatMap((r) => r.presets.map((id) => [id, r] as const)));

/** The runbook of a technology preset; the single node's when there is none. */
export function runbookFor(preset: TechnologyPreset | undefined): Runbook {
  if (!preset) return SINGLE_NODE;
  return BY_PRESET.get(preset.id) ?? GENERIC;
}
