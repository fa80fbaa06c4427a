/**
 * A word cut in two by a space that is not one. A browser printing a page to PDF (Chromium, and Skia-based
 * exports) marks each unused soft hyphen with a space glyph of no width; pdf.js reads it as a space that
 * opens the next run ("Respuesta a solici" " tudes de"). The halves are joined when the document prints the
 * whole word elsewhere and prints neither half as a word of its own except where it is cut: "a" + "la"
 * stays two words, since both are words; "solici" + "tudes" becomes "solicitudes".
 */

const FRAGMENT_END = /(\p{L}{2,})$/u;
const FRAGMENT_START = /^\s(\p{Ll}{2,})/u;
const WORD = /\p{L}+/gu;

/** How often each word is printed in a document: counted once, on the first join that needs it. */
export type WordCounts = () => ReadonlyMap<string, number>;

export function wordCounts(text: () => string): WordCounts {
  let counts: Map<string, number> | null = null;
  return () => {
    if (counts) return counts;
    counts = new Map();
    for (const [w] of text().matchAll(WORD)) counts.set(w, (counts.get(w) ?? 0) + 1);
    return counts;
  };
}

/** How often each cut pair (`left right`) is printed, per document (per its word counts). */
const CUTS = new WeakMap<WordCounts, Map<string, number>>();

/** How often `needle` occurs in `text`. */
function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * `next` (a run that touches `previous` on the page) appended to it, without its opening space when the
 * halves around that space are one word the document prints elsewhere (see above).
 */
export function joinRunText(previous: string, next: string, text: () => string, counts: WordCounts): string {
  const left = FRAGMENT_END.exec(previous)?.[1];
  const right = FRAGMENT_START.exec(next)?.[1];
  if (left === undefined || right === undefined) return previous + next;
  const words = counts();
  if (!words.has(left + right)) return previous + next;
  // The halves as words only where the document prints them cut: at most as often as the cut itself.
  // Counted once per cut for a document: a matrix repeats its cells' cuts, and each count reads it all.
  let cuts = CUTS.get(counts);
  if (!cuts) CUTS.set(counts, (cuts = new Map()));
  const pair = `${left} ${right}`;
  let cut = cuts.get(pair);
  if (cut === undefined) cuts.set(pair, (cut = occurrences(text(), pair)));
  if ((words.get(left) ?? 0) <= cut && (words.get(right) ?? 0) <= cut) return previous + next.slice(1);
  return previous + next;
}
