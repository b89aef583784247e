/**
 * A scenario in one line, for the bar that stands in for the inputs when they are folded away: what the
 * client's outage and lost data cost, the targets and the confidence they are held at, the budget and the
 * horizon. Every figure through the one formatter of its concept.
 */
import type { Scenario } from '../../models/types';
import { formatDuration, formatMoneyRate, formatPercent } from '../format';
import { plainName } from './plainText';

/** The scenario's figures, each as "what: value", in the order a sizing conversation takes them. */
export function scenarioFacts(scenario: Scenario): { what: string; value: string }[] {
  const rate = (x: number, per: string) => formatMoneyRate(x, scenario.currency, per);
  const t = scenario.targets;
  const years = scenario.horizonYears;
  return [
    {
      what: 'Downtime',
      value: rate(scenario.business.downtimeCostPerMinute, 'min'),
    },
    {
      what: 'Data loss',
      value: `${rate(scenario.business.dataLossCostPerSecond, 's')} of writes`,
    },
    {
      what: 'Targets',
      value: `RTO ${formatDuration(t.rtoSeconds)}, RPO ${formatDuration(t.rpoSeconds)} in ${formatPercent(t.confidence)} of incidents`,
    },
    {
      what: 'Regional disaster',
      value: `RTO ${formatDuration(t.regionRtoSeconds)}, RPO ${formatDuration(t.regionRpoSeconds)}`,
    },
    { what: 'Budget', value: `${rate(scenario.costs.monthlyBudget, 'month')}` },
    { what: 'Horizon', value: `${years} ${years === 1 ? 'year' : 'years'}` },
  ];
}

/** "Checkout: Downtime $5,600/min · Data loss $200/s of writes · …", as plain text. */
export function scenarioSummary(scenario: Scenario): string {
  const facts = scenarioFacts(scenario).map((f) => `${f.what} ${f.value}`);
  return `${plainName(scenario.name)}: ${facts.join(' · ')}`;
}
