/**
 * Whatever the validator accepts, the app can show: every chart, table, card, report and formatter renders
 * without throwing. Values are drawn from the field table itself (models/scenario/fields.ts), each field
 * by its own bounds with the edges favoured (0, the smallest non-zero value, values next to an exclusive
 * bound, the largest), so a field added to the table later is covered without touching this test.
 */
import fc from 'fast-check';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BENCHMARK_SETS, TRAFFIC_LAYERS } from '../../models/catalogue/index';
import { DISTRIBUTION_IDS } from '../../models/engine/distributionIds';
import { simulate } from '../../models/engine/index';
import { checkCatalogueId } from '../../models/scenario/catalogueCheck';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import {
  MONEY_RANGE_FIELDS,
  OVERRIDES_FIELD,
  SCENARIO_FIELDS,
  type FieldSpec,
} from '../../models/scenario/fields';
import { checkLeaf } from '../../models/scenario/leafCheck';
import { parseScenario } from '../../models/scenario/validate';
import { PATTERN_IDS, type BenchmarkSetId, type Scenario } from '../../models/types';
import { BreakEvenChart } from '../../src/charts/BreakEvenChart';
import { CompareTotalsChart } from '../../src/charts/CompareTotalsChart';
import { CostStackChart } from '../../src/charts/CostStackChart';
import { FailoverTimelineChart } from '../../src/charts/FailoverTimelineChart';
import { LossExceedanceChart } from '../../src/charts/LossExceedanceChart';
import { RpoCdfChart } from '../../src/charts/RpoCdfChart';
import { RtoCdfChart } from '../../src/charts/RtoCdfChart';
import type { ChartProps } from '../../src/charts/types';
import { markdownReport } from '../../src/cli/markdown';
import { ComparisonTable } from '../../src/components/ComparisonTable';
import { RecommendationCard } from '../../src/components/RecommendationCard';
import {
  formatAvailability,
  formatCount,
  formatDuration,
  formatMoney,
  formatMoneyTick,
  formatNumber,
  formatPercent,
  formatMinutes,
  percentileName,
} from '../../src/format';
import { formatQuantity, unitText } from '../../src/input/formatQuantity';
import { parseQuantity, quantityKind } from '../../src/input/parseQuantity';
import { resultsCsv } from '../../src/io/exportFormats';
import { buildProposal } from '../../src/pdf/proposal';
import { jsonReport } from '../../src/report/json';
import { valueAt, withValue } from '../../src/store/scenarioPaths';

const CHARTS: ComponentType<ChartProps>[] = [
  CostStackChart,
  RtoCdfChart,
  RpoCdfChart,
  LossExceedanceChart,
  FailoverTimelineChart,
  BreakEvenChart,
];

/** The next double below `x` (x > 0). */
const below = (x: number) => x - x * Number.EPSILON;

/** Accepted numbers of a numeric field: its edges, and values spread evenly and by order of magnitude. */
function numberValues(spec: FieldSpec): fc.Arbitrary<number> {
  const integer = spec.kind === 'integer';
  const low = spec.min ?? spec.exclusiveMin ?? 0;
  const high = spec.max ?? (spec.exclusiveMax === undefined ? 1e12 : below(spec.exclusiveMax));
  const positive = spec.smallest ?? (integer ? 1 : Number.MIN_VALUE);
  const edges = [low, high, positive, positive * (1 + Number.EPSILON), below(high)];
  if (spec.zeroAllowed) edges.push(0);
  const spread = integer
    ? fc.integer({ min: Math.ceil(low), max: Math.floor(high) })
    : fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
  const magnitudes = fc
    .double({
      min: Math.log10(Math.max(positive, 1e-300)),
      max: Math.log10(Math.max(high, 1e-300)),
      noNaN: true,
    })
    .map((e) => (integer ? Math.round(10 ** e) : 10 ** e));
  return fc
    .oneof(fc.constantFrom(...edges.map((x) => (integer ? Math.round(x) : x))), spread, magnitudes)
    .filter((x) => checkLeaf(spec, x) === null);
}

