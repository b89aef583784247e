import type { Figure } from '../types';
import { RUNBOOK_SOURCES } from './runbooks/sources';

/**
 * Every sourced fact the catalogue uses (rows PAT-1 …) and the article's figures (rows ART-1 …), each with
 * where it was read, how it was read (confidence) and what kind of statement it is. Where a figure was read
 * at two levels (e.g. in the official documentation and in a copy) the weaker label is kept and the other
 * is named in the note.
 */

const ARTICLE = "The article: 'Build a high availability hosting workflow: step-by-step guide', 2026-04-29";
const ARTICLE_DATE = '2026-04-29';
const ARTICLE_NOTE = 'The article cites no primary source.';

/** One of the article's figures: secondhand by construction, since it names no source. */
function art(id: string, subject: string, value: string, caveat?: string): Figure {
  const note = caveat === undefined ? ARTICLE_NOTE : `${ARTICLE_NOTE} ${caveat}`;
  return { id, subject, value, source: ARTICLE, date: ARTICLE_DATE, confidence: '2nd', kind: 'claim', note };
}

const ARTICLE_FIGURES: Figure[] = [
  art('ART-1', 'Active-passive (async) RTO', '30 to 120 seconds'),
  art('ART-2', 'Active-passive (async) RPO', 'Seconds to minutes'),
  art('ART-3', 'Active-passive (async) relative cost', '~2x baseline'),
  art('ART-4', 'Active-passive (sync) RTO', '15 to 60 seconds'),
  art('ART-5', 'Active-passive (sync) RPO', 'Zero'),
  art('ART-6', 'Active-passive (sync) relative cost', '~2 to 2.5x baseline'),
  art('ART-7', 'Multi-region active-active RTO', 'Under 30 seconds'),
  art('ART-8', 'Multi-region active-active RPO', 'Near zero'),
  art(
    'ART-9',
    'Multi-region active-active relative cost',
    '~6 to 10x baseline',
    'No public source was found for 6–10x.',
  ),
  art(
    'ART-10',
    'Patroni (PostgreSQL) failover with synchronous replication',
    'Average RTO of 23 to 24 seconds, RPO=0',
    "Traced to Pigsty's computed model of its non-default `fast` preset (PAT-6, PAT-7), not a measurement.",
  ),
  art(
    'ART-11',
    'Cosmos DB per-partition failover',
    'Recovers write availability in under 2 minutes',
    'The Cosmos DB doc versions disagree: < 2 min vs < 3 min at P99 (CDB-4).',
  ),
  art('ART-12', 'YugabyteDB leader election after a node failure', 'Approximately 3 seconds'),
  art(
    'ART-13',
    'Load-balancer health-check interval',
    'Under 5 seconds (table); "5 seconds or less" (step 4)',
    'A recommendation, not a default: HAProxy 2 s, GCP 5 s, ALB and Route 53 30 s (HAP-1, GLB-1, ALB-1, R53-1).',
  ),
  art('ART-14', 'Alert delivery', 'Monitoring alerts reach the right people within 60 seconds'),
  art('ART-15', 'Failover drills', 'At least once per quarter'),
  art(
    'ART-16',
    'Implementation workflow and validation practice',
    'Seven steps: deploy primary and replicas in separate zones; configure the replication mode; deploy the cluster manager with explicit health checks and thresholds; set up the load balancer (checks every 5 s or less); monitoring and alerting with escalation; automate failover and measure a controlled failover; document and rehearse. Test failover before going live and measure actual RTO and RPO against the targets.',
  ),
];

