import search from 'approx-string-match';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../model/selectors.ts';
import { countBelow, type AnchoringText } from './anchoring-text.ts';
import { compactTextOf, stripWhitespace, type CompactText } from './compact-text.ts';
import { editSimilarity } from './edit-similarity.ts';
import type { TextSpan } from './span.ts';

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface AnchorResult {
  span: TextSpan;
  method: AnchorMethod;
  /** 0..1: how sure we are that this is the annotated passage. */
  score: number;
}

/** The quote weighs most, but its surroundings and where it was decide between look-alikes. */
const WEIGHT = { quote: 0.55, prefix: 0.15, suffix: 0.15, position: 0.15 } as const;
/**
 * Below this an annotation is an orphan: a verbatim quote passes on its own, a quote with a quarter of it
 * changed needs its context or its old position to agree as well.
 */
const ACCEPT_SCORE = 0.5;
/** A verbatim quote whose context agrees this well is taken without looking for anything better. */
const CONCLUSIVE_CONTEXT = 0.9;
/** Nothing to check a bare position against, so it is never reported as sure. */
const POSITION_ONLY_SCORE = 0.5;

const MAX_ERROR_RATIO = 0.25;
const MAX_ERRORS = 512;
/** Shorter quotes match too much of any document once errors are allowed. */
const MIN_FUZZY_LENGTH = 8;
const MIN_PIECE_LENGTH = 5;
const MAX_PIECES = 8;
/** A piece found more often than this says nothing about where the quote is. */
const MAX_PIECE_HITS = 1000;
const MAX_WINDOWS = 16;
/** Scanning a whole document with approximate matching is only affordable for small ones. */
const SMALL_DOCUMENT = 100_000;
const MAX_SCORED_OCCURRENCES = 200;

interface Candidate {
  /** UTF-16 offsets into the document's text. */
  start: number;
  end: number;
  quoteSimilarity: number;
  method: 'exact' | 'fuzzy';
}

interface Scored {
  candidate: Candidate;
  score: number;
  /** Mean similarity of the stored prefix and suffix to the text around the candidate; null if none stored. */
  context: number | null;
}

/**
 * Finds the passage that a set of selectors describes, or null when no passage is close enough: an orphan
 * is better than an annotation on the wrong text. Tries the stored position, then the verbatim quote,
 * then the quote ignoring whitespace, then approximate matches near places where pieces of it occur.
 */
export function anchorSelectors(doc: AnchoringText, selectors: readonly Selector[]): AnchorResult | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');

  if (!quote || quote.exact === '') {
    if (!position || position.start >= position.end || position.end > doc.length) return null;
    return {
      span: { start: position.start, end: position.end },
      method: 'position',
      score: POSITION_ONLY_SCORE,
    };
  }
  if (position && position.end <= doc.length && doc.slice(position.start, position.end) === quote.exact) {
    return { span: { start: position.start, end: position.end }, method: 'position', score: 1 };
  }

  const scorer = new Scorer(doc, quote, position);
  let best: Scored | null = null;
  const consider = (candidates: Iterable<Candidate>): boolean => {
    for (const candidate of candidates) {
      const scored = scorer.score(candidate);
      if (!best || scored.score > best.score) best = scored;
    }
    return best !== null && isConclusive(best);
  };

  const conclusive =
    consider(exactOccurrences(doc, quote, scorer)) ||
    consider(compactOccurrences(scorer.compact, scorer.quote)) ||
    consider(approximateOccurrences(scorer.compact, scorer.quote));
  const chosen = best as Scored | null;
  if (!chosen || (!conclusive && chosen.score < ACCEPT_SCORE)) return null;
  return {
    span: { start: doc.toCodePoint(chosen.candidate.start), end: doc.toCodePoint(chosen.candidate.end) },
    method: chosen.candidate.method,
    score: chosen.score,
  };
}

function isConclusive({ candidate, context }: Scored): boolean {
  return candidate.quoteSimilarity === 1 && context !== null && context >= CONCLUSIVE_CONTEXT;
}

/** Compares candidates with the stored selectors; context is compared without whitespace, like the quote. */
class Scorer {
  readonly compact: CompactText;
  /** The quote without whitespace. */
  readonly quote: string;
  readonly #prefix: string;
  readonly #suffix: string;

  constructor(
    readonly doc: AnchoringText,
    readonly selector: TextQuoteSelector,
    readonly position: TextPositionSelector | undefined,
  ) {
    this.compact = compactTextOf(doc);
    this.quote = stripWhitespace(selector.exact);
    this.#prefix = stripWhitespace(selector.prefix ?? '');
    this.#suffix = stripWhitespace(selector.suffix ?? '');
  }

