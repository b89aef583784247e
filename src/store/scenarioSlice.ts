/**
 * The scenario being edited. Every edit is read (parseQuantity), placed into a candidate scenario and checked
 * whole by the same validator that reads scenario files (parseScenario). A valid candidate becomes the
 * scenario and starts a live run; an invalid one leaves the last good scenario in place, so the results stay
 * those of valid inputs, and puts the message at the field. What the user typed is kept in `drafts` either
 * way, so an input never loses an entry it could not read.
 */
import type { StateCreator } from 'zustand/vanilla';
import { benchmarkSet, technology } from '../../models/catalogue/index';
import { distributionTable, type DistributionId } from '../../models/engine';
import { MONEY_RANGE_FIELDS, OVERRIDES_FIELD } from '../../models/scenario/fields';
import { markedClient } from '../../models/scenario/provenance';
import { parseScenario } from '../../models/scenario/validate';
import { show } from '../../models/scenario/leafCheck';
import type { BenchmarkSetId, PatternId, Scenario, TriangularSeconds } from '../../models/types';
import { pairMessage, rangeMessage } from '../input/fieldMessages';
import { formatQuantity, formatSecondsExact } from '../input/formatQuantity';
import { browserNumberLocale } from '../input/localNumbers';
import { readMoneyRange } from '../input/moneyRange';
import { parseQuantity, type Quantity } from '../input/parseQuantity';
import { loadArithmetic } from '../input/arithmetic';
import {
  TRIANGLE_PARTS,
  capitalize,
  fieldSpec,
  messageFor,
  overridePath,
  parseOverridePath,
  suggestedTriangle,
  valueAt,
  withValue,
  type TrianglePart,
} from './scenarioPaths';
import { changedInputs, referenceFor, withInputFrom } from './inputSources';
import type { SimulationState } from './simulationStore';

/** The technology fields, each a select of catalogue ids. */
export const TECHNOLOGY_PATHS = [
  'technology.activePassiveAsync',
  'technology.activePassiveSync',
  'technology.activePassiveDr',
  'technology.activeActive',
  'technology.trafficLayer',
  'technology.globalTrafficLayer',
] as const;
export type TechnologyPath = (typeof TECHNOLOGY_PATHS)[number];

/** The topology fields, which follow the active-active preset when it changes. */
const TOPOLOGY_PATHS = [
  'topology.activeActiveRegions',
  'topology.replicationFactor',
  'topology.witnessRegion',
];

export interface ScenarioSlice {
  /** The last valid scenario: what the simulation runs. */
  scenario: Scenario;
  /** What the user typed, by field path (override parts: `overrides["id"].min`). */
  drafts: Record<string, string>;
  /** Why an entry was not accepted, by field path; the field keeps its last good value meanwhile. */
  fieldErrors: Record<string, string>;
  /** The validator's warnings about the current scenario (valid, but probably not meant). */
  warnings: string[];
  /**
   * What the reading of an accepted entry assumed, by field path, with the value it gave: shown at the
   * field while it holds that value ("Read 9.000 as 9: here a point marks decimals …").
   */
  fieldNotes: Record<string, FieldNote>;
  /** Reads `text` into the field at `path`; true when the scenario took the value. */
  setField: (path: string, text: string) => boolean;
  /** Forgets what was typed at `path`, so the input shows the current value again. */
  clearDraft: (path: string) => void;
  /** Drops an entry the scenario refused: what was typed at `path` and its message go. */
  discardEntry: (path: string) => void;
  /** Picks a catalogue id for a technology or traffic-layer field. */
  setChoice: (path: TechnologyPath, id: string) => boolean;
  /** Switches benchmark set, and the technology choices to that set's defaults. */
  setBenchmarkSet: (set: BenchmarkSetId) => boolean;
  /** Replaces a named distribution by a triangular one (seconds), or restores the preset with null. */
  setOverride: (id: DistributionId, triangle: TriangularSeconds | null) => boolean;
  setSeed: (seed: number) => boolean;
  setTrials: (trials: number) => boolean;
  /**
   * Marks the input at `path` as the client's, its value unchanged: a preset's or an assumed value the
   * client confirms. An undo step, like any edit.
   */
  keepForClient: (path: string) => void;
  /**
   * Gives the input at `path` the value it has in the scenario's origin (the preset's, or the planner's
   * default in a client session) and its source back; false when there is nothing to reset it to.
   */
  resetInput: (path: string) => Promise<boolean>;
  /** Resets every input to the origin's value (the name and the simulation's settings stay); one undo step. */
  resetAllInputs: () => Promise<boolean>;
  /**
   * Reads a quoted monthly price or a one-off cost of an architecture ("$9,000", "$8k–$12k",
   * "8000 / 9000 / 12000"), or, with blank text, goes back to the estimate.
   */
  setMoneyRange: (map: MoneyRangeMap, pattern: PatternId, text: string) => boolean;
}