/** Database and cluster managers, self-managed. */
const SELF_MANAGED: Figure[] = [
  {
    id: 'PAT-1',
    subject: 'Patroni loop_wait / ttl / retry_timeout defaults',
    value: '10 s (min 1) / 30 s (min 20) / 10 s (min 3); rule loop_wait + 2*retry_timeout <= ttl',
    source: 'access.crunchydata.com/documentation/patroni/latest/dynamic_configuration (Patroni docs mirror)',
    date: 'Patroni latest and 3.2.2',
    confidence: 'V-doc',
    kind: 'default',
    note: 'ttl is "the length of time before initiation of the automatic failover process".',
  },
  {
    id: 'PAT-5',
    subject:
      'Pigsty Patroni + HAProxy presets [ttl, loop, retry, start, margin, inter, fastinter, downinter, rise, fall]',
    value:
      'fast [20,5,5,15,5,1s,0.5s,1s,3,3] "rto<30s"; norm (default) [30,5,10,25,5,2s,1s,2s,3,3] "rto<45s"; safe [60,10,20,45,10,3s,1.5s,3s,3,3]; wide [120,20,30,95,15,4s,2s,4s,3,3]',
    source: 'pigsty.io/docs/concept/ha/failure/passive; Pigsty `pg_rto_plan` parameter',
    date: 'Pigsty v4.0',
    confidence: 'V-doc',
    kind: 'default',
    note: 'Project docs.',
  },
  {
    id: 'PAT-6',
    subject: 'Patroni failover, node down (Pigsty model), phase times min/avg/max',
    value:
      'Lease expiry fast 15/17/20, norm 25/27/30; replica detection 0/3/5; lock + promote 0/1/2; HAProxy check fast 1/2/2, norm 2/3/4. Total: fast 16/23/29 s; norm 27/34/41 s; safe 53/66/78 s; wide 104/127/150 s',
    source: 'pigsty.io/docs/concept/ha/failure/passive',
    date: 'Pigsty v4.0',
    confidence: 'V-doc',
    kind: 'model',
    note: 'A computed model, not measured. Formulas: lease = ttl−loop … ttl; detection 0 … loop; HAProxy = (rise−1)×fastinter … +inter.',
  },
  {
    id: 'PAT-7',
    subject: 'Patroni failover, PostgreSQL crash (Pigsty model), total min/avg/max',
    value: 'fast 1/24/29 s; norm 2/35/41 s; safe 3/61/73 s; wide 4/122/145 s',
    source: 'pigsty.io/docs/concept/ha/failure/active',
    date: 'Pigsty v4.0',
    confidence: 'V-doc',
    kind: 'model',
    note: 'A computed model, not measured.',
  },
  {
    id: 'PAT-8',
    subject: 'Pigsty default RTO / RPO',
    value:
      'RTO ≈ 45 s (≈ 30 s in older docs); RPO < 1 MB (pg_rpo = 1 MiB); "consistency-first mode" gives RPO = 0',
    source: 'pigsty.io/docs/concept/ha; doc.pigsty.io/docs/concept/ha/tradeoff',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'PAT-9',
    subject: 'Patroni observed RTO in production',
    value: '"consistently in the 20-30 second range", over dozens of real hardware failures',
    source: 'vonng.com/en/pg/pg-ha-sota',
    confidence: '2nd',
    kind: 'measurement',
    note: 'Practitioner report (the Pigsty author, bare-metal fleet).',
  },
  {
    id: 'PAF-1',
    subject: 'pg_auto_failover monitor health-check defaults',
    value: 'health_check_period 5000 ms; health_check_max_retries 2; health_check_retry_delay 2000 ms',
    source: 'manpages.ubuntu.com pg_autoctl.5 (pg_settings dump)',
    date: 'pg_auto_failover v1.6.3 / 2.x',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'PAF-2',
    subject: 'pg_auto_failover failover timers',
    value:
      'node_considered_unhealthy_timeout 20 s; primary_demote_timeout 30 s; startup_grace_period 10 s. Failover needs "node_considered_unhealthy_timeout, 20s default" plus "a full primary_demote_timeout (30s default)"',
    source: 'pg_auto_failover source (monitor GUC definitions and test comment)',
    confidence: 'V-src',
    kind: 'default',
  },
  {
    id: 'REP-1',
    subject: 'repmgrd detection defaults',
    value:
      'monitor_interval_secs 2; reconnect_attempts 6; reconnect_interval 10 s, so about 60 s before failover',
    source: 'repmgr.org/docs/current/repmgrd-basic-configuration.html',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'MYG-1',
    subject: 'MySQL Group Replication detection and expulsion',
    value:
      '5-s detection period before suspicion; member_expel_timeout default 5 s, so a member is "expelled 10 seconds after becoming unreachable. If the expelled member is the primary a new primary is elected automatically."',
    source: 'dev.mysql.com refman 8.4 group-replication-responses-failure(-expel); MySQL WL#13773',
    date: 'MySQL 8.0.21+',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'MYS-1',
    subject: 'MySQL semi-sync rpl_semi_sync_source_timeout',
    value: '10000 ms; after this timeout the source is "reverting to asynchronous replication"',
    source: 'dev.mysql.com refman 8.4/9.5 replication-semisync-interface',
    date: 'MySQL 8.4 / 9.5',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'MDB-1',
    subject: 'MongoDB replica set election',
    value:
      'electionTimeoutMillis default 10 s; "median time before a cluster elects a new primary should not typically exceed 12 seconds, assuming default replica configuration settings"',
    source: 'mongodb.com/docs/manual/core/replica-set-elections',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'MDB-2',
    subject: 'MongoDB replica set settings',
    value:
      'heartbeatIntervalMillis 2000; heartbeatTimeoutSecs 10; catchUpTimeoutMillis −1; catchUpTakeoverDelayMillis 30000',
    source: 'mongodb.com community forum t/6654 (rs.config() dump)',
    confidence: 'V-copy',
    kind: 'default',
  },
  {
    id: 'RSE-1',
    subject: 'Redis Sentinel defaults',
    value:
      'down-after-milliseconds "Default is 30 seconds"; failover-timeout "Default is 3 minutes"; needs ODOWN quorum and majority election; parallel-syncs 1',
    source: 'redis/redis sentinel.conf',
    confidence: 'V-src',
    kind: 'default',
  },
  {
    id: 'ETC-1',
    subject: 'etcd / Raft timers',
    value: 'Heartbeat 100 ms; election timeout 1000 ms (should be ≥ 10× RTT; max 50,000 ms)',
    source: 'etcd.io/docs/v3.5/tuning',
    date: 'etcd v3.5',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'CRDB-1',
    subject: 'CockroachDB lease and election',
    value:
      '"a leaseholder needs to periodically (every 4.5 seconds) extend the lease by 9 seconds"; "more than just the 9s lease timeout, although that\'s the single biggest piece"; Raft election interval 3 s randomized X…2X (up to 6 s)',
    source: 'cockroachdb/cockroach issues #81561, #79494',
    confidence: 'V-doc',
    kind: 'claim',
    note: 'Maintainer statements in issues; expiration-based leases.',
  },
  {
    id: 'YB-1',
    subject: 'YugabyteDB leader re-election after node loss',
    value: '"The entire process take takes approximately 3 seconds."',
    source: 'docs.yugabyte.com/latest/explore/fault-tolerance/linux',
    confidence: 'V-doc',
    kind: 'claim',
    note: 'Replication factor 3.',
  },
  {
    id: 'YB-2',
    subject: 'YugabyteDB leader lease',
    value: '2 s ("after leader change we could not serve reads for this time")',
    source: 'yugabyte/yugabyte-db issue #933',
    date: '2019',
    confidence: 'V-doc',
    kind: 'default',
    note: 'Maintainer statement.',
  },
];

