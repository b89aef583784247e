/**
 * The optional logo of the proposal: a PNG or SVG file of at most 1 MB, checked by its type, its size and
 * its first bytes before it is read, then whole: a PNG by its structure and image data (pngCheck.ts) and,
 * where the browser can, by decoding it; an SVG is made safe as text (svgSanitize.ts) before anything of
 * the page parses or shows it, and only the safe text is kept. Every refusal is a message for people.
 * Loaded with the dialog (it is small); no PDF code here.
 */
import { pngProblem } from './pngCheck';
import { formatBytes } from '../format';
import { sanitizeSvgText } from './svgSanitize';

export const LOGO_MAX_BYTES = 1024 * 1024;

export type LogoType = 'png' | 'svg';

export interface ProposalLogo {
  name: string;
  type: LogoType;
  /** `data:` URL of the file as read. */
  dataUrl: string;
}

export type LogoCheck = { ok: true; type: LogoType } | { ok: false; message: string };

/** The type a file claims by its MIME type or, when the browser gives none, its extension. */
function claimedType(file: { name: string; type: string }): LogoType | null {
  const mime = file.type.toLowerCase();
  if (mime === 'image/png') return 'png';
  if (mime === 'image/svg+xml') return 'svg';
  if (mime !== '') return null;
  const name = file.name.toLowerCase();
  if (name.endsWith('.png')) return 'png';
  if (name.endsWith('.svg')) return 'svg';
  return null;
}

/** Checks type and size, before reading the file. */
export function checkLogoFile(file: { name: string; type: string; size: number }): LogoCheck {
  const type = claimedType(file);
  if (!type) {
    return {
      ok: false,
      message: `The logo must be a PNG or SVG image; “${file.name}” is ${file.type ? `of type ${file.type}` : 'neither'}.`,
    };
  }
  if (file.size > LOGO_MAX_BYTES) {
    return {
      ok: false,
      message: `The logo must be at most 1 MB; “${file.name}” is ${formatBytes(file.size)}.`,
    };
  }
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty.` };
  return { ok: true, type };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Checks that the content is what the type says: the PNG signature, or an `<svg` root element. */
export function checkLogoContent(bytes: Uint8Array, type: LogoType): boolean {
  if (type === 'png') return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(
    head,
  );
}

/** Decodes an image as the browser would draw it; resolves false when it cannot (true where untestable). */
export type ImageDecoder = (bytes: Uint8Array, mime: string) => Promise<boolean>;

const browserDecoder: ImageDecoder = async (bytes, mime) => {
  if (typeof createImageBitmap !== 'function') return true;
  try {
    const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
    bitmap.close();
    return true;
  } catch {
    return false;
  }
};

function dataUrl(bytes: Uint8Array, mime: string): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:${mime};base64,${btoa(binary)}`;
}

/** Reads and checks a logo file; throws an Error whose message can be shown as it is. */
export async function readLogo(file: File, decodes: ImageDecoder = browserDecoder): Promise<ProposalLogo> {
  const check = checkLogoFile(file);
  if (!check.ok) throw new Error(check.message);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new Error(`“${file.name}” could not be read. Choose it again, or choose another file.`);
  }
  if (check.type === 'png') {
    if (!checkLogoContent(bytes, 'png')) throw new Error(`“${file.name}” is not a valid PNG image.`);
    const problem = pngProblem(bytes, file.name);
    if (problem) throw new Error(problem);
    if (!(await decodes(bytes, 'image/png'))) {
      throw new Error(
        `“${file.name}” could not be read as an image. Save the logo again, or choose another file.`,
      );
    }
    return { name: file.name, type: 'png', dataUrl: dataUrl(bytes, 'image/png') };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`“${file.name}” is not a valid SVG image: it is not UTF-8 text.`);
  }
  const safe = sanitizeSvgText(text);
  if (!safe.ok) throw new Error(`“${file.name}” is not a valid SVG image: ${safe.reason}.`);
  return {
    name: file.name,
    type: 'svg',
    dataUrl: dataUrl(new TextEncoder().encode(safe.svg), 'image/svg+xml'),
  };
}
