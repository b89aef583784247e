import { useMemo } from 'react';
import { patternEconomics } from '../../../models/engine/costs';
import { PATTERN_IDS, type PatternId } from '../../../models/types';
import { formatMoneyRange } from '../../format';
import { browserNumberLocale } from '../../input/localNumbers';
import { formatMoneyRangeEntry } from '../../input/moneyRange';
import { patternLabel } from '../../patterns';
import { moneyRangePath, type MoneyRangeMap } from '../../store/scenarioSlice';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';
import { ProvenanceNote } from './ProvenanceNote';
import { useEntry } from './useEntry';

const COLUMNS: readonly { map: MoneyRangeMap; heading: string; per: string }[] = [
  { map: 'quotes', heading: 'Monthly price from a quote', per: '/month' },
  { map: 'oneOff', heading: 'One-off cost', per: '' },
];

/** One price of one architecture: blank for the estimate, or an amount or a range from a quote. */
function PriceInput({ map, pattern, label }: { map: MoneyRangeMap; pattern: PatternId; label: string }) {
  const path = moneyRangePath(map, pattern);
  const store = useSimulationStore();
  const currency = useSimulation((s) => s.scenario.currency);
  const given = useSimulation((s) =>
    Object.hasOwn(s.scenario.costs[map], pattern) ? s.scenario.costs[map][pattern] : undefined,
  );
  // Select the scenario, then derive: a selector returning a fresh object would re-render forever.
  const scenario = useSimulation((s) => s.scenario);
  const estimate = useMemo(() => {
    const econ = patternEconomics(scenario, pattern);
    return map === 'quotes' ? econ.monthly : econ.oneOff;
  }, [scenario, pattern, map]);
  const draft = useSimulation((s) => s.drafts[path]);
  const error = useSimulation((s) => s.fieldErrors[path]);
  const edit = useEntry((text) => store.getState().setMoneyRange(map, pattern, text));
  const id = `price-${map}-${pattern}`;
  // Written so that it reads back as the same three amounts: a range is never rounded or narrowed here.
  const shown = given ? formatMoneyRangeEntry(given, currency, browserNumberLocale()) : '';
  return (
    <td>
      <input
        id={id}
        type="text"
        className="field-input"
        data-field-path={path}
        value={edit.text ?? draft ?? shown}
        placeholder={`estimate ${formatMoneyRange(estimate, currency)}`}
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => edit.change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') edit.flush();
        }}
        onBlur={edit.end}
      />
      {error ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : null}
    </td>
  );
}

/**
 * Prices from quotes: for any architecture, a monthly price or a one-off cost (one amount, or a range
 * "$8,000–$12,000", or "least / most likely / greatest") replaces the estimate from components and effort.
 * A blank field uses the estimate, shown as its placeholder.
 */
export function QuotesTable() {
  const currency = useSimulation((s) => s.scenario.currency);
  return (
    <>
      <ProvenanceNote path="costs.quotes" id="origin-costs-quotes" label="Quoted monthly prices" named />
      <ProvenanceNote path="costs.oneOff" id="origin-costs-oneOff" label="One-off costs" named />
      <div className="table-scroll">
        <table className="dist-table quotes-table">
          <caption>
            Prices in {currency}, from a quote. Leave a field blank to use the estimate shown; write one
            amount, a range such as $8,000–$12,000, or least / most likely / greatest.
          </caption>
          <thead>
            <tr>
              <th scope="col">Architecture</th>
              {COLUMNS.map((c) => (
                <th key={c.map} scope="col">
                  {c.heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PATTERN_IDS.map((pattern) => (
              <tr key={pattern}>
                <th scope="row">{patternLabel(pattern)}</th>
                {COLUMNS.map((c) => (
                  <PriceInput
                    key={c.map}
                    map={c.map}
                    pattern={pattern}
                    label={`${c.heading}, ${patternLabel(pattern)}`}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
