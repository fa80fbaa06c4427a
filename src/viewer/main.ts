/**
 * The PDF viewer page, `viewer.html?file=<address>`: loads the PDF (from its address, a picked file or a
 * dropped one), shows it with pdf.js's components, reads its text once with a progress bar, tells the
 * background which PDF this tab shows, and plays the annotator's role beside the shared sidebar.
 */
import * as pdfjsLib from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { pageInFragment, STAY_OUT_MARK } from '../core/document/pdf-address.ts';
import { pdfDocumentKey } from '../core/document/pdf-document-key.ts';
import { pdfEvidenceKind, pdfTitle, type TitleItem } from '../core/document/pdf-title.ts';
import { MAX_EVIDENCE_TITLE } from '../core/model/assessment.ts';
import { t } from '../i18n/messages.ts';
import { VIEWER_PATH } from '../messaging/protocol.ts';
import { localizePage } from '../ui/localize-page.ts';
import { DAMAGED, describePdfJsFailure, LoadError, NO_FILE, VIEWER_FAILED } from './load-errors.ts';
import { PdfAnnotator } from './pdf-annotator.ts';
import { readAddress, readPickedFile, requestedFile, type PdfBytes } from './pdf-source.ts';
import { createPdfView, type PdfView, type PdfViewControls } from './pdf-view.ts';
import { bindProgress, describeMissingText } from './progress.ts';
import { bindSelectionToolbar } from './selection-toolbar.ts';
import { createTextCache } from './text-cache.ts';
import { extractPdfText } from './text-extraction.ts';
import { connectViewerPort } from './viewer-port.ts';
import './viewer.css';

// The page's static words (viewer.html's data-i18n) in the browser's language, before anything shows.
localizePage();

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`viewer.html lacks #${id}`);
  return found as T;
}

const ui = {
  source: element('source'),
  message: element('message'),
  error: element('error'),
  request: element('request'),
  progress: bindProgress(element('progress')),
  sidebar: element<HTMLIFrameElement>('sidebar'),
  sidebarToggle: element<HTMLButtonElement>('toggle-sidebar'),
  fileInput: element<HTMLInputElement>('file-input'),
  dropHint: element('drop-hint'),
  toolbar: element('selection-toolbar'),
};

const sidebar = {
  show() {
    if (!ui.sidebar.src) ui.sidebar.src = chrome.runtime.getURL('src/sidebar/sidebar.html');
    ui.sidebar.hidden = false;
  },
  hide() {
    ui.sidebar.hidden = true;
  },
  toggle() {
    if (ui.sidebar.hidden) sidebar.show();
    else sidebar.hide();
  },
};
ui.sidebarToggle.addEventListener('click', () => sidebar.toggle());

const textCache = createTextCache();
const controls: PdfViewControls = {
  pageNumber: element('page-number'),
  pageCount: element('page-count'),
  previous: element('previous'),
  next: element('next'),
  zoom: element('zoom'),
  zoomIn: element('zoom-in'),
  zoomOut: element('zoom-out'),
  find: element('find'),
  findStatus: element('find-status'),
  outline: element('outline'),
  outlineToggle: element('toggle-outline'),
  thumbnails: element('thumbnails'),
  thumbnailsToggle: element('toggle-thumbnails'),
};

/**
 * A fresh pdf.js viewer in fresh elements for each PDF: pdf.js's viewer keeps listeners on its container
 * and state about the previous document, and switching documents in place proved fragile.
 */
function freshView(signal: AbortSignal): Promise<PdfView> {
  const container = document.createElement('div');
  container.id = 'viewer-container';
  container.className = 'viewer-container';
  container.tabIndex = 0;
  const pages = document.createElement('div');
  pages.id = 'viewer';
  pages.className = 'pdfViewer';
  container.append(pages);
  element('viewer-area').replaceChildren(container);
  return createPdfView(container, pages, controls, signal);
}

/** Everything tied to the PDF on show; opening another one aborts it. */
let session: { controller: AbortController; pdf: PDFDocumentProxy | null } | null = null;

async function open(load: (signal: AbortSignal) => Promise<PdfBytes>, initialPage?: number): Promise<void> {
  session?.controller.abort();
  const previous = session?.pdf;
  const controller = new AbortController();
  session = { controller, pdf: null };
  const { signal } = controller;
  showError(null);
  ui.message.textContent = t('viewer_opening');
  try {
    const bytes = await load(signal);
    const pdf = await pdfjsLib
      .getDocument({ data: bytes.data, isEvalSupported: false, enableXfa: false })
      .promise.catch((error: unknown) => {
        console.warn('Plan Annotator: pdf.js refused the PDF', error);
        throw describePdfJsFailure(error);
      });
    if (signal.aborted) {
      void pdf.destroy();
      return;
    }
    session.pdf = pdf;
    // The old PDF goes only after the viewer has let go of it: pdf.js still reads it while switching.
    const view = await freshView(signal);
    view.show(pdf, initialPage);
    void previous?.destroy();
    showSource(bytes);
    await annotate(view, pdf, bytes, signal);
  } catch (error) {
    if (signal.aborted) return;
    ui.progress.hide();
    ui.message.textContent = '';
    // The reader gets plain words; the console keeps the cause for a bug report.
    if (!(error instanceof LoadError)) console.warn('Plan Annotator: the PDF did not open', error);
    const failure = error instanceof LoadError ? error : new LoadError(VIEWER_FAILED);
    showError(failure);
  }
}

