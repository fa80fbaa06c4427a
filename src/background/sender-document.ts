import { documentUri } from '../core/document/document-uri.ts';
import { RequestError } from './request-error.ts';
import type { RequestContext } from './router.ts';

/**
 * The tab a request came from and the document it shows. The document is always the sender's own
 * tab, never an address the sender names, so a page can only read and write its own annotations.
 */
export function senderDocument({ sender, kind }: RequestContext): { tabId: number; uri: string } {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) {
    throw new RequestError('invalid', 'This request only works from a page open in a tab.');
  }
  // A content script in the top frame is the page itself; its own URL stands in if the tab's is hidden.
  const url = sender.tab?.url || (kind === 'content' && sender.frameId === 0 ? sender.url : undefined);
  const uri = url ? documentUri(url) : null;
  if (uri === null)
    throw new RequestError('forbidden', 'Plan Annotator works on web pages (http and https).');
  return { tabId, uri };
}
