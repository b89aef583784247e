// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { sourceOf } from '../../models/scenario/provenance';
import type { SimulationResult } from '../../models/types';
import { InputsPanel } from '../../src/components/inputs/InputsPanel';
import { ScenarioLibrary } from '../../src/components/library/ScenarioLibrary';
import { CLIENT_FIRST, readSession, type SessionEntry } from '../../src/store/inputSources';
import { createSimulationStore, type SimulationRunner } from '../../src/store/simulationStore';
import { SimulationStoreContext } from '../../src/store/useSimulation';
import { abortError } from '../../src/worker/runSimulation';

afterEach(cleanup);

const idleRunner: SimulationRunner = (_scenario, { signal }) =>
  new Promise<{ result: SimulationResult; mode: 'main-thread' }>((_, reject) => {
    signal?.addEventListener('abort', () => reject(abortError()));
  });

const typed = (text: string): SessionEntry => ({ text, useAssumption: false });
const FIGURES: Record<string, SessionEntry> = {
  'business.downtimeCostPerMinute': typed('€2,000/min'),
  'business.dataLossCostPerSecond': typed('€20/s'),
  'targets.rtoSeconds': typed('5 min'),
  'targets.rpoSeconds': typed('30 s'),
  'targets.regionRtoSeconds': typed('4 h'),
  'targets.regionRpoSeconds': typed('15 min'),
  'targets.confidence': { text: '', useAssumption: true },
  'costs.monthlyBudget': typed('€8,000'),
};

describe('a new client session', () => {
  it('starts from the clean set with the client’s figures, each the client’s, the rest assumptions', () => {
    const read = readSession('Acme order book', 'eur', FIGURES);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const { scenario } = read;
    expect(scenario).toMatchObject({
      name: 'Acme order book',
      description: '',
      currency: 'EUR',
      business: { downtimeCostPerMinute: 2000, dataLossCostPerSecond: 20 },
      targets: { rtoSeconds: 300, rpoSeconds: 30, regionRtoSeconds: 14_400, regionRpoSeconds: 900 },
      costs: { monthlyBudget: 8000 },
    });
    expect(scenario.provenance.origin).toEqual({ kind: 'defaults' });
    expect(sourceOf(scenario.provenance, 'business.dataLossCostPerSecond')).toBe('client');
    expect(sourceOf(scenario.provenance, 'currency')).toBe('client');
    // Left to the assumption on purpose: labelled so, and never counted as the client's.
    expect(sourceOf(scenario.provenance, 'targets.confidence')).toBe('assumed');
    expect(scenario.targets.confidence).toBe(DEFAULT_SCENARIO.targets.confidence);
    expect(sourceOf(scenario.provenance, 'failureRates.node')).toBe('assumed');
    // A bare amount in the budget was read per month, and says so.
    expect(read.notes['costs.monthlyBudget']?.[0]).toMatch(/^Read as €8,000\/month/);
  });

  it('asks for every figure, and refuses what a field refuses, in the field’s words', () => {
    const read = readSession(' ', 'euro', {
      ...FIGURES,
      'targets.rtoSeconds': typed(''),
      'targets.confidence': typed('100%'),
      'business.dataLossCostPerSecond': typed('lots'),
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toMatchObject({
      name: 'Name the client or the workload, as the proposal will.',
      currency: '“euro” is not the code of a currency; write one such as USD, EUR or GBP.',
      'targets.rtoSeconds': 'Enter the client’s figure, or choose to use the planner’s assumption for now.',
      'targets.confidence':
        '100% is not a possible share of incidents that must meet a target; enter less than 100%.',
      'business.dataLossCostPerSecond': 'Write an amount per second of data such as 200, $200 or $12k/min.',
    });
  });

  it('opens from the library as a new scenario, with the one open before kept', async () => {
    const store = createSimulationStore({ runner: idleRunner });
    render(
      <SimulationStoreContext.Provider value={store}>
        <ScenarioLibrary />
        <InputsPanel />
      </SimulationStoreContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'New client session' }));
    // The form loads when it is first opened.
    const dialog = await screen.findByRole('dialog', { name: 'New client session' });
    fireEvent.change(within(dialog).getByLabelText('Client or workload'), { target: { value: 'Acme' } });
    for (const path of CLIENT_FIRST) {
      const entry = FIGURES[path]!;
      const label = path === 'targets.confidence' ? /Not known yet.*Confidence/ : undefined;
      if (label) fireEvent.click(within(dialog).getByRole('checkbox', { name: label }));
      else {
        const inputs = within(dialog).getAllByRole('textbox');
        const input = inputs.find((i) => i.id.endsWith(path.replace(/[^A-Za-z0-9]+/g, '-')))!;
        fireEvent.change(input, { target: { value: entry.text.replace(/€/g, '$') } });
      }
    }
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start the session' }));
    expect(screen.queryByRole('dialog', { name: 'New client session' })).toBeNull();
    expect(store.getState().library.map((e) => e.scenario.name)).toEqual(['E-commerce checkout', 'Acme']);
    expect(store.getState().scenario.business.dataLossCostPerSecond).toBe(20);
    const origin = document.getElementById('field-business-dataLossCostPerSecond-origin');
    expect(origin?.textContent).toContain('Client’s figure');
    expect(document.getElementById('field-failureRates-node-origin')?.textContent).toContain(
      'Planner’s assumption',
    );
    expect(
      screen.getByText(/^Where these inputs come from: 7 inputs typed or confirmed for the client/),
    ).toBeTruthy();
  });
});
