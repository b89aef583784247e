/**
 * An SVG logo is someone else's file: it may carry scripts, event handlers, links that run code and
 * references to other servers. It is made safe here as text, before any parser, DOM or image element of
 * the page sees it: the text is read by a small tokenizer and written out again with only what a logo
 * draws with. What goes:
 *
 * - every element outside SHAPE_ELEMENTS, with all it holds (script, foreignObject, iframe, animation
 *   elements that can rewrite attributes, metadata, editors' own elements such as sodipodi:namedview);
 *   a link (`a`) or `switch` keeps what it holds, as a plain group;
 * - every event handler (`on…`), every attribute of another namespace but `xlink:href` and `xml:space`,
 *   every namespace declaration (the two the output needs are written on the root);
 * - every reference outside the file: `href` other than `#id` (and, on an image, a data: URL of a PNG,
 *   JPEG, GIF or WebP image), and any `url(…)` that is not `url(#id)` and any `@import`, in an attribute,
 *   a style or any text (text is made inert as CSS wherever it sits: which element's text a browser reads
 *   as a style sheet is not worth guessing);
 * - the XML declaration, processing instructions (`<?xml-stylesheet …?>`), comments and the DOCTYPE with
 *   its entity definitions (an entity could expand into markup once parsed).
 *
 * Text and attribute values are decoded and escaped again, so nothing in them becomes markup. A file that
 * is not well-formed XML with an `svg` root is refused with a message for people.
 */

export type SanitizedSvg = { ok: true; svg: string } | { ok: false; reason: string };

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Elements a logo draws with (SVG 1.1 shapes, text, paint servers, structure and style). */
const SHAPE_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'marker',
  'image',
  'style',
]);

/** Elements whose content is kept as a group, without the element itself. */
const UNWRAPPED = new Set(['a', 'switch']);