/** Managed databases. */
const MANAGED: Figure[] = [
  {
    id: 'AWS-1',
    subject: 'RDS Multi-AZ DB instance failover (synchronous standby)',
    value: '"typically 60–120 seconds". Large transactions or long recovery can increase it.',
    source: 'docs.amazonaws.cn RDS User Guide, Concepts.MultiAZ.Failover; Concepts.MultiAZSingleStandby',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'AWS-2',
    subject: 'RDS Multi-AZ DB cluster failover (1 writer + 2 readable standbys)',
    value: '"typically under 35 seconds"; completes when both readers have applied outstanding transactions',
    source: 'RDS User Guide, multi-az-db-clusters-concepts-failover; FailoverDBCluster API reference',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'AWS-3',
    subject: 'Aurora failover with replicas (User Guide)',
    value:
      '"service is typically restored in less than 120 seconds, and often less than 60 seconds"; without a replica a new primary in "typically … less than 10 minutes"',
    source: 'awsdocs/amazon-aurora-user-guide doc_source/Concepts.AuroraHighAvailability.md',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'AWS-4',
    subject: 'Aurora failover (FAQ)',
    value:
      '"Failover typically completes within 30 seconds"; single instance "typically completes in under 15 minutes"; crash restart "less than 60 seconds in most cases"',
    source: 'Aurora FAQ copies',
    confidence: 'V-copy',
    kind: 'claim',
    note: 'Conflicts with the User Guide (< 120 s, often < 60 s; AWS-3).',
  },
  {
    id: 'AWS-6',
    subject: 'Aurora replica lag and DNS',
    value:
      'In-cluster lag "on the order of 10 to 20 milliseconds"; "typically 10 ms"; Aurora DNS zone TTL 5 s',
    source:
      'AWS News Blog "Additional Failover Control for Amazon Aurora" (thinkwithwp mirror); aws.amazon.com/jp/premiumsupport/knowledge-center/aurora-mysql-read-replicas',
    confidence: 'V-copy',
    kind: 'claim',
    note: 'Read in official documentation and in a copy.',
  },
  {
    id: 'AWS-7',
    subject: 'Aurora Global Database RPO / RTO',
    value:
      '"RTO can be in the order of minutes"; "RPO is typically measured in seconds"; unplanned = manual detach-and-promote; replication "typically < 1 s"; WA Labs: "promote a secondary region … in under a minute"',
    source:
      'awsdocs/amazon-aurora-user-guide doc_source/aurora-global-database-disaster-recovery.md; wellarchitectedlabs.com workshop_4/5-failover/5.1-aurora',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'GCP-1',
    subject: 'Cloud SQL HA (regional): mechanism and cost',
    value:
      'Synchronous replication to both zones; failover after missed heartbeats; "An HA-configured instance is charged at double the price of a standalone instance. This includes CPU, RAM, and storage."',
    source: 'cloud.google.com/sql/docs/postgres/high-availability',
    confidence: 'V-doc',
    kind: 'claim',
    note: 'The failover trigger time could not be read at the source; the ~60 s often quoted is not used here.',
  },
  {
    id: 'GCP-2',
    subject: 'AlloyDB HA failover phases',
    value:
      '"detection … may take up to 30 seconds"; database starts on the standby "usually within 30 seconds"; no data loss',
    source: 'docs.cloud.google.com/alloydb/docs/high-availability',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'AZ-1',
    subject: 'Azure Database for PostgreSQL Flexible Server, zone-redundant HA',
    value:
      '"RTO in most cases is expected to be within 60s-120s. RPO is expected to be zero"; restore from backup "few minutes up to 12 hours"',
    source: 'MicrosoftDocs/azure-docs articles/postgresql/flexible-server/concepts-business-continuity.md',
    date: '2020-09 (preview)',
    confidence: 'V-doc',
    kind: 'claim',
    note: 'An older doc.',
  },
  {
    id: 'AZ-2',
    subject: 'Azure SQL DB / SQL Server disaster recovery',
    value:
      'Active geo-replication RTO "30 seconds after failover is triggered", RPO 5 s; auto-failover groups RTO 1 h, RPO 5 s; Site Recovery RTO "typically less than 15 minutes", RPO 5 min crash-consistent',
    source: 'MicrosoftDocs/azure-docs articles/site-recovery/site-recovery-sql.md',
    date: '2023-03',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'CDB-1',
    subject: 'Cosmos DB in-region replica / zone outage',
    value: 'RTO 0, RPO 0 for a single-node outage; with availability zones RTO 0, RPO 0 for a zone outage',
    source: 'MicrosoftDocs/azure-docs articles/cosmos-db/high-availability.md',
    date: '2022-02',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'CDB-2',
    subject: 'Cosmos DB region-outage RPO by consistency level',
    value: 'Session / Consistent Prefix / Eventual: < 15 min; Bounded Staleness: K & T; Strong: 0',
    source: 'MicrosoftDocs/azure-docs articles/cosmos-db/high-availability.md',
    date: '2022-02',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'CDB-3',
    subject: 'Cosmos DB SLA and price multipliers',
    value: 'AZ price = RU/s × 1.25; multi-region = RU/s × n regions; multi-write = multi-write rate × n',
    source: 'MicrosoftDocs/azure-docs articles/cosmos-db/high-availability.md',
    date: '2022-02',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'CDB-4',
    subject: 'Cosmos DB per-partition automatic failover (PPAF) timeline, P99',
    value:
      'T0 + ~60 s heartbeats missed; T0 + ~90 s new write region elected; T0 + < 2 min writes restored; RPO 0 for Strong',
    source: 'learn.microsoft.com/…/cosmos-db/per-partition-automatic-failover (doc markdown)',
    date: 'ms.date 2026-05-15',
    confidence: 'V-doc',
    kind: 'claim',
    note: 'Doc versions disagree: the same doc\'s table says "Less than 3 minutes at P99"; another says "sub-3-minute RTO".',
  },
  {
    id: 'CDB-5',
    subject: 'Cosmos DB account-level failover RTO',
    value:
      '"Customer dependent and is usually 15–30 minutes … service managed failover can take an 1+ hour to trigger"',
    source: 'learn.microsoft.com/…/cosmos-db/per-partition-automatic-failover; high-availability.md',
    confidence: 'V-doc',
    kind: 'claim',
  },
];

