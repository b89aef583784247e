/**
 * The executive summary: the page a decision-maker reads if they read one. The recommendation and why
 * (or, when nothing is feasible, the closest architecture with its blockers and remedies), what it costs
 * and delivers in money, availability and recovery times, and plainly what it protects against and what
 * it does not.
 */
import { benchmarkSet } from '../../../models/catalogue/index';
import { quorumReport } from '../../../models/engine/topology';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatMoneyRange,
  formatPercent,
} from '../../format';
import { recommendationReasons, remedyText } from '../../report/findings';
import type { Block, Section } from '../model';
import type { Context } from './context';
import { cleanText } from './text';

/** What the recommended pattern survives by itself, and what it does not, with the regional numbers. */
export function protection(ctx: Context): { protects: string[]; not: string[] } {
  const { scenario, rec } = ctx;
  const t = scenario.targets;
  const ops = scenario.operations;
  const ordinary = `P95 outage ${formatDuration(rec.incidentRtoSeconds.p95)} per incident against the ${formatDuration(t.rtoSeconds)} RTO target`;
  const region = `P95 ${formatDuration(rec.regionRtoSeconds.p95)} down and ${formatDuration(rec.regionRpoSeconds.p95)} of writes lost (targets ${formatDuration(t.regionRtoSeconds)} and ${formatDuration(t.regionRpoSeconds)})`;
  const manual = `Automation falls to people in ${formatPercent(rec.manualPathShare)} of failovers (configuration drift since the last drill); those take minutes rather than seconds, and the ${ops.drillsPerYear} drill${ops.drillsPerYear === 1 ? '' : 's'} a year keep that share low.`;
  const logical =
    'Logical errors (a bad migration, an accidental delete, corrupt writes) replicate like any other write: only a restore from backup undoes them.';

  switch (rec.id) {
    case 'single-node':
      return {
        protects: [
          'A node crash: the node restarts in place and no data is lost, since the disk survives.',
          `Data: backups every ${formatDuration(ops.backupIntervalSeconds)} to off-site storage, so a lost volume, zone or region can be restored, losing up to ${formatDuration(ops.backupIntervalSeconds)} of writes.`,
        ],
        not: [
          `No incident is handled automatically: every node crash, storage failure, network partition and zone outage is an outage until the node restarts or is restored or rebuilt (${ordinary}).`,
          `A regional disaster means a rebuild in another region from the off-site backup: ${region}.`,
          'Logical errors (a bad migration, an accidental delete, corrupt writes): a restore from backup undoes them, losing the writes since that backup.',
        ],
      };
    case 'active-passive-async':
    case 'active-passive-sync': {
      const loss =
        rec.id === 'active-passive-async'
          ? `Data lost per incident is the replication lag at the moment of failure: P95 ${formatDuration(rec.incidentRpoSeconds.p95)} against the ${formatDuration(t.rpoSeconds)} RPO target.`
          : `No committed data is lost, except when the pair had fallen back to asynchronous replication (assumed for ${formatPercent(scenario.assumptions.syncDegradedProbability)} of failures): P95 loss ${formatDuration(rec.incidentRpoSeconds.p95)} against the ${formatDuration(t.rpoSeconds)} RPO target.`;
      return {
        protects: [
          `Node crash, storage failure, network partition and zone outage: automated failover to the standby in another zone by ${ctx.presetName} (${ordinary}).`,
          loss,
        ],
        not: [
          `A regional disaster: the standby shares the primary's region, so service returns only after a restore from the off-site backup in another region: ${region}.`,
          manual,
          logical,
        ],
      };
    }
    case 'active-passive-dr': {
      const cross = ctx.preset?.crossRegion;
      const who =
        cross?.decidedBy === 'people'
          ? 'people declare the regional disaster and promote the standby in the second region'
          : `${ctx.presetName} fails over to the second region by itself`;
      return {
        protects: [
          `Node crash, storage failure, network partition and zone outage: automated failover within the region by ${ctx.presetName} (${ordinary}).`,
          `A regional disaster: ${who}, and ${ctx.globalName} moves clients there; ${region}.`,
          cross?.replication === 'sync'
            ? 'Writes reach the second region before they are acknowledged, so a regional failover loses nothing.'
            : `A regional failover loses the standby's replication lag (P95 ${formatDuration(rec.regionRpoSeconds.p95)}).`,
        ],
        not: [
          manual,
          logical,
          'A fault common to both regions (a bad release or configuration pushed to both, a provider-wide outage) is not covered by the standby.',
        ],
      };
    }
    case 'active-active': {
      const cross = ctx.preset?.crossRegion;
      const asyncLayer = cross?.replication === 'async-multi-master';
      const t = scenario.topology;
      const quorum = quorumReport(t);
      const topology =
        !asyncLayer && quorum.fatalRegions > 0
          ? `With replication factor ${t.replicationFactor} across ${t.activeActiveRegions} regions${t.witnessRegion ? ' and a witness region' : ''}, losing a region that holds a majority of the replicas stops writes (in ${formatPercent(quorum.lostShare)} of regional outages) until the region returns or people recover from the survivors.`
          : null;
      return {
        protects: [
          `Every failure scope, including a regional disaster: ${ctx.globalName} shifts the lost region's clients to the others; ${region}.`,
          `Node crash, storage failure, network partition and zone outage: the data layer, ${ctx.presetName}, recovers within the region (${ordinary}).`,
          asyncLayer
            ? `Committed data survives in-region incidents; a regional disaster loses the cross-region replication lag (P95 ${formatDuration(rec.regionRpoSeconds.p95)}).`
            : 'Committed writes are on a majority of voting replicas, so no committed data is lost while a majority survives.',
        ],
        not: [
          ...(topology ? [topology] : []),
          manual,
          logical,
          'A fault common to every region (a bad release or configuration pushed everywhere, a provider-wide outage) is not covered by the other regions.',
        ],
      };
    }
  }
}