/** Images embedded as data: URLs of raster formats only (an SVG image could nest the same problems). */
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
/** `url(…)` whose target is not a fragment of this file. */
const EXTERNAL_URL = /url\(\s*(?!['"]?\s*#)[^)]*\)/gi;

const NAME = /[A-Za-z_:][\w.:-]*/y;
const SPACE = /\s*/y;

type Attr = { name: string; value: string };

/** Decodes the five predefined entities and character references; anything else stays as written. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'amp') return '&';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    // Only characters XML allows in a document.
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    return allowed ? String.fromCodePoint(code) : whole.replace('&', '&amp;');
  });
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** CSS with no reference outside the file: `@import` rules and external `url(…)` taken out. */
export function inertCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(EXTERNAL_URL, 'none')
    .replace(/expression\s*\(/gi, '(');
}

/** The attributes of a kept element that stay, with their values made inert. */
function keptAttributes(element: string, attrs: Attr[]): Attr[] {
  const kept: Attr[] = [];
  for (const { name, value } of attrs) {
    const lower = name.toLowerCase();
    if (lower.startsWith('on') || lower === 'xmlns' || lower.startsWith('xmlns:')) continue;
    if (name.includes(':') && lower !== 'xlink:href' && lower !== 'xml:space') continue;
    if (lower === 'href' || lower === 'xlink:href') {
      const target = value.trim();
      const local = target.startsWith('#');
      if (!local && !(element === 'image' && DATA_IMAGE.test(target))) continue;
      kept.push({ name: lower, value: target });
      continue;
    }
    kept.push({ name, value: lower === 'style' ? inertCss(value) : value.replace(EXTERNAL_URL, 'none') });
  }
  return kept;
}

class NotWellFormed extends Error {}

/** The SVG text with only what draws a logo, or why it cannot be read. */
export function sanitizeSvgText(text: string): SanitizedSvg {
  try {
    return { ok: true, svg: sanitize(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    if (error instanceof NotWellFormed) return { ok: false, reason: error.message };
    return { ok: false, reason: 'it is not an SVG image this planner can read' };
  }
}

function sanitize(text: string): string {
  const n = text.length;
  let i = 0;
  let out = '';
  /** Open elements: their names, and whether each is written (false: dropped or unwrapped). */
  const open: { name: string; written: boolean }[] = [];
  /** Depth inside a dropped element: everything there goes. */
  let dropping = 0;
  let rootSeen = false;
  let rootClosed = false;

  const fail = (reason: string): never => {
    throw new NotWellFormed(reason);
  };
  const sticky = (re: RegExp): string => {
    re.lastIndex = i;
    return re.exec(text)?.[0] ?? '';
  };
  const skipPast = (marker: string, what: string) => {
    const at = text.indexOf(marker, i);
    if (at < 0) fail(`it ends inside ${what}`);
    const body = text.slice(i, at);
    i = at + marker.length;
    return body;
  };

  while (i < n) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const chunk = text.slice(i, textEnd);
      if (open.length === 0) {
        if (chunk.trim() !== '') fail('it has text outside its <svg> element');
      } else if (dropping === 0) {
        out += escapeText(inertCss(decode(chunk)));
      }
      i = textEnd;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      i += 4;
      skipPast('-->', 'a comment');
    } else if (text.startsWith('<![CDATA[', i)) {
      i += 9;
      const body = skipPast(']]>', 'a CDATA section');
      if (open.length === 0) fail('it has text outside its <svg> element');
      if (dropping === 0) out += escapeText(inertCss(body));
    } else if (text.startsWith('<?', i)) {
      i += 2;
      skipPast('?>', 'a processing instruction');
    } else if (text.startsWith('<!', i)) {
      // A DOCTYPE, with an internal subset in brackets that may hold '>'.
      if (rootSeen) fail('it has a declaration inside the image');
      const bracket = text.indexOf('[', i);
      const close = text.indexOf('>', i);
      if (close < 0) fail('it ends inside a declaration');
      if (bracket >= 0 && bracket < close) {
        i = bracket + 1;
        skipPast(']', 'a declaration');
      }
      skipPast('>', 'a declaration');
    } else if (text.charAt(i + 1) === '/') {
      i += 2;
      const name = sticky(NAME);
      if (name === '') fail('it has a closing tag without a name');
      i += name.length + sticky(SPACE).length;
      if (text.charAt(i) !== '>') fail(`its closing tag </${name}> is not closed`);
      i += 1;
      const top = open.pop();
      if (!top || top.name !== name) fail(`</${name}> does not close the element it should`);
      if (dropping > 0) dropping -= 1;
      else if (top?.written) out += `</${name}>`;
      if (open.length === 0) rootClosed = true;
    } else {
      i += 1;
      const name = sticky(NAME);
      if (name === '') fail('it has a “<” that starts no tag');
      i += name.length;
      const { attrs, selfClosing } = readAttributes(name);
      if (open.length === 0) {
        if (rootClosed) fail('it has more than one root element');
        if (name !== 'svg') fail(`its root element is <${name}>, not <svg>`);
        rootSeen = true;
      }
      const root = open.length === 0;
      // Inside a dropped element, or not a shape: not written (a dropped element takes what it holds).
      let written = false;
      if (dropping > 0 || !(SHAPE_ELEMENTS.has(name) || UNWRAPPED.has(name))) {
        if (!selfClosing) dropping += 1;
      } else if (SHAPE_ELEMENTS.has(name)) {
        written = true;
        const namespaces = root ? ` xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}"` : '';
        const list = keptAttributes(name, attrs)
          .map((a) => ` ${a.name}="${escapeAttr(a.value)}"`)
          .join('');
        out += `<${name}${namespaces}${list}${selfClosing ? '/>' : '>'}`;
      }
      if (!selfClosing) open.push({ name, written });
      else if (root) rootClosed = true;
    }
  }
  if (!rootSeen) fail('it has no <svg> element');
  if (open.length > 0) fail(`it ends before <${open[open.length - 1]!.name}> is closed`);
  return out;

  /** The attributes of a start tag up to its '>' (or '/>'), values decoded. */
  function readAttributes(element: string): { attrs: Attr[]; selfClosing: boolean } {
    const attrs: Attr[] = [];
    const seen = new Set<string>();
    for (;;) {
      i += sticky(SPACE).length;
      if (i >= n) fail(`it ends inside the tag <${element}>`);
      if (text.startsWith('/>', i)) {
        i += 2;
        return { attrs, selfClosing: true };
      }
      if (text.charAt(i) === '>') {
        i += 1;
        return { attrs, selfClosing: false };
      }
      const name = sticky(NAME);
      if (name === '') fail(`the tag <${element}> has an attribute without a name`);
      i += name.length + sticky(SPACE).length;
      if (text.charAt(i) !== '=') fail(`the attribute ${name} of <${element}> has no value`);
      i += 1;
      i += sticky(SPACE).length;
      const quote = text.charAt(i);
      if (quote !== '"' && quote !== "'") fail(`the value of ${name} in <${element}> is not quoted`);
      const end = text.indexOf(quote, i + 1);
      if (end < 0) fail(`it ends inside the value of ${name}`);
      const raw = text.slice(i + 1, end);
      if (raw.includes('<')) fail(`the value of ${name} in <${element}> holds a “<”`);
      i = end + 1;
      if (seen.has(name)) fail(`the tag <${element}> has ${name} twice`);
      seen.add(name);
      attrs.push({ name, value: decode(raw) });
    }
  }
}
