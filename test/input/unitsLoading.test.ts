// A file of its own: the unit converter must not have been loaded by another test in this module graph.
import { describe, expect, it, vi } from 'vitest';
import { fieldSpec } from '../../src/store/scenarioPaths';
import type { SimulationRunner } from '../../src/store/simulationStore';
import { parseQuantity, UNITS_LOADING } from '../../src/input/parseQuantity';
import { loadUnits, unitsReady } from '../../src/input/unitMath';

const runner: SimulationRunner = () => new Promise(() => undefined);
const rto = fieldSpec('targets.rtoSeconds');

describe('before the unit converter has loaded', () => {
  it('reads bare numbers at once, asks to wait for units, then reads them', async () => {
    if (!rto) throw new Error('no RTO field');
    expect(unitsReady()).toBe(false);
    expect(parseQuantity('90', rto)).toEqual({ ok: true, value: 90 });
    expect(parseQuantity('90 s', rto)).toEqual({ ok: true, value: 90 });
    expect(parseQuantity('1.5 min', rto)).toEqual({ ok: false, message: UNITS_LOADING, pending: true });
    await loadUnits();
    expect(parseQuantity('1.5 min', rto)).toEqual({ ok: true, value: 90 });
  });
});

describe('the store', () => {
  it('reads an entry again once the converter arrives', async () => {
    // A fresh copy of the modules: the test above has loaded the converter in this one.
    vi.resetModules();
    const units = await import('../../src/input/unitMath');
    const stores = await import('../../src/store/simulationStore');
    expect(units.unitsReady()).toBe(false);
    const store = stores.createSimulationStore({ runner });
    store.getState().setField('targets.rtoSeconds', '2 min');
    expect(store.getState().fieldErrors['targets.rtoSeconds']).toBe(UNITS_LOADING);
    expect(store.getState().scenario.targets.rtoSeconds).toBe(60);
    await units.loadUnits();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().scenario.targets.rtoSeconds).toBe(120);
    expect(store.getState().fieldErrors).toEqual({});
  });
});
