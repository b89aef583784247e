import type { AssumptionValue } from '../../models/sources';
import type { CountRange } from '../../models/types';
import { SCOPE_IDS } from '../../models/types';
import { formatDist, formatDuration, formatNumber, formatPercent } from './index';

/** A count range in words: "2" or "2.3–3 (most likely 2.6)". */
function countRange(r: CountRange): string {
  if (r.low === r.high) return formatNumber(r.low);
  return `${formatNumber(r.low)}–${formatNumber(r.high)} (most likely ${formatNumber(r.mostLikely)})`;
}

/** An assumption's value in words, for the sources panel and the PDF. */
export function formatAssumption(value: AssumptionValue): string {
  switch (value.kind) {
    case 'dist':
      return formatDist(value.dist);
    case 'units': {
      const u = value.units;
      const parts = [`${countRange(u.nodes)} nodes`, `${countRange(u.storageCopies)} copies of the data`];
      if (u.crossRegionCopies > 0)
        parts.push(`${formatNumber(u.crossRegionCopies)} cross-region copies of the writes`);
      if (u.premium.high > 0) parts.push(`a premium of ${countRange(u.premium)} on the nodes`);
      return parts.join(', ');
    }
    case 'maintenance':
      return value.eventsPerYear === 0
        ? 'none'
        : `${formatNumber(value.eventsPerYear)} a year, ${formatDuration(value.secondsPerEvent)} each`;
    case 'effort':
      return `${countRange(value.days)} person-days`;
    case 'region-outage':
      return `lognormal, median ${formatDuration(value.medianHours * 3600)}, 95th percentile ${formatDuration(value.p95Hours * 3600)} (at most 30 days)`;
    case 'rates':
      return SCOPE_IDS.map((s) => `${s} ${formatNumber(value.rates[s])}`).join(', ');
    case 'manual-path':
      return (
        `${formatPercent(value.afterDrill)} right after a drill, growing to ${formatPercent(value.untested)} untested ` +
        `(time constant ${formatNumber(value.driftYears)} years); ${formatPercent(value.average)} on average with ` +
        `${formatNumber(value.drillsPerYear)} drills a year`
      );
    case 'fraction':
      return formatPercent(value.value);
  }
}
