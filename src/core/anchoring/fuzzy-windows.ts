/**
 * Where `anchorAll` runs approximate matching for a quote that is not found verbatim: pieces of the quote
 * found verbatim vote for windows of the whitespace-free compact text, and matches there become candidates
 * in the full text.
 */
import search from 'approx-string-match';
import { countBelow, type AnchoringText } from './anchoring-text.ts';
import type { CompactText } from './compact-text.ts';
import { editSimilarity } from './edit-similarity.ts';
import type { Candidate } from './scorer.ts';
import type { Expected } from './shift-map.ts';

/** Shorter quotes match too much of any document once errors are allowed. */
export const MIN_FUZZY_LENGTH = 8;
/** Shorter pieces (and their 4-character fingerprints) occur everywhere in prose. */
const MIN_PIECE_LENGTH = 8;
/** Short pieces survive scattered edits: a 16-character piece of a quote with 3% edited is intact 6 times in 10. */
const MAX_PIECE_LENGTH = 16;
const MAX_PIECES = 32;
/** A piece found more often than this says nothing about where the quote is. */
export const MAX_PIECE_HITS = 1000;
const MAX_WINDOWS = 6;
const NEAR_WINDOWS = 2;
/** Scanning a whole document with approximate matching is only affordable for small ones. */
const SMALL_DOCUMENT = 100_000;

export interface Piece {
  offset: number;
  text: string;
}

/** Short pieces spread evenly over the quote; the last sits flush with its end so its end always votes. */
export function piecesOfQuote(quote: string): Piece[] {
  if (quote.length < MIN_FUZZY_LENGTH) return [];
  const length = Math.max(MIN_PIECE_LENGTH, Math.min(MAX_PIECE_LENGTH, Math.floor(quote.length / 4)));
  const count = Math.max(1, Math.min(MAX_PIECES, Math.floor(quote.length / length)));
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const offset = count === 1 ? 0 : Math.round((i * (quote.length - length)) / (count - 1));
    pieces.push({ offset, text: quote.slice(offset, offset + length) });
  }
  return pieces;
}

/**
 * Searches of a window around an expected place at most: the first, then the stretches between what was
 * found.
 */
export const SEARCHES_AROUND_EXPECTED = 4;
/** How far a window around an expected place reaches at most, however unsure the prediction. */
const MAX_REACH = 3_000;

/**
 * Approximate matches of the quote in one window of the compact text. approx-string-match reports only
 * the matches with the fewest errors in what it searches, so an edited copy of boilerplate beside
 * untouched copies would never be reported with them, though the edited one may be the passage
 * annotated; the stretches between the passages found are searched again, each for its own closest.
 */
export function approximateOccurrences(
  compact: CompactText,
  quote: string,
  maxErrors: number,
  from: number,
  to: number,
  searches = 1,
): Candidate[] {
  const candidates: Candidate[] = [];
  // A match is reported at every end position within the allowed errors, most of them the same passage
  // give or take a character; each is scored once, as each costs two context comparisons.
  const seen = new Set<number>();
  const shortest = Math.max(1, quote.length - maxErrors);
  const stretches: [number, number][] = [[from, to]];
  for (let done = 0; done < searches; done++) {
    const stretch = stretches.shift();
    if (!stretch) break;
    const [start, end] = stretch;
    const matches = search(compact.text.slice(start, end), quote, maxErrors);
    matches.sort((a, b) => a.start - b.start);
    let free = start;
    for (const match of matches) {
      const at = start + match.start;
      const key = at * 65_536 + (match.end - match.start);
      if (!seen.has(key)) {
        seen.add(key);
        candidates.push(fromCompact(compact, at, start + match.end, 1 - match.errors / quote.length));
      }
      if (at - free >= shortest) stretches.push([free, at]);
      free = Math.max(free, start + match.end);
    }
    if (matches.length > 0 && end - free >= shortest) stretches.push([free, end]);
  }
  return candidates;
}

/**
 * Compact characters searched by one call of approximate matching. Its cost grows with the stretch
 * searched and with the matches it reports, and a window built from a long chain of votes, or a whole
 * small document, can be long; searched a segment at a time, with a clock check in between, no slice of
 * the page's thread does more than one segment's work.
 */
