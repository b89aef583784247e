// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../models/types';
import { InputsPanel } from '../../src/components/inputs/InputsPanel';
import { CompareView } from '../../src/components/library/CompareView';
import { ScenarioLibrary } from '../../src/components/library/ScenarioLibrary';
import { historyAction } from '../../src/components/library/useUndoShortcuts';
import type { SimulationRunner } from '../../src/store/runSlice';
import type { SimulationStore } from '../../src/store/simulationStore';
import { SimulationStoreContext } from '../../src/store/useSimulation';
import { fixtureResult } from '../charts/fixtures';
import { FakeStorage, makeStore, quotaError } from './helpers';

afterEach(cleanup);

function renderWith(store: SimulationStore, ui: React.ReactNode) {
  render(<SimulationStoreContext.Provider value={store}>{ui}</SimulationStoreContext.Provider>);
  return store;
}

const list = () => screen.getByRole('list', { name: 'Scenarios' });
const items = () => within(list()).getAllByRole('listitem');

describe('ScenarioLibrary', () => {
  it('lists the saved scenarios with the open one marked, names as plain text', () => {
    const store = makeStore();
    store.getState().renameScenario(store.getState().currentId, '<img src=x onerror=alert(1)>');
    store.getState().newScenario();
    const { container } = render(
      <SimulationStoreContext.Provider value={store}>
        <ScenarioLibrary />
      </SimulationStoreContext.Provider>,
    );
    expect(items()).toHaveLength(2);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    const open = within(list()).getByRole('button', { current: true });
    expect(open.textContent).toContain('New scenario');
    fireEvent.click(within(items()[0]!).getByRole('button', { name: '<img src=x onerror=alert(1)>' }));
    expect(store.getState().scenario.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('makes a new scenario and puts focus on it', async () => {
    const store = renderWith(makeStore(), <ScenarioLibrary />);
    fireEvent.click(screen.getByRole('button', { name: 'New scenario' }));
    expect(items()).toHaveLength(2);
    await waitFor(() => expect(document.activeElement?.textContent).toContain('New scenario'));
    expect(store.getState().scenario.name).toBe('New scenario');
  });

  it('renames in place: a labelled field, Enter keeps, Escape cancels, a bad name is explained', async () => {
    const store = renderWith(makeStore(), <ScenarioLibrary />);
    fireEvent.click(screen.getByRole('button', { name: 'Rename “E-commerce checkout”' }));
    const field = screen.getByLabelText('New name for “E-commerce checkout”');
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: '  ' } });
    fireEvent.submit(field);
    const form = field.closest('form') as HTMLElement;
    expect(within(form).getByRole('alert').textContent).toBe('Must not be empty, got ""');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field, { target: { value: 'Checkout, option A' } });
    fireEvent.submit(field);
    expect(store.getState().scenario.name).toBe('Checkout, option A');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Rename “Checkout, option A”' }),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Rename “Checkout, option A”' }));
    const again = screen.getByLabelText('New name for “Checkout, option A”');
    fireEvent.change(again, { target: { value: 'Something else' } });
    fireEvent.keyDown(again, { key: 'Escape' });
    expect(store.getState().scenario.name).toBe('Checkout, option A');
  });

  it('deletes with an Undo notice that takes focus, and puts the scenario and focus back', async () => {
    const store = renderWith(makeStore(), <ScenarioLibrary />);
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate “E-commerce checkout”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete “E-commerce checkout (copy)”' }));
    expect(items()).toHaveLength(1);
    const notice = screen.getByText(/deleted\./).closest('[role="status"]') as HTMLElement;
    expect(notice.textContent).toContain('Scenario “E-commerce checkout (copy)” deleted.');
    const undo = within(notice).getByRole('button', {
      name: 'Undo the deletion of “E-commerce checkout (copy)”',
    });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    expect(items()).toHaveLength(2);
    expect(store.getState().scenario.name).toBe('E-commerce checkout (copy)');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('E-commerce checkout (copy)'));
    expect(within(notice).queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('gives Undo and Redo their shortcuts, and disables them when there is nothing to do', () => {
    const store = renderWith(makeStore(), <ScenarioLibrary />);
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo.getAttribute('aria-keyshortcuts')).toContain('Control+Z');
    expect(redo.getAttribute('aria-keyshortcuts')).toContain('Control+Shift+Z');
    expect(redo.getAttribute('aria-keyshortcuts')).toContain('Control+Y');
    expect(undo.getAttribute('title')).toContain('Ctrl+Z');
    expect(undo.getAttribute('aria-disabled')).toBe('true');
    act(() => {
      store.getState().setField('targets.rtoSeconds', '90 s');
    });
    expect(undo.getAttribute('aria-disabled')).toBe('false');
    fireEvent.click(undo);
    expect(store.getState().scenario.targets.rtoSeconds).toBe(60);
    fireEvent.click(redo);
    expect(store.getState().scenario.targets.rtoSeconds).toBe(90);
  });

  it('shows a storage problem as an alert, with Try again', () => {
    const storage = new FakeStorage();
    const store = renderWith(makeStore(storage), <ScenarioLibrary />);
    expect(screen.getByText('Saved in this browser.')).toBeTruthy();
    storage.writeError = quotaError();
    act(() => {
      store.getState().setField('targets.rtoSeconds', '90 s');
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/storage for the planner is full/);
    storage.writeError = null;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(screen.getByText(/Saving works again/)).toBeTruthy();
  });
});

