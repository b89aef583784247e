/**
 * SVG styles under the app's Content-Security-Policy. The built app allows no inline CSS (`style-src
 * 'self'`), and a browser applies that to markup it parses: every `style` attribute and `<style>` element of
 * a chart rendered to static markup, or of an SVG logo, would be refused (a policy violation each time) and
 * the PDF would lose its colours. Styles set through the CSSOM (`element.style`, `CSSStyleSheet`) are not
 * inline CSS, and svg2pdf reads `element.style` first. So the markup is parsed with its styles renamed out of
 * the way (`neutralizeStyles`), and once the SVG is in the page's document its styles are put back through
 * the CSSOM (`restoreStyles`), style sheets included, in cascade order.
 */

/** What `style` attributes and `<style>` elements are renamed to while the markup is parsed. */
export const STYLE_ATTRIBUTE = 'data-ha-inline-style';
export const STYLE_ELEMENT = 'ha-style-sheet';

const TAG_NAME = /[^\s/>]+/y;
const ATTRIBUTE_NAME = /[^\s=/>]+/y;
const UNQUOTED_VALUE = /[^\s>]*/y;
const SPACE = /\s*/y;

function isStyleName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'style' || lower.endsWith(':style');
}

/**
 * `markup` (HTML from React or SVG text) with every `style` attribute renamed to STYLE_ATTRIBUTE and every
 * `<style>` element to STYLE_ELEMENT, and nothing else changed: comments, CDATA, processing instructions,
 * declarations and attribute values are copied as they are.
 */
export function neutralizeStyles(markup: string): string {
  const n = markup.length;
  let out = '';
  let i = 0;
  const copyTo = (end: number) => {
    out += markup.slice(i, end);
    i = end;
  };
  const sticky = (re: RegExp): string => {
    re.lastIndex = i;
    return re.exec(markup)?.[0] ?? '';
  };
  const after = (marker: string, from: number) => {
    const at = markup.indexOf(marker, from);
    return at < 0 ? n : at + marker.length;
  };

  while (i < n) {
    const lt = markup.indexOf('<', i);
    if (lt < 0) {
      copyTo(n);
      break;
    }
    copyTo(lt);
    if (markup.startsWith('<!--', i)) copyTo(after('-->', i + 4));
    else if (markup.startsWith('<![CDATA[', i)) copyTo(after(']]>', i + 9));
    else if (markup.startsWith('<?', i)) copyTo(after('?>', i + 2));
    else if (markup.startsWith('<!', i)) {
      // A declaration such as <!DOCTYPE svg [ … ]>: its internal subset may hold '>'.
      const bracket = markup.indexOf('[', i);
      const close = markup.indexOf('>', i);
      copyTo(bracket >= 0 && close >= 0 && bracket < close ? after('>', after(']', bracket)) : after('>', i));
    } else {
      const closing = markup.charAt(i + 1) === '/';
      copyTo(i + (closing ? 2 : 1));
      const name = sticky(TAG_NAME);
      if (name === '') continue;
      out += isStyleName(name) ? name.replace(/style$/i, STYLE_ELEMENT) : name;
      i += name.length;
      if (!closing) copyAttributes();
    }
  }
  return out;

  /** Copies a start tag's attributes up to and including its '>', renaming `style`. */
  function copyAttributes(): void {
    while (i < n) {
      copyTo(i + sticky(SPACE).length);
      const c = markup.charAt(i);
      if (c === '>') {
        copyTo(i + 1);
        return;
      }
      if (c === '/' || c === '=' || c === '"' || c === "'") {
        copyTo(i + 1);
        continue;
      }
      const name = sticky(ATTRIBUTE_NAME);
      out += name.toLowerCase() === 'style' ? STYLE_ATTRIBUTE : name;
      i += name.length;
      copyTo(i + sticky(SPACE).length);
      if (markup.charAt(i) !== '=') continue;
      copyTo(i + 1);
      copyTo(i + sticky(SPACE).length);
      const quote = markup.charAt(i);
      if (quote === '"' || quote === "'") copyTo(after(quote, i + 1));
      else copyTo(i + sticky(UNQUOTED_VALUE).length);
    }
  }
}

