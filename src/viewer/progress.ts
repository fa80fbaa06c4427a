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
      bar.setAttribute('aria-valuetext', `Reading the text: page ${done} of ${total}`);
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
  if (pages.length === pageCount) {
    return 'This PDF has no text layer (it is probably scanned), so its text cannot be selected or annotated.';
  }
  return `${pages.length === 1 ? 'Page' : 'Pages'} ${listPages(pages)} ${
    pages.length === 1 ? 'has' : 'have'
  } no text (scanned or images only) and cannot be annotated.`;
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
    runs.push(start === previous ? String(start) : `${start}–${previous}`);
    start = page;
    previous = page;
  }
  return runs.length === 1 ? (runs[0] as string) : `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}`;
}