describe('undo shortcuts', () => {
  it('reads Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and their Mac forms', () => {
    const key = (k: string, extra: Partial<KeyboardEvent> = {}) =>
      historyAction({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...extra });
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z')).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
  });

  function renderPlanner() {
    return renderWith(
      makeStore(),
      <>
        <ScenarioLibrary />
        <InputsPanel />
      </>,
    );
  }

  it('undoes and redoes a committed edit, also with focus still in the field', () => {
    const store = renderPlanner();
    const rto = screen.getByLabelText('RTO target') as HTMLInputElement;
    fireEvent.change(rto, { target: { value: '90 s' } });
    fireEvent.keyDown(rto, { key: 'Enter' });
    expect(store.getState().scenario.targets.rtoSeconds).toBe(90);
    rto.focus();
    fireEvent.keyDown(rto, { key: 'z', ctrlKey: true });
    expect(store.getState().scenario.targets.rtoSeconds).toBe(60);
    expect(rto.value).toBe('60 s');
    expect(document.activeElement).toBe(rto);
    fireEvent.keyDown(rto, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(rto.value).toBe('90 s');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(store.getState().scenario.targets.rtoSeconds).toBe(60);
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(store.getState().scenario.targets.rtoSeconds).toBe(90);
  });

  it('commits what is being typed first, so Ctrl+Z takes it back', () => {
    const store = renderPlanner();
    const rto = screen.getByLabelText('RTO target') as HTMLInputElement;
    rto.focus();
    fireEvent.change(rto, { target: { value: '2 min' } });
    fireEvent.keyDown(rto, { key: 'z', ctrlKey: true });
    expect(store.getState().scenario.targets.rtoSeconds).toBe(60);
    expect(rto.value).toBe('60 s');
    fireEvent.keyDown(rto, { key: 'y', ctrlKey: true });
    expect(store.getState().scenario.targets.rtoSeconds).toBe(120);
  });

  it('drops a refused entry without undoing the edit before it', () => {
    const store = renderPlanner();
    act(() => {
      store.getState().setField('targets.rpoSeconds', '10 s');
    });
    const rto = screen.getByLabelText('RTO target') as HTMLInputElement;
    rto.focus();
    fireEvent.change(rto, { target: { value: 'soon' } });
    fireEvent.keyDown(rto, { key: 'z', ctrlKey: true });
    expect(store.getState().fieldErrors).toEqual({});
    expect(rto.value).toBe('60 s');
    expect(store.getState().scenario.targets.rpoSeconds).toBe(10);
  });

  it('leaves the browser’s own undo to other text fields', () => {
    const store = renderPlanner();
    act(() => {
      store.getState().setField('targets.rtoSeconds', '90 s');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Rename “E-commerce checkout”' }));
    const field = screen.getByLabelText('New name for “E-commerce checkout”');
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(store.getState().scenario.targets.rtoSeconds).toBe(90);
  });
});

describe('CompareView', () => {
  /** Every run finishes at once with the chart fixture, its seed that of the scenario. */
  const instant: SimulationRunner = async (scenario) => ({
    result: { ...fixtureResult(), seed: scenario.simulation.seed } as SimulationResult,
    mode: 'main-thread',
  });

  it('asks for two scenarios, then shows both names, recommendations and one table of key figures', async () => {
    const store = makeStore(undefined, instant);
    const a = store.getState().currentId;
    store.getState().renameScenario(a, 'Option A');
    const b = store.getState().duplicateScenario(a)!;
    store.getState().renameScenario(b, 'Option B <b>');
    renderWith(store, <CompareView />);
    expect(screen.getByText('Choose at least two scenarios to see them side by side.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Option A/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Option B/ }));
    const table = await screen.findByRole('table', { name: /Key figures of the compared scenarios/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Figure', 'A Option A', 'B Option B <b>']);
    const recommended = within(table).getByRole('row', { name: /^Recommended architecture/ });
    expect(
      within(recommended)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Multi-region active-active', 'Multi-region active-active']);
    expect(screen.getByRole('status').textContent).toBe('2 scenarios simulated in full.');
    // The chart is a chunk of its own, loaded on first use: its first load in a cold test run takes a while.
    expect(
      await screen.findByRole(
        'img',
        { name: /Expected cost per year, scenario by scenario/ },
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
  });

  it('holds a slow scenario with its estimate until “Run anyway”, and labels an earlier result as such', async () => {
    const store = makeStore(undefined, instant);
    const a = store.getState().currentId;
    store.getState().renameScenario(a, 'Option A');
    const heavy = {
      ...store.getState().scenario,
      name: 'Heavy',
      failureRates: { node: 1000, storage: 1000, network: 1000, zone: 1000, region: 1000 },
      simulation: { trials: 5_000_000, seed: 9 },
    };
    store.getState().openAsNew(heavy, 'import');
    store.getState().switchScenario(a);
    renderWith(store, <CompareView />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Option A/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Heavy/ }));
    const status = screen.getAllByRole('status')[0]!;
    await waitFor(() =>
      expect(status.textContent).toBe(
        '1 scenario simulated in full. 1 scenario not run yet: it waits for “Run anyway”.',
      ),
    );
    expect(
      screen.getByText(
        /^Not run yet: this scenario takes about [\d.]+ (min|h|days) on this machine \(5,000,000 trials × 5,000 incidents a year\)\. Press “Run anyway” to run it\.$/,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('progressbar', { name: 'Simulation of Heavy' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Run anyway (Heavy)' }));
    await screen.findByRole('table', { name: /Key figures of the compared scenarios/ });
    expect(status.textContent).toBe('2 scenarios simulated in full.');

    // Option A, opened and made slow: its card keeps the result of its earlier inputs, labelled so.
    act(() => {
      store.getState().switchScenario(a);
      store.getState().setTrials(5_000_000);
      for (const scope of ['node', 'storage', 'network', 'zone', 'region']) {
        store.getState().setField(`failureRates.${scope}`, '1000');
      }
    });
    expect(store.getState().heldRun?.reason).toBe('slow');
    expect(
      await screen.findByText(
        /^Results are for earlier inputs: the current inputs have not been simulated \(about [\d.]+ (min|h|days) on this machine\)\. Press “Run anyway” to bring them up to date\.$/,
      ),
    ).toBeTruthy();
    expect(screen.getAllByText('Multi-region active-active')).toHaveLength(2);
    // On the open scenario's card, “Run anyway” is its full run.
    fireEvent.click(screen.getByRole('button', { name: 'Run anyway (Option A)' }));
    await waitFor(() => expect(status.textContent).toBe('2 scenarios simulated in full.'));
    expect(store.getState().heldRun).toBeNull();
    expect(screen.queryByText(/Results are for earlier inputs/)).toBeNull();
  });

  it('allows four scenarios at most', () => {
    const store = makeStore(undefined, instant);
    for (let i = 0; i < 4; i++) store.getState().newScenario();
    renderWith(store, <CompareView />);
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    for (const box of boxes.slice(0, 4)) fireEvent.click(box);
    expect(boxes[4]?.disabled).toBe(true);
    expect(screen.getByText(/4 chosen/)).toBeTruthy();
  });
});

describe('another tab', () => {
  it('adds the scenarios another tab saved to this tab’s library, keeping this tab’s work', () => {
    const storage = new FakeStorage();
    const here = makeStore(storage, undefined, 'here');
    here.getState().setField('targets.rtoSeconds', '90 s');
    const there = makeStore(storage, undefined, 'there');
    there.getState().openAsNew({ ...here.getState().scenario, name: 'Made in the other tab' }, 'import');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'ha-planner:library' }));
    });
    const names = here.getState().library.map((e) => e.scenario.name);
    expect(names).toEqual(['E-commerce checkout', 'Made in the other tab']);
    expect(here.getState().scenario.targets.rtoSeconds).toBe(90);
    here.getState().setField('targets.rtoSeconds', '2 min');
    const saved = makeStore(storage, undefined, 'later').getState();
    expect(saved.library.map((e) => e.scenario.name)).toEqual(names);
  });
});
