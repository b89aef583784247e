import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIGHT } from '../../src/charts/theme';

/** The light values of charts.css (first :root block) against the fixed palette of the light theme. */
describe('chart colours', () => {
  const css = readFileSync(new URL('../../src/charts/charts.css', import.meta.url), 'utf8');
  const light = css.slice(css.indexOf(':root'), css.indexOf('@media'));
  const value = (name: string) => new RegExp(`--chart-${name}:\\s*(#[0-9a-f]{6})`).exec(light)?.[1];

  it('keeps charts.css and the light palette in step', () => {
    for (const [id, colour] of Object.entries(LIGHT.patterns)) expect(value(id)).toBe(colour);
    for (const [id, colour] of Object.entries(LIGHT.phases)) expect(value(id)).toBe(colour);
    expect(value('infrastructure')).toBe(LIGHT.costParts.infrastructure);
    expect(value('maintenance')).toBe(LIGHT.costParts.maintenance);
    expect(value('one-off')).toBe(LIGHT.costParts.oneOff);
    expect(value('downtime')).toBe(LIGHT.costParts.downtime);
    expect(value('data-loss')).toBe(LIGHT.costParts.dataLoss);
    expect(['a', 'b', 'c', 'd'].map((letter) => value(`scenario-${letter}`))).toEqual([...LIGHT.scenarios]);
  });

  it('gives each pattern at least 3:1 contrast on white', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const colour of [...Object.values(LIGHT.patterns), ...LIGHT.scenarios]) {
      expect(1.05 / (luminance(colour) + 0.05) >= 3).toBe(true);
    }
  });
});