export function summarySection(ctx: Context): Section {
  const { scenario, result, rec, m } = ctx;
  const r = result.recommendation;
  const blocks: Block[] = [];
  if (r.feasible) {
    blocks.push({
      kind: 'paragraph',
      tone: 'strong',
      text: `We recommend ${ctx.recName} for ${cleanText(scenario.name, 120)}: it meets every recovery target within the ${m(scenario.costs.monthlyBudget)} monthly budget at the lowest expected total cost over ${scenario.horizonYears} ${scenario.horizonYears === 1 ? 'year' : 'years'} of the ${result.patterns.length} architectures simulated.`,
    });
    blocks.push({ kind: 'subheading', text: 'Why this architecture' });
    blocks.push({ kind: 'bullets', items: recommendationReasons(r, ctx.wording).slice(0, 5) });
  } else {
    blocks.push({
      kind: 'paragraph',
      tone: 'strong',
      text: `No architecture meets every target within budget for ${cleanText(scenario.name, 120)}. The closest is ${ctx.recName}; the blockers and what would remove them follow.`,
    });
    blocks.push({ kind: 'subheading', text: 'Blockers' });
    blocks.push({ kind: 'bullets', items: recommendationReasons(r, ctx.wording).slice(1) });
    blocks.push({ kind: 'subheading', text: 'Remedies' });
    blocks.push({
      kind: 'bullets',
      items:
        r.remedies.length > 0
          ? r.remedies.map((remedy) => remedyText(remedy, ctx.wording))
          : ['Relax the targets or raise the budget.'],
    });
  }

  blocks.splice(1, 0, {
    kind: 'paragraph',
    tone: 'muted',
    text: `Figures from ${formatCount(result.trials)} simulated years per architecture (seed ${result.seed}, ${benchmarkSet(scenario.benchmarkSet).name.toLowerCase()}). P50 and P95 are the median and the 95th percentile.`,
  });
  const years = scenario.horizonYears;
  blocks.push({ kind: 'subheading', text: 'What it costs and what it delivers' });
  blocks.push({
    kind: 'keyValue',
    items: [
      {
        key: 'Infrastructure per month',
        value: `${m(rec.monthlyInfraCost.expected)} expected (${formatMoneyRange(rec.monthlyInfraCost, ctx.scenario.currency)}); budget ${m(scenario.costs.monthlyBudget)}, ${formatPercent(rec.overBudgetProbability)} chance a month costs more`,
      },
      {
        key: 'One-off (implementation, migration)',
        value: `${m(rec.oneOffCost.expected)} expected (${formatMoneyRange(rec.oneOffCost, ctx.scenario.currency)})`,
      },
      { key: 'Infrastructure per year', value: m(rec.annualCostBreakdown.infrastructure) },
      {
        key: 'Planned maintenance per year',
        value: `${formatDuration(rec.maintenanceMinutesPerYear * 60)} of planned downtime, costing ${m(rec.annualCostBreakdown.maintenance)}`,
      },
      {
        key: 'Expected losses per year',
        value: `${m(rec.annualLoss.mean)} (downtime ${m(rec.annualCostBreakdown.downtime)}, data loss ${m(rec.annualCostBreakdown.dataLoss)}); P95 year ${m(rec.annualLoss.p95)}`,
      },
      {
        key: 'Expected total per year',
        value: `${m(rec.annualTotalCost.mean)}; P95 year ${m(rec.annualTotalCost.p95)}`,
      },
      {
        key: `Expected total over ${years} year${years === 1 ? '' : 's'}`,
        value: `${m(rec.horizonTotalCost.mean)} (95% interval ${m(rec.convergence.low)}–${m(rec.convergence.high)}); P95 ${m(rec.horizonTotalCost.p95)}`,
      },
      {
        key: 'Expected availability',
        value: `${formatAvailability(rec.availability)} (incidents); ${formatAvailability(rec.availabilityWithMaintenance)} with planned maintenance`,
      },
      {
        key: 'Expected downtime per year',
        value: `${formatDuration(rec.annualDowntimeMinutes.mean * 60)} (P95 year ${formatDuration(rec.annualDowntimeMinutes.p95 * 60)})`,
      },
      {
        key: 'Outage per ordinary incident',
        value: `P50 ${formatDuration(rec.incidentRtoSeconds.p50)}, P95 ${formatDuration(rec.incidentRtoSeconds.p95)} (RTO target ${formatDuration(scenario.targets.rtoSeconds)})`,
      },
      {
        key: 'Data lost per ordinary incident',
        value: `P50 ${formatDuration(rec.incidentRpoSeconds.p50)}, P95 ${formatDuration(rec.incidentRpoSeconds.p95)} (RPO target ${formatDuration(scenario.targets.rpoSeconds)})`,
      },
      {
        key: 'Regional disaster',
        value: `P95 ${formatDuration(rec.regionRtoSeconds.p95)} down, ${formatDuration(rec.regionRpoSeconds.p95)} of writes lost (targets ${formatDuration(scenario.targets.regionRtoSeconds)} and ${formatDuration(scenario.targets.regionRpoSeconds)})`,
      },
    ],
  });

  const { protects, not } = protection(ctx);
  blocks.push({ kind: 'subheading', text: 'What it protects against' });
  blocks.push({ kind: 'bullets', items: protects });
  blocks.push({ kind: 'subheading', text: 'What it does not protect against' });
  blocks.push({ kind: 'bullets', items: not });
  return { id: 'summary', heading: 'Executive summary', blocks };
}
