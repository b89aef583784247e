/**
 * Drill dates: ISO 8601 calendar dates, with a time of day when wanted, read into instants by arithmetic
 * alone, so that the same text gives the same instant on every machine (no clock, no local time zone).
 *
 * Accepted: `2026-03-14`, and `2026-03-14T10:30`, `2026-03-14T10:30:15.5Z`, `2026-03-14 10:30+01:00` (a
 * space for the T as RFC 3339 allows). A time without a zone is UTC; a date alone is its start, 00:00 UTC.
 */

export interface DrillInstant {
  /** Milliseconds since 1970-01-01T00:00Z. */
  ms: number;
  /** The text gave a date alone, no time of day. */
  dateOnly: boolean;
  /** The UTC calendar day of the instant, yyyy-mm-dd. */
  day: string;
}

export const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export const MS_PER_DAY = 86_400_000;
/** The year of the model: 365.25 days. */
export const MS_PER_YEAR = 365.25 * MS_PER_DAY;

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day count from 1970-01-01 (H. Hinnant's civil_from_days), yyyy-mm-dd. */
function civilFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The instant a drill date names, or the reason it names none (for "date: …" messages). */
export function readDrillDate(text: string): DrillInstant | string {
  const m = DATE_TIME.exec(text.trim());
  if (!m) {
    return 'must be an ISO 8601 date such as 2026-03-14, or a date and time such as 2026-03-14T10:30:00Z';
  }
  const [, ys, mos, ds, hs, mis, ss, fraction, zone] = m;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  if (year < 1900) return 'must be a year from 1900 on';
  if (month < 1 || month > 12) return `has no month ${mos}`;
  if (day < 1 || day > daysInMonth(year, month)) return `has no day ${ds} in that month`;
  const hours = hs === undefined ? 0 : Number(hs);
  const minutes = mis === undefined ? 0 : Number(mis);
  const seconds = ss === undefined ? 0 : Number(ss);
  if (hours > 23 || minutes > 59 || seconds > 59) return 'has a time of day that does not exist';
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const [oh = 0, om = 0] = zone.slice(1).split(':').map(Number);
    if (oh > 14 || om > 59) return `has a time zone offset that does not exist (${zone})`;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const millis = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
  const ms =
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000 +
    millis;
  return { ms, dateOnly: hs === undefined, day: civilFromDays(Math.floor(ms / MS_PER_DAY)) };
}

/**
 * Whether `drill` is after `asOf`. An as-of date without a time covers its whole day (UTC): a drill that
 * afternoon is not after it.
 */
export function isAfter(drill: DrillInstant, asOf: DrillInstant): boolean {
  return asOf.dateOnly ? drill.day > asOf.day : drill.ms > asOf.ms;
}
