import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_COVERAGE } from '../../src/pdf/fontCoverage';
import { draws, faceFor, needsFallback, runs, undrawable } from '../../src/pdf/scripts';
import { coverageRanges, parseFont, subsetFont } from '../../src/pdf/ttf';
import { encodeRanges, FONT_FILES } from './fontCoverageSource';

describe('the coverage table', () => {
  it('matches the font files it was read from', () => {
    for (const [face, path] of Object.entries(FONT_FILES)) {
      const ranges = encodeRanges(coverageRanges(parseFont(readFileSync(path))));
      expect(FONT_COVERAGE[face as keyof typeof FONT_COVERAGE], face).toBe(ranges);
    }
  });
});

describe('font runs', () => {
  it('draws Latin, Greek and symbols with DejaVu and CJK with the fallback', () => {
    expect(faceFor('é', 'regular')).toBe('regular');
    expect(faceFor('σ', 'bold')).toBe('bold');
    expect(faceFor('≤', 'mono')).not.toBeNull();
    expect(faceFor('日', 'regular')).toBe('fallback');
    expect(faceFor('가', 'bold')).toBe('fallback');
    expect(runs('日本語 Holdings', 'regular')).toEqual([
      { face: 'fallback', text: '日本語' },
      { face: 'regular', text: ' Holdings' },
    ]);
  });

  it('lists what no shipped font draws, once each, and never a space', () => {
    expect(undrawable(['Société 日本語 — σ≤€'])).toEqual([]);
    // Runic and a musical symbol: no font of the PDF has them.
    expect(undrawable(['ᚠᚠ x 𝄞'])).toEqual(['ᚠ', '𝄞']);
    expect(draws('regular', 0x20)).toBe(true);
  });

  it('knows when a document needs the CJK font', () => {
    expect(needsFallback(['plain text, €5'])).toEqual(new Set());
    expect([...needsFallback(['東京 and 東'])]).toEqual([0x6771, 0x4eac]);
  });
});

describe('subsetFont', () => {
  const full = parseFont(readFileSync(FONT_FILES.fallback));

  it('keeps exactly the characters asked for, with the same glyphs', () => {
    const chars = [...'日本語株式会社'].map((c) => c.codePointAt(0)!);
    const sub = parseFont(subsetFont(full, chars));
    expect([...sub.cmap.keys()].sort((a, b) => a - b)).toEqual([...new Set(chars)].sort((a, b) => a - b));
    for (const c of chars) expect(sub.cmap.get(c)).toBe(full.cmap.get(c));
    expect(sub.numGlyphs).toBe(full.numGlyphs);
  });

  it('is a small fraction of the font and quick to make', () => {
    const started = performance.now();
    const bytes = subsetFont(
      full,
      [...'東京都千代田区'].map((c) => c.codePointAt(0)!),
    );
    expect(performance.now() - started).toBeLessThan(500);
    expect(bytes.length).toBeLessThan(readFileSync(FONT_FILES.fallback).length / 5);
  });

  it('refuses a font with CFF outlines', () => {
    const cff = new Uint8Array(64);
    new DataView(cff.buffer).setUint32(0, 0x4f54544f);
    expect(() => parseFont(cff)).toThrow(/TrueType \(glyf\)/);
  });
});