/** Detection and traffic layer. */
const TRAFFIC: Figure[] = [
  {
    id: 'HAP-1',
    subject: 'HAProxy health-check defaults',
    value: 'inter 2000 ms; rise 2; fall 3. About 4–6 s to mark a backend down and 2–4 s to mark it up',
    source: 'HAProxy configuration manual; haproxy mailing list msg41959 ("inter 2s is the default")',
    confidence: 'V-copy',
    kind: 'default',
  },
  {
    id: 'VRRP-1',
    subject: 'keepalived / VRRP takeover',
    value:
      'Advertisement interval 1 s; backup takes over after 3 × advert_int + Skew_Time, Skew = (256−prio)/256 s; about 3–4 s',
    source: 'RFC 3768 / RFC 5798 (quoted on keepalived-devel); HPE and Juniper VRRP docs',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'ALB-1',
    subject: 'AWS ALB target-group health-check defaults',
    value:
      'Interval 30 s (5–300); timeout 5 s; unhealthy threshold 2; healthy threshold 5; ~35–65 s to remove a target',
    source: 'awsdocs/elb-application-load-balancers-user-guide doc_source/target-group-health-checks.md',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'R53-1',
    subject: 'Route 53 health checks',
    value:
      'Request interval 30 s (default) or 10 s (fast); FailureThreshold default 3 (1–10); default CloudWatch alarm = unhealthy for 1 min',
    source:
      'awsdocs/amazon-route53-docs health-checks-creating-values.md, dns-failover-determining-health-of-endpoints.md',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'R53-2',
    subject: 'Route 53 DNS TTL and propagation',
    value:
      'For rapid-failover records "60 or 120 seconds are common choices"; propagation "typically under one minute globally"',
    source: 'awsdocs/amazon-route53-docs doc_source/best-practices-dns.md',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'TM-1',
    subject: 'Azure Traffic Manager probing',
    value:
      'Interval 30 s (default) or 10 s (fast); tolerated failures 3; endpoint Degraded after the 4th consecutive failure, then clients follow once the DNS cache expires',
    source: 'MicrosoftDocs/azure-docs articles/traffic-manager/traffic-manager-monitoring.md',
    date: '2018-12',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'GLB-1',
    subject: 'GCP load balancer health checks (legacy HTTP(S))',
    value: 'Interval 5 s; timeout 5 s; healthy 2; unhealthy 2; so ~10 s',
    source: 'cloud.google.com/sdk/gcloud/reference/compute/http-health-checks/create',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'DNS-1',
    subject: 'DNS failover convergence (Temporal Cloud)',
    value:
      'TTL 15 s; "receiving an updated DNS record takes about twice (2x) the TTL"; clients converge "within, at most, a 30-second delay"',
    source: 'docs.temporal.io/cloud/high-availability/secure-routing',
    confidence: 'V-doc',
    kind: 'claim',
    note: 'Vendor example.',
  },
];

