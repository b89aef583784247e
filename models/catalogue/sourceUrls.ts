import type { Figure } from '../types';

/**
 * Where each figure of the catalogue can be read: the address of the page it was read at or, for a
 * document read in a repository or a mirror, the published page of the same document. A figure that names
 * several pages has several addresses. Figures that carry their own `url` (the runbook sources) need no
 * entry here.
 */
const AURORA_HA =
  'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html';
const AURORA_GLOBAL_DR =
  'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database-disaster-recovery.html';
const AURORA_FAILOVER_BLOG =
  'https://aws.amazon.com/blogs/aws/additional-failover-control-for-amazon-aurora/';
const AZURE_PG_CONTINUITY =
  'https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-business-continuity';
const AZURE_SITE_RECOVERY_SQL = 'https://learn.microsoft.com/azure/site-recovery/site-recovery-sql';
const COSMOS_HA = 'https://learn.microsoft.com/azure/cosmos-db/high-availability';
const COSMOS_PPAF = 'https://learn.microsoft.com/azure/cosmos-db/per-partition-automatic-failover';
const CLOUD_SQL_HA = 'https://cloud.google.com/sql/docs/postgres/high-availability';
const GOOGLE_FAILURES = 'https://perspectives.mvdirona.com/2008/06/jeff-dean-on-google-infrastructure/';
/** The article names no address of its own; its publisher's site is the one it gives. */
const ARTICLE = 'https://internetport.com';

