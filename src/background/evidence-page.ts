/**
 * Which page "Use current page as evidence" offers, as plain logic over what the browser told us about
 * the tabs. The page the user is reading is the tab they looked at last in the window of the sidebar
 * that asks (they read a source in another tab, then come back to the sidebar to cite it); without
 * one, it is the sidebar's own page. Only web addresses are offered, and for our PDF viewer the PDF's,
 * under the PDF's own title (not the viewer tab's) as an official document.
 */
import { MAX_EVIDENCE_TITLE, type EvidenceKind } from '../core/model/assessment.ts';
import type { TabFacts } from './browser.ts';
import type { ViewerPdf } from './viewer-tabs.ts';

export interface EvidencePage {
  url: string;
  title: string;
  kind: EvidenceKind;
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
 * search: the user may well have read the source there, so an older tab would be a guess. `pdfs` holds
 * what our viewer tabs said of the PDF they show, by tab id.
 */
export function chooseEvidencePage(
  sender: TabFacts,
  recent: readonly (TabFacts | undefined)[],
  isViewer: (url: string) => boolean,
  pdfs: ReadonlyMap<number, ViewerPdf> = new Map(),
): EvidencePage | null {
  for (const tab of recent) {
    if (tab === undefined || tab.id === sender.id || tab.windowId !== sender.windowId) continue;
    if (tab.url === undefined) break;
    const page = pageOf(tab, isViewer, pdfs);
    if (page) return page;
  }
  return pageOf(sender, isViewer, pdfs);
}

function pageOf(
  tab: TabFacts,
  isViewer: (url: string) => boolean,
  pdfs: ReadonlyMap<number, ViewerPdf>,
): EvidencePage | null {
  const url = citableAddress(tab.url, isViewer);
  if (url === null) return null;
  const address = parse(url);
  const fallback = address?.hostname ?? url;
  if (tab.url !== undefined && isViewer(tab.url)) {
    // The viewer tab's own title names the viewer; the PDF's is what a reader of the citation looks for.
    const pdf = pdfs.get(tab.id);
    const title = pdf?.title.trim() || fileNameOf(address) || fallback;
    return { url, title: clip(title), kind: pdf?.kind ?? 'official-document' };
  }
  const title = (tab.title ?? '').trim() || fallback;
  const isPdf = address?.pathname.toLowerCase().endsWith('.pdf') === true;
  return { url, title: clip(title), kind: isPdf ? 'official-document' : 'government-website' };
}

function clip(title: string): string {
  return [...title].slice(0, MAX_EVIDENCE_TITLE).join('');
}

/** The last part of an address's path, unescaped where that is valid escaping. */
function fileNameOf(address: URL | null): string {
  const last = address?.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last).trim();
  } catch {
    return last;
  }
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