/** Replication lag. */
const LAG: Figure[] = [
  {
    id: 'LAG-1',
    subject: 'Aurora replica lag, in-region',
    value: '10–20 ms ("almost synchronous"); "typically 10 ms"',
    source: 'See AWS-6 (AWS News Blog mirror; AWS Knowledge Center)',
    confidence: 'V-copy',
    kind: 'claim',
    note: 'Read in official documentation and in a copy.',
  },
  {
    id: 'LAG-2',
    subject: 'Aurora cross-region replica / Global Database lag',
    value: '"generally < 1 s"; Global DB "typically < 1 s"; RPO "typically measured in seconds"',
    source: 'See AWS-6, AWS-7 (Aurora User Guide)',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'LAG-3',
    subject: 'Azure SQL active geo-replication RPO',
    value: '5 s (async)',
    source: 'See AZ-2 (MicrosoftDocs site-recovery-sql.md)',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'LAG-4',
    subject: 'Cosmos DB non-strong consistency, region loss',
    value: 'RPO < 15 min (Session / Prefix / Eventual)',
    source: 'See CDB-2 (MicrosoftDocs cosmos-db/high-availability.md)',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'LAG-5',
    subject: 'PostgreSQL streaming replication, us-east-1 → us-west-2',
    value: '"typically adds 60-80ms"; one case 45–70 ms steady state',
    source: 'how2.sh/posts/how-to-set-up-cross-region-database-replication',
    confidence: '2nd',
    kind: 'measurement',
  },
  {
    id: 'LAG-6',
    subject: 'Aurora in-region replica lag',
    value: '< 20 ms usually',
    source: 'scaler.com, cross-region read replicas',
    confidence: '2nd',
    kind: 'claim',
  },
  {
    id: 'LAG-7',
    subject: 'Failover eligibility caps (not lag measurements)',
    value: 'Patroni maximum_lag_on_failover commonly 1 MiB; Stolon maxStandbyLag 1 MiB; Pigsty pg_rpo 1 MiB',
    source:
      'EnterpriseDB Patroni benchmark configuration (maximum_lag_on_failover); sorintlab/stolon doc/cluster_spec.md; Pigsty docs (PAT-8)',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'LAG-10',
    subject: 'Async lag under zonal network latency (Datadog gameday)',
    value: 'Lag "quickly grew"; "no replica was sufficiently up to date, failover wasn\'t safe"',
    source: 'datadoghq.com/blog/engineering/postgresql-ha-kubernetes',
    confidence: '2nd',
    kind: 'measurement',
    note: 'Qualitative.',
  },
];

