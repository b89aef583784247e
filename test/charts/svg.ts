/**
 * Golden SVGs, as Observable Plot keeps them: decimals rounded to two places (so a change in the last
 * bits of a float is not a change of picture), generated ids renumbered (React's useId values depend on
 * render order), and one tag per line for readable diffs.
 */
export function normalizeSvg(svg: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  let out = svg;
  // Longest first, so that an id that prefixes another is not replaced inside it.
  [...new Set(ids)]
    .sort((a, b) => b.length - a.length)
    .forEach((id) => {
      out = out.split(id).join(`id${ids.indexOf(id) + 1}`);
    });
  out = out.replace(/-?\d+\.\d+/g, (n) => {
    const rounded = Math.round(Number(n) * 100) / 100;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
  return out.replace(/></g, '>\n<') + '\n';
}