async function annotate(view: PdfView, pdf: PDFDocumentProxy, bytes: PdfBytes, signal: AbortSignal) {
  // pdf.js always gives the first fingerprint (the file's ID, or a hash of its start when it has none).
  const fingerprint = pdf.fingerprints[0];
  if (!fingerprint) throw new LoadError(DAMAGED);
  const title = await documentTitle(pdf, bytes);
  document.title = t('viewer_documentTitle', title);
  ui.message.textContent = t('viewer_readingText');
  const text = await extractPdfText(
    pdf,
    fingerprint,
    textCache,
    (done, total) => ui.progress.set(done, total),
    signal,
  );
  ui.progress.hide();
  ui.message.textContent = describeMissingText(text.pagesWithoutText(), text.pageCount);
  let annotator: PdfAnnotator | null = null;
  const toolbar = bindSelectionToolbar(
    ui.toolbar,
    {
      highlight: () => void annotator?.highlightSelection(),
      comment: () => annotator?.commentOnSelection(),
      assess: () => annotator?.commentOnSelection(true),
    },
    signal,
  );
  annotator = new PdfAnnotator(
    {
      view,
      text,
      documentKey: pdfDocumentKey(fingerprint),
      title,
      address: bytes.address,
      sidebar,
      toolbar,
      onRefusal: (message) => showError(new LoadError(message)),
    },
    signal,
  );
  const ready = annotator;
  // What "Use current page as evidence" cites this PDF as: its own title, and what kind of document it is.
  const kind = pdfEvidenceKind({ text: text.doc.text, title, url: bytes.address });
  const citedTitle = [...title].slice(0, MAX_EVIDENCE_TITLE).join('');
  connectViewerPort(
    { type: 'viewer.document', fingerprint, address: bytes.address, title: citedTitle, kind },
    (event) => {
      if (event.type === 'viewer.document') {
        // The background now knows this tab's PDF: the sidebar can read its list, and so can we.
        if (!ui.sidebar.src) ui.sidebar.src = chrome.runtime.getURL('src/sidebar/sidebar.html');
        showAddresses(event.addresses, bytes.address);
        void ready.reload();
      } else ready.onEvent(event);
    },
    signal,
  );
}

/** The PDF's own title: its metadata's, else its first page's heading, else its file name. */
async function documentTitle(pdf: PDFDocumentProxy, bytes: PdfBytes): Promise<string> {
  const metadata = await pdf.getMetadata().catch(() => null);
  const info = metadata?.info as { Title?: unknown } | undefined;
  const firstPage = await pdf
    .getPage(1)
    .then((page) => page.getTextContent())
    .then((content) => content.items.flatMap((item): TitleItem[] => ('str' in item ? [item] : [])))
    .catch((): TitleItem[] => []);
  return pdfTitle({ metadataTitle: info?.Title, firstPage, fileName: fileName(bytes.label) });
}

/** The last part of an address or file name, unescaped where it is valid escaping ("100% plan.pdf" is not). */
function fileName(label: string): string {
  const last = label.split('/').pop() ?? label;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function showSource(bytes: PdfBytes): void {
  ui.source.replaceChildren();
  if (bytes.address === null) {
    ui.source.textContent = bytes.label;
    return;
  }
  const link = document.createElement('a');
  link.href = `${bytes.address.split('#')[0]}#${STAY_OUT_MARK}`;
  link.textContent = bytes.address;
  link.title = t('viewer_openOriginal');
  ui.source.append(link);
}

function showAddresses(addresses: readonly string[], current: string | null): void {
  const others = addresses.filter((a) => a !== current);
  if (others.length === 0) return;
  ui.source.title = t('viewer_alsoOpenedFrom', others.join(', '));
}

/** A failure in the error line; a missing permission as a request beside its Allow button instead. */
function showError(error: LoadError | null): void {
  ui.error.replaceChildren();
  ui.request.replaceChildren();
  const pattern = error?.permissionPattern ?? null;
  ui.error.hidden = error === null || pattern !== null;
  ui.request.hidden = pattern === null;
  if (!error) return;
  if (!pattern) {
    ui.error.append(error.message);
    return;
  }
  const words = document.createElement('span');
  words.textContent = error.message;
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset['testid'] = 'viewer-allow';
  button.textContent = t('viewer_allowButton');
  button.addEventListener('click', async () => {
    // Asked on this click, as the browser requires; granted, the PDF is read again.
    if (await chrome.permissions.request({ origins: [pattern] })) void openRequested();
  });
  ui.request.append(words, button);
}

function openRequested(): Promise<void> {
  const file = requestedFile(location.search);
  if (!file) {
    ui.message.textContent = NO_FILE;
    return Promise.resolve();
  }
  return open((signal) => readAddress(file, signal), pageInFragment(file) ?? pageInFragment(location.href));
}

function openPicked(file: File): void {
  // A file from disk has no address to come back to; the viewer's own address stops naming the old one.
  history.replaceState(null, '', chrome.runtime.getURL(VIEWER_PATH));
  void open(() => readPickedFile(file));
}

ui.fileInput.addEventListener('change', () => {
  const file = ui.fileInput.files?.[0];
  if (file) openPicked(file);
  ui.fileInput.value = '';
});
document.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  event.preventDefault();
  ui.dropHint.hidden = false;
});
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) ui.dropHint.hidden = true;
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  ui.dropHint.hidden = true;
  const file = event.dataTransfer?.files[0];
  if (file) openPicked(file);
});

void openRequested();