/** Cost multipliers and cost of downtime. */
const COSTS: Figure[] = [
  {
    id: 'COST-1',
    subject: 'Cloud SQL HA (sync, 2 zones) vs standalone',
    value: '2x (CPU, RAM, storage)',
    source: 'See GCP-1 (cloud.google.com/sql/docs/postgres/high-availability)',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'COST-2',
    subject: 'Cosmos DB zone redundancy / multi-region price',
    value:
      '×1.25 for AZs; × n regions for multi-region; multi-write at a higher "multi-region write rate × n"',
    source: 'See CDB-3 (MicrosoftDocs cosmos-db/high-availability.md)',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'COST-3',
    subject: 'Azure Database for PostgreSQL Flexible Server: HA and geo read replica cost',
    value:
      'HA "doubles your deployment costs"; "you can set up GeoReadReplica for double the cost, which offers an RTO in minutes if there was a geo-disaster"',
    source: 'MicrosoftDocs/azure-docs articles/postgresql/flexible-server/how-to-cost-optimization.md',
    date: '2024-04',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'DT-1',
    subject: 'Gartner cost of downtime',
    value: '"$5,600 p/minute, which extrapolates to well over $300K p/hour"',
    source: 'blogs.gartner.com/andrew-lerner/2014/07/16/the-cost-of-downtime/',
    date: '2014-07-16',
    confidence: 'V-doc',
    kind: 'survey',
    note: 'Analyst blog.',
  },
  {
    id: 'DT-3',
    subject: 'ITIC 2024 hourly cost of downtime survey (> 1,000 firms)',
    value:
      '> $300,000 per hour for over 90% of mid-size and large enterprises; 41% say $1M to > $5M per hour',
    source: 'itic-corp.com/itic-2024-hourly-cost-of-downtime-report',
    date: '2024',
    confidence: 'V-doc',
    kind: 'survey',
  },
];

/** Failure frequencies and repair times. */
const FAILURES: Figure[] = [
  {
    id: 'FR-1',
    subject: 'Hard-drive annualized failure rate (Backblaze fleet, ~300,000 drives)',
    value: '2024: 1.57%; lifetime 1.31% (Q3 2025); quarterly 1.36%–2.28% since 2023',
    source:
      'Backblaze Drive Stats for Q3 2025 (backblaze.com, read in a syndicated copy); Backblaze press release, 2025-11-11',
    date: '2025-11',
    confidence: 'V-copy',
    kind: 'measurement',
    note: 'Read in a copy of the official post and in the press release.',
  },
  {
    id: 'FR-4',
    subject: 'Google cluster, first year (~1,800 machines)',
    value:
      '~1,000 machine failures; ~20 rack failures (1–6 h to recover); ~1 PDU failure (~6 h); ~8 network maintenances (4 cause ~30-min connectivity loss); ~3 router failures (~1 h)',
    source: 'Jeff Dean talk notes: perspectives.mvdirona.com; datacenterknowledge.com; jjinux.com',
    date: '2008–2009',
    confidence: '2nd',
    kind: 'measurement',
    note: 'Well known, but secondhand.',
  },
  {
    id: 'FR-5',
    subject: 'Cloud provider incidents (provider-reported, service × region)',
    value:
      '2024: AWS 27 events (median 1.88 h, p95 21.8 h), Azure 13 (median 5.27 h), GCP 156 (median 3.86 h)',
    source:
      'cherryservers.com/blog/cloud-outages; dev.ahill.net/posts/aws-gcp-azure-incidents-2024; parametrixinsurance.com',
    date: '2024–2025',
    confidence: '2nd',
    kind: 'measurement',
    note: 'Third-party analyses of status pages; mostly partial, per-service incidents.',
  },
  {
    id: 'MT-1',
    subject: 'Restore from backup',
    value: 'Azure PG: "from few minutes up to 12 hours"',
    source: 'See AZ-1 (MicrosoftDocs concepts-business-continuity.md)',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'MT-2',
    subject: 'Replace a failed single instance (managed)',
    value:
      'Aurora without a replica: < 10 min (User Guide) or < 15 min (older FAQ); Azure Site Recovery VM failover < 15 min',
    source: 'See AWS-3, AWS-4, AZ-2',
    confidence: 'V-copy',
    kind: 'claim',
    note: 'Read in official documentation and in a copy.',
  },
  {
    id: 'MT-3',
    subject: 'Human-driven regional failover',
    value:
      'Cosmos account-level "usually 15–30 minutes"; service-managed "can take an 1+ hour to trigger"; Azure SQL auto-failover groups RTO 1 h',
    source: 'See CDB-5, AZ-2',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'MT-4',
    subject: 'Rack / PDU / router recovery (Google)',
    value: '1–6 h (rack), ~6 h (PDU), ~1 h (router), 1–2 days (overheating)',
    source: 'See FR-4 (Jeff Dean talk notes)',
    confidence: '2nd',
    kind: 'measurement',
  },
];

