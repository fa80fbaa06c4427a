/**
 * Where `anchorAll` runs approximate matching for a quote that is not found verbatim: pieces of the quote
 * found verbatim vote for windows of the whitespace-free compact text, and matches there become candidates
 * in the full text.
 */
import search from 'approx-string-match';
import { countBelow, type AnchoringText } from './anchoring-text.ts';
import type { CompactText } from './compact-text.ts';
import type { Candidate } from './scorer.ts';

/** Shorter quotes match too much of any document once errors are allowed. */
export const MIN_FUZZY_LENGTH = 8;
/** Shorter pieces (and their 4-character fingerprints) occur everywhere in prose. */
const MIN_PIECE_LENGTH = 8;
/** Short pieces survive scattered edits: a 16-character piece of a quote with 3% edited is intact 6 times in 10. */
const MAX_PIECE_LENGTH = 16;
const MAX_PIECES = 32;
/** A piece found more often than this says nothing about where the quote is. */
export const MAX_PIECE_HITS = 1000;
const MAX_WINDOWS = 16;
const NEAR_WINDOWS = 4;
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

/** Approximate matches of the quote in one window of the compact text. */
export function approximateOccurrences(
  compact: CompactText,
  quote: string,
  maxErrors: number,
  from: number,
  to: number,
): Candidate[] {
  return search(compact.text.slice(from, to), quote, maxErrors).map((match) =>
    fromCompact(compact, from + match.start, from + match.end, 1 - match.errors / quote.length),
  );
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
  near: number | null,
): [number, number][] {
  const impliedStarts: number[] = [];
  pieces.forEach((piece, i) => {
    const at = hits[i] ?? new Int32Array(0);
    if (at.length <= MAX_PIECE_HITS) for (const hit of at) impliedStarts.push(hit - piece.offset);
  });
  if (impliedStarts.length === 0) return textLength <= SMALL_DOCUMENT ? [[0, textLength]] : [];

  impliedStarts.sort((a, b) => a - b);
  const clusters: { first: number; last: number; votes: number }[] = [];
  for (const start of impliedStarts) {
    const current = clusters.at(-1);
    if (current && start - current.first <= maxErrors) {
      current.last = start;
      current.votes++;
    } else {
      clusters.push({ first: start, last: start, votes: 1 });
    }
  }
  // The best-voted places, and those nearest where the passage is expected: a copy of boilerplate edited
  // in place has fewer votes than the untouched copies elsewhere, yet it is the one annotated.
  const byVotes = [...clusters].sort((a, b) => b.votes - a.votes).slice(0, MAX_WINDOWS);
  const nearest =
    near === null
      ? []
      : [...clusters]
          .sort((a, b) => Math.abs(a.first - near) - Math.abs(b.first - near))
          .slice(0, NEAR_WINDOWS);
  return [...new Set([...byVotes, ...nearest])].map(({ first, last }) => [
    Math.max(0, first - maxErrors),
    Math.min(textLength, last + quoteLength + maxErrors),
  ]);
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
