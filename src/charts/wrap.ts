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