export const SOURCE_URLS: Readonly<Record<string, readonly string[]>> = {
  'PAT-1': ['https://access.crunchydata.com/documentation/patroni/latest/dynamic_configuration'],
  'PAT-5': ['https://pigsty.io/docs/concept/ha/failure/passive'],
  'PAT-6': ['https://pigsty.io/docs/concept/ha/failure/passive'],
  'PAT-7': ['https://pigsty.io/docs/concept/ha/failure/active'],
  'PAT-8': ['https://pigsty.io/docs/concept/ha', 'https://doc.pigsty.io/docs/concept/ha/tradeoff'],
  'PAT-9': ['https://vonng.com/en/pg/pg-ha-sota'],
  'PAT-12': [
    'https://patroni.readthedocs.io/en/latest/standby_cluster.html',
    'https://patroni.readthedocs.io/en/latest/ha_multi_dc.html',
  ],
  'PAF-1': ['https://manpages.ubuntu.com/manpages/noble/man5/pg_autoctl.5.html'],
  'PAF-2': ['https://github.com/hapostgres/pg_auto_failover/tree/main/src/monitor'],
  'REP-1': ['https://repmgr.org/docs/current/repmgrd-basic-configuration.html'],
  'MYG-1': ['https://dev.mysql.com/doc/refman/8.4/en/group-replication-responses-failure-expel.html'],
  'MYS-1': ['https://dev.mysql.com/doc/refman/8.4/en/replication-semisync-interface.html'],
  'MDB-1': ['https://www.mongodb.com/docs/manual/core/replica-set-elections/'],
  'MDB-2': ['https://www.mongodb.com/community/forums/t/6654'],
  'RSE-1': ['https://github.com/redis/redis/blob/unstable/sentinel.conf'],
  'ETC-1': ['https://etcd.io/docs/v3.5/tuning/'],
  'CRDB-1': [
    'https://github.com/cockroachdb/cockroach/issues/81561',
    'https://github.com/cockroachdb/cockroach/issues/79494',
  ],
  'CRDB-3': ['https://www.cockroachlabs.com/docs/stable/multiregion-survival-goals'],
  'YB-1': ['https://docs.yugabyte.com/latest/explore/fault-tolerance/linux/'],
  'YB-2': ['https://github.com/yugabyte/yugabyte-db/issues/933'],
  'YB-3': ['https://docs.yugabyte.com/stable/explore/multi-region-deployments/synchronous-replication-ysql/'],
  'AWS-1': ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html'],
  'AWS-2': [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/multi-az-db-clusters-concepts-failover.html',
  ],
  'AWS-3': [AURORA_HA],
  'AWS-4': ['https://aws.amazon.com/rds/aurora/faqs/'],
  'AWS-6': [AURORA_FAILOVER_BLOG],
  'AWS-7': [AURORA_GLOBAL_DR],
  'AWS-8': [
    'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-workloads-on-aws.html',
  ],
  'AWS-9': [AURORA_GLOBAL_DR],
  'AWS-10': ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.Promote.html'],
  'AWS-11': ['https://docs.aws.amazon.com/global-accelerator/latest/api/API_EndpointGroup.html'],
  'AWS-12': ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_OnDemandDBInstances.html'],
  'AWS-13': ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Updates.ZDP.html'],
  'GCP-1': [CLOUD_SQL_HA],
  'GCP-2': ['https://cloud.google.com/alloydb/docs/high-availability'],
  'GCP-4': ['https://cloud.google.com/sql/docs/postgres/use-advanced-disaster-recovery'],
  'GCP-5': ['https://cloud.google.com/sql/docs/postgres/maintenance'],
  'AZ-1': [AZURE_PG_CONTINUITY],
  'AZ-2': [AZURE_SITE_RECOVERY_SQL],
  'AZ-3': [
    AZURE_PG_CONTINUITY,
    'https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas-promote',
  ],
  'AZ-4': ['https://learn.microsoft.com/azure/reliability/reliability-sql-database'],
  'AZ-5': ['https://learn.microsoft.com/azure/frontdoor/health-probes'],
  'CDB-1': [COSMOS_HA],
  'CDB-2': [COSMOS_HA],
  'CDB-3': [COSMOS_HA],
  'CDB-4': [COSMOS_PPAF],
  'CDB-5': [COSMOS_PPAF, COSMOS_HA],
  'DDB-1': ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html'],
  'CAS-1': ['https://docs.datastax.com/en/cassandra-oss/2.2/cassandra/dml/dmlConfigConsistency.html'],
  'RDC-1': ['https://github.com/redis/redis/blob/unstable/redis.conf'],
  'HAP-1': ['https://docs.haproxy.org/2.8/configuration.html'],
  'VRRP-1': ['https://www.rfc-editor.org/rfc/rfc5798'],
  'ALB-1': [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html',
  ],
  'R53-1': ['https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-creating-values.html'],
  'R53-2': ['https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/best-practices-dns.html'],
  'TM-1': ['https://learn.microsoft.com/azure/traffic-manager/traffic-manager-monitoring'],
  'GLB-1': ['https://cloud.google.com/sdk/gcloud/reference/compute/http-health-checks/create'],
  'DNS-1': ['https://docs.temporal.io/cloud/high-availability/secure-routing'],
  'CF-1': ['https://developers.cloudflare.com/load-balancing/monitors/'],
  'LAG-1': [AURORA_FAILOVER_BLOG],
  'LAG-2': [AURORA_HA, AURORA_GLOBAL_DR],
  'LAG-3': [AZURE_SITE_RECOVERY_SQL],
  'LAG-4': [COSMOS_HA],
  'LAG-5': ['https://how2.sh/posts/how-to-set-up-cross-region-database-replication'],
  'LAG-6': ['https://www.scaler.com'],
  'LAG-7': ['https://github.com/sorintlab/stolon/blob/master/doc/cluster_spec.md'],
  'LAG-10': ['https://www.datadoghq.com/blog/engineering/postgresql-ha-kubernetes/'],
  'COST-1': [CLOUD_SQL_HA],
  'COST-2': [COSMOS_HA],
  'COST-3': ['https://learn.microsoft.com/azure/postgresql/flexible-server/how-to-cost-optimization'],
  'DT-1': ['https://blogs.gartner.com/andrew-lerner/2014/07/16/the-cost-of-downtime/'],
  'DT-3': ['https://itic-corp.com/itic-2024-hourly-cost-of-downtime-report/'],
  'UPT-1': ['https://intelligence.uptimeinstitute.com/index.php/resource/annual-outage-analysis-2025'],
  'FR-1': ['https://www.backblaze.com/blog/backblaze-drive-stats-for-q3-2025/'],
  'FR-4': [GOOGLE_FAILURES],
  'FR-5': [
    'https://www.cherryservers.com/blog/cloud-outages',
    'https://dev.ahill.net/posts/aws-gcp-azure-incidents-2024',
  ],
  'MT-1': [AZURE_PG_CONTINUITY],
  'MT-2': [AURORA_HA, 'https://aws.amazon.com/rds/aurora/faqs/'],
  'MT-3': [COSMOS_PPAF],
  'MT-4': [GOOGLE_FAILURES],
};

/** The addresses a figure can be read at (none when the catalogue knows none). */
export function figureUrls(figure: Figure): readonly string[] {
  if (figure.url) return [figure.url];
  if (figure.id.startsWith('ART-')) return [ARTICLE];
  return SOURCE_URLS[figure.id] ?? [];
}
