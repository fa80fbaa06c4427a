/**
 * The "Pages" panel: a small picture of every page, drawn only when it scrolls into the panel (a
 * 300-page plan must not render 300 canvases up front). pdfjs-dist's component build has no
 * thumbnail viewer, so this is the one piece of the reader built here.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { formatNumber, t } from '../i18n/messages.ts';

const THUMBNAIL_WIDTH = 120;

export function showThumbnails(
  pdf: PDFDocumentProxy,
  panel: HTMLElement,
  goToPage: (pageNumber: number) => void,
  signal: AbortSignal,
): void {
  const doc = panel.ownerDocument;
  panel.replaceChildren();
  const list = doc.createElement('ol');
  const drawn = new Set<number>();

  const draw = async (pageNumber: number, canvas: HTMLCanvasElement) => {
    if (drawn.has(pageNumber) || signal.aborted) return;
    drawn.add(pageNumber);
    const page = await pdf.getPage(pageNumber);
    const unscaled = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: THUMBNAIL_WIDTH / unscaled.width });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    const context = canvas.getContext('2d');
    if (!context) return;
    await page
      .render({ canvas, canvasContext: context, viewport })
      .promise.catch(() => drawn.delete(pageNumber));
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const target = entry.target as HTMLElement;
        const canvas = target.querySelector('canvas');
        if (canvas) void draw(Number(target.dataset['page']), canvas);
        observer.unobserve(target);
      }
    },
    { root: panel, rootMargin: '200px' },
  );
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
    const item = doc.createElement('li');
    const button = doc.createElement('button');
    button.type = 'button';
    button.dataset['page'] = String(pageNumber);
    button.setAttribute('aria-label', t('viewer_thumbnailLabel', formatNumber(pageNumber)));
    const canvas = doc.createElement('canvas');
    // A placeholder of A4 proportions until the page is drawn, so the list does not jump.
    canvas.width = THUMBNAIL_WIDTH;
    canvas.height = Math.round(THUMBNAIL_WIDTH * 1.414);
    const label = doc.createElement('span');
    label.textContent = formatNumber(pageNumber);
    button.append(canvas, label);
    button.addEventListener('click', () => goToPage(pageNumber), { signal });
    item.append(button);
    list.append(item);
    observer.observe(button);
  }
  panel.append(list);
}
