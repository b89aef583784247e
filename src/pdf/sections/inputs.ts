/**
 * Inputs and targets: everything the recommendation rests on, as the client gave it or accepted it. The
 * cost of downtime and lost data, the budget, the recovery targets, how operations run, how often each
 * kind of failure happens and which technologies were compared, so the client can check them and see
 * what would change the answer.
 */
import { benchmarkSet, technology, trafficLayer } from '../../../models/catalogue/index';
import { formatDuration, formatPercent, formatNumber } from '../../format';
import type { ScopeId } from '../../../models/types';
import { SCOPE_IDS } from '../../../models/types';
import type { Section } from '../model';
import type { Context } from './context';
import { cleanText } from './text';

/** Each failure scope as the client would name it. */
const SCOPE_WORDS: Record<ScopeId, string> = {
  node: 'Node crash',
  storage: 'Storage failure',
  network: 'Network partition',
  zone: 'Zone (data-center) outage',
  region: 'Region outage',
};

export function inputsSection(ctx: Context): Section {
  const { scenario, m } = ctx;
  const t = scenario.targets;
  const ops = scenario.operations;
  const tech = scenario.technology;
  const name = (id: string) => technology(id)?.name ?? id;
  const layer = (id: string) => trafficLayer(id)?.name ?? id;
  return {
    id: 'inputs',
    heading: 'Inputs and targets',
    blocks: [
      {
        kind: 'paragraph',
        text: `${cleanText(scenario.name, 120)}: ${cleanText(scenario.description, 400)} Money in ${scenario.currency}.`,
      },
      { kind: 'subheading', text: 'Business impact and budget' },
      {
        kind: 'keyValue',
        items: [
          { key: 'Downtime cost', value: `${m(scenario.business.downtimeCostPerMinute)} per minute` },
          {
            key: 'Data-loss cost',
            value: `${m(scenario.business.dataLossCostPerSecond)} per second of lost writes`,
          },
          { key: 'Infrastructure budget', value: `${m(scenario.costs.monthlyBudget)} per month` },
          {
            key: 'Over-budget tolerance',
            value: `at most a ${formatPercent(scenario.costs.overBudgetTolerance)} chance that a month costs more`,
          },
          { key: 'Node cost', value: `${m(scenario.costs.nodeMonthlyCost)} per month (one database node)` },
          {
            key: 'Storage cost',
            value: `${m(scenario.costs.storageMonthlyCost)} per month (one copy of the data)`,
          },
          {
            key: 'Cross-region transfer',
            value: `${m(scenario.costs.crossRegionTransferMonthlyCost)} per month (one copy of the writes)`,
          },
          { key: 'Engineer day rate', value: `${m(scenario.costs.engineerDayRate)} per person-day` },
          { key: 'Cost horizon', value: `${scenario.horizonYears} years` },
        ],
      },
      { kind: 'subheading', text: 'Targets' },
      {
        kind: 'keyValue',
        items: [
          {
            key: 'RTO, ordinary incidents',
            value: `${formatDuration(t.rtoSeconds)} (node, storage, network, zone)`,
          },
          {
            key: 'RPO, ordinary incidents',
            value: `${formatDuration(t.rpoSeconds)} (node, storage, network, zone)`,
          },
          { key: 'RTO, regional disaster', value: formatDuration(t.regionRtoSeconds) },
          { key: 'RPO, regional disaster', value: formatDuration(t.regionRpoSeconds) },
          { key: 'Confidence', value: `${formatPercent(t.confidence)} of incidents must meet each target` },
        ],
      },
      { kind: 'subheading', text: 'Operations' },
      {
        kind: 'keyValue',
        items: [
          { key: 'Health-check interval', value: formatDuration(ops.healthCheckIntervalSeconds) },
          { key: 'Failed checks before down', value: String(ops.healthCheckFailureThreshold) },
          { key: 'DNS TTL', value: formatDuration(ops.dnsTtlSeconds) },
          { key: 'Alert latency', value: formatDuration(ops.alertLatencySeconds) },
          { key: 'Typical human response', value: formatDuration(ops.humanResponseSeconds) },
          { key: 'Failover drills per year', value: String(ops.drillsPerYear) },
          { key: 'Backup interval', value: formatDuration(ops.backupIntervalSeconds) },
        ],
      },
      { kind: 'subheading', text: 'Failure rates' },
      {
        kind: 'keyValue',
        items: SCOPE_IDS.map((scope) => {
          const rate = scenario.failureRates[scope];
          return {
            key: SCOPE_WORDS[scope],
            value:
              rate > 0
                ? `${formatNumber(rate)} per year (${rate === 1 ? 'about once a year' : `about once every ${formatNumber(1 / rate)} years`})`
                : 'never',
          };
        }),
      },
      { kind: 'subheading', text: 'Technology' },
      {
        kind: 'keyValue',
        items: [
          { key: 'Benchmark set', value: benchmarkSet(scenario.benchmarkSet).name },
          { key: 'Active-passive, async', value: name(tech.activePassiveAsync) },
          { key: 'Active-passive, sync', value: name(tech.activePassiveSync) },
          { key: 'Active-active data layer', value: name(tech.activeActive) },
          { key: 'Traffic layer in a region', value: layer(tech.trafficLayer) },
          { key: 'Traffic between regions', value: layer(tech.globalTrafficLayer) },
        ],
      },
    ],
  };
}
