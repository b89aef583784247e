import { describe, expect, it } from 'vitest';
import { checkLogoContent, checkLogoFile, LOGO_MAX_BYTES, readLogo } from '../../src/pdf/logo';
import { rewriteFontCss } from '../../src/pdf/svgFont';

const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAIklEQVR42mOQ9bsBR/+RAC5xhkGogRhFyOKDUcNoPAwKDQDWUCAfvm6rdgAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
const SVG =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

describe('logo checks', () => {
  it('accepts PNG and SVG of at most 1 MB', () => {
    expect(checkLogoFile({ name: 'a.png', type: 'image/png', size: 1000 })).toEqual({
      ok: true,
      type: 'png',
    });
    expect(checkLogoFile({ name: 'a.svg', type: 'image/svg+xml', size: LOGO_MAX_BYTES })).toEqual({
      ok: true,
      type: 'svg',
    });
    // No MIME type from the browser: the extension decides.
    expect(checkLogoFile({ name: 'LOGO.SVG', type: '', size: 10 })).toEqual({ ok: true, type: 'svg' });
  });

  it('refuses other types and big files with a message that says why', () => {
    const jpeg = checkLogoFile({ name: 'photo.jpg', type: 'image/jpeg', size: 1000 });
    expect(jpeg).toEqual({
      ok: false,
      message: 'The logo must be a PNG or SVG image; “photo.jpg” is of type image/jpeg.',
    });
    const big = checkLogoFile({ name: 'big.png', type: 'image/png', size: 2.5 * 1024 * 1024 });
    expect(big).toEqual({ ok: false, message: 'The logo must be at most 1 MB; “big.png” is 2.5 MB.' });
    expect(checkLogoFile({ name: 'x.png', type: 'image/png', size: 0 }).ok).toBe(false);
  });

  it('checks the content against the type', () => {
    expect(checkLogoContent(PNG, 'png')).toBe(true);
    expect(checkLogoContent(new TextEncoder().encode('GIF89a'), 'png')).toBe(false);
    expect(checkLogoContent(new TextEncoder().encode(SVG), 'svg')).toBe(true);
    expect(checkLogoContent(new TextEncoder().encode('<html><svg></svg></html>'), 'svg')).toBe(false);
  });

  it('reads a valid file into a data URL and rejects a fake one', async () => {
    const logo = await readLogo(new File([PNG], 'logo.png', { type: 'image/png' }));
    expect(logo.type).toBe('png');
    expect(logo.dataUrl.startsWith('data:image/png;base64,iVBORw0KGgo')).toBe(true);
    await expect(readLogo(new File(['not a png'], 'fake.png', { type: 'image/png' }))).rejects.toThrow(
      '“fake.png” is not a valid PNG image.',
    );
  });
});

describe('SVG fonts for the PDF', () => {
  it('sets every font declaration to the embedded family and weight', () => {
    expect(
      rewriteFontCss("font-family: system-ui, 'Segoe UI'; font-weight: 600; fill: red", 'DejaVuSans'),
    ).toBe('font-family: DejaVuSans; font-weight: bold; fill: red');
    expect(rewriteFontCss('text { font: italic 12px serif } .a { font-weight: 300 }', 'F')).toBe(
      'text { font-family: F } .a { font-weight: normal }',
    );
  });
});