/** Text a hostile file may carry: markup, controls, bidirectional and invisible characters. */
const HOSTILE_TEXT = fc.constantFrom(
  '<script>alert(1)</script>',
  '\u001b[2J\u001b]0;x\u0007',
  '\u202eevil',
  '\u200b\u3164',
  '| a | b |',
  '=HYPERLINK("x")',
  'line\r\nbreak',
  '😀👨‍👩‍👧',
  '   x   ',
);

/** Accepted values of one leaf of the field table; catalogue ids are drawn with the benchmark set. */
function leafValues(spec: FieldSpec): fc.Arbitrary<unknown> | null {
  if (spec.ref) return null;
  switch (spec.kind) {
    case 'number':
    case 'integer':
    case 'fraction':
      return numberValues(spec);
    case 'enum':
      return fc.constantFrom(...(spec.values ?? []));
    case 'boolean':
      return fc.boolean();
    case 'string': {
      if (spec.values) return fc.constantFrom(...spec.values);
      const max = spec.maxLength ?? 200;
      return fc
        .oneof(HOSTILE_TEXT, fc.string({ unit: 'binary', minLength: spec.minLength ?? 0, maxLength: max }))
        .map((text) => [...text].slice(0, max).join(''))
        .filter((text) => checkLeaf(spec, text) === null);
    }
  }
}

/** A benchmark set and, for each technology slot, an id of that set that fits it. */
const technologyChoice = fc
  .constantFrom(...(Object.keys(BENCHMARK_SETS) as BenchmarkSetId[]))
  .chain((set) => {
    const slots = SCENARIO_FIELDS.filter((spec) => spec.ref);
    const ids = (spec: FieldSpec) =>
      [...BENCHMARK_SETS[set].technologies, ...TRAFFIC_LAYERS.map((t) => t.id)].filter(
        (id) => checkCatalogueId(spec.ref!, id, set) === null,
      );
    return fc
      .tuple(...slots.map((spec) => fc.constantFrom(...ids(spec)).map((id) => [spec.path, id] as const)))
      .map((pairs) => ({ set, pairs }));
  });

const sortedTriple = (spec: FieldSpec) =>
  fc.tuple(numberValues(spec), numberValues(spec), numberValues(spec)).map((xs) => xs.sort((a, b) => a - b));

/** A scenario the validator accepts, with any subset of its fields drawn from the table. */
const acceptedScenario: fc.Arbitrary<Scenario> = fc
  .record({
    leaves: fc.subarray(
      SCENARIO_FIELDS.filter((spec) => spec.path !== 'schemaVersion' && leafValues(spec) !== null),
      { minLength: 1 },
    ),
    technology: technologyChoice,
    overrides: fc.subarray([...DISTRIBUTION_IDS], { maxLength: 3 }),
    ranges: fc.subarray([...PATTERN_IDS], { maxLength: 2 }),
  })
  .chain(({ leaves, technology, overrides, ranges }) =>
    fc.record({
      leaves: fc.tuple(
        ...leaves.map((spec) => leafValues(spec)!.map((value) => [spec.path, value] as const)),
      ),
      technology: fc.constant(technology),
      overrides: fc.tuple(
        ...overrides.map((id) => sortedTriple(OVERRIDES_FIELD.value).map((t) => [id, t] as const)),
      ),
      quotes: fc.tuple(
        ...ranges.map((id) => sortedTriple(MONEY_RANGE_FIELDS[0].value).map((t) => [id, t] as const)),
      ),
      oneOff: fc.tuple(
        ...ranges.map((id) => sortedTriple(MONEY_RANGE_FIELDS[1].value).map((t) => [id, t] as const)),
      ),
    }),
  )
  .map(({ leaves, technology, overrides, quotes, oneOff }) => {
    let scenario: Scenario = DEFAULT_SCENARIO;
    for (const [path, value] of leaves) scenario = withValue(scenario, path, value);
    // The technology ids go with the benchmark set they were drawn from.
    scenario = withValue(scenario, 'benchmarkSet', technology.set);
    for (const [path, value] of technology.pairs) scenario = withValue(scenario, path, value);
    // The two rules between fields: a 95th percentile at least the median; a witness needs two replicas.
    const outage = scenario.failureDurations.regionOutage;
    if (outage.p95Hours < outage.medianHours) {
      scenario = withValue(scenario, 'failureDurations.regionOutage.p95Hours', outage.medianHours);
    }
    if (scenario.topology.witnessRegion && scenario.topology.replicationFactor < 2) {
      scenario = withValue(scenario, 'topology.replicationFactor', 2);
    }
    const range = ([low, mostLikely, high]: number[]) => ({
      low: low!,
      mostLikely: mostLikely!,
      high: high!,
    });
    return {
      ...scenario,
      overrides: Object.fromEntries(
        overrides.map(([id, [min, mode, max]]) => [id, { min: min!, mode: mode!, max: max! }]),
      ),
      costs: {
        ...scenario.costs,
        quotes: Object.fromEntries(quotes.map(([id, t]) => [id, range(t)])),
        oneOff: Object.fromEntries(oneOff.map(([id, t]) => [id, range(t)])),
      },
    };
  });

