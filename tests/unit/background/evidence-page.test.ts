import { describe, expect, it } from 'vitest';
import type { TabFacts } from '../../../src/background/browser.ts';
import {
  chooseEvidencePage,
  citableAddress,
  noteActivation,
  RECENT_TABS_PER_WINDOW,
} from '../../../src/background/evidence-page.ts';

const VIEWER = 'chrome-extension://abc/src/viewer/viewer.html';
const isViewer = (url: string) => url === VIEWER || url.startsWith(`${VIEWER}?`);
const viewerFor = (file: string) => `${VIEWER}?file=${encodeURIComponent(file)}`;

function tab(id: number, url: string | undefined, title?: string, windowId = 1): TabFacts {
  return { id, windowId, url, title };
}

const plan = tab(1, 'https://www.gov.br/plano#c3', 'Plano de Ação');
const news = tab(2, 'https://news.example/audit', 'Audit finds delays');
const law = tab(3, 'https://laws.example/decree-12', 'Decree 12');

describe('noteActivation', () => {
  it('puts the activated tab first, once, and forgets the oldest past the limit', () => {
    expect(noteActivation([], 4)).toEqual([4]);
    expect(noteActivation([4, 5, 6], 6)).toEqual([6, 4, 5]);
    const full = Array.from({ length: RECENT_TABS_PER_WINDOW }, (_, i) => i);
    const next = noteActivation(full, 99);
    expect(next).toHaveLength(RECENT_TABS_PER_WINDOW);
    expect(next[0]).toBe(99);
    expect(next).not.toContain(RECENT_TABS_PER_WINDOW - 1);
  });
});

describe('citableAddress', () => {
  it('takes http and https pages, keeping the fragment that points into them', () => {
    expect(citableAddress('https://news.example/a#p2', isViewer)).toBe('https://news.example/a#p2');
    expect(citableAddress('http://127.0.0.1:8080/x', isViewer)).toBe('http://127.0.0.1:8080/x');
  });

  it.each([
    'chrome://newtab/',
    'chrome-extension://abc/popup/popup.html',
    'file:///home/me/plan.pdf',
    'about:blank',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'not an address',
  ])('refuses %s', (url) => {
    expect(citableAddress(url, isViewer)).toBeNull();
  });

  it('refuses an address it cannot see and one too long to store', () => {
    expect(citableAddress(undefined, isViewer)).toBeNull();
    expect(citableAddress(`https://x.example/${'a'.repeat(5000)}`, isViewer)).toBeNull();
  });

  it('cites the PDF shown in our viewer by its own address, not the viewer', () => {
    const pdf = 'https://www.gov.uk/plan.pdf#page=4';
    expect(citableAddress(viewerFor(pdf), isViewer)).toBe(pdf);
    expect(citableAddress(viewerFor('file:///tmp/plan.pdf'), isViewer)).toBeNull();
    expect(citableAddress(viewerFor('javascript:alert(1)'), isViewer)).toBeNull();
    // A PDF picked from disk: the viewer's address names no file.
    expect(citableAddress(VIEWER, isViewer)).toBeNull();
  });
});

describe('chooseEvidencePage', () => {
  it('offers the tab the user looked at last before coming back to the sidebar', () => {
    expect(chooseEvidencePage(plan, [plan, news, law], isViewer)).toEqual({
      url: 'https://news.example/audit',
      title: 'Audit finds delays',
      kind: 'government-website',
    });
  });

  it('falls back to the sidebar’s own page when no other tab was looked at', () => {
    const own = { url: 'https://www.gov.br/plano#c3', title: 'Plano de Ação', kind: 'government-website' };
    expect(chooseEvidencePage(plan, [plan], isViewer)).toEqual(own);
    expect(chooseEvidencePage(plan, [], isViewer)).toEqual(own);
  });

  it('passes over closed tabs, tabs of other windows and pages that are not on the web', () => {
    const elsewhere = tab(8, 'https://elsewhere.example/', 'Other window', 2);
    const settings = tab(9, 'chrome-extension://abc/src/settings/settings.html', 'Settings');
    const file = tab(10, 'file:///home/me/notes.html', 'Notes');
    expect(chooseEvidencePage(plan, [undefined, elsewhere, settings, file, law, news], isViewer)).toEqual({
      url: 'https://laws.example/decree-12',
      title: 'Decree 12',
      kind: 'government-website',
    });
  });

  it('does not guess past a tab whose address is hidden from it', () => {
    const hidden = tab(11, undefined);
    expect(chooseEvidencePage(plan, [hidden, news], isViewer)?.url).toBe('https://www.gov.br/plano#c3');
  });

  it('offers the PDF’s original address for our viewer, its own tab or another, by the PDF’s title', () => {
    const pdf = 'https://www.opengovpartnership.org/plan%20v2.pdf';
    const viewer = tab(12, viewerFor(pdf), 'plan v2.pdf — Plan Annotator');
    const pdfs = new Map([[12, { title: 'Fifth National Action Plan', kind: 'official-document' as const }]]);
    const cited = { url: pdf, title: 'Fifth National Action Plan', kind: 'official-document' };
    expect(chooseEvidencePage(viewer, [], isViewer, pdfs)).toEqual(cited);
    expect(chooseEvidencePage(plan, [viewer], isViewer, pdfs)).toEqual(cited);
    // Before the viewer has said what it shows: the file's name, never the viewer tab's title.
    expect(chooseEvidencePage(viewer, [], isViewer)).toEqual({ ...cited, title: 'plan v2.pdf' });
  });

  it('cites a PDF the browser shows itself as an official document', () => {
    const report = tab(15, 'https://www.gov.example/audit-2024.pdf', 'Audit 2024');
    expect(chooseEvidencePage(report, [], isViewer)?.kind).toBe('official-document');
  });

  it('answers null when neither the other tabs nor its own can be cited', () => {
    const picked = tab(13, VIEWER, 'plan.pdf');
    expect(chooseEvidencePage(picked, [tab(14, 'chrome://settings/', 'Settings')], isViewer)).toBeNull();
  });

  it('names an untitled page by its host, and cuts a long title to what evidence takes', () => {
    expect(chooseEvidencePage(tab(1, 'https://data.example/set.csv', '  '), [], isViewer)?.title).toBe(
      'data.example',
    );
    const long = chooseEvidencePage(tab(1, 'https://x.example/', '€'.repeat(600)), [], isViewer);
    expect(long?.title).toBe('€'.repeat(500));
  });
});
