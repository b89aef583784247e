/**
 * The validation plan: a drill for each kind of failure through the year, how to cause it, what the
 * simulation expects and when it passes, then what to measure and which chaos and restore tests to run.
 * It lets the client prove, on their own systems, that the architecture delivers what the proposal says.
 */
import { formatDuration } from '../../format';
import type { Section } from '../model';
import type { Context } from './context';
import { drillEvidenceBlocks } from './drillEvidence';

export function validationSection(ctx: Context): Section {
  const { scenario, rec } = ctx;
  const t = scenario.targets;
  const ops = scenario.operations;
  const ordinaryPass = `RTO ≤ ${formatDuration(t.rtoSeconds)}, RPO ≤ ${formatDuration(t.rpoSeconds)}`;
  const expectOrdinary = `P95 ${formatDuration(rec.incidentRtoSeconds.p95)} down, ${formatDuration(rec.incidentRpoSeconds.p95)} lost`;
  const covered = rec.id !== 'single-node';
  const rows: string[][] = [
    [
      'Node crash',
      'Q1',
      'Stop the primary’s database process, or power off its host.',
      covered ? `Automated failover; ${expectOrdinary}` : `Restart in place; ${expectOrdinary}`,
      ordinaryPass,
    ],
    [
      'Network partition',
      'Q2',
      'Cut the primary off from clients and peers with firewall rules.',
      covered
        ? `The old primary is fenced, a replica promoted; ${expectOrdinary}`
        : 'Outage until the partition heals',
      ordinaryPass,
    ],
    [
      'Storage failure',
      'Q3',
      'Detach the primary’s volume, or fill its disk.',
      covered ? `Automated failover; ${expectOrdinary}` : 'Restore from backup',
      ordinaryPass,
    ],
    [
      'Data-center (zone) loss',
      'Q4',
      'Shut down every node in the primary’s zone at once.',
      covered
        ? `Automated failover to the other zone; ${expectOrdinary}`
        : 'Rebuild in another zone from backup',
      ordinaryPass,
    ],
    [
      'Region loss',
      'Once a year',
      rec.id === 'active-active'
        ? 'Take one region out of service and let traffic shift.'
        : rec.id === 'active-passive-dr'
          ? 'Take the primary region out of service and fail over to the standby region, as the runbook says.'
          : 'Restore from the off-site backup in another region (disaster-recovery drill).',
      `P95 ${formatDuration(rec.regionRtoSeconds.p95)} down, ${formatDuration(rec.regionRpoSeconds.p95)} lost`,
      `RTO ≤ ${formatDuration(t.regionRtoSeconds)}, RPO ≤ ${formatDuration(t.regionRpoSeconds)}`,
    ],
  ];
  return {
    id: 'validation',
    heading: 'Validation plan',
    blocks: [
      {
        kind: 'paragraph',
        text: `Run a failover drill at least once a quarter (the scenario assumes ${ops.drillsPerYear} a year), each quarter a different failure, in a staging environment that mirrors production and, once trusted, in production. Write down the measured RTO and RPO of each drill next to the targets.`,
      },
      {
        kind: 'table',
        header: ['Drill', 'When', 'How to cause it', 'Expected (simulation)', 'Pass when'],
        widths: [1.3, 0.8, 2.3, 2.3, 1.7],
        rows,
      },
      { kind: 'subheading', text: 'What to measure' },
      {
        kind: 'bullets',
        items: [
          `Actual RTO: from the injected failure to the first successful write through ${ctx.layerName}, against the ${formatDuration(t.rtoSeconds)} target.`,
          `Actual RPO: the last write acknowledged before the failure against the last one present afterwards, against the ${formatDuration(t.rpoSeconds)} target.`,
          'The time of each runbook step (detect, decide, promote, reroute) against the runbook’s means: a slow step shows where to tune.',
          `Alert delivery: the time from the failure to a person acknowledging the page (aim for 60 s or less; the scenario assumes ${formatDuration(ops.alertLatencySeconds)}).`,
        ],
      },
      { kind: 'subheading', text: 'Chaos and restore tests' },
      {
        kind: 'bullets',
        items: [
          'Chaos testing: kill nodes at random or add network latency in staging, to expose weaknesses before production does.',
          'Backup restore drills: restore to a clean environment and verify the data. A backup never restored cannot be trusted.',
          'Replication lag: track it continuously, not only in drills; rising lag is an early warning.',
          'Alert validation: confirm now and then that alerts still reach their recipients; alert pipelines break silently.',
          'Log review: after every failover, real or drilled, read the logs to see how long each step took.',
        ],
      },
      ...drillEvidenceBlocks(ctx),
    ],
  };
}
