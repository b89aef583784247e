/**
 * The PDF's font: DejaVu Sans, regular and bold, embedded so that σ, ≤, ≈, €, — and accented names print
 * as typed (the fonts built into PDF readers cover only Latin-1). The files are fetched on export only:
 * this module is reached through the dynamic import of the export code.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import monoUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf?url';
import fallbackUrl from './fonts/DroidSansFallbackFull.ttf?url';

/** Family name of the embedded font, in jsPDF and in the charts' SVG. */
export const PDF_FONT = 'DejaVuSans';

/** Family names of the monospaced font (commands) and of the CJK fallback, in jsPDF. */
export const PDF_MONO_FONT = 'DejaVuSansMono';
export const PDF_FALLBACK_FONT = 'DroidSansFallback';

export interface FontFiles {
  regular: ArrayBuffer;
  bold: ArrayBuffer;
  mono: ArrayBuffer;
}

let loading: Promise<FontFiles> | null = null;

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`could not load the PDF font (${response.status} ${response.statusText})`);
  return response.arrayBuffer();
}

/** Both font files, fetched once per page load. */
export function loadFonts(): Promise<FontFiles> {
  loading ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl), fetchFont(monoUrl)]).then(
    ([regular, bold, mono]) => ({ regular, bold, mono }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

let fallback: Promise<ArrayBuffer> | null = null;

/**
 * The CJK fallback font (about 4 MB), fetched only for a proposal whose text needs it, once per page load.
 */
export function loadFallbackFont(): Promise<ArrayBuffer> {
  fallback ??= fetchFont(fallbackUrl).catch((error: unknown) => {
    fallback = null;
    throw error;
  });
  return fallback;
}

const encoded = new WeakMap<ArrayBuffer, string>();

/** Base64 of a font file, worked out once per page load (the same file serves every export). */
export function fontBase64(data: ArrayBuffer): string {
  let text = encoded.get(data);
  if (text === undefined) {
    text = toBase64(data);
    encoded.set(data, text);
  }
  return text;
}

/** Base64 of binary data, in chunks small enough for `String.fromCharCode`. */
export function toBase64(data: ArrayBuffer | Uint8Array): string {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

let registered: Promise<void> | null = null;

/**
 * Makes the same font known to the browser under the same family name. svg2pdf measures centred and
 * right-aligned chart text with the browser's font engine; with the real font the measured widths match
 * what the PDF prints.
 */
export function registerBrowserFont(files: FontFiles): Promise<void> {
  if (typeof FontFace === 'undefined' || typeof document === 'undefined' || !document.fonts) {
    return Promise.resolve();
  }
  registered ??= (async () => {
    const faces = [
      new FontFace(PDF_FONT, files.regular.slice(0), { weight: '400' }),
      new FontFace(PDF_FONT, files.bold.slice(0), { weight: '700' }),
    ];
    for (const face of faces) {
      await face.load();
      document.fonts.add(face);
    }
  })().catch(() => {
    // Measuring falls back to another font: text placement is a little less exact, nothing breaks.
  });
  return registered;
}
