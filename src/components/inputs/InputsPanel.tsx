import { memo, useDeferredValue } from 'react';
import { manualPathProbability } from '../../../models/engine';
import { SCENARIO_FIELDS, SCENARIO_GROUPS } from '../../../models/scenario/fields';
import { SCOPE_IDS } from '../../../models/types';
import { formatFractionExact } from '../../input/formatQuantity';
import { loadArithmetic } from '../../input/arithmetic';
import { useSimulation, useSimulationStore } from '../../store/useSimulation';
import { LazyDetails } from '../LazyDetails';
import { OverridesTable } from './OverridesTable';
import { InputSources } from './InputSources';
import { PresetPicker } from './PresetPicker';
import { QuantityField } from './QuantityField';
import { CheckboxField } from './CheckboxField';
import { QuotesTable } from './QuotesTable';
import { SelectField } from './SelectField';
import { TechnologyFields } from './TechnologyFields';
import './inputs.css';

const groupHelp = (path: string) => SCENARIO_GROUPS.find((g) => g.path === path)?.help;

/** A section of typed fields. */
function FieldGroup({ legend, help, paths }: { legend: string; help?: string | undefined; paths: string[] }) {
  return (
    <fieldset className="input-group">
      <legend>{legend}</legend>
      {help ? <p className="group-help">{help}</p> : null}
      <div className="field-grid">
        {paths.map((path) => (
          <QuantityField key={path} path={path} />
        ))}
      </div>
    </fieldset>
  );
}

const FIELD_LABELS = new Map(SCENARIO_FIELDS.map((f) => [f.path, f.label]));

/** "costs.monthlyBudget: 1000 per month is below …" → "Monthly budget: 1000 per month is below …". */
function readableWarning(warning: string): string {
  const colon = warning.indexOf(': ');
  if (colon < 0) return warning;
  const label = FIELD_LABELS.get(warning.slice(0, colon));
  return label ? `${label}: ${warning.slice(colon + 2)}` : warning;
}

