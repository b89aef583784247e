/**
 * The charts: the six figures of the results, two to a page, each with a caption that says what to read
 * in it and the recommended architecture's own number, so a chart makes sense to a client who never saw
 * the app. The charts themselves are drawn from the app's components (see `../charts.ts`); this section
 * only places them and writes their titles and captions.
 */
import { patternName } from '../../../models/patterns';
import { formatDuration } from '../../format';
import type { Section } from '../model';
import type { Context } from './context';

export function chartsSection(ctx: Context): Section {
  const { scenario, result, rec, m } = ctx;
  const t = scenario.targets;
  const crossings = result.breakEven
    .filter((b) => b.from === rec.id || b.to === rec.id)
    .map((b) => {
      const other = b.from === rec.id ? b.to : b.from;
      return b.downtimeCostPerMinute === null
        ? `${patternName(other)}: never equal`
        : `${patternName(other)}: equal at ${m(b.downtimeCostPerMinute)}/min`;
    });
  return {
    id: 'charts',
    heading: 'Charts',
    blocks: [
      {
        kind: 'chart',
        chart: 'cost',
        title: 'Expected cost per year',
        caption: `Expected cost per year over the ${result.horizonYears}-year horizon of each architecture: infrastructure, the one-off cost spread over the years, planned maintenance, downtime and data loss (${ctx.cur} per year). The line under each bar runs to the infrastructure budget, which limits infrastructure alone. ${ctx.recName}: ${m(rec.horizonTotalCost.mean / result.horizonYears)} a year.`,
      },
      {
        kind: 'chart',
        chart: 'rto',
        title: 'Outage per incident (RTO)',
        caption: `Outage per ordinary incident: the share of incidents recovered within a given time. RTO target ${formatDuration(t.rtoSeconds)}; ${ctx.recName} P95 ${formatDuration(rec.incidentRtoSeconds.p95)}.`,
      },
      { kind: 'pageBreak' },
      {
        kind: 'chart',
        chart: 'rpo',
        title: 'Data lost per incident (RPO)',
        caption: `Data lost per ordinary incident: the share of incidents losing at most a given amount of writes. RPO target ${formatDuration(t.rpoSeconds)}; ${ctx.recName} P95 ${formatDuration(rec.incidentRpoSeconds.p95)}.`,
      },
      {
        kind: 'chart',
        chart: 'loss',
        title: 'Annual loss exceedance',
        caption: `Loss exceedance: the chance that a year's downtime and data-loss cost exceeds a given amount. ${ctx.recName}: expected ${m(rec.annualLoss.mean)}, P95 ${m(rec.annualLoss.p95)}.`,
      },
      { kind: 'pageBreak' },
      {
        kind: 'chart',
        chart: 'timeline',
        title: 'Where the outage time goes',
        caption:
          'Mean time per ordinary incident (node, storage, network, zone) in each phase: detection, decision, promotion, traffic reroute, the manual path when automation does not act, and recovery without failover. A regional disaster is not in the bars: its mean outage is listed under them.',
      },
      {
        kind: 'chart',
        chart: 'break-even',
        title: 'Break-even downtime cost',
        caption: `Expected annual total as the downtime cost per minute varies; where two lines cross, the architectures cost the same. This scenario: ${m(scenario.business.downtimeCostPerMinute)}/min. ${ctx.recName} against ${crossings.join('; ')}.`,
      },
    ],
  };
}
