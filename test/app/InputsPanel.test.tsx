// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { benchmarkSet, technologiesFor } from '../../models/catalogue/index';
import type { SimulationResult } from '../../models/types';
import { InputsPanel } from '../../src/components/inputs/InputsPanel';
import {
  createSimulationStore,
  type FetchText,
  type SimulationRunner,
} from '../../src/store/simulationStore';
import { SimulationStoreContext } from '../../src/store/useSimulation';
import { abortError } from '../../src/worker/runSimulation';

afterEach(cleanup);

// jsdom replaces the global URL, which node:fs does not take: work with plain paths.
const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), '../../public');

/** Runs that never finish unless cancelled: the panel is tested, not the simulation. */
const idleRunner: SimulationRunner = (_scenario, { signal }) =>
  new Promise<{ result: SimulationResult; mode: 'main-thread' }>((_, reject) => {
    signal?.addEventListener('abort', () => reject(abortError()));
  });

function publicFetch(missing: string[] = []): FetchText {
  return async (url) => {
    const path = url.replace(/^\//, '');
    if (missing.includes(path)) return { ok: false, status: 404, text: async () => '' };
    const body = readFileSync(join(PUBLIC, path), 'utf8');
    return { ok: true, status: 200, text: async () => body };
  };
}

function renderPanel(missing: string[] = []) {
  const store = createSimulationStore({ runner: idleRunner, fetchText: publicFetch(missing), baseUrl: '/' });
  render(
    <SimulationStoreContext.Provider value={store}>
      <InputsPanel />
    </SimulationStoreContext.Provider>,
  );
  return store;
}

/** Opens the collapsed "Assumptions and overrides" section, as a click on its summary does. */
function openAssumptions() {
  const details = screen.getByText('Assumptions and overrides').closest('details')!;
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

describe('InputsPanel', () => {
  it('puts a typed duration into the scenario, and keeps it when the next entry is unreadable', async () => {
    const store = renderPanel();
    const rto = screen.getByLabelText('RTO target');
    expect((rto as HTMLInputElement).value).toBe('60 s');

    fireEvent.change(rto, { target: { value: '90 s' } });
    await waitFor(() => expect(store.getState().scenario.targets.rtoSeconds).toBe(90));
    fireEvent.blur(rto);
    expect((rto as HTMLInputElement).value).toBe('90 s');

    fireEvent.change(rto, { target: { value: 'abc' } });
    fireEvent.keyDown(rto, { key: 'Enter' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Write a duration such as 90 s, 1.5 min or 2 h.');
    expect(rto.getAttribute('aria-invalid')).toBe('true');
    expect(rto.getAttribute('aria-describedby')).toContain(alert.id);
    expect(store.getState().scenario.targets.rtoSeconds).toBe(90);
    expect(document.getElementById(`${rto.id}-now`)?.textContent).toBe('Still in use: 90 s');
    // The entry stays as typed after leaving the field, so it can be corrected.
    fireEvent.blur(rto);
    expect((rto as HTMLInputElement).value).toBe('abc');
  });

  it('shows the value in use, written as people write it', () => {
    const store = renderPanel();
    const cost = screen.getByLabelText('Downtime cost');
    fireEvent.change(cost, { target: { value: '$336k/h' } });
    fireEvent.keyDown(cost, { key: 'Enter' });
    expect(store.getState().scenario.business.downtimeCostPerMinute).toBe(5600);
    fireEvent.change(cost, { target: { value: '$672k/h' } });
    fireEvent.blur(cost);
    expect((cost as HTMLInputElement).value).toBe('$11,200/min');
    expect(screen.getByLabelText('Confidence')).toHaveProperty('value', '95%');
  });

  it('renders the collapsed assumptions and overrides only once they are opened', () => {
    renderPanel();
    expect(screen.queryByLabelText('Greatest: HAProxy: time beyond the health check')).toBeNull();
    openAssumptions();
    expect(screen.getByLabelText('Greatest: HAProxy: time beyond the health check')).toBeTruthy();
  });

  it('has the sections in order, each field labelled and described', () => {
    renderPanel();
    openAssumptions();
    const legends = [...document.querySelectorAll('legend, summary')].map((e) => e.textContent);
    expect(legends).toEqual([
      'Business impact',
      'Targets',
      'Availability objective',
      'Budget and costs',
      'Operations',
      'Failure rates',
      'Regional outages',
      'Technology',
      'Benchmark set',
      'Active-active topology',
      'Prices from quotes and one-off costs',
      'Assumptions and overrides',
      'Assumptions',
      'Simulation',
    ]);
    for (const input of screen.getAllByRole('textbox')) {
      const hasName = input.id ? document.querySelector(`label[for="${input.id}"]`) : null;
      expect(hasName ?? input.getAttribute('aria-label'), input.id).toBeTruthy();
    }
    const rto = screen.getByLabelText('RTO target');
    const help = rto
      .getAttribute('aria-describedby')
      ?.split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(help).toContain('Longest acceptable outage of an ordinary incident.');
  });

  it('tells where a default comes from on demand, below the field, and closes on Escape and on leaving', () => {
    renderPanel();
    const button = screen.getByRole('button', { name: /Source DT-1/ });
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '')!;
    // Closed until asked for: focusing the button (as tabbing does) opens nothing.
    act(() => button.focus());
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toContain('Gartner cost of downtime');
    expect(panel.textContent).toContain('Confidence: V-doc');
    // In the flow of the field, after its input: never over another field.
    const field = button.closest('.field')!;
    expect(field.contains(panel)).toBe(true);
    expect(
      field.querySelector('input')!.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // Focus moving on to the next field closes it.
    const next = screen.getByLabelText('Data-loss cost');
    fireEvent.blur(button, { relatedTarget: next });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: /Source ART-13/ })).toBeTruthy();
  });

  it('says what an entry was read as when it had to assume, and forgets it on the next plain entry', async () => {
    const store = renderPanel();
    const cost = screen.getByLabelText('Downtime cost');
    fireEvent.change(cost, { target: { value: '12,000' } });
    fireEvent.keyDown(cost, { key: 'Enter' });
    expect(store.getState().scenario.business.downtimeCostPerMinute).toBe(12_000);
    const note = await screen.findByText(
      /^Read as \$12,000\/min: an amount without a period counts per minute/,
    );
    expect(cost.getAttribute('aria-describedby')?.split(' ')).toContain(note.id);
    fireEvent.change(cost, { target: { value: '$12,000/h' } });
    fireEvent.keyDown(cost, { key: 'Enter' });
    expect(store.getState().scenario.business.downtimeCostPerMinute).toBe(200);
    await waitFor(() => expect(screen.queryByText(/^Read as \$12,000\/min/)).toBeNull());
  });

  it('switches benchmark set and lists that set’s technologies', () => {
    const store = renderPanel();
    fireEvent.click(screen.getByRole('radio', { name: /The article's figures/ }));
    expect(store.getState().scenario.technology).toEqual(benchmarkSet('article').defaults);
    const select = screen.getByLabelText('Active-active technology') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(
      technologiesFor('article', 'activeActive').map((t) => t.id),
    );
    fireEvent.click(screen.getByRole('radio', { name: /Sourced catalogue/ }));
    const sourced = screen.getByLabelText('Active-active technology') as HTMLSelectElement;
    fireEvent.change(sourced, { target: { value: 'cockroachdb' } });
    expect(store.getState().scenario.technology.activeActive).toBe('cockroachdb');
  });

  it('overrides a distribution from the table and resets it', () => {
    const store = renderPanel();
    openAssumptions();
    const greatest = screen.getByLabelText('Greatest: HAProxy: time beyond the health check');
    fireEvent.change(greatest, { target: { value: '3 s' } });
    fireEvent.keyDown(greatest, { key: 'Enter' });
    expect(store.getState().scenario.overrides['traffic.extra']).toEqual({ min: 0, mode: 0, max: 3 });
    const row = greatest.closest('tbody') as HTMLElement;
    expect(within(row).getByText('Overridden')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: /Reset/ }));
    expect(store.getState().scenario.overrides).toEqual({});
  });

  it('loads a preset only on the button, and says so when it cannot', async () => {
    const store = renderPanel(['scenarios/payments-ledger.json']);
    const select = (await screen.findByRole('option', { name: 'Payments ledger' })).closest('select');
    fireEvent.change(select as HTMLSelectElement, { target: { value: 'payments-ledger' } });
    expect(store.getState().scenario.name).toBe('E-commerce checkout');
    const before = store.getState().scenario;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Load preset' }));
    });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Could not load “Payments ledger”: the server answered 404.',
      ),
    );
    expect(store.getState().scenario).toBe(before);
    fireEvent.change(select as HTMLSelectElement, { target: { value: 'b2b-saas' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Load preset' }));
    });
    await waitFor(() => expect(store.getState().scenario.name).toBe('B2B SaaS application'));
    expect((screen.getByLabelText('RPO target') as HTMLInputElement).value).toBe('30 s');
    // A new scenario: the one open before is kept, and the load can be taken back.
    expect(store.getState().library).toHaveLength(2);
    expect(
      screen.getByText(
        '“B2B SaaS application” opened as a new scenario; “E-commerce checkout” is unchanged.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().scenario.name).toBe('E-commerce checkout');
    expect(store.getState().library).toHaveLength(1);
  });
});
