/**
 * Plain-text helpers shared by the sections of the proposal. Everything the proposal says is plain text
 * (the renderer never reads markup), so these only clean, round and punctuate.
 */

/** "25 November 2026". In UTC, so the time zone of the machine never moves the day. */
const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Control characters (C0, DEL and C1) become spaces. */
function withoutControls(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code < 0x20 || (code >= 0x7f && code <= 0x9f) ? ' ' : ch;
  }
  return out;
}

/** Control characters out, runs of white space to one space, trimmed. The result is still plain text. */
export function cleanText(value: string, maxLength = 200): string {
  const text = withoutControls(value).replace(/\s+/g, ' ').trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}

/** Like cleanText, but keeps line breaks (the free note). */
export function cleanNote(value: string, maxLength = 1500): string {
  const lines = value.split(/\r\n|\r|\n/).map((line) => withoutControls(line).replace(/\s+/g, ' ').trim());
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}

/** "2026-11-25" → "25 November 2026" (the ISO text itself when it is not a date). */
export function longDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const day = new Date(`${date}T00:00:00Z`);
  // A day the calendar does not have (month 13, 30 February) would otherwise roll into the next month.
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) return date;
  return LONG_DATE.format(day);
}

/** Ends the text with a full stop unless it already ends a sentence. */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** A preset's published settings as one line: "ttl = 20 s; loop_wait = 5 s". */
export function settingsText(settings: Record<string, string>): string {
  const entries = Object.entries(settings);
  return entries.length === 0 ? 'none published' : entries.map(([k, v]) => `${k} = ${v}`).join('; ');
}

export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}
