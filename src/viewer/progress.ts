import { formatNumber, t, tn } from '../i18n/messages.ts';

/** The text-extraction progress bar (role=progressbar), hidden when there is nothing in progress. */
export interface Progress {
  set(done: number, total: number): void;
  hide(): void;
}

export function bindProgress(bar: HTMLElement): Progress {
  return {
    set(done, total) {
      const percent = total === 0 ? 100 : Math.round((done / total) * 100);
      bar.hidden = false;
      bar.setAttribute('aria-valuenow', String(percent));
      bar.setAttribute('aria-valuetext', t('viewer_progressText', formatNumber(done), formatNumber(total)));
      bar.style.setProperty('--done', `${percent}%`);
    },
    hide() {
      bar.hidden = true;
    },
  };
}

/** Plain words for pages without text: a scanned PDF cannot be annotated until it is run through OCR. */
export function describeMissingText(pages: readonly number[], pageCount: number): string {
  if (pages.length === 0) return '';
  if (pages.length === pageCount) return t('viewer_noTextLayer');
  return tn('viewer_pagesWithoutText', pages.length, listPages(pages));
}

/** "3, 5–7 and 10": runs of pages are shortened. */
function listPages(pages: readonly number[]): string {
  const runs: string[] = [];
  let start = pages[0] as number;
  let previous = start;
  for (const page of [...pages.slice(1), Number.NaN]) {
    if (page === previous + 1) {
      previous = page;
      continue;
    }
    runs.push(start === previous ? formatNumber(start) : `${formatNumber(start)}–${formatNumber(previous)}`);
    start = page;
    previous = page;
  }
  if (runs.length === 1) return runs[0] as string;
  // The separator before the last item is the language's ("and", "e", "y", "et").
  return t('viewer_pageListEnd', runs.slice(0, -1).join(', '), runs.at(-1) as string);
}
