/**
 * Dates as the Markdown report writes them for a reader, in the report's language (English, like its
 * other words): `7 December 2026`, and an instant with its UTC time, `7 December 2026, 14:05 UTC`. The
 * data keeps ISO-8601; this is only how a person reads it. Written by hand rather than through `Intl`, so
 * the server and every browser write the same report.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-12-07` as `7 December 2026`; anything else as it is (it was validated before it got here). */
export function readableDay(day: string): string {
  const m = CALENDAR_DAY.exec(day);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return day;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** A UTC ISO-8601 instant as `7 December 2026, 14:05 UTC`; anything unreadable as it is. */
export function readableInstant(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const date = new Date(time);
  const day = date.toISOString().slice(0, 10);
  const hours = String(date.getUTCHours()).padStart(2, '0');
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  return `${readableDay(day)}, ${hours}:${minutes} UTC`;
}
