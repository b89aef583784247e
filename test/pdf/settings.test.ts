import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, saveSettings, SETTINGS_KEY } from '../../src/pdf/settings';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe('proposal settings', () => {
  it('round-trips what was saved', () => {
    const store = memory();
    const settings = {
      ...DEFAULT_SETTINGS,
      preparedBy: 'Ada',
      email: 'ada@example.com',
      validityDays: 45,
      paper: 'letter' as const,
    };
    expect(saveSettings(settings, store)).toBe(true);
    expect(readSettings(store)).toEqual(settings);
  });

  it('falls back to the defaults for anything missing or malformed', () => {
    expect(readSettings(memory())).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(memory({ [SETTINGS_KEY]: '{not json' }))).toEqual(DEFAULT_SETTINGS);
    const odd = readSettings(
      memory({ [SETTINGS_KEY]: JSON.stringify({ preparedBy: 42, validityDays: 9999, paper: 'a3' }) }),
    );
    expect(odd).toEqual(DEFAULT_SETTINGS);
  });

  it('says so when the browser refuses to store', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveSettings(DEFAULT_SETTINGS, refusing)).toBe(false);
    expect(saveSettings(DEFAULT_SETTINGS, null)).toBe(false);
  });
});
