/**
 * SVG clean-up before svg2pdf draws it: every text in the embedded font (svg2pdf falls back to a Latin-1
 * font for any family jsPDF does not know), weights reduced to the two embedded ones, and nothing that
 * could run or fetch (a user's SVG logo is untrusted).
 */

import { neutralizeStyles, restoreStyles } from './svgStyles';

const BOLD = /^(bold|bolder|[6-9]00)$/i;

function weight(value: string): string {
  return BOLD.test(value.trim()) ? 'bold' : 'normal';
}

/** Rewrites font declarations in CSS text (a `style` attribute or a `<style>` element). */
export function rewriteFontCss(css: string, family: string): string {
  // A value runs up to the next `;` or `}`, without the white space before it.
  const value = String.raw`[^;}]*?(?=\s*(?:[;}]|$))`;
  return css
    .replace(new RegExp(String.raw`font-family\s*:\s*${value}`, 'gi'), `font-family: ${family}`)
    .replace(
      new RegExp(String.raw`font-weight\s*:\s*(${value})`, 'gi'),
      (_, v: string) => `font-weight: ${weight(v)}`,
    )
    .replace(new RegExp(String.raw`font-style\s*:\s*${value}`, 'gi'), 'font-style: normal')
    .replace(
      new RegExp(String.raw`(^|[;{\s])font\s*:\s*${value}`, 'gi'),
      (_, lead: string) => `${lead}font-family: ${family}`,
    );
}

/** Sets the family of every text in the SVG (in place). */
export function applyFont(svg: SVGSVGElement, family: string): void {
  svg.setAttribute('font-family', family);
  for (const el of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
    if (el.hasAttribute('font-family')) el.setAttribute('font-family', family);
    const fw = el.getAttribute('font-weight');
    if (fw !== null) el.setAttribute('font-weight', weight(fw));
    if (el.hasAttribute('font-style')) el.setAttribute('font-style', 'normal');
    // Through the CSSOM: the page's Content-Security-Policy refuses a style attribute set as markup.
    const style = el.getAttribute('style');
    const declarations = (el as Element & Partial<ElementCSSInlineStyle>).style;
    if (style && declarations) declarations.cssText = rewriteFontCss(style, family);
    if (el.localName === 'style' && el.textContent) el.textContent = rewriteFontCss(el.textContent, family);
  }
}

const UNSAFE_ELEMENTS = 'script, foreignObject, iframe, object, embed, audio, video';

/** Removes scripts, event handlers and references to anything outside the SVG (in place). */
export function sanitizeSvg(svg: SVGSVGElement): void {
  for (const el of Array.from(svg.querySelectorAll(UNSAFE_ELEMENTS))) el.remove();
  for (const el of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on')) el.removeAttribute(attr.name);
      else if (
        (name === 'href' || name === 'xlink:href') &&
        !value.startsWith('#') &&
        !value.startsWith('data:image/')
      )
        el.removeAttribute(attr.name);
    }
  }
}

/** Width and height of an SVG in its own units: viewBox first, then width and height. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (box.length === 4 && box[2]! > 0 && box[3]! > 0) return { width: box[2]!, height: box[3]! };
  const width = parseFloat(svg.getAttribute('width') ?? '');
  const height = parseFloat(svg.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  return { width: 640, height: 360 };
}

/**
 * Parses SVG text into an SVG element of this document, or null when it is not SVG. Its styles, attributes
 * and style sheets alike, go through the CSSOM, which the page's Content-Security-Policy allows (see
 * svgStyles.ts).
 */
export function parseSvg(text: string): SVGSVGElement | null {
  const parsed = new DOMParser().parseFromString(neutralizeStyles(text), 'image/svg+xml');
  const root = parsed.documentElement;
  if (!root || root.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) return null;
  const svg = document.importNode(root, true) as unknown as SVGSVGElement;
  restoreStyles(svg);
  return svg;
}
