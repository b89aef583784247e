import { readFileSync } from 'node:fs';
import { coverageRanges, parseFont } from '../../src/pdf/ttf';

/** The font files of the PDF, by the name the coverage table gives them. */
export const FONT_FILES = {
  regular: 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  mono: 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf',
  fallback: 'src/pdf/fonts/DroidSansFallbackFull.ttf',
} as const;

/** Ranges as "20-7e,a0-17f,…" (hexadecimal, inclusive). */
export function encodeRanges(ranges: [number, number][]): string {
  return ranges.map(([a, b]) => (a === b ? a.toString(16) : `${a.toString(16)}-${b.toString(16)}`)).join(',');
}

export function coverageSource(files: Record<string, string>): string {
  const lines = Object.entries(files).map(
    ([name, path]) => `  ${name}:\n    '${encodeRanges(coverageRanges(parseFont(readFileSync(path))))}',`,
  );
  return `/**
 * The characters each font of the PDF draws, as inclusive hexadecimal code-point ranges, read from the font
 * files by test/pdf/fontCoverage.gen.ts (a test checks that they still match). The export form uses them to
 * warn, before export, about characters no font of the PDF can draw.
 */
export const FONT_COVERAGE = {
${lines.join('\n')}
} as const;
`;
}
