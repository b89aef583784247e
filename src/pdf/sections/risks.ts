/**
 * The risk register: what can still go wrong with the recommended architecture, how likely it is and what
 * it costs, from the simulation's own numbers, with the mitigation and who owns it. Rows that do not apply
 * (a quorum that survives any region, a budget never exceeded) are left out rather than filled with "n/a".
 */
import { quorumReport } from '../../../models/engine/topology';
import { formatDuration, formatNumber, formatPercent } from '../../format';
import type { Section } from '../model';
import type { Context } from './context';

export interface Risk {
  risk: string;
  likelihood: string;
  impact: string;
  mitigation: string;
  owner: string;
}

/** A yearly rate in words: "0.05 a year (about once in 20 years)". */
function perYear(rate: number): string {
  if (rate <= 0) return 'not expected';
  return rate >= 1
    ? `${formatNumber(rate)} a year`
    : `${formatNumber(rate)} a year (about once in ${formatNumber(1 / rate)} years)`;
}

export function riskRegister(ctx: Context): Risk[] {
  const { scenario, rec, m } = ctx;
  const ops = scenario.operations;
  const b = scenario.business;
  const out: Risk[] = [];
  const multiRegion = rec.id === 'active-active' || rec.id === 'active-passive-dr';
  const regionLoss =
    (rec.regionRtoSeconds.p95 / 60) * b.downtimeCostPerMinute +
    rec.regionRpoSeconds.p95 * b.dataLossCostPerSecond;

  out.push({
    risk: 'Regional outage: the whole region of the primary is lost.',
    likelihood: perYear(scenario.failureRates.region),
    impact: `P95 ${formatDuration(rec.regionRtoSeconds.p95)} down and ${formatDuration(rec.regionRpoSeconds.p95)} of writes lost: about ${m(regionLoss)}.`,
    mitigation: multiRegion
      ? 'Fail over to the second region as the runbook says; rehearse it once a year.'
      : 'Restore from the off-site backup in another region; a cross-region standby would shorten it.',
    owner: 'Incident lead',
  });

  if (rec.id !== 'single-node') {
    out.push({
      risk: 'Automation does not act (fencing refuses, the replica is too far behind, drifted configuration) and people fail over by hand.',
      likelihood: `${formatPercent(rec.manualPathShare)} of failovers`,
      impact: `Minutes instead of seconds: the page, a response in typically ${formatDuration(ops.humanResponseSeconds)}, then the manual failover.`,
      mitigation: `${ops.drillsPerYear > 0 ? `${ops.drillsPerYear} drills a year` : 'Quarterly drills'} keep the configuration tested; the runbook’s go/no-go checks.`,
      owner: 'Database operator',
    });
  } else {
    out.push({
      risk: 'Every failure of the node is an outage until it restarts, is restored or rebuilt.',
      likelihood: perYear(
        scenario.failureRates.node +
          scenario.failureRates.storage +
          scenario.failureRates.network +
          scenario.failureRates.zone,
      ),
      impact: `P95 ${formatDuration(rec.incidentRtoSeconds.p95)} down per incident.`,
      mitigation: 'Scripted restore and rebuild; alerts that page at once.',
      owner: 'Database operator',
    });
  }

  if (rec.incidentRpoSeconds.p95 > 0) {
    out.push({
      risk: 'Writes lost in a failover (replication lag, or a synchronous pair running asynchronous).',
      likelihood: `A share of failovers; P50 loss ${formatDuration(rec.incidentRpoSeconds.p50)}`,
      impact: `P95 ${formatDuration(rec.incidentRpoSeconds.p95)} of writes: ${m(rec.incidentRpoSeconds.p95 * b.dataLossCostPerSecond)}.`,
      mitigation:
        'Alert on replication lag at half the RPO target; reconcile the lost writes from the application’s logs.',
      owner: 'Database operator',
    });
  }

  out.push({
    risk: 'A logical error (a bad migration, an accidental delete) replicates like any other write.',
    likelihood: 'Not modelled by the simulation',
    impact: `Restore from backup, losing up to ${formatDuration(ops.backupIntervalSeconds)} of writes.`,
    mitigation: 'Point-in-time recovery; restore drills; migrations reviewed and reversible.',
    owner: 'Application owner',
  });

  if (rec.id === 'active-active') {
    const q = quorumReport(scenario.topology);
    if (q.fatalRegions > 0 && ctx.preset?.crossRegion?.replication !== 'async-multi-master') {
      out.push({
        risk: 'Losing the region that holds a majority of the replicas stops writes.',
        likelihood: `${formatPercent(q.lostShare)} of regional outages`,
        impact: 'Writes stop until the region returns or people recover from the survivors.',
        mitigation: 'Add a region or a witness so that no region holds a majority.',
        owner: 'Platform operator',
      });
    }
  }

  if (rec.overBudgetProbability > 0) {
    out.push({
      risk: `A month costs more than the ${m(scenario.costs.monthlyBudget)} budget.`,
      likelihood: `${formatPercent(rec.overBudgetProbability)} of months`,
      impact: `Monthly cost up to ${m(rec.monthlyInfraCost.high)}.`,
      mitigation: 'Replace the estimate with a quote; reserve capacity.',
      owner: 'Client sponsor',
    });
  }

  if (!ctx.result.recommendation.feasible) {
    out.push({
      risk: 'The architecture does not meet every target as it stands.',
      likelihood: 'Certain with the current inputs',
      impact: 'See the blockers in the executive summary.',
      mitigation: 'Apply one of the remedies of the executive summary before signing.',
      owner: 'Client sponsor',
    });
  }
  return out;
}

export function risksSection(ctx: Context): Section {
  const risks = riskRegister(ctx);
  return {
    id: 'risks',
    heading: 'Risk register',
    blocks: [
      {
        kind: 'paragraph',
        text: `What can still go wrong with ${ctx.recName}, from the simulation’s numbers: how likely, what it costs, what reduces it and who owns it.`,
      },
      {
        kind: 'table',
        header: ['Risk', 'Likelihood', 'Impact', 'Mitigation', 'Owner'],
        widths: [2.4, 1.4, 2, 2.3, 1.1],
        rows: risks.map((r) => [r.risk, r.likelihood, r.impact, r.mitigation, r.owner]),
      },
    ],
  };
}
