/**
 * Split a label into at most two lines at the space nearest its middle, for category axes:
 * "Active-passive, async replication" → ["Active-passive,", "async replication"].
 */
export function twoLines(label: string, maxChars: number): [string] | [string, string] {
  if (label.length <= maxChars) return [label];
  let best = -1;
  for (let i = 0; i < label.length; i++) {
    if (label[i] !== ' ') continue;
    if (best < 0 || Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2)) best = i;
  }
  return best < 0 ? [label] : [label.slice(0, best), label.slice(best + 1)];
}

/**
 * Words filled into lines of at most `maxChars` characters (a word longer than that gets a line of its
 * own): SVG text does not wrap, and a narrow chart must not cut a sentence at its edge.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}
