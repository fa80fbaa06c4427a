/**
 * Static markup of an extension page (`*.html`) names its words by message key; this fills them in and
 * sets the page's language, so screen readers pronounce it right. Elements carry
 * `data-i18n="key"` (text), and `data-i18n-title`, `data-i18n-aria-label`, `data-i18n-placeholder`
 * for those attributes.
 */
import { t, uiLanguage, type MessageKey } from '../i18n/messages.ts';

const ATTRIBUTES = ['title', 'aria-label', 'placeholder'] as const;

export function localizePage(root: ParentNode = document): void {
  document.documentElement.lang = uiLanguage();
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n as MessageKey);
  }
  for (const attribute of ATTRIBUTES) {
    for (const el of root.querySelectorAll<HTMLElement>(`[data-i18n-${attribute}]`)) {
      el.setAttribute(attribute, t(el.getAttribute(`data-i18n-${attribute}`) as MessageKey));
    }
  }
}