  score(candidate: Candidate): Scored {
    const { origin, text } = this.compact;
    const start = countBelow(origin, candidate.start);
    const end = countBelow(origin, candidate.end);
    let total = WEIGHT.quote * candidate.quoteSimilarity;
    let weight = WEIGHT.quote;
    let contextTotal = 0;
    let contextParts = 0;
    if (this.#prefix) {
      const similarity = editSimilarity(
        this.#prefix,
        text.slice(Math.max(0, start - this.#prefix.length), start),
      );
      total += WEIGHT.prefix * similarity;
      weight += WEIGHT.prefix;
      contextTotal += similarity;
      contextParts++;
    }
    if (this.#suffix) {
      const similarity = editSimilarity(this.#suffix, text.slice(end, end + this.#suffix.length));
      total += WEIGHT.suffix * similarity;
      weight += WEIGHT.suffix;
      contextTotal += similarity;
      contextParts++;
    }
    if (this.position) {
      total += WEIGHT.position * this.closeness(candidate.start);
      weight += WEIGHT.position;
    }
    return { candidate, score: total / weight, context: contextParts ? contextTotal / contextParts : null };
  }

  /** 1 at the stored position, halving at a distance that grows with the document. */
  closeness(start: number): number {
    if (!this.position) return 0;
    const distance = Math.abs(this.doc.toCodePoint(start) - this.position.start);
    const scale = Math.max(100, this.doc.length / 50);
    return 1 / (1 + distance / scale);
  }
}

/** Verbatim occurrences; with very many, only those whose adjoining text or position looks promising. */
function exactOccurrences(doc: AnchoringText, quote: TextQuoteSelector, scorer: Scorer): Candidate[] {
  const text = doc.text;
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    found.push({ start: at, end: at + quote.exact.length, quoteSimilarity: 1, method: 'exact' });
  }
  if (found.length <= MAX_SCORED_OCCURRENCES) return found;
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const cheap = (c: Candidate): number =>
    commonSuffixLength(prefix, text.slice(Math.max(0, c.start - prefix.length), c.start)) +
    commonPrefixLength(suffix, text.slice(c.end, c.end + suffix.length)) +
    32 * scorer.closeness(c.start);
  return found
    .map((candidate) => ({ candidate, cheap: cheap(candidate) }))
    .sort((a, b) => b.cheap - a.cheap)
    .slice(0, MAX_SCORED_OCCURRENCES)
    .map(({ candidate }) => candidate);
}

/** Occurrences that differ from the quote only in whitespace. */
function compactOccurrences(compact: CompactText, quote: string): Candidate[] {
  if (!quote) return [];
  const found: Candidate[] = [];
  for (let at = compact.text.indexOf(quote); at !== -1; at = compact.text.indexOf(quote, at + 1)) {
    found.push(fromCompact(compact, at, at + quote.length, 1));
    if (found.length >= MAX_SCORED_OCCURRENCES) break;
  }
  return found;
}

/**
 * Approximate matches, looked for only in windows around places where pieces of the quote occur
 * verbatim, each place voted for by the pieces that point at it.
 */
function approximateOccurrences(compact: CompactText, quote: string): Candidate[] {
  if (quote.length < MIN_FUZZY_LENGTH) return [];
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_RATIO));
  const windows = candidateWindows(compact.text, quote, maxErrors);
  const found: Candidate[] = [];
  for (const [from, to] of windows) {
    for (const match of search(compact.text.slice(from, to), quote, maxErrors)) {
      found.push(fromCompact(compact, from + match.start, from + match.end, 1 - match.errors / quote.length));
    }
  }
  return found;
}

function candidateWindows(text: string, quote: string, maxErrors: number): [number, number][] {
  const pieceCount = Math.max(1, Math.min(MAX_PIECES, Math.floor(quote.length / MIN_PIECE_LENGTH)));
  const pieceLength = Math.floor(quote.length / pieceCount);
  const impliedStarts: number[] = [];
  for (let i = 0; i < pieceCount; i++) {
    // The last piece sits flush with the end so that the quote's last characters always vote.
    const offset = i === pieceCount - 1 ? quote.length - pieceLength : i * pieceLength;
    const piece = quote.slice(offset, offset + pieceLength);
    const hits: number[] = [];
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      hits.push(at - offset);
      if (hits.length > MAX_PIECE_HITS) break;
    }
    if (hits.length <= MAX_PIECE_HITS) impliedStarts.push(...hits);
  }
  if (impliedStarts.length === 0) return text.length <= SMALL_DOCUMENT ? [[0, text.length]] : [];

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
  return clusters
    .sort((a, b) => b.votes - a.votes)
    .slice(0, MAX_WINDOWS)
    .map(({ first, last }) => [
      Math.max(0, first - maxErrors),
      Math.min(text.length, last + quote.length + maxErrors),
    ]);
}

function fromCompact(compact: CompactText, start: number, end: number, quoteSimilarity: number): Candidate {
  return {
    start: compact.origin[start] as number,
    end: (compact.origin[end - 1] as number) + 1,
    quoteSimilarity,
    method: 'fuzzy',
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