/** What reading an entry assumed, and the value it read. */
export interface FieldNote {
  value: unknown;
  notes: string[];
}

/** The maps of money ranges by architecture: quoted monthly prices and one-off costs. */
export type MoneyRangeMap = 'quotes' | 'oneOff';

/** `costs.quotes["active-passive-dr"]`: the validator's name for one entry of a map. */
export function moneyRangePath(map: MoneyRangeMap, pattern: PatternId): string {
  return `costs.${map}[${JSON.stringify(pattern)}]`;
}

const without = (record: Record<string, string>, keys: readonly string[]): Record<string, string> => {
  if (!keys.some((key) => key in record)) return record;
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
};

/** A validator's message about another field, with that field's label for its path: "Replication factor: …". */
function labelled(message: string): string {
  const colon = message.indexOf(': ');
  const label = colon < 0 ? undefined : fieldSpec(message.slice(0, colon))?.label;
  return label === undefined ? message : `${label}: ${message.slice(colon + 2)}`;
}

/** The message for an override whose three values are out of order, in the form's words; null if in order. */
function orderProblem({ min, mode, max }: TriangularSeconds): string | null {
  if (min <= mode && mode <= max) return null;
  const shown = [min, mode, max].map((seconds) => formatSecondsExact(seconds)).join(', ');
  return `Needs least ≤ most likely ≤ greatest; these would be ${shown}.`;
}

