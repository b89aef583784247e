import { BLOCK_TRIALS } from './engine/runBlocks';
import { CONVERGENCE_TOLERANCE, MINUTES_PER_YEAR } from './engine/summarize';

/**
 * The model in plain words, shown in the app's methodology panel, the PDF and the README.
 * Each section is a heading and paragraphs of plain text (no markup).
 */
export interface MethodologySection {
  heading: string;
  paragraphs: string[];
}

export const METHODOLOGY: readonly MethodologySection[] = [
  {
    heading: 'What is compared',
    paragraphs: [
      'Four architectures, always side by side: a single node with backups (the baseline every cost is relative to); active-passive with asynchronous replication; active-passive with synchronous replication; and multi-region active-active.',
      'Each trial is one simulated year. The same incidents strike all four architectures in a trial (common random numbers), so differences between them come from the architectures, not from luck.',
    ],
  },
  {
    heading: 'Incidents',
    paragraphs: [
      'Incidents arrive as independent Poisson processes, one per scope: node crash, storage loss, network partition, zone outage and region outage, each at the yearly rate entered under Failure rates. Rates without a public source are labelled as assumptions.',
      'Active-passive covers node, storage, network and zone incidents by automated failover; its standby shares the primary’s region, so a regional disaster falls to disaster recovery from the off-site backup. Active-active covers every scope by shifting traffic. A single node covers nothing: it restarts, restores or is rebuilt.',
    ],
  },
  {
    heading: 'One failover',
    paragraphs: [
      'An automated failover lasts detection + decision (election, lock or lease) + promotion + traffic reroute. The first three come from the chosen technology preset, each a distribution with its source. The reroute comes from the traffic layer: a health check every i seconds that marks a target down after f failures takes between (f − 1)·i and f·i seconds, since the failure lands at a random point of the check cycle; DNS-based layers add the remaining TTL of cached records. Detection speed is part of the RTO.',
      'Sometimes automation does not act (fencing refuses, the replica is too far behind, quorum is lost, the configuration drifted). Then people take over: alert latency + human response + a manual promotion + the reroute. The chance of this manual path grows with the time since the last failover drill, from its value right after a drill towards its value for an untested setup (both assumptions you can edit): p(t) = a + (u − a)(1 − e^(−t/τ)), averaged over the drill interval.',
    ],
  },
  {
    heading: 'Recovery without failover',
    paragraphs: [
      'A scope an architecture does not cover goes to its recovery path: restart in place (node), restore from backup (storage), wait for the partition to heal (network), or rebuild in another zone or region from the off-site backup. A person is paged first for the paths that need one.',
    ],
  },
  {
    heading: 'Data loss (RPO)',
    paragraphs: [
      'Asynchronous replication loses the replication lag at the moment of failure, a heavy-tailed draw (median well under a second, tail of minutes). Synchronous replication loses nothing, except in the rare window when the standby was down and the primary had fallen back to asynchronous (an assumption you can edit). A consensus data layer loses no committed data; an asynchronous multi-master one loses its cross-region lag in a regional disaster. A restore from backup loses the writes since the last backup, uniformly between 0 and the backup interval.',
    ],
  },
  {
    heading: 'Money',
    paragraphs: [
      'Infrastructure per month is the single-node baseline times the architecture’s cost multiplier, a range (low, expected, high) from the benchmark set. Each incident costs its outage minutes times the downtime cost per minute plus its lost seconds of writes times the data-loss cost per second. A year’s total cost is twelve months of expected infrastructure plus the year’s losses.',
      `Availability is 1 − expected downtime / year, with a year of 365.25 days (${Math.round(MINUTES_PER_YEAR).toLocaleString('en-US')} minutes; 99.99% leaves 52.6 minutes).`,
    ],
  },
  {
    heading: 'Statistics',
    paragraphs: [
      'Expected annual downtime, loss and total use the compound-Poisson identity: the expected yearly figure is the sum over scopes of rate × mean per incident, estimated from the simulated incidents. This removes the noise of the yearly incident counts. Percentiles (P50, P95, P99) of incidents and years come from log-linear histograms whose bins span under 0.8% of their value, so a percentile is exact to about ±0.4%.',
      `A run is converged when the 95% interval of every architecture’s expected annual total is within ±${CONVERGENCE_TOLERANCE * 100}% of it; otherwise the interval is shown and more trials are advised.`,
      `Trials are grouped in blocks of ${BLOCK_TRIALS.toLocaleString('en-US')}, each with its own random streams derived from the seed (xoshiro128**): one for how many incidents strike each year, and one for each architecture's draws, so a change to one input moves only the draws that depend on it. The same scenario and seed give the same numbers in the browser, the command line and the tests, however the blocks are spread over workers.`,
    ],
  },
  {
    heading: 'Targets and the recommendation',
    paragraphs: [
      'An architecture meets a target when at least the confidence level (e.g. 95%) of the simulated incidents of those scopes meet it: RTO and RPO for ordinary incidents, and a separate pair for a regional disaster. It is feasible when it meets all four and its expected monthly infrastructure cost fits the budget.',
      'The recommendation is the feasible architecture with the lowest expected annual total cost; a tie goes to the lower P95. When none is feasible, the closest one is named with exactly what blocks it and what change would lift the block. The break-even downtime cost of two architectures is the cost per minute at which their expected totals are equal; the totals are linear in it, so it is exact from the simulated means.',
    ],
  },
];
