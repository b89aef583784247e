/**
 * File names for downloads: ASCII letters, digits, hyphens and underscores only, so that they survive every
 * file system, mail client and archive tool.
 */

const TRANSLITERATE: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  Ð: 'D',
  ı: 'i',
};

/** "Société Générale — Zürich" → "Societe-Generale-Zurich": letters, digits and single hyphens only. */
export function asciiSlug(value: string, maxLength = 60): string {
  const ascii = value
    .replace(/[ßæÆœŒøØđĐłŁþÞðÐı]/g, (c) => TRANSLITERATE[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = ascii
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug;
}

export type ExportKind = 'scenario' | 'results' | 'drills';

/**
 * `HA-scenario_<name>_<yyyy-mm-dd>.json`, `HA-results_<name>_<yyyy-mm-dd>.csv` …: the scenario's name as
 * ASCII (or "scenario" when nothing of it is left) and the date.
 */
export function exportFileName(
  kind: ExportKind,
  scenarioName: string,
  date: string,
  extension: string,
): string {
  const slug = asciiSlug(scenarioName) || 'scenario';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'undated';
  const ext = extension.replace(/[^a-z0-9]/gi, '') || 'txt';
  return `HA-${kind}_${slug}_${day}.${ext}`;
}
