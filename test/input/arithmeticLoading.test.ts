// A file of its own: the arithmetic reader must not have been loaded by another test in this module graph.
import { describe, expect, it, vi } from 'vitest';
import { fieldSpec } from '../../src/store/scenarioPaths';
import type { SimulationRunner } from '../../src/store/simulationStore';
import { ARITHMETIC_LOADING, parseQuantity } from '../../src/input/parseQuantity';
import { arithmeticReady, loadArithmetic } from '../../src/input/arithmetic';

const runner: SimulationRunner = () => new Promise(() => undefined);
/** Loading mathjs for the first time, transformed on the fly, takes seconds when the machine is busy. */
const LOADING_MS = 30_000;
const rto = fieldSpec('targets.rtoSeconds');

describe('before the arithmetic reader has loaded', () => {
  it(
    'reads numbers and units at once, asks to wait for arithmetic, then reads it',
    async () => {
      if (!rto) throw new Error('no RTO field');
      expect(arithmeticReady()).toBe(false);
      expect(parseQuantity('90', rto)).toEqual({ ok: true, value: 90 });
      expect(parseQuantity('1.5 min', rto)).toEqual({ ok: true, value: 90 });
      expect(parseQuantity('1 h 30 min', rto)).toEqual({ ok: true, value: 5400 });
      // Refused by shape alone, with no need of the reader.
      expect(parseQuantity('2^3^4', rto)).toEqual({
        ok: false,
        message: 'Write a duration such as 90 s, 1.5 min or 2 h.',
      });
      expect(arithmeticReady()).toBe(false);
      expect(parseQuantity('2 h + 30 min', rto)).toEqual({
        ok: false,
        message: ARITHMETIC_LOADING,
        pending: true,
      });
      await loadArithmetic();
      expect(parseQuantity('2 h + 30 min', rto)).toEqual({ ok: true, value: 9000 });
    },
    LOADING_MS,
  );
});

describe('the store', () => {
  it(
    'reads an entry with arithmetic again once the reader arrives',
    async () => {
      // A fresh copy of the modules: the test above has loaded the reader in this one.
      vi.resetModules();
      const arithmetic = await import('../../src/input/arithmetic');
      const stores = await import('../../src/store/simulationStore');
      expect(arithmetic.arithmeticReady()).toBe(false);
      const store = stores.createSimulationStore({ runner });
      store.getState().setField('targets.rtoSeconds', '2 min');
      expect(store.getState().scenario.targets.rtoSeconds).toBe(120);
      store.getState().setField('targets.rtoSeconds', '2 min + 30 s');
      expect(store.getState().fieldErrors['targets.rtoSeconds']).toBe(ARITHMETIC_LOADING);
      expect(store.getState().scenario.targets.rtoSeconds).toBe(120);
      await arithmetic.loadArithmetic();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(store.getState().scenario.targets.rtoSeconds).toBe(150);
      expect(store.getState().fieldErrors).toEqual({});
    },
    LOADING_MS,
  );
});