const SEGMENT = 4_096;

/**
 * A window cut into segments of at most about SEGMENT characters, each overlapping the next by as much as
 * a match can span, so that every match of the window lies wholly within one segment.
 */
export function segmentsOf(
  from: number,
  to: number,
  quoteLength: number,
  maxErrors: number,
): [number, number][] {
  const overlap = quoteLength + maxErrors;
  const segments: [number, number][] = [];
  let start = from;
  for (;;) {
    const end = Math.min(to, start + Math.max(SEGMENT, 2 * overlap));
    segments.push([start, end]);
    if (end >= to) return segments;
    start = end - overlap;
  }
}

/**
 * Windows where approximate matching is worth running: around places where pieces of the quote occur
 * verbatim, each place voted for by the pieces that point at it.
 */
export function candidateWindows(
  textLength: number,
  quoteLength: number,
  maxErrors: number,
  pieces: readonly Piece[],
  hits: readonly Int32Array[],
  near: readonly number[],
): [number, number][] {
  // Thousands of votes for a quote of boilerplate: a typed array sorts them natively, without a comparator
  // called back for every pair.
  let votes = 0;
  pieces.forEach((_, i) => {
    const at = hits[i];
    if (at && at.length <= MAX_PIECE_HITS) votes += at.length;
  });
  if (votes === 0) return textLength <= SMALL_DOCUMENT ? [[0, textLength]] : [];
  const impliedStarts = new Int32Array(votes);
  let filled = 0;
  pieces.forEach((piece, i) => {
    const at = hits[i];
    if (!at || at.length > MAX_PIECE_HITS) return;
    for (let h = 0; h < at.length; h++) impliedStarts[filled++] = (at[h] as number) - piece.offset;
  });
  impliedStarts.sort();
  // Clusters of votes no further apart than the errors allowed, as parallel arrays: a quote of boilerplate
  // has thousands of votes, and an object per cluster was a good part of the cost.
  const firsts: number[] = [];
  const lasts: number[] = [];
  const counts: number[] = [];
  for (let k = 0; k < impliedStarts.length; k++) {
    const start = impliedStarts[k] as number;
    const c = firsts.length - 1;
    if (c >= 0 && start - (firsts[c] as number) <= maxErrors) {
      lasts[c] = start;
      counts[c] = (counts[c] as number) + 1;
    } else {
      firsts.push(start);
      lasts.push(start);
      counts.push(1);
    }
  }
  const clusters = Array.from(firsts.keys());
  // The best-voted places, and those nearest where the passage is expected: a copy of boilerplate edited
  // in place has fewer votes than the untouched copies elsewhere, yet it is the one annotated.
  const byVotes = firstBest(clusters, MAX_WINDOWS, (c) => -(counts[c] as number));
  const nearest =
    near.length === 0 ? [] : firstBest(clusters, NEAR_WINDOWS, (c) => distanceTo(near, firsts[c] as number));
  return [...new Set([...byVotes, ...nearest])].map((c) => [
    Math.max(0, (firsts[c] as number) - maxErrors),
    Math.min(textLength, (lasts[c] as number) + quoteLength + maxErrors),
  ]);
}

/**
 * Windows around the places where the annotation's neighbours put its passage (`near`, compact offsets of
 * `expected`), wide enough for the uncertainty of each prediction.
 */
export function expectedWindows(
  textLength: number,
  quoteLength: number,
  maxErrors: number,
  near: readonly number[],
  expected: readonly Expected[],
): [number, number][] {
  return near.map((at, i) => {
    const reach = Math.min(MAX_REACH, 2 * Math.ceil((expected[i] as Expected).scale)) + maxErrors;
    return [Math.max(0, at - reach), Math.min(textLength, at + quoteLength + reach)];
  });
}

/**
 * The `count` items with the lowest `rank`, in order, the earlier first among equals: what a stable sort
 * would put first, without sorting the thousands of places a quote of boilerplate is found at.
 */
function firstBest<T>(items: readonly T[], count: number, rank: (item: T) => number): T[] {
  const best: { item: T; rank: number }[] = [];
  for (const item of items) {
    const r = rank(item);
    if (best.length === count && r >= (best[count - 1] as { rank: number }).rank) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1] as { rank: number }).rank > r) at--;
    best.splice(at, 0, { item, rank: r });
    if (best.length > count) best.pop();
  }
  return best.map((b) => b.item);
}

