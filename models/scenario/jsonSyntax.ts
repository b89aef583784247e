/**
 * Where JSON text first goes wrong, with line and column. Runs only after `JSON.parse` has failed:
 * engines word (and sometimes omit) the position differently, and a person fixing a file wants the line.
 * Iterative, so deeply nested text cannot overflow the stack.
 */

export interface JsonSyntaxError {
  /** Offset in UTF-16 code units from the start of the text (0-based). */
  position: number;
  /** 1-based line and column. */
  line: number;
  column: number;
  reason: string;
}

type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrtu';

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  let state: State = 'value';
  let i = 0;
  const fail = (position: number, reason: string): JsonSyntaxError => ({
    position,
    ...lineColumn(text, position),
    reason,
  });
  const afterValue = (): State => (stack.length > 0 ? 'commaOrClose' : 'end');

  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
    if (i >= text.length) return state === 'end' ? null : fail(i, 'unexpected end of text');
    const c = text.charAt(i);
    switch (state) {
      case 'value':
      case 'valueOrClose': {
        if (state === 'valueOrClose' && c === ']') {
          stack.pop();
          i++;
          state = afterValue();
        } else if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          state = c === '{' ? 'keyOrClose' : 'valueOrClose';
        } else if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return fail(end.at, end.reason);
          i = end;
          state = afterValue();
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          if (!m) return fail(i, 'invalid number');
          i += m[0].length;
          state = afterValue();
        } else {
          const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
          if (!word) return fail(i, `unexpected ${describe(c)}; expected a value`);
          i += word.length;
          state = afterValue();
        }
        break;
      }
      case 'key':
      case 'keyOrClose': {
        if (state === 'keyOrClose' && c === '}') {
          stack.pop();
          i++;
          state = afterValue();
        } else if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return fail(end.at, end.reason);
          i = end;
          state = 'colon';
        } else {
          return fail(i, `unexpected ${describe(c)}; expected a property name in double quotes`);
        }
        break;
      }
      case 'colon':
        if (c !== ':') return fail(i, `unexpected ${describe(c)}; expected ':'`);
        i++;
        state = 'value';
        break;
      case 'commaOrClose': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']';
        if (c === ',') {
          i++;
          state = close === '}' ? 'key' : 'value';
        } else if (c === close) {
          stack.pop();
          i++;
          state = afterValue();
        } else {
          return fail(i, `unexpected ${describe(c)}; expected ',' or '${close}'`);
        }
        break;
      }
      case 'end':
        return fail(i, `unexpected ${describe(c)} after the end of the JSON value`);
    }
  }
}

/** Index just past the closing quote of the string that opens at `start`, or where and why it fails. */
function scanString(text: string, start: number): number | { at: number; reason: string } {
  let j = start + 1;
  for (;;) {
    if (j >= text.length) return { at: j, reason: 'unterminated string' };
    const c = text.charAt(j);
    if (c === '"') return j + 1;
    if (c === '\\') {
      const e = text.charAt(j + 1);
      if (!ESCAPES.includes(e) || e === '') return { at: j, reason: 'invalid escape in a string' };
      if (e === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
        return { at: j, reason: 'invalid \\u escape in a string' };
      }
      j += e === 'u' ? 6 : 2;
    } else if (c < ' ') {
      return { at: j, reason: 'control character in a string (write it as an escape such as \\n)' };
    } else {
      j++;
    }
  }
}

function describe(c: string): string {
  return c < ' ' || c === '\u007f'
    ? `character U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    : `'${c}'`;
}

function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < position; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/** Size of `text` encoded as UTF-8, in bytes (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      k++;
    } else bytes += 3;
  }
  return bytes;
}
