import { documentUri } from '../core/document/document-uri.ts';
import type { Services } from './services.ts';

/**
 * The document a tab shows: for our PDF viewer, the PDF its viewer registered; for a web page, its
 * address. `url` is the tab's address, undefined when the browser hides it (then only a viewer
 * registration can answer, since the viewer is our own page).
 */
export async function tabDocument(
  { viewers }: Pick<Services, 'viewers'>,
  tabId: number,
  url: string | undefined,
): Promise<string | null> {
  if (url === undefined || viewers.isViewer(url)) return (await viewers.documentOf(tabId)) ?? null;
  return documentUri(url);
}
