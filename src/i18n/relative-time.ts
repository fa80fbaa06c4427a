/**
 * When something was written, as a reader says it: "5 minutes ago" for the last week, then the date and
 * time. Both come from Intl in the UI's language; the difference is taken between UTC instants, so a
 * time zone never changes how long ago something was.
 */
import { formatDateTime, uiLanguage } from './messages.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Past this, a date says more than a count of days. */
const RELATIVE_LIMIT = 7 * DAY;

const formats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(): Intl.RelativeTimeFormat {
  const locale = uiLanguage();
  let made = formats.get(locale);
  if (!made) {
    made = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formats.set(locale, made);
  }
  return made;
}

/** `iso` (UTC ISO-8601) relative to `now` (ms since the epoch) when recent, else as a date and time. */
export function formatWhen(iso: string, now: number = Date.now()): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const ago = now - at;
  // A clock a little behind the writer's still says "now", not "in 2 minutes".
  if (ago < -MINUTE || ago >= RELATIVE_LIMIT) return formatDateTime(iso);
  const rtf = relativeFormat();
  if (ago < MINUTE) return rtf.format(0, 'second');
  if (ago < HOUR) return rtf.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return rtf.format(-Math.floor(ago / HOUR), 'hour');
  return rtf.format(-Math.floor(ago / DAY), 'day');
}
