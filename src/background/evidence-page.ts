/**
 * Which page "Use current page as evidence" offers, as plain logic over what the browser told us about
 * the tabs. The page the user is reading is the tab they looked at last in the window of the sidebar
 * that asks (they read a source in another tab, then come back to the sidebar to cite it); without
 * one, it is the sidebar's own page. Only web addresses are offered, and for our PDF viewer the PDF's.
 */
import { MAX_EVIDENCE_TITLE } from '../core/model/assessment.ts';
import type { TabFacts } from './browser.ts';

export interface EvidencePage {
  url: string;
  title: string;
}

/** Longest address an evidence item takes (WebUrlSchema). */
const MAX_URL = 4096;

/** How many recently active tabs a window remembers, newest first. */
export const RECENT_TABS_PER_WINDOW = 20;

/** The activation history of a window after `tabId` became active: it moves to the front. */
export function noteActivation(recent: readonly number[], tabId: number): number[] {
  return [tabId, ...recent.filter((id) => id !== tabId)].slice(0, RECENT_TABS_PER_WINDOW);
}

/**
 * The address a tab's page can be cited by: the page's own http or https address, or for our viewer
 * (`isViewer`) the address of the PDF it shows. Null for anything else (chrome://, file://, our other
 * pages, a PDF opened from disk) and for an address hidden from us.
 */
export function citableAddress(url: string | undefined, isViewer: (url: string) => boolean): string | null {
  if (url === undefined) return null;
  if (isViewer(url)) {
    const file = parse(url)?.searchParams.get('file');
    return file ? webAddress(file) : null;
  }
  return webAddress(url);
}

/**
 * The page to offer. `recent` holds the tabs of the sender's window as last activated, newest first
 * (undefined where a tab has closed since). A tab whose address the browser hides from us ends the
 * search: the user may well have read the source there, so an older tab would be a guess.
 */
export function chooseEvidencePage(
  sender: TabFacts,
  recent: readonly (TabFacts | undefined)[],
  isViewer: (url: string) => boolean,
): EvidencePage | null {
  for (const tab of recent) {
    if (tab === undefined || tab.id === sender.id || tab.windowId !== sender.windowId) continue;
    if (tab.url === undefined) break;
    const page = pageOf(tab, isViewer);
    if (page) return page;
  }
  return pageOf(sender, isViewer);
}

function pageOf(tab: TabFacts, isViewer: (url: string) => boolean): EvidencePage | null {
  const url = citableAddress(tab.url, isViewer);
  if (url === null) return null;
  const title = (tab.title ?? '').trim() || (parse(url)?.hostname ?? url);
  return { url, title: [...title].slice(0, MAX_EVIDENCE_TITLE).join('') };
}

function webAddress(address: string): string | null {
  const url = parse(address);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  return url.href.length <= MAX_URL ? url.href : null;
}

function parse(address: string): URL | null {
  try {
    return new URL(address);
  } catch {
    return null;
  }
}