export function createScenarioSlice(initial: Scenario): StateCreator<SimulationState, [], [], ScenarioSlice> {
  return (set, get) => {
    const initialCheck = parseScenario(initial);

    /** Records an entry that was not accepted. */
    const reject = (path: string, message: string): false => {
      set((s) => ({ fieldErrors: { ...s.fieldErrors, [path]: message } }));
      return false;
    };

    const keepDraft = (path: string, text: string): void =>
      set((s) => ({ drafts: { ...s.drafts, [path]: text } }));

    /**
     * An entry that could not be read: its message goes at the field. An entry with arithmetic waiting for
     * its reader shows that it is being worked out, and is read again once the reader has loaded, unless
     * the user has typed something else meanwhile.
     */
    const unread = (path: string, text: string, read: Extract<Quantity, { ok: false }>): false => {
      if (read.pending) {
        loadArithmetic().then(
          () => {
            if (get().drafts[path] === text) get().setField(path, text);
          },
          () =>
            reject(path, 'Arithmetic could not be loaded here: write the value as one number with its unit.'),
        );
      }
      return reject(path, read.message);
    };

    /**
     * Validates `candidate` whole. Accepted: it becomes the scenario, the inputs it changed become the
     * client's (unless `asGiven`: its provenance is taken as it is), the errors at `clear` go, a live run
     * starts. Refused: the validator's message for the first of `messagePaths` that has one goes at `errorAt`.
     */
    const commit = (
      candidate: Scenario,
      {
        errorAt,
        clear,
        messagePaths,
        asGiven = false,
      }: { errorAt: string; clear: readonly string[]; messagePaths: string[]; asGiven?: boolean },
    ): boolean => {
      const parsed = parseScenario(candidate);
      if (!parsed.ok) {
        const message =
          messageFor(parsed.errors, messagePaths) ?? capitalize(labelled(parsed.errors[0] ?? 'Not valid.'));
        return reject(errorAt, message);
      }
      // What an edit changed is the client's from now on (a reset says otherwise, with `asGiven`).
      const before = get().scenario;
      const provenance = asGiven
        ? candidate.provenance
        : markedClient(candidate.provenance, changedInputs(before, candidate));
      const next = provenance === candidate.provenance ? candidate : { ...candidate, provenance };
      set((s) => ({
        scenario: next,
        warnings: parsed.warnings,
        fieldErrors: without(s.fieldErrors, [errorAt, ...clear]),
      }));
      get().refresh();
      return true;
    };

    /** Sets a leaf to a value already read; an unchanged value only clears the field's error. */
    const setLeaf = (path: string, value: unknown): boolean => {
      const { scenario } = get();
      const spec = fieldSpec(path);
      if (spec && typeof value === 'number') {
        const context = { currency: scenario.currency, locale: browserNumberLocale() };
        const outOfRange = rangeMessage(spec, value, '', context);
        if (outOfRange !== null) return reject(path, outOfRange);
      }
      if (Object.is(valueAt(scenario, path), value)) {
        // The same value typed again is the client's now; nothing to simulate again.
        const provenance = markedClient(scenario.provenance, [path]);
        set((s) => ({
          fieldErrors: without(s.fieldErrors, [path]),
          ...(provenance === s.scenario.provenance ? {} : { scenario: { ...s.scenario, provenance } }),
        }));
        return true;
      }
      return commit(withValue(scenario, path, value), { errorAt: path, clear: [], messagePaths: [path] });
    };

    const setOverridePart = (id: DistributionId, part: TrianglePart, text: string): boolean => {
      const path = overridePath(id, part);
      keepDraft(path, text);
      const locale = browserNumberLocale();
      const read = parseQuantity(text, OVERRIDES_FIELD.value, { locale });
      if (!read.ok) return unread(path, text, read);
      const { scenario, drafts } = get();
      const entry = distributionTable(scenario)[id];
      if (!entry) return reject(path, 'The current technology choices do not use this distribution.');
      // The other two parts: what was typed for them if it reads, else the override or the preset.
      const triangle = { ...(scenario.overrides[id] ?? suggestedTriangle(entry.preset)) };
      const accepted = [path];
      for (const other of TRIANGLE_PARTS) {
        const otherPath = overridePath(id, other);
        const typed = other === part ? text : drafts[otherPath];
        if (typed === undefined) continue;
        const value = parseQuantity(typed, OVERRIDES_FIELD.value, { locale });
        if (!value.ok) continue;
        triangle[other] = value.value;
        accepted.push(otherPath);
      }
      const disorder = orderProblem(triangle);
      if (disorder) return reject(path, disorder);
      const candidate = { ...scenario, overrides: { ...scenario.overrides, [id]: triangle } };
      return commit(candidate, {
        errorAt: path,
        clear: accepted,
        messagePaths: [path, overridePath(id)],
      });
    };

    return {
      scenario: initial,
      drafts: {},
      fieldErrors: {},
      warnings: initialCheck.ok ? initialCheck.warnings : [],
      fieldNotes: {},

      setField: (path, text) => {
        const override = parseOverridePath(path);
        if (override) return setOverridePart(override.id, override.part, text);
        const spec = fieldSpec(path);
        if (!spec || path === 'schemaVersion') return reject(path, 'This field cannot be edited.');
        if (spec.ref) return get().setChoice(path as TechnologyPath, text.trim());
        if (path === 'benchmarkSet') {
          const choice = text.trim();
          if (choice === 'article' || choice === 'sourced') return get().setBenchmarkSet(choice);
          return reject(path, 'Choose the sourced catalogue or the article’s figures.');
        }
        if (spec.kind === 'enum') {
          const choice = spec.values?.find((v) => String(v) === text.trim());
          if (choice === undefined) {
            return reject(path, `Choose one of ${(spec.values ?? []).map(String).join(', ')}.`);
          }
          return setLeaf(path, choice);
        }
        if (spec.kind === 'boolean') {
          const flag = text.trim().toLowerCase();
          if (flag !== 'true' && flag !== 'false') return reject(path, 'Choose yes or no.');
          return setLeaf(path, flag === 'true');
        }
        keepDraft(path, text);
        if (spec.kind === 'string') {
          const value = path === 'currency' ? text.trim().toUpperCase() : text.trim();
          return setLeaf(path, value);
        }
        const { currency } = get().scenario;
        const locale = browserNumberLocale();
        const read = parseQuantity(text, spec, { currency, locale });
        if (!read.ok) return unread(path, text, read);
        const notes = read.notes ?? [];
        // A value out of the field's bounds is refused in the words of the field, with what was assumed.
        const context = { currency, locale };
        const outOfRange =
          rangeMessage(spec, read.value, text, context) ??
          pairMessage(spec, read.value, text, get().scenario, context);
        // The message says what the entry was read as: the notes of the reading would only repeat it.
        if (outOfRange !== null) return reject(path, outOfRange);
        set((s) => {
          const fieldNotes = { ...s.fieldNotes };
          if (notes.length > 0) fieldNotes[path] = { value: read.value, notes };
          else delete fieldNotes[path];
          return { fieldNotes };
        });
        if (setLeaf(path, read.value)) return true;
        // The validator quotes the number read; the message quotes what was typed, and what it was read as.
        const message = get().fieldErrors[path];
        const got = `, got ${show(read.value)}`;
        if (message?.endsWith(got)) {
          const typed = text.trim();
          const readAs = formatQuantity(spec, read.value, currency, locale);
          const note = readAs === typed ? '' : ` (read as ${readAs})`;
          reject(path, `${message.slice(0, -got.length)}, got ${typed}${note}`);
        }
        return false;
      },

      clearDraft: (path) => set((s) => ({ drafts: without(s.drafts, [path]) })),

      discardEntry: (path) =>
        set((s) => ({ drafts: without(s.drafts, [path]), fieldErrors: without(s.fieldErrors, [path]) })),

      setChoice: (path, id) => {
        if (!(TECHNOLOGY_PATHS as readonly string[]).includes(path)) {
          return reject(path, 'This field is not a technology choice.');
        }
        // An active-active layer brings its own replica layout: the topology follows the preset.
        const topology = path === 'technology.activeActive' ? technology(id)?.topology : undefined;
        if (!topology) return setLeaf(path, id);
        const { scenario } = get();
        return commit(
          { ...withValue(scenario, path, id), topology: { ...topology } },
          { errorAt: path, clear: TOPOLOGY_PATHS, messagePaths: [path, ...TOPOLOGY_PATHS] },
        );
      },

      setBenchmarkSet: (setId) => {
        const { scenario } = get();
        if (setId === scenario.benchmarkSet) return true;
        const defaults = benchmarkSet(setId).defaults;
        const topology = technology(defaults.activeActive)?.topology ?? scenario.topology;
        const candidate: Scenario = {
          ...scenario,
          benchmarkSet: setId,
          technology: { ...defaults },
          topology: { ...topology },
        };
        const accepted = commit(candidate, {
          errorAt: 'benchmarkSet',
          clear: TECHNOLOGY_PATHS,
          messagePaths: ['benchmarkSet', ...TECHNOLOGY_PATHS],
        });
        if (accepted) set((s) => ({ drafts: without(s.drafts, ['benchmarkSet', ...TECHNOLOGY_PATHS]) }));
        return accepted;
      },

      setOverride: (id, triangle) => {
        const row = TRIANGLE_PARTS.map((part) => overridePath(id, part));
        const { scenario } = get();
        if (triangle === null) {
          const had = id in scenario.overrides;
          const overrides = { ...scenario.overrides };
          delete overrides[id];
          const provenance = markedClient(scenario.provenance, ['overrides']);
          set((s) => ({
            scenario: had ? { ...s.scenario, overrides, provenance } : s.scenario,
            drafts: without(s.drafts, row),
            fieldErrors: without(s.fieldErrors, [...row, overridePath(id)]),
          }));
          if (had) get().refresh();
          return true;
        }
        const disorder = orderProblem(triangle);
        if (disorder) return reject(overridePath(id), disorder);
        const candidate = { ...scenario, overrides: { ...scenario.overrides, [id]: { ...triangle } } };
        const accepted = commit(candidate, {
          errorAt: overridePath(id),
          clear: row,
          messagePaths: [overridePath(id), ...row],
        });
        if (accepted) set((s) => ({ drafts: without(s.drafts, row) }));
        return accepted;
      },

      keepForClient: (path) => {
        const { scenario } = get();
        const provenance = markedClient(scenario.provenance, [path]);
        if (provenance !== scenario.provenance) set({ scenario: { ...scenario, provenance } });
      },

      resetInput: async (path) => {
        const reference = await referenceFor(get().scenario, get().presetScenario);
        if (!reference) return false;
        const { scenario } = get();
        const candidate = {
          ...withInputFrom(scenario, reference, path),
          provenance: markedClient(scenario.provenance, [path], false),
        };
        set((s) => ({ drafts: without(s.drafts, [path]) }));
        return commit(candidate, { errorAt: path, clear: [path], messagePaths: [path], asGiven: true });
      },

      resetAllInputs: async () => {
        const reference = await referenceFor(get().scenario, get().presetScenario);
        if (!reference) return false;
        const { scenario } = get();
        const candidate: Scenario = {
          ...reference,
          name: scenario.name,
          simulation: scenario.simulation,
          provenance: { ...scenario.provenance, client: [] },
        };
        set({ drafts: {}, fieldErrors: {} });
        return commit(candidate, { errorAt: 'name', clear: [], messagePaths: [], asGiven: true });
      },

      setSeed: (seed) => {
        get().clearDraft('simulation.seed');
        return setLeaf('simulation.seed', seed);
      },

      setTrials: (trials) => {
        get().clearDraft('simulation.trials');
        return setLeaf('simulation.trials', trials);
      },

      setMoneyRange: (map, pattern, text) => {
        const path = moneyRangePath(map, pattern);
        const { scenario } = get();
        const entries = { ...scenario.costs[map] };
        if (text.trim() === '') {
          delete entries[pattern];
        } else {
          keepDraft(path, text);
          const spec = map === 'quotes' ? MONEY_RANGE_FIELDS[0].value : MONEY_RANGE_FIELDS[1].value;
          const read = readMoneyRange(text, spec, scenario.currency, browserNumberLocale());
          if (typeof read === 'string') return reject(path, read);
          entries[pattern] = read;
        }
        const accepted = commit(
          { ...scenario, costs: { ...scenario.costs, [map]: entries } },
          {
            errorAt: path,
            clear: [],
            messagePaths: [path, `${path}.low`, `${path}.mostLikely`, `${path}.high`],
          },
        );
        if (accepted) get().clearDraft(path);
        return accepted;
      },
    };
  };
}