function Warnings() {
  const warnings = useSimulation((s) => s.warnings);
  if (warnings.length === 0) return null;
  return (
    <div className="input-warnings" role="status">
      <p>Worth a second look (the simulation runs anyway):</p>
      <ul>
        {warnings.map((w) => (
          <li key={w}>{readableWarning(w)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The derived chance that automation falls to people, from the assumptions and the drills. */
function ManualPathNote() {
  const assumptions = useSimulation((s) => s.scenario.assumptions);
  const drills = useSimulation((s) => s.scenario.operations.drillsPerYear);
  const chance = manualPathProbability(assumptions, drills);
  const logged = useSimulation((s) => s.scenario.drillLog.drills.length > 0);
  return (
    <p className="group-help">
      With {drills} failover {drills === 1 ? 'drill' : 'drills'} a year, automation falls to people in{' '}
      {formatFractionExact(Number(chance.toPrecision(3)))} of failovers on average.
      {logged && ' An architecture with drills in the drill log takes the chance its drills give instead.'}
    </p>
  );
}

function SimulationGroup() {
  const store = useSimulationStore();
  return (
    <fieldset className="input-group">
      <legend>Simulation</legend>
      <p className="group-help">
        {groupHelp('simulation')} Results update as you type: a preview of up to 20,000 trials at once, the
        full run when you pause.
      </p>
      <div className="field-grid">
        <QuantityField path="simulation.seed" />
        <QuantityField path="simulation.trials" />
      </div>
      <button
        type="button"
        className="button small"
        onClick={() => store.getState().setSeed(Math.floor(Math.random() * 4_294_967_296))}
      >
        Draw a new seed
      </button>
    </fieldset>
  );
}

/**
 * Every input of the scenario, in sections: business impact, targets, budget and costs, operations, failure
 * rates, technology, then assumptions and overrides (collapsed) and the simulation's seed and trials. Each
 * field reads and writes the store; results follow as the user types.
 */
export const InputsPanel = memo(function InputsPanel() {
  // The arithmetic reader loads apart from the page, when a person first reaches for the inputs: well
  // before they have typed a sum, and never in the way of the first screen.
  const startArithmetic = () => void loadArithmetic().catch(() => undefined);
  // The first screen holds the business facts; the sections after them mount in a second, interruptible
  // render just after it is painted.
  const rest = useDeferredValue(true, false);

  return (
    <section
      className="card inputs-panel"
      aria-labelledby="inputs-heading"
      // Ctrl+Z in these fields undoes edits of the scenario (see useUndoShortcuts).
      data-undo-scope="scenario"
      onFocus={startArithmetic}
      onPointerDown={startArithmetic}
    >
      <h2 id="inputs-heading">Inputs</h2>
      <p className="lede">
        Type values in the unit you think in (90 s, 1.5 min, 95%, $336k/h): each field shows the value it
        uses. An entry that cannot be read is marked, and the last good value keeps driving the results.
      </p>
      <PresetPicker />
      <InputSources />
      <div className="field-grid">
        <QuantityField path="name" />
      </div>
      <Warnings />
      <FieldGroup
        legend="Business impact"
        help={groupHelp('business')}
        paths={[
          'business.downtimeCostPerMinute',
          'business.dataLossCostPerSecond',
          'business.plannedWindowFactor',
          'business.riskTolerance',
        ]}
      />
      <FieldGroup
        legend="Targets"
        help={groupHelp('targets')}
        paths={[
          'targets.rtoSeconds',
          'targets.rpoSeconds',
          'targets.regionRtoSeconds',
          'targets.regionRpoSeconds',
          'targets.confidence',
        ]}
      />
      <fieldset className="input-group">
        <legend>Availability objective</legend>
        <p className="group-help">
          An SLO as a contract states it: each architecture is checked month by month (or quarter by quarter),
          each window simulated on its own.
        </p>
        <div className="field-grid">
          <QuantityField path="slo.target" />
          <SelectField path="slo.window" labels={{ month: 'Each month', quarter: 'Each quarter' }} />
          <CheckboxField path="slo.excludePlannedMaintenance" />
        </div>
      </fieldset>
      <FieldGroup
        legend="Budget and costs"
        help="The monthly budget and how sure an architecture must be to stay within it; the prices every architecture is estimated from; the horizon over which totals are compared, and the currency."
        paths={[
          'costs.monthlyBudget',
          'costs.overBudgetTolerance',
          'costs.nodeMonthlyCost',
          'costs.storageMonthlyCost',
          'costs.crossRegionTransferMonthlyCost',
          'costs.engineerDayRate',
          'horizonYears',
          'currency',
        ]}
      />
      {rest && <LaterSections />}
    </section>
  );
});

/** Operations, failure rates, technology, assumptions and overrides, and the simulation's settings. */
function LaterSections() {
  return (
    <>
      <FieldGroup
        legend="Operations"
        help={groupHelp('operations')}
        paths={[
          'operations.healthCheckIntervalSeconds',
          'operations.healthCheckFailureThreshold',
          'operations.dnsTtlSeconds',
          'operations.alertLatencySeconds',
          'operations.humanResponseSeconds',
          'operations.drillsPerYear',
          'operations.backupIntervalSeconds',
        ]}
      />
      <FieldGroup
        legend="Failure rates"
        help={groupHelp('failureRates')}
        paths={SCOPE_IDS.map((scope) => `failureRates.${scope}`)}
      />
      <FieldGroup
        legend="Regional outages"
        help={groupHelp('failureDurations.regionOutage')}
        paths={['failureDurations.regionOutage.medianHours', 'failureDurations.regionOutage.p95Hours']}
      />
      <TechnologyFields />
      <LazyDetails className="input-group" summary="Prices from quotes and one-off costs">
        <QuotesTable />
      </LazyDetails>
      <LazyDetails className="input-group assumptions-details" summary="Assumptions and overrides">
        <fieldset className="input-group nested">
          <legend>Assumptions</legend>
          <p className="group-help">{groupHelp('assumptions')}</p>
          <ManualPathNote />
          <div className="field-grid">
            <QuantityField path="assumptions.manualPathAfterDrill" />
            <QuantityField path="assumptions.manualPathUntested" />
            <QuantityField path="assumptions.driftYears" />
            <QuantityField path="assumptions.syncDegradedProbability" />
          </div>
        </fieldset>
        <h3>Distribution overrides</h3>
        <OverridesTable />
      </LazyDetails>
      <SimulationGroup />
    </>
  );
}
