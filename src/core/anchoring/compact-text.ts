import type { AnchoringText } from './anchoring-text.ts';

const WHITESPACE_RUN = /\s+/g;

/**
 * A document's text with every whitespace character removed, and where each remaining UTF-16 unit came
 * from. Matching on it makes re-flowed text (collapsed spaces, newlines for spaces, indentation) free.
 */
export interface CompactText {
  readonly text: string;
  /** UTF-16 offset in the full text of each UTF-16 unit of `text`; ascending. */
  readonly origin: Uint32Array;
}

const cache = new WeakMap<AnchoringText, CompactText>();

/** Built once per document, on the first anchoring that needs more than an exact match. */
export function compactTextOf(doc: AnchoringText): CompactText {
  let compact = cache.get(doc);
  if (!compact) {
    compact = buildCompactText(doc.text);
    cache.set(doc, compact);
  }
  return compact;
}

export function stripWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, '');
}

function buildCompactText(full: string): CompactText {
  const origin = new Uint32Array(full.length);
  const pieces: string[] = [];
  let length = 0;
  let from = 0;
  const keep = (end: number): void => {
    if (end <= from) return;
    pieces.push(full.slice(from, end));
    for (let i = from; i < end; i++) origin[length++] = i;
  };
  for (const run of full.matchAll(WHITESPACE_RUN)) {
    keep(run.index);
    from = run.index + run[0].length;
  }
  keep(full.length);
  return { text: pieces.join(''), origin: origin.subarray(0, length) };
}
