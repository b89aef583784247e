import { formatNumber } from '../../src/format';
import { describe, expect, it } from 'vitest';
import { cleanNote, cleanText, longDate, sentence, settingsText, yesNo } from '../../src/pdf/sections/text';

describe('longDate', () => {
  it('writes an ISO date as day, month name and year', () => {
    expect(longDate('2026-11-25')).toBe('25 November 2026');
    expect(longDate('2026-01-01')).toBe('1 January 2026');
    expect(longDate('2026-12-03')).toBe('3 December 2026');
    expect(longDate('2027-12-31')).toBe('31 December 2027');
    expect(longDate('2028-02-29')).toBe('29 February 2028');
    expect(longDate('1999-07-09')).toBe('9 July 1999');
  });

  it('gives the same day whatever the time zone of the machine', () => {
    // Fourteen hours ahead of UTC and eleven behind: a date read or written in local time would slip a day.
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = tz;
        expect(longDate('2026-01-01')).toBe('1 January 2026');
        expect(longDate('2026-12-31')).toBe('31 December 2026');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('keeps text that is not a date as it is', () => {
    for (const text of [
      '',
      'undated',
      '2026-13-01',
      '2026-00-10',
      '2026-02-30',
      '2026-11-00',
      '25/11/2026',
      '2026-11-25T10:00',
    ])
      expect(longDate(text)).toBe(text);
  });
});

describe('plain text', () => {
  it('turns control characters into spaces and collapses white space', () => {
    expect(cleanText('  Acme\u0000\u0007 \t Corp\u009f  ')).toBe('Acme Corp');
    expect(cleanText('<b>σ≤≈€</b>')).toBe('<b>σ≤≈€</b>');
  });

  it('cuts long text with an ellipsis at the given length', () => {
    const cut = cleanText('a'.repeat(300), 120);
    expect(cut).toHaveLength(120);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('keeps the line breaks of a note, at most one empty line in a row', () => {
    expect(cleanNote('First\r\n\r\n\r\n\r\nSecond\u0007 line\rThird')).toBe('First\n\nSecond line\nThird');
  });

  it('writes numbers with the digits that matter for their size', () => {
    expect(formatNumber(0.05)).toBe('0.05');
    expect(formatNumber(1.8)).toBe('1.8');
    expect(formatNumber(42)).toBe('42');
    expect(formatNumber(12345.4)).toBe('12,345');
  });

  it('ends a sentence once', () => {
    expect(sentence(' It fails over ')).toBe('It fails over.');
    expect(sentence('Does it?')).toBe('Does it?');
  });

  it('lists settings, or says none are published', () => {
    expect(settingsText({ ttl: '20 s', loop_wait: '5 s' })).toBe('ttl = 20 s; loop_wait = 5 s');
    expect(settingsText({})).toBe('none published');
    expect(yesNo(true)).toBe('Yes');
  });
});