/** Newer figures: disaster-recovery standbys, global traffic layers, maintenance, surveys. */
const NEWER: Figure[] = [
  {
    id: 'AWS-8',
    subject: 'AWS disaster-recovery strategies, recovery time by tier',
    value:
      'Backup and restore: hours; pilot light: tens of minutes; warm standby: minutes; multi-site active/active: real time (cost rising in that order)',
    source: 'AWS whitepaper "Disaster Recovery of Workloads on AWS: Recovery in the Cloud" (read in a copy)',
    confidence: 'V-copy',
    kind: 'claim',
  },
  {
    id: 'AWS-9',
    subject: 'Aurora Global Database managed RPO (rds.global_db_rpo, Aurora PostgreSQL)',
    value:
      '"Valid values … range from 20 seconds to 2,147,483,647 seconds"; "Blocks the transaction if all secondary DB clusters have RPO lag times that are larger than the RPO"',
    source: 'awsdocs/amazon-aurora-user-guide doc_source/aurora-global-database-disaster-recovery.md',
    confidence: 'V-doc',
    kind: 'default',
    note: 'With the setting, a lagging secondary costs write availability instead of data.',
  },
  {
    id: 'AWS-10',
    subject: 'RDS read replica promotion',
    value:
      '"RDS reboots the DB instance before making it available. The promotion process can take several minutes or longer to complete, depending on the size of the read replica."',
    source: 'docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.Promote.html',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'AWS-11',
    subject: 'AWS Global Accelerator endpoint health checks',
    value:
      'HealthCheckIntervalSeconds "10 seconds or 30 seconds … The default value is 30"; threshold count default 3; fails open when no endpoint is healthy',
    source:
      'docs.aws.amazon.com/global-accelerator/latest/api/API_EndpointGroup.html; the threshold in the SDK documentation generated from the AWS API model',
    confidence: 'V-copy',
    kind: 'default',
    note: 'About 60–90 s to mark an endpoint down by default, 20–30 s with 10-s checks.',
  },
  {
    id: 'AWS-12',
    subject: 'RDS Multi-AZ DB instance: price and maintenance',
    value:
      '"can cost approximately twice as much due to the additional standby instance"; OS patching needs "a short Multi-AZ failover … typically less than a minute"; patching "typically once every few months"',
    source:
      'docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_OnDemandDBInstances.html; USER_UpgradeDBInstance.Maintenance.html (read in a mirror)',
    confidence: 'V-copy',
    kind: 'claim',
    note: 'Engine upgrades take the primary and the standby down together.',
  },
  {
    id: 'AWS-13',
    subject: 'Aurora zero-downtime patching',
    value:
      '"The database engine restart can cause a drop in throughput lasting for a few seconds to approximately one minute"; not for OS patches or Aurora global databases',
    source: 'docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Updates.ZDP.html',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'GCP-4',
    subject: 'Cloud SQL Enterprise Plus advanced disaster recovery',
    value:
      '"Replica failover lets you fail over your primary instance to the DR replica immediately in the event of a region failure"; switchover reverses the roles "with zero data loss"; no duration is published',
    source: 'cloud.google.com/sql/docs/postgres/use-advanced-disaster-recovery',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'GCP-5',
    subject: 'Cloud SQL planned maintenance',
    value:
      'Enterprise: "loses connectivity for less than 60 seconds on average"; "typically once every few months"; Enterprise Plus: "near-zero downtime planned maintenance"',
    source: 'cloud.google.com/sql/docs/postgres/maintenance; cloud.google.com/sql/docs/mysql/maintenance',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'AZ-3',
    subject: 'Azure Database for PostgreSQL Flexible Server: geo read replica for disaster recovery',
    value:
      'Read replicas "RTO - Minutes / RPO < 5 min" (can be "much higher"); "Promote operation is not automatic"; a forced promotion loses the lag at the time the replica is delinked',
    source:
      'MicrosoftDocs/azure-databases-docs articles/postgresql/flexible-server/concepts-business-continuity.md and concepts-read-replicas-promote.md',
    date: '2024-04-27',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'AZ-4',
    subject: 'Azure SQL Database geo failover',
    value:
      'Customer-initiated: "typically up to 60 seconds of downtime"; Microsoft-managed: "The minimum grace period is one hour … response time will likely be several hours at least"',
    source: 'MicrosoftDocs/azure-docs articles/reliability/reliability-sql-database.md',
    date: '2025-10-08',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'AZ-5',
    subject: 'Azure Front Door health probes',
    value:
      '"the default probe frequency of 30 seconds"; an origin is healthy when x of the last n probes succeed',
    source: 'MicrosoftDocs/azure-docs articles/frontdoor/health-probes.md',
    date: '2025-01-29',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'CF-1',
    subject: 'Cloudflare load-balancing monitors',
    value:
      'Interval default 60 s, timeout 5 s, retries 2; each region probed from three data centres, healthy by majority',
    source: 'Cloudflare API schema (read in a copy); cloudflare/cloudflare-docs load-balancing partials',
    confidence: 'V-copy',
    kind: 'default',
  },
  {
    id: 'RDC-1',
    subject: 'Redis Cluster failure detection',
    value:
      'cluster-node-timeout 15000 ms; a replica does not fail over if out of contact with its master for longer than node-timeout × cluster-replica-validity-factor (10) + repl-ping-replica-period',
    source: 'redis/redis redis.conf',
    confidence: 'V-src',
    kind: 'default',
  },
  {
    id: 'DDB-1',
    subject: 'DynamoDB global tables (multi-Region eventual consistency)',
    value:
      'Changes replicate "typically within a second or less", with no SLA on it; no global endpoint (traffic is routed to another Region); each write billed once per replica Region; designed for 99.999% availability',
    source:
      'docs.aws.amazon.com/amazondynamodb/latest/developerguide (global tables, billing); AWS Prescriptive Guidance on global tables (read in a translation and a mirror)',
    confidence: 'V-copy',
    kind: 'claim',
  },
  {
    id: 'PAT-12',
    subject: 'Patroni standby cluster in a second data centre',
    value:
      '"you can MANUALLY promote the standby_cluster"; "Automatic promotion is not possible, because DC2 will never able to figure out the state of DC1"; promote by "removing standby_cluster section from the dynamic configuration"',
    source: 'patroni/patroni docs/standby_cluster.rst, docs/ha_multi_dc.rst',
    confidence: 'V-doc',
    kind: 'claim',
    note: 'Make sure the source cluster is down first (STONITH), or both sides take writes.',
  },
  {
    id: 'CAS-1',
    subject: 'Cassandra failure detection and consistency',
    value:
      'Gossip every second; phi accrual phi_convict_threshold 8; LOCAL_QUORUM answers from a quorum of the local data centre without waiting on the others',
    source: 'docs.datastax.com (Cassandra failure detection; read consistency levels)',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'CRDB-3',
    subject: 'CockroachDB region survival',
    value:
      'REGION survival: "2 voting replicas in the home region, and 3 voting replicas in non-home regions"; "At least three database regions are required to survive region failures"; ZONE survival is the default',
    source: 'cockroachlabs.com/docs/stable/multiregion-survival-goals',
    confidence: 'V-doc',
    kind: 'default',
  },
  {
    id: 'YB-3',
    subject: 'YugabyteDB synchronous multi-region',
    value:
      '"a minimum of three nodes are replicated across three regions with a replication factor (RF) of 3. In the event of a region failure, the universe continues to serve data requests from the remaining regions"',
    source: 'docs.yugabyte.com/stable/explore/multi-region-deployments/synchronous-replication-ysql',
    confidence: 'V-doc',
    kind: 'claim',
  },
  {
    id: 'UPT-1',
    subject: 'Uptime Institute annual outage analysis 2025',
    value:
      '54% say their most recent significant outage cost more than $100,000, "one in five saying that their most recent outage cost more than $1 million"',
    source: 'intelligence.uptimeinstitute.com/index.php/resource/annual-outage-analysis-2025',
    date: '2025-05',
    confidence: 'V-doc',
    kind: 'survey',
    note: 'From the 2024 survey; the report says outage data "should be treated skeptically".',
  },
];

export const FIGURES: readonly Figure[] = [
  ...SELF_MANAGED,
  ...MANAGED,
  ...TRAFFIC,
  ...LAG,
  ...COSTS,
  ...FAILURES,
  ...NEWER,
  ...ARTICLE_FIGURES,
  ...RUNBOOK_SOURCES,
];

const BY_ID = new Map(FIGURES.map((f) => [f.id, f]));

export function figureById(id: string): Figure | undefined {
  return BY_ID.get(id);
}
