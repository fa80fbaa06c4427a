import { documentUri, originPattern } from '../core/document/document-uri.ts';
import { injectAnnotator } from './annotator-injection.ts';
import { siteAllowed } from './browser.ts';
import type { Services } from './services.ts';

/**
 * On a later visit to a page with stored annotations, starts the annotator quietly (highlights only,
 * sidebar closed) — but only on sites the user granted; other sites see nothing until a click.
 */
export async function restoreHighlights(
  { store, ports }: Services,
  tabId: number,
  url: string,
): Promise<void> {
  const uri = documentUri(url);
  const pattern = originPattern(url);
  if (uri === null || pattern === null || ports.has(tabId, 'annotator')) return;
  if (!(await siteAllowed(pattern))) return;
  if ((await store.countForDocument(uri)) === 0) return;
  try {
    await injectAnnotator(tabId);
  } catch (error) {
    // The page went away or became an error page while loading; the next load tries again.
    console.warn('Plan Annotator: could not restore highlights', error);
  }
}
