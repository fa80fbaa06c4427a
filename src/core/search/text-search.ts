/**
 * The one text search the sidebar, the popup and the background share: case- and accent-insensitive,
 * every word of the query must be found (AND), each word anywhere inside a field. Positions it reports
 * are code points into the text as given. Pure: no DOM, no browser API.
 */

/** The longest query anyone may send, in UTF-16 units (the server's limit too). */
export const MAX_SEARCH_QUERY = 200;
/** At most this many words count; the rest are ignored rather than make every field scan longer. */
export const MAX_SEARCH_TERMS = 12;

/** Letters whose folded form is more than the letter without its marks. */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
};

const MARK = /\p{M}/u;

/** One code point folded: lower case, marks taken off (`É` → `e`, `Ç` → `c`, `œ` → `oe`). */
function foldCodePoint(c: string): string {
  let out = '';
  for (const d of c.toLowerCase().normalize('NFD')) {
    if (MARK.test(d)) continue;
    out += SPECIAL_FOLDS[d] ?? d;
  }
  return out;
}

const foldCache = new Map<string, string>();

function folded(c: string): string {
  // ASCII is the common case and folds by lower-casing alone.
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : c;
  let f = foldCache.get(c);
  if (f === undefined) {
    f = foldCodePoint(c);
    if (foldCache.size < 10_000) foldCache.set(c, f);
  }
  return f;
}

/** What folding changes: upper-case ASCII, white space, anything beyond ASCII (whole code points). */
const FOLDABLE = /[A-Z]|\s|\P{ASCII}/gu;
const SPACE = /\s/u;

/**
 * `text` folded for comparison (see `foldCodePoint`); each white-space character becomes a space. Only
 * the characters folding changes are visited: lower-case ASCII, most of a plan's text, is left as it is.
 */
export function foldForSearch(text: string): string {
  return text.replace(FOLDABLE, (c) => (SPACE.test(c) ? ' ' : folded(c)));
}

/**
 * The query's words, folded, each once, longest first (a word found inside another is still its own
 * condition). An empty list matches nothing: a blank query is no search.
 */
export function searchTerms(query: string): string[] {
  const words = foldForSearch(query.slice(0, MAX_SEARCH_QUERY))
    .split(' ')
    .filter((word) => word !== '');
  return [...new Set(words)].slice(0, MAX_SEARCH_TERMS).sort((a, b) => b.length - a.length);
}

/** Whether every term is found in at least one of the fields (fields already folded or not: both work). */
export function matchesTerms(terms: readonly string[], fields: readonly string[]): boolean {
  if (terms.length === 0) return false;
  return matchesFolded(terms, searchHaystack(fields));
}

/**
 * The fields as one folded text to search, for a caller that keeps it between searches (an item's
 * fields fold once, not on every keystroke). Fields are parted by a space, which no term holds, so no
 * term is found across two fields.
 */
export function searchHaystack(fields: readonly string[]): string {
  return foldForSearch(fields.filter((f) => f !== '').join(' '));
}

/** Whether every term is in a haystack made by `searchHaystack`. */
export function matchesFolded(terms: readonly string[], haystack: string): boolean {
  return terms.length > 0 && terms.every((term) => haystack.includes(term));
}

/** A compiled query: `matches` over the fields of one item. */
export interface TextSearch {
  readonly terms: readonly string[];
  /** True when the query has no words (nothing to filter by). */
  readonly blank: boolean;
  matches(fields: readonly string[]): boolean;
}

export function textSearch(query: string): TextSearch {
  const terms = searchTerms(query);
  return { terms, blank: terms.length === 0, matches: (fields) => matchesTerms(terms, fields) };
}

/**
 * Where the first term occurs in `text`, in code points of `text` as given, or null. For showing the
 * matching part of a long comment.
 */
export function firstMatch(text: string, terms: readonly string[]): { start: number; end: number } | null {
  // Each folded code point remembers the code point of `text` it came from.
  const points = [...text];
  let haystack = '';
  const from: number[] = [];
  points.forEach((c, index) => {
    const f = /\s/u.test(c) ? ' ' : folded(c);
    for (const piece of f) {
      haystack += piece;
      from.push(index);
    }
  });
  const foldedPoints = [...haystack];
  let best: { start: number; end: number } | null = null;
  for (const term of terms) {
    const unit = haystack.indexOf(term);
    if (unit < 0) continue;
    const startPoint = [...haystack.slice(0, unit)].length;
    const endPoint = startPoint + [...term].length;
    const start = from[startPoint] ?? 0;
    let end = (from[Math.min(endPoint, foldedPoints.length) - 1] ?? start) + 1;
    // Marks that follow the last letter (decomposed accents) belong to it.
    while (end < points.length && folded(points[end] as string) === '') end++;
    if (best === null || start < best.start) best = { start, end };
  }
  return best;
}

/**
 * A window of about `length` code points of `text` around its first match, with an ellipsis where it
 * was cut; the start of the text when nothing matches.
 */
export function snippetAround(text: string, terms: readonly string[], length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const points = [...flat];
  if (points.length <= length) return flat;
  const hit = firstMatch(flat, terms);
  const centre = hit ? Math.floor((hit.start + hit.end) / 2) : 0;
  const start = Math.max(0, Math.min(centre - Math.floor(length / 2), points.length - length));
  const end = start + length;
  return `${start > 0 ? '…' : ''}${points.slice(start, end).join('')}${end < points.length ? '…' : ''}`;
}
