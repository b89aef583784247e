// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { simulate } from '../../models/engine/index';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { decodeShareLink } from '../../models/share/shareLink';
import type { Scenario, SimulationResult } from '../../models/types';
import { ImportExport } from '../../src/components/ImportExport';
import { ShareButton } from '../../src/components/ShareButton';
import { createNoticeStore } from '../../src/io/notices';
import { SimulationStoreContext } from '../../src/store/useSimulation';
import { presetText, storeWithOpener } from './helpers';

afterEach(cleanup);

const small: Scenario = { ...DEFAULT_SCENARIO, simulation: { ...DEFAULT_SCENARIO.simulation, trials: 1000 } };
const result = simulate(small);

function renderPanel(res: SimulationResult | null = null) {
  const env = storeWithOpener();
  const notices = createNoticeStore();
  render(
    <SimulationStoreContext.Provider value={env.store}>
      <ImportExport scenario={env.store.getState().scenario} result={res} notices={notices} />
    </SimulationStoreContext.Provider>,
  );
  return { ...env, notices };
}

const chooseFile = (file: File) =>
  act(async () => {
    fireEvent.change(screen.getByLabelText('Scenario file to import'), { target: { files: [file] } });
  });

describe('ImportExport', () => {
  let downloads: { name: string; blob: Blob }[];
  beforeEach(() => {
    downloads = [];
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({
        name: this.download,
        blob: (URL.createObjectURL as ReturnType<typeof vi.fn>).mock.calls.at(-1)?.[0] as Blob,
      });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('offers the four actions; results wait for a finished run', () => {
    renderPanel();
    for (const name of ['Import scenario…', 'Export scenario (JSON)']) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
    for (const name of ['Export results (CSV)', 'Export results (JSON)']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(
        'Results can be exported once the full simulation has finished.',
      );
    }
  });

  it('a bad file: a message in the alert region, and the store is unchanged', async () => {
    const { store, opened } = renderPanel();
    const before = store.getState().scenario;
    await chooseFile(new File(['{"schemaVersion": 1, "horizonYears": 1000}'], 'bad.json'));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(/“bad\.json” is not a valid scenario/),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('horizonYears: must be at most 30 years');
    expect(store.getState().scenario).toBe(before);
    expect(opened).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('a good file opens as a new scenario and says so', async () => {
    const { store, opened } = renderPanel();
    await chooseFile(new File([presetText('payments-ledger.json')], 'ledger.json'));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/from “ledger\.json” as a new scenario/),
    );
    expect(opened).toHaveLength(1);
    expect(opened[0]?.origin).toBe('import');
    expect(store.getState().scenario).toEqual(opened[0]?.scenario);
  });

  it('exports the scenario and the results as files named after the scenario', async () => {
    renderPanel(result);
    fireEvent.click(screen.getByRole('button', { name: 'Export scenario (JSON)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export results (CSV)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export results (JSON)' }));
    // The writers load with the first file asked for.
    await waitFor(() => expect(downloads).toHaveLength(3));
    expect(downloads.map((d) => d.name)).toEqual([
      expect.stringMatching(/^HA-scenario_E-commerce-checkout_\d{4}-\d{2}-\d{2}\.json$/),
      expect.stringMatching(/^HA-results_E-commerce-checkout_\d{4}-\d{2}-\d{2}\.csv$/),
      expect.stringMatching(/^HA-results_E-commerce-checkout_\d{4}-\d{2}-\d{2}\.json$/),
    ]);
    const csv = await downloads[1]?.blob.text();
    expect(csv?.split('\r\n').filter((line) => line !== '')).toHaveLength(6);
    expect(screen.getByRole('status')).toHaveTextContent(`Downloaded ${downloads[2]?.name}.`);
  });

  it('shows a message about a shared link', () => {
    const { notices } = renderPanel();
    act(() => notices.getState().show({ kind: 'error', text: 'This link is damaged or incomplete.' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This link is damaged or incomplete.');
  });
});

describe('ShareButton', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('copies the link and shows it in a read-only field', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<ShareButton scenario={DEFAULT_SCENARIO} />);
    expect(screen.queryByLabelText('Share link')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy share link' })));
    const field = screen.getByLabelText<HTMLInputElement>('Share link');
    expect(field).toHaveAttribute('readonly');
    expect(field.value.startsWith(`${location.origin}${location.pathname}#s=1.`)).toBe(true);
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied to the clipboard.');
    const decoded = decodeShareLink(field.value.slice(field.value.indexOf('#')));
    expect(decoded).toEqual({ ok: true, scenario: DEFAULT_SCENARIO, migrated: [] });
  });

  it('without clipboard access the link is still there to copy by hand', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    render(<ShareButton scenario={DEFAULT_SCENARIO} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy share link' })));
    expect(screen.getByLabelText<HTMLInputElement>('Share link').value).toContain('#s=1.');
    expect(screen.getByRole('status')).toHaveTextContent('select the link and copy it');
  });
});
