/**
 * Unit tests run outside a browser, where `chrome.i18n` does not exist. This gives them one that reads
 * the real `_locales/` files the way Chrome does (the language, then its base language, then the
 * manifest's default `en`; named `$placeholders$`, then `$1`…`$9`, `$$` for a dollar sign), so a
 * component under test shows the same words as in the extension. `setTestLanguage('pt-PT')` switches.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

// vitest runs from the project root; under jsdom `import.meta.url` is not a file URL.
const LOCALES = join(process.cwd(), '_locales/');
const cache = new Map<string, Record<string, Entry> | null>();
let language = 'en-US';

function messagesOf(folder: string): Record<string, Entry> | null {
  if (!cache.has(folder)) {
    const file = `${LOCALES}${folder}/messages.json`;
    cache.set(
      folder,
      existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>) : null,
    );
  }
  return cache.get(folder) ?? null;
}

function lookup(key: string): Entry | undefined {
  const exact = language.replace('-', '_');
  for (const folder of [exact, exact.split('_')[0] ?? 'en', 'en']) {
    const entry = messagesOf(folder)?.[key];
    if (entry) return entry;
  }
  return undefined;
}

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = lookup(key);
  if (!entry) return '';
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) =>
    text.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
  const named = entry.message.replace(/\$([A-Za-z_]\w*)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : whole;
  });
  return positional(named);
}

export function setTestLanguage(tag: string): void {
  language = tag;
}

const i18n = { getMessage, getUILanguage: () => language };
const g = globalThis as unknown as { chrome?: Record<string, unknown> };
g.chrome = { ...(g.chrome ?? {}), i18n };
