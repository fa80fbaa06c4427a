/**
 * The user-facing words of the extension, through the browser's own i18n system (`_locales/`), so the UI
 * follows the browser's language. Every context may use it: the background, the content scripts and
 * the extension pages all have `chrome.i18n`.
 *
 * Keys are checked by the type system against the English messages; `tests/unit/i18n` checks that
 * every language has every key with the same `$1`…`$9` substitutions.
 */
export type MessageKey = keyof typeof import('../../_locales/en/messages.json');

type Substitution = string | number;

/** The message `key` in the browser's language, `$1`…`$9` replaced by `substitutions` in order. */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const text = chrome.i18n.getMessage(key, substitutions.map(String));
  // A missing message comes back as ''; showing the key keeps the gap visible instead of blank.
  return text || key;
}

/** The bases of the messages that come in plural forms: `x_one`, `x_other` (and `x_many` where a language has it). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The plural form of `base` that the browser's language uses for `count` (`$1` is the count, written
 * for the locale; `more` fill `$2`…). Falls back to `_other` when a language has a form we did not write.
 */
export function tn(base: PluralKey, count: number, ...more: Substitution[]): string {
  const locale = uiLanguage();
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const form = `${base}_${rules.select(count)}`;
  const written = chrome.i18n.getMessage(form, [formatNumber(count), ...more.map(String)]);
  return written || t(`${base}_other` as MessageKey, formatNumber(count), ...more);
}

/**
 * The language the UI is shown in, as a BCP 47 tag: the browser's own (`pt-BR`, `en-GB`) when we have
 * its language, else the language of the messages the browser fell back to (English for a German
 * browser). Plural rules, dates, numbers and the pages' `lang` follow it, so they agree with the words.
 */
export function uiLanguage(): string {
  const browser = chrome.i18n.getUILanguage() || 'en';
  const shown = chrome.i18n.getMessage('localeTag') || 'en';
  const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return base(browser) === base(shown) ? browser : shown;
}

// Building a formatter costs far more than using one, and a list formats a date per card.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(
  kind: string,
  make: (locale: string) => F,
): F {
  const locale = uiLanguage();
  const key = `${kind}|${locale}`;
  let made = formatters.get(key) as F | undefined;
  if (!made) {
    made = make(locale);
    formatters.set(key, made);
  }
  return made;
}

function format(iso: string, kind: 'dateTime' | 'date' | 'calendarDate'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions =
    kind === 'dateTime'
      ? { dateStyle: 'medium', timeStyle: 'short' }
      : { dateStyle: 'medium', ...(kind === 'calendarDate' ? { timeZone: 'UTC' } : {}) };
  return formatter(kind, (locale) => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** A stored UTC timestamp as the reader's local date and time, written the way their language writes it. */
export function formatDateTime(iso: string): string {
  return format(iso, 'dateTime');
}

/**
 * A calendar date (`2026-01-31`, as evidence dates are stored) or a timestamp's day, for the locale.
 * A bare calendar date is read as that day in UTC so it never shifts by a time zone.
 */
export function formatDate(isoDateOrTime: string): string {
  const calendar = /^\d{4}-\d{2}-\d{2}$/.test(isoDateOrTime);
  return calendar ? format(`${isoDateOrTime}T00:00:00Z`, 'calendarDate') : format(isoDateOrTime, 'date');
}

/** A number with the locale's grouping (`1,234` / `1 234` / `1.234`). */
export function formatNumber(n: number): string {
  return formatter('number', (locale) => new Intl.NumberFormat(locale)).format(n);
}
