/**
 * "Hide highlights", per tab and remembered per site: a web page's origin, or in our viewer the PDF's
 * key (one PDF is one "site", wherever it was read from). Hidden highlights are not painted, but the
 * annotations still anchor, so cards, links and search still find their passages. Kept in
 * `chrome.storage.local` as one key per hidden site, so two tabs changing two sites never race.
 */
import { t } from '../i18n/messages.ts';
import { findTab, localSetting, setLocalSetting } from './browser.ts';
import { RequestError } from './request-error.ts';
import type { Handlers } from './router.ts';
import { senderDocument } from './sender-document.ts';
import type { Services } from './services.ts';
import { requirePopup } from './tab-handlers.ts';
import { tabDocument } from './tab-document.ts';

type VisibilityHandlers = Pick<Handlers, 'highlights.hidden' | 'tab.hideHighlights'>;

/** The site a document belongs to: the origin of a web address, else the document's key itself (a PDF). */
export function siteOf(uri: string): string {
  try {
    const url = new URL(uri);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  } catch {
    // Not an address: a PDF's key.
  }
  return uri;
}

const keyOf = (uri: string) => `highlightsHidden:${siteOf(uri)}`;

export async function highlightsHidden(uri: string): Promise<boolean> {
  return (await localSetting(keyOf(uri), false)) === true;
}

/** Remembers the choice for the document's site and tells the tab's annotator at once. */
async function setHidden(services: Services, tabId: number, uri: string, hidden: boolean): Promise<void> {
  await setLocalSetting(keyOf(uri), hidden ? true : undefined);
  services.ports.post(tabId, 'annotator', { type: 'highlights.hidden', hidden });
}

async function documentOfTab(services: Services, tabId: number): Promise<string> {
  const tab = await findTab(tabId);
  if (!tab) throw new RequestError('not-found', t('bg_tabClosed'));
  const uri = await tabDocument(services, tabId, tab.url);
  if (uri === null) throw new RequestError('forbidden', t('bg_webPagesOnly'));
  return uri;
}

/** The keyboard shortcut: hides the tab's highlights if shown, shows them if hidden. */
export async function toggleHighlights(services: Services, tabId: number): Promise<void> {
  const uri = await documentOfTab(services, tabId);
  await setHidden(services, tabId, uri, !(await highlightsHidden(uri)));
}

export function highlightVisibilityHandlers(services: Services): VisibilityHandlers {
  return {
    async 'highlights.hidden'(_payload, ctx) {
      const { uri } = await senderDocument(services, ctx);
      return { hidden: await highlightsHidden(uri) };
    },

    async 'tab.hideHighlights'({ tabId, hidden }, ctx) {
      requirePopup(ctx);
      await setHidden(services, tabId, await documentOfTab(services, tabId), hidden);
      return { hidden };
    },
  };
}
