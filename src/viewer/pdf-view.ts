/**
 * The PDF reader itself, assembled from pdf.js's viewer components (EventBus, link service, find
 * controller, PDFViewer) as in pdf.js's "simpleviewer" example rather than a fork of its viewer.html:
 * pages, zoom, page navigation, search and the outline.
 */
import * as pdfjsLib from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import 'pdfjs-dist/web/pdf_viewer.css';
import { formatNumber, t, uiLanguage } from '../i18n/messages.ts';
import { showThumbnails } from './page-thumbnails.ts';
import { ExtensionL10n } from './pdf-l10n.ts';

pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;

type Components = typeof import('pdfjs-dist/web/pdf_viewer.mjs');
type EventBus = InstanceType<Components['EventBus']>;
type PDFViewer = InstanceType<Components['PDFViewer']>;
type PDFLinkService = InstanceType<Components['PDFLinkService']>;

/** pdf_viewer.mjs reads pdf.js from this global when it is evaluated, so it is imported after. */
async function loadComponents(): Promise<Components> {
  (globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjsLib;
  return import('pdfjs-dist/web/pdf_viewer.mjs');
}

export interface PdfViewControls {
  pageNumber: HTMLInputElement;
  pageCount: HTMLElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
  zoom: HTMLSelectElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  find: HTMLInputElement;
  findStatus: HTMLElement;
  outline: HTMLElement;
  outlineToggle: HTMLButtonElement;
  thumbnails: HTMLElement;
  thumbnailsToggle: HTMLButtonElement;
}

export interface PdfView {
  readonly eventBus: EventBus;
  readonly viewer: PDFViewer;
  /** The element that holds the pages (and so every text layer). */
  readonly pagesRoot: HTMLElement;
  /** Shows a PDF, at `initialPage` when it has that many pages. */
  show(pdf: PDFDocumentProxy, initialPage?: number): void;
  /** The text layer of a page, once pdf.js has drawn it. */
  textLayerOf(pageNumber: number): HTMLElement | null;
  goToPage(pageNumber: number): void;
}

const ZOOM_STEP = 1.25;

export async function createPdfView(
  container: HTMLDivElement,
  pagesRoot: HTMLDivElement,
  controls: PdfViewControls,
  signal: AbortSignal,
): Promise<PdfView> {
  const { EventBus, PDFLinkService, PDFFindController, PDFViewer } = await loadComponents();
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus });
  const findController = new PDFFindController({ eventBus, linkService });
  // pdf.js's own words (page landmarks, PDF notes) from our messages; the container is watched for
  // the note popups its annotation layer adds later.
  const l10n = new ExtensionL10n();
  const viewer = new PDFViewer({
    container,
    viewer: pagesRoot,
    eventBus,
    linkService,
    findController,
    l10n: l10n as unknown as ConstructorParameters<Components['PDFViewer']>[0]['l10n'],
  });
  void l10n.translate(container);
  signal.addEventListener('abort', () => void l10n.destroy(), { once: true });
  linkService.setViewer(viewer);
  wireControls(eventBus, viewer, controls, signal);

  return {
    eventBus,
    viewer,
    pagesRoot,
    show(pdf, initialPage) {
      if (initialPage !== undefined && initialPage > 1 && initialPage <= pdf.numPages) {
        eventBus.on('pagesinit', () => (viewer.currentPageNumber = initialPage), { once: true, signal });
      }
      viewer.setDocument(pdf);
      linkService.setDocument(pdf, null);
      controls.pageCount.textContent = t('viewer_pageCount', formatNumber(pdf.numPages));
      controls.pageNumber.max = String(pdf.numPages);
      // Until now the box was empty and disabled: there was no page to name.
      controls.pageNumber.value = String(viewer.currentPageNumber || 1);
      controls.pageNumber.disabled = false;
      void showOutline(pdf, linkService, controls);
      showThumbnails(
        pdf,
        controls.thumbnails,
        (pageNumber) => viewer.scrollPageIntoView({ pageNumber }),
        signal,
      );
    },
    textLayerOf(pageNumber) {
      return pagesRoot.querySelector<HTMLElement>(`.page[data-page-number="${pageNumber}"] .textLayer`);
    },
    goToPage(pageNumber) {
      viewer.scrollPageIntoView({ pageNumber });
    },
  };
}