/** Every formatter over every number of the field table, as the form and the reports show them. */
function formatEveryField(scenario: Scenario): void {
  for (const spec of SCENARIO_FIELDS) {
    const value = valueAt(scenario, spec.path);
    const shown = formatQuantity(spec, value, scenario.currency);
    expect(typeof shown).toBe('string');
    unitText(spec, scenario.currency);
    if (quantityKind(spec) !== null) parseQuantity(shown, spec, { currency: scenario.currency });
    if (typeof value !== 'number') continue;
    for (const format of [formatNumber, formatCount, formatDuration, formatMinutes, formatPercent]) {
      expect(format(value)).not.toMatch(/NaN|undefined/);
    }
    formatAvailability(Math.min(1, value));
    formatMoney(value, scenario.currency);
    formatMoneyTick(value, scenario.currency);
  }
  percentileName(scenario.targets.confidence);
}

describe('every scenario the validator accepts can be shown', () => {
  it('renders every chart, table, card, report and formatter without throwing', () => {
    fc.assert(
      fc.property(acceptedScenario, (candidate) => {
        const parsed = parseScenario(candidate);
        if (!parsed.ok) throw new Error(`the generator made a refused scenario: ${parsed.errors.join('; ')}`);
        const scenario = parsed.scenario;
        formatEveryField(scenario);
        // The fewest trials the validator accepts: the run's size does not change what must render.
        const run = { ...scenario, simulation: { ...scenario.simulation, trials: 1000 } };
        const result = simulate(run);
        for (const Chart of CHARTS) {
          for (const theme of ['light', 'auto'] as const) {
            expect(renderToStaticMarkup(createElement(Chart, { result, scenario, theme }))).toContain('<svg');
          }
        }
        renderToStaticMarkup(
          createElement(CompareTotalsChart, {
            items: [{ key: 'a', name: scenario.name, result, currency: scenario.currency }],
            theme: 'light',
          }),
        );
        renderToStaticMarkup(createElement(ComparisonTable, { result, scenario }));
        renderToStaticMarkup(
          createElement(RecommendationCard, { result, scenario, analysis: null, analysing: false }),
        );
        markdownReport(scenario, result);
        JSON.parse(jsonReport(result, scenario));
        resultsCsv(scenario, result);
        buildProposal({
          scenario,
          result,
          form: {
            clientName: scenario.name,
            clientContact: '',
            preparedBy: '',
            company: '',
            email: '',
            phone: '',
            version: '1.0',
            validityDays: 30,
            paper: 'a4',
            note: '',
            hasLogo: false,
          },
          date: '2026-01-01',
          appVersion: '0.0.0',
        });
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