type Specificity = [number, number, number];

/** Selector specificity (ids, classes/attributes/pseudo-classes, types/pseudo-elements), near enough for SVG. */
export function specificity(selector: string): Specificity {
  let attributes = 0;
  const s = selector.replace(/"[^"]*"|'[^']*'/g, '').replace(/\[[^\]]*\]/g, () => {
    attributes += 1;
    return ' ';
  });
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (s.match(/\.[\w-]+/g) ?? []).length;
  const pseudoElements = (s.match(/::[\w-]+/g) ?? []).length;
  const pseudoClasses = (s.match(/(^|[^:]):[\w-]+/g) ?? []).length;
  const types = (s.replace(/[#.:][\w-]+|::[\w-]+/g, ' ').match(/(^|[\s>+~(])[a-zA-Z][\w-]*/g) ?? []).length;
  return [ids, classes + attributes + pseudoClasses, types + pseudoElements];
}

/** Splits "a, b:is(c, d)" at the commas outside brackets and quotes. */
function splitSelectors(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charAt(k);
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, k).trim());
      start = k + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((p) => p !== '');
}

interface Rule {
  selector: string;
  specificity: Specificity;
  order: number;
  style: CSSStyleDeclaration;
}

function compareRules(a: Rule, b: Rule): number {
  for (let k = 0; k < 3; k++) {
    const d = (b.specificity[k] ?? 0) - (a.specificity[k] ?? 0);
    if (d !== 0) return d;
  }
  return b.order - a.order;
}

/** The style rules of every renamed `<style>` element under `root`, which are removed. */
function takeRules(root: Element): Rule[] {
  const rules: Rule[] = [];
  const sheets = [root, ...Array.from(root.querySelectorAll('*'))].filter(
    (el) => el.localName === STYLE_ELEMENT,
  );
  for (const element of sheets) {
    const text = element.textContent ?? '';
    element.remove();
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(text);
    } catch {
      continue;
    }
    for (const rule of Array.from(sheet.cssRules)) {
      if (!(rule instanceof CSSStyleRule)) continue;
      for (const selector of splitSelectors(rule.selectorText)) {
        rules.push({ selector, specificity: specificity(selector), order: rules.length, style: rule.style });
      }
    }
  }
  return rules.sort(compareRules);
}

/**
 * Puts the styles renamed by `neutralizeStyles` back, through the CSSOM, on an SVG already in the page's
 * document: each element's own declarations, then the rules of its style sheets where the element does not
 * already set the property (`!important` rules first, then by specificity and order).
 */
export function restoreStyles(root: Element): void {
  const elements = [root, ...Array.from(root.querySelectorAll('*'))];
  const own = new Map<Element, Set<string>>();
  for (const el of elements) {
    const css = el.getAttribute(STYLE_ATTRIBUTE);
    if (css === null) continue;
    el.removeAttribute(STYLE_ATTRIBUTE);
    const style = (el as Element & ElementCSSInlineStyle).style;
    if (!style) continue;
    style.cssText = css;
    own.set(el, new Set(Array.from({ length: style.length }, (_, k) => style.item(k))));
  }
  const rules = takeRules(root);
  if (rules.length === 0) return;
  const fromSheets = new Map<Element, Set<string>>();
  for (const pass of ['important', ''] as const) {
    for (const rule of rules) {
      let matches: Element[];
      try {
        matches = [
          ...(root.matches(rule.selector) ? [root] : []),
          ...Array.from(root.querySelectorAll(rule.selector)),
        ];
      } catch {
        continue;
      }
      for (const el of matches) {
        const style = (el as Element & ElementCSSInlineStyle).style;
        if (!style) continue;
        const set = fromSheets.get(el) ?? new Set<string>();
        fromSheets.set(el, set);
        for (let k = 0; k < rule.style.length; k++) {
          const property = rule.style.item(k);
          if (rule.style.getPropertyPriority(property) !== pass || set.has(property)) continue;
          if (pass === '' && own.get(el)?.has(property)) continue;
          style.setProperty(property, rule.style.getPropertyValue(property));
          set.add(property);
        }
      }
    }
  }
}
