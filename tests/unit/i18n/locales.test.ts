import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOCALES = fileURLToPath(new URL('../../../_locales/', import.meta.url));
/** The four languages the UI must be complete in; any other folder is welcome but optional. */
const REQUIRED = ['en', 'es', 'fr', 'pt'];

type Messages = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, unknown> }
>;

function messagesOf(locale: string): Messages {
  return JSON.parse(readFileSync(`${LOCALES}${locale}/messages.json`, 'utf8')) as Messages;
}

/** `$1`…`$9` and `$name$` references in a message: a translation must use the same ones. */
function references(message: string): string[] {
  return [...message.matchAll(/\$(?:[1-9]|[A-Za-z_][\w]*\$)/g)].map((m) => m[0]).sort();
}

const english = messagesOf('en');

describe('translations in _locales', () => {
  it('has the four required languages', () => {
    expect(readdirSync(LOCALES).sort()).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('describes every English message for translators', () => {
    for (const [key, entry] of Object.entries(english)) {
      expect(entry.description, key).toBeTruthy();
    }
  });

  it.each(REQUIRED.filter((l) => l !== 'en'))('%s has every English key, no other, none empty', (locale) => {
    const translated = messagesOf(locale);
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(translated)) {
      expect(entry.message.trim(), `${locale}: ${key}`).not.toBe('');
      expect(references(entry.message), `${locale}: ${key}`).toEqual(references(english[key]?.message ?? ''));
    }
  });

  it('names keys the way chrome.i18n accepts them', () => {
    for (const key of Object.keys(english)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});
