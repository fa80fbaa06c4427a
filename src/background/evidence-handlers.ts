/** "Use current page as evidence": the web page the user is reading, offered to the sidebar's form. */
import { tabFacts } from './browser.ts';
import { chooseEvidencePage } from './evidence-page.ts';
import type { Handlers } from './router.ts';
import type { Services } from './services.ts';
import { watchTabActivity, type TabActivity } from './tab-activity.ts';
import type { ViewerPdf } from './viewer-tabs.ts';

type EvidenceHandlers = Pick<Handlers, 'evidence.currentPage'>;

/**
 * Built while the service worker starts (inside its handler map), which is also when the tab
 * activation listener must be added; a test passes its own `activity`.
 */
export function evidenceHandlers(
  services: Pick<Services, 'viewers'>,
  activity: TabActivity = watchTabActivity((error) =>
    console.error('Plan Annotator: a tab switch was not recorded', error),
  ),
): EvidenceHandlers {
  return {
    async 'evidence.currentPage'(_payload, { sender }) {
      // The popup has no tab of its own; the form that asks lives in a sidebar, which always has one.
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return null;
      const own = await tabFacts(tabId);
      if (!own) return null;
      const ids = (await activity.recent(own.windowId)).filter((id) => id !== tabId);
      const recent = await Promise.all(ids.map((id) => tabFacts(id)));
      const isViewer = (url: string) => services.viewers.isViewer(url);
      // What each viewer tab among them said of its PDF: its own title and kind.
      const pdfs = new Map<number, ViewerPdf>();
      for (const tab of [own, ...recent]) {
        if (tab?.url === undefined || !isViewer(tab.url)) continue;
        const pdf = await services.viewers.pdfOf(tab.id);
        if (pdf) pdfs.set(tab.id, pdf);
      }
      return chooseEvidencePage(own, recent, isViewer, pdfs);
    },
  };
}
