/**
 * pdf.js names a few things itself: each page's landmark for screen readers ("Page 3"), a PDF note's
 * icon, a note's date, the button that shows a note. Its own translations are Fluent files that
 * pdfjs-dist does not ship, so left to itself it says these in English. This gives its components an
 * `l10n` that words them from our `_locales` instead; it implements the part of pdf.js's `IL10n`
 * interface the viewer components call (`getLanguage`, `getDirection`, `get`, `translate`,
 * `translateOnce`, `pause`, `resume`, `destroy`). Ids we do not word (the editing tools, which this
 * viewer does not turn on) are left as pdf.js made them.
 */
import { formatDateTime, t, uiLanguage } from '../i18n/messages.ts';

type Args = Record<string, unknown>;
/** What an id sets on its element: an attribute's value, or `textContent` under the name `text`. */
type Wording = (args: Args) => Record<string, string>;

const WORDS: Record<string, Wording> = {
  'pdfjs-page-landmark': ({ page }) => ({ 'aria-label': t('viewer_thumbnailLabel', Number(page)) }),
  'pdfjs-text-annotation-type': ({ type }) => ({ alt: t('viewer_pdfNoteIcon', String(type ?? '')) }),
  'pdfjs-annotation-date-time-string': ({ dateObj }) => ({
    text: formatDateTime(new Date(Number(dateObj)).toISOString()),
  }),
  'pdfjs-show-comment-button': () => ({ title: t('viewer_pdfShowNote') }),
};

function argsOf(element: Element): Args {
  try {
    return JSON.parse(element.getAttribute('data-l10n-args') ?? '{}') as Args;
  } catch {
    return {};
  }
}

function apply(element: Element): void {
  const id = element.getAttribute('data-l10n-id');
  const wording = id ? WORDS[id] : undefined;
  if (!wording) return;
  for (const [name, value] of Object.entries(wording(argsOf(element)))) {
    if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value);
  }
}

function applyWithin(root: Element): void {
  if (root.hasAttribute('data-l10n-id')) apply(root);
  for (const element of root.querySelectorAll('[data-l10n-id]')) apply(element);
}

export class ExtensionL10n {
  #observers: MutationObserver[] = [];
  #paused = false;

  getLanguage(): string {
    return uiLanguage();
  }

  getDirection(): 'ltr' | 'rtl' {
    // English, Portuguese, Spanish and French are all written left to right.
    return 'ltr';
  }

  async get(ids: string | string[], args: Args | null = null, fallback?: string): Promise<unknown> {
    const one = (id: string, a: Args) => {
      const words = WORDS[id]?.(a);
      return words ? Object.values(words)[0] : undefined;
    };
    if (Array.isArray(ids)) return ids.map((id) => one(id, {}));
    return one(ids, args ?? {}) ?? fallback;
  }

  /** Words `element` and what it holds now, and keeps wording what is added to it or changed later. */
  async translate(element: Element): Promise<void> {
    applyWithin(element);
    const observer = new MutationObserver((records) => {
      if (this.#paused) return;
      for (const record of records) {
        if (record.type === 'attributes') apply(record.target as Element);
        for (const node of record.addedNodes) if (node instanceof Element) applyWithin(node);
      }
    });
    observer.observe(element, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-l10n-id', 'data-l10n-args'],
    });
    this.#observers.push(observer);
  }

  async translateOnce(element: Element): Promise<void> {
    applyWithin(element);
  }

  pause(): void {
    this.#paused = true;
  }

  resume(): void {
    this.#paused = false;
  }

  async destroy(): Promise<void> {
    for (const observer of this.#observers.splice(0)) observer.disconnect();
  }
}