function wireControls(
  eventBus: EventBus,
  viewer: PDFViewer,
  controls: PdfViewControls,
  signal: AbortSignal,
): void {
  const on = (name: string, listener: (event: Record<string, unknown>) => void) =>
    eventBus.on(name, listener, { signal });
  labelZoomOptions(controls.zoom);
  on('pagesinit', () => {
    viewer.currentScaleValue = controls.zoom.value;
  });
  // "Automatic" and "page width" depend on the room left: showing the sidebar or resizing the window
  // changes it, so the preset is applied again; a number the reader chose stays as it is.
  const resized = new ResizeObserver(() => {
    if (viewer.pagesCount > 0 && Number.isNaN(Number(controls.zoom.value))) {
      viewer.currentScaleValue = controls.zoom.value;
    }
  });
  resized.observe(viewer.container);
  signal.addEventListener('abort', () => resized.disconnect(), { once: true });
  on('pagechanging', (event) => {
    controls.pageNumber.value = String(event['pageNumber']);
  });
  on('scalechanging', (event) => {
    const preset = event['presetValue'];
    const scale = event['scale'];
    controls.zoom.value = typeof preset === 'string' ? preset : ensureOption(controls.zoom, Number(scale));
  });
  on('updatefindmatchescount', (event) => {
    const counts = event['matchesCount'] as { current: number; total: number } | undefined;
    controls.findStatus.textContent = counts?.total
      ? t('viewer_findPosition', formatNumber(counts.current), formatNumber(counts.total))
      : '';
  });
  on('updatefindcontrolstate', (event) => {
    // pdf.js FindState: 1 is "not found".
    if (event['state'] === 1) controls.findStatus.textContent = t('viewer_findNotFound');
  });

  const listen = <K extends keyof HTMLElementEventMap>(
    element: HTMLElement,
    type: K,
    listener: (event: HTMLElementEventMap[K]) => void,
  ) => element.addEventListener(type, listener, { signal });
  listen(controls.pageNumber, 'change', () => {
    const page = Number(controls.pageNumber.value);
    if (Number.isInteger(page) && page >= 1 && page <= viewer.pagesCount) viewer.currentPageNumber = page;
    else controls.pageNumber.value = String(viewer.currentPageNumber);
  });
  listen(controls.previous, 'click', () => void viewer.previousPage());
  listen(controls.next, 'click', () => void viewer.nextPage());
  listen(controls.zoom, 'change', () => {
    viewer.currentScaleValue = controls.zoom.value;
  });
  listen(controls.zoomIn, 'click', () => {
    viewer.currentScale = Math.min(viewer.currentScale * ZOOM_STEP, 10);
  });
  listen(controls.zoomOut, 'click', () => {
    viewer.currentScale = Math.max(viewer.currentScale / ZOOM_STEP, 0.1);
  });
  const find = (findPrevious: boolean, type: string) =>
    eventBus.dispatch('find', {
      source: controls.find,
      type,
      query: controls.find.value,
      caseSensitive: false,
      entireWord: false,
      highlightAll: true,
      findPrevious,
      matchDiacritics: false,
    });
  listen(controls.find, 'input', () => find(false, ''));
  listen(controls.find, 'keydown', (event) => {
    if (event.key === 'Enter') find(event.shiftKey, 'again');
  });
  listen(controls.outlineToggle, 'click', () => {
    controls.outline.hidden = !controls.outline.hidden;
    controls.outlineToggle.setAttribute('aria-expanded', String(!controls.outline.hidden));
  });
  listen(controls.thumbnailsToggle, 'click', () => {
    controls.thumbnails.hidden = !controls.thumbnails.hidden;
    controls.thumbnailsToggle.setAttribute('aria-expanded', String(!controls.thumbnails.hidden));
  });
}

/** A zoom as the reader's language writes a percentage ("150%", "150 %"). */
function percent(scale: number): string {
  return new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(scale);
}

/** The numeric presets of viewer.html ("50%"…) written for the reader's language; the named ones are localized with the page. */
function labelZoomOptions(select: HTMLSelectElement): void {
  for (const option of select.options) {
    const scale = Number(option.value);
    if (!Number.isNaN(scale)) option.textContent = percent(scale);
  }
}

/** A zoom the presets do not list (after + or −) gets its own option, so the select can show it. */
function ensureOption(select: HTMLSelectElement, scale: number): string {
  const value = String(Math.round(scale * 100) / 100);
  if (![...select.options].some((o) => o.value === value)) {
    const option = select.ownerDocument.createElement('option');
    option.value = value;
    option.textContent = percent(Math.round(scale * 100) / 100);
    option.dataset['custom'] = '';
    select.querySelectorAll('option[data-custom]').forEach((o) => o.remove());
    select.append(option);
  }
  return value;
}

interface OutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

async function showOutline(
  pdf: PDFDocumentProxy,
  linkService: PDFLinkService,
  controls: PdfViewControls,
): Promise<void> {
  const outline = ((await pdf.getOutline().catch(() => null)) ?? []) as OutlineNode[];
  controls.outline.replaceChildren();
  controls.outlineToggle.disabled = outline.length === 0;
  if (outline.length === 0) {
    controls.outline.hidden = true;
    return;
  }
  const doc = controls.outline.ownerDocument;
  const list = (nodes: OutlineNode[]): HTMLUListElement => {
    const ul = doc.createElement('ul');
    for (const node of nodes) {
      const li = doc.createElement('li');
      const link = doc.createElement('a');
      link.textContent = node.title;
      link.tabIndex = 0;
      const go = () => {
        if (node.dest) void linkService.goToDestination(node.dest);
      };
      link.addEventListener('click', go);
      link.addEventListener('keydown', (event) => event.key === 'Enter' && go());
      li.append(link);
      if (node.items.length > 0) li.append(list(node.items));
      ul.append(li);
    }
    return ul;
  };
  controls.outline.append(list(outline));
}