/** How far `at` is from the nearest of the places in `near`. */
function distanceTo(near: readonly number[], at: number): number {
  let nearest = Infinity;
  for (const place of near) nearest = Math.min(nearest, Math.abs(at - place));
  return nearest;
}

/** The compact offset of a code-point offset of the full text. */
export function compactOffsetOf(doc: AnchoringText, compact: CompactText, codePoint: number): number {
  return countBelow(compact.origin, doc.toUtf16(codePoint));
}

export function fromCompact(
  compact: CompactText,
  start: number,
  end: number,
  quoteSimilarity: number,
): Candidate {
  return {
    start: compact.origin[start] as number,
    end: (compact.origin[end - 1] as number) + 1,
    quoteSimilarity,
    method: 'fuzzy',
  };
}

/** Characters of the stored prefix's end and of the suffix's start looked for when the quote was edited. */
const CONTEXT_PIECE_LENGTH = 10;
/**
 * Quotes longer than this are left to approximate matching, which their many pieces serve well: comparing
 * a whole gap with them costs the product of the lengths.
 */
const MAX_GAP_QUOTE = 240;
/** A gap less like the quote than this is not the passage, whatever its context says. */
const MIN_GAP_SIMILARITY = 0.5;
/** Prefix hits paired with suffix hits and compared with the quote, nearest the expected place first. */
const MAX_GAPS = 12;

/**
 * The end of the prefix and the start of the suffix, as pieces placed relative to the quote's start, so
 * that they vote for windows like the quote's own pieces; absent when the context is too short to say
 * anything.
 */
export function contextPieces(prefix: string, suffix: string, quoteLength: number): Piece[] {
  const pieces: Piece[] = [];
  if (prefix.length >= CONTEXT_PIECE_LENGTH) {
    pieces.push({ offset: -CONTEXT_PIECE_LENGTH, text: prefix.slice(-CONTEXT_PIECE_LENGTH) });
  }
  if (suffix.length >= CONTEXT_PIECE_LENGTH) {
    pieces.push({ offset: quoteLength, text: suffix.slice(0, CONTEXT_PIECE_LENGTH) });
  }
  return pieces;
}

/**
 * Where the stored prefix is followed, about a quote's length later, by the stored suffix: whatever lies
 * between is the passage as it now reads, however its words were changed. A short quote with one word
 * replaced has too few errors to spare for approximate matching, yet its context still frames it. Gaps
 * come nearest the expected place first, each distinct one once (boilerplate frames the same words many
 * times over), and are compared with the quote only as they are asked for.
 */
export function* contextGaps(
  compact: CompactText,
  quote: string,
  prefixEnds: Int32Array,
  suffixStarts: Int32Array,
  near: readonly number[],
): Generator<Candidate, void, undefined> {
  if (quote.length > MAX_GAP_QUOTE || prefixEnds.length === 0 || suffixStarts.length === 0) return;
  // A gap much shorter or longer than the quote is too unlike it to pass MIN_GAP_SIMILARITY anyway.
  const slack = Math.max(CONTEXT_PIECE_LENGTH, Math.floor(quote.length * (1 - MIN_GAP_SIMILARITY)));
  const shortest = Math.max(1, quote.length - slack);
  const longest = quote.length + slack;
  const gaps: [number, number][] = [];
  for (const end of prefixEnds) {
    const from = end + CONTEXT_PIECE_LENGTH;
    const i = countBelow(suffixStarts, from + shortest);
    const to = suffixStarts[i];
    if (to !== undefined && to - from <= longest) gaps.push([from, to]);
  }
  if (near.length > 0) gaps.sort((a, b) => distanceTo(near, a[0]) - distanceTo(near, b[0]));
  const seen = new Set<string>();
  for (const [from, to] of gaps.slice(0, MAX_GAPS)) {
    const gap = compact.text.slice(from, to);
    if (seen.has(gap)) continue;
    seen.add(gap);
    const similarity = editSimilarity(quote, gap);
    if (similarity >= MIN_GAP_SIMILARITY) yield fromCompact(compact, from, to, similarity);
  }
}
