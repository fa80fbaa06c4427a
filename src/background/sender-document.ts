import { t } from '../i18n/messages.ts';
import { RequestError } from './request-error.ts';
import type { RequestContext } from './router.ts';
import type { Services } from './services.ts';
import { tabDocument } from './tab-document.ts';

/**
 * The tab a request came from and the document it shows. The document is always the sender's own
 * tab, never an address the sender names, so a page can only read and write its own annotations. In
 * our PDF viewer's tab it is the PDF the viewer registered (see viewer-tabs.ts).
 */
export async function senderDocument(
  services: Pick<Services, 'viewers'>,
  { sender, kind }: RequestContext,
): Promise<{ tabId: number; uri: string }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) {
    throw new RequestError('invalid', t('bg_needsTab'));
  }
  if (kind === 'viewer') {
    const uri = await services.viewers.documentOf(tabId);
    if (uri === undefined) throw new RequestError('invalid', t('bg_viewerNoPdf'));
    return { tabId, uri };
  }
  // A content script in the top frame is the page itself; its own URL stands in if the tab's is hidden.
  const url = sender.tab?.url || (kind === 'content' && sender.frameId === 0 ? sender.url : undefined);
  // A content script can never be in the viewer's tab, so it cannot borrow the viewer's document.
  const uri = kind === 'content' && url === undefined ? null : await tabDocument(services, tabId, url);
  if (uri === null) throw new RequestError('forbidden', t('bg_webPagesOnly'));
  return { tabId, uri };
}
