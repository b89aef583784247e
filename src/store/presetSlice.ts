/**
 * Preset scenarios, listed in public/scenarios/index.json. Loading one opens it as a new scenario of the
 * library, named after the preset, and leaves the open one as it was; until the new one is edited, Undo
 * takes the load back. The file passes through the same validator as any other scenario file, and a file
 * that cannot be fetched or read changes nothing, with a message.
 */
import type { StateCreator } from 'zustand/vanilla';
import { presetProvenance } from '../../models/scenario/provenance';
import { parseScenarioJson } from '../../models/scenario/validate';
import type { Scenario } from '../../models/types';
import type { SimulationState } from './simulationStore';

export interface PresetInfo {
  id: string;
  /** File name inside /scenarios/. */
  file: string;
  name: string;
  description: string;
}

/** What the store needs of `fetch`; the browser's own fits. */
export type FetchText = (
  url: string,
) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;

export interface PresetSlice {
  presets: PresetInfo[];
  presetsStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** The preset last loaded, if the scenario came from one. */
  presetId: string | null;
  presetLoading: boolean;
  /** Why the preset list or a preset could not be loaded; null otherwise. */
  presetError: string | null;
  /**
   * The scenario of preset `id`, as its file holds it (fetched once, then kept): what its inputs are reset
   * to. Null when it cannot be loaded (`presetError` says why).
   */
  presetScenario: (id: string) => Promise<Scenario | null>;
  /** Fetches the preset list once (later calls reuse it). */
  loadPresets: () => Promise<void>;
  /**
   * Opens a preset as a new scenario (the open one is kept); false, with `presetError` set, when it cannot
   * be loaded.
   */
  loadPreset: (id: string) => Promise<boolean>;
}

/** A plain file name in the scenarios folder: no path, no surprises from a tampered index. */
const SAFE_FILE = /^[a-z0-9][a-z0-9-]*\.json$/;

function readIndex(text: string): PresetInfo[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) throw new Error('the list of presets is not a JSON array');
  const presets: PresetInfo[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, file, name, description } = item as Record<string, unknown>;
    if (typeof id !== 'string' || typeof file !== 'string' || typeof name !== 'string') continue;
    if (!SAFE_FILE.test(file)) continue;
    presets.push({ id, file, name, description: typeof description === 'string' ? description : '' });
  }
  if (presets.length === 0) throw new Error('the list of presets is empty');
  return presets;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createPresetSlice(
  fetchText: FetchText,
  baseUrl: string,
): StateCreator<SimulationState, [], [], PresetSlice> {
  return (set, get) => {
    let indexLoad: Promise<void> | null = null;
    let latestLoad = 0;
    const url = (file: string) => `${baseUrl}scenarios/${file}`;
    /** Presets read so far, by id: a reset needs no second fetch. */
    const read = new Map<string, Scenario>();

    /** Preset `id`'s scenario, or why it cannot be had, in the person's words. */
    const fetchPreset = async (id: string): Promise<Scenario | string> => {
      const known = read.get(id);
      if (known) return known;
      await get().loadPresets();
      if (get().presetsStatus !== 'ready') return get().presetError ?? 'The presets are not available.';
      const preset = get().presets.find((p) => p.id === id);
      if (!preset) return `There is no preset “${id}”.`;
      let text: string;
      try {
        const response = await fetchText(url(preset.file));
        if (!response.ok) return `Could not load “${preset.name}”: the server answered ${response.status}.`;
        text = await response.text();
      } catch (error) {
        return `Could not load “${preset.name}”: ${errorText(error)}.`;
      }
      const parsed = parseScenarioJson(text);
      if (!parsed.ok) {
        const shown = parsed.errors.slice(0, 3).join('; ');
        const more = parsed.problems > 3 ? ` (and ${parsed.problems - 3} more)` : '';
        return `“${preset.name}” is not a valid scenario: ${shown}${more}. The current scenario is unchanged.`;
      }
      read.set(id, parsed.scenario);
      return parsed.scenario;
    };

    return {
      presets: [],
      presetsStatus: 'idle',
      presetId: null,
      presetLoading: false,
      presetError: null,

      loadPresets: () => {
        if (get().presetsStatus === 'ready') return Promise.resolve();
        indexLoad ??= (async () => {
          set({ presetsStatus: 'loading' });
          try {
            const response = await fetchText(url('index.json'));
            if (!response.ok) throw new Error(`the server answered ${response.status}`);
            set({ presets: readIndex(await response.text()), presetsStatus: 'ready' });
          } catch (error) {
            set({
              presetsStatus: 'error',
              presetError: `Could not load the list of presets: ${errorText(error)}.`,
            });
          } finally {
            indexLoad = null;
          }
        })();
        return indexLoad;
      },

      presetScenario: async (id) => {
        const read = await fetchPreset(id);
        if (typeof read === 'string') {
          set({ presetError: read });
          return null;
        }
        return read;
      },

      loadPreset: async (id) => {
        const load = ++latestLoad;
        set({ presetLoading: true, presetError: null });
        const read = await fetchPreset(id);
        if (typeof read === 'string') {
          if (load === latestLoad) set({ presetLoading: false, presetError: read });
          return false;
        }
        if (load !== latestLoad) return false;
        const before = get();
        const previous = { previousId: before.currentId, previousName: before.scenario.name };
        // Every input is the preset's until it is typed for the client.
        const newId = get().openAsNew({ ...read, provenance: presetProvenance(id, read.name) }, 'preset');
        set({
          presetId: id,
          presetLoading: false,
          presetError: null,
          presetOpened: { id: newId, scenario: get().scenario, ...previous },
        });
        return true;
      },
    };
  };
}
