import type { Selector, TextPositionSelector, TextQuoteSelector } from '../model/selectors.ts';
import type { AnchoringText } from './anchoring-text.ts';
import { CompactTextBuilder, type CompactText } from './compact-text.ts';
import { trimEdges } from './edge-words.ts';
import {
  approximateOccurrences,
  candidateWindows,
  expectedWindows,
  SEARCHES_AROUND_EXPECTED,
  compactOffsetOf,
  contextGaps,
  contextPieces,
  fromCompact,
  MAX_PIECE_HITS,
  MIN_FUZZY_LENGTH,
  segmentsOf,
  piecesOfQuote,
  type Piece,
} from './fuzzy-windows.ts';
import { PatternScanner, type Positions } from './multi-pattern-scan.ts';
import { agreesFully, isBetter, isConclusive, Scorer, type Candidate, type Scored } from './scorer.ts';
import { ShiftMap } from './shift-map.ts';
import type { TextSpan } from './span.ts';

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface AnchorResult {
  span: TextSpan;
  method: AnchorMethod;
  /** 0..1: how sure we are that this is the annotated passage. */
  score: number;
}

/** One annotation's outcome: `index` into the targets given to `anchorAll`; null for an orphan. */
export interface Anchored {
  index: number;
  result: AnchorResult | null;
}

export interface AnchorAllOptions {
  /** Longest stretch of work between two yields, in the clock's milliseconds; no yields when absent. */
  sliceMs?: number;
  /** The clock; `performance.now` when absent. */
  now?: () => number;
  /**
   * Whether annotations anchored without doubt predict where the others' stored positions have moved
   * (default true). Off, every annotation is anchored exactly as `anchorSelectors` would on its own.
   */
  learnShifts?: boolean;
}

/**
 * Below this an annotation is an orphan: a verbatim quote passes on its own, a quote with a quarter of it
 * changed needs its context or its old position to agree as well.
 */
const ACCEPT_SCORE = 0.5;
/** Context and quote agreement at which a passage framed by its context is taken without more search. */
const FRAMED_CONTEXT = 0.9;
const FRAMED_QUOTE = 0.75;
/** The same for a passage found by approximate matching, which stops the search of further windows. */
const FOUND_CONTEXT = 0.8;
const FOUND_QUOTE = 0.85;
/** The same for a passage found approximately to be trusted as a sign of how the text shifted. */
const LEARNT_CONTEXT = 0.9;
const LEARNT_QUOTE = 0.9;
/** Context agreement below which a passage away from where its neighbours put it is not taken. */
const UNPLACED_CONTEXT = 0.5;
/** Agreement of the weaker side of the context below which a copy of repeated text is not taken. */
const ONE_SIDED_CONTEXT = 0.3;
/** Context agreement below which a passage found only approximately is not taken anywhere. */
const FUZZY_CONTEXT = 0.3;
/** Nothing to check a bare position against, so it is never reported as sure. */
const POSITION_ONLY_SCORE = 0.5;

const MAX_ERROR_RATIO = 0.25;
const MAX_ERRORS = 512;
const MAX_SCORED_OCCURRENCES = 40;
/** Far more verbatim copies than any plan repeats; they are ranked cheaply before being scored. */
const MAX_EXACT_HITS = 20_000;
/** Annotations looked at between two looks at the clock in the cheap loops. */
const CLOCK_EVERY = 32;
/** Candidates scored in full between two looks at the clock: each compares quote and context. */
const SCORE_CLOCK_EVERY = 4;
/** Occurrences given a cheap look between two looks at the clock. */
const RANK_CLOCK_EVERY = 256;
/** Steps per unit of the cheap score that orders verbatim occurrences. */
const RANK_RESOLUTION = 1024;
/** Cheap scores above this (very long imported contexts) rank as equal. */
const MAX_RANK_KEY = 2 ** 20;

interface Pending {
  index: number;
  quote: TextQuoteSelector;
  position: TextPositionSelector | undefined;
  scorer: Scorer | null;
  best: Scored | null;
  /** Verbatim copies of the quote, in the text or the compact text: none means it is no repeated boilerplate. */
  copies: number;
}

/**
 * Anchors many annotations against one document in a few passes over its text, rather than one full scan
 * per annotation: stored positions that still hold the quote first; then one multi-pattern pass for the
 * verbatim quotes of all the rest; one for the quotes with whitespace ignored; and for what is still
 * unsure, one pass for pieces of the quotes, which point at windows where approximate matching runs.
 * Every candidate is scored on quote, prefix, suffix and position together, and a best score that is too
 * low makes an orphan rather than a wrong highlight.
 *
 * Yields the annotations settled during each slice of at most about `sliceMs` (an empty list when a slice
 * only built indexes), so that a caller on a page's thread can give the thread back in between, paint
 * progressively, and cancel by no longer iterating.
 */
export function* anchorAll(
  doc: AnchoringText,
  targets: readonly (readonly Selector[])[],
  options: AnchorAllOptions = {},
): Generator<Anchored[], void, undefined> {
  const sliceMs = options.sliceMs ?? Infinity;
  const now = options.now ?? (() => performance.now());
  let deadline = now() + sliceMs;
  let settled: Anchored[] = [];
  function* pause(): Generator<Anchored[], void, undefined> {
    const batch = settled;
    settled = [];
    yield batch;
    deadline = now() + sliceMs;
  }
  function* checkpoint(): Generator<Anchored[], void, undefined> {
    if (now() >= deadline) yield* pause();
  }
  const settle = (p: Pending): void => {
    settled.push({ index: p.index, result: decide(doc, p.best, p.quote.exact, p.copies > 1) });
  };
  /**
   * Scores candidates in order, keeping the best, pausing when the slice is spent; true once the best is
   * conclusive, when looking stops.
   */
  function* consider(
    p: Pending,
    candidates: readonly Candidate[],
  ): Generator<Anchored[], boolean, undefined> {
    const scorer = p.scorer as Scorer;
    for (const [i, candidate] of candidates.entries()) {
      const scored = scorer.score(candidate);
      if (!p.best || isBetter(scored, p.best)) p.best = scored;
      if (isConclusive(p.best)) return true;
      if (i % SCORE_CLOCK_EVERY === SCORE_CLOCK_EVERY - 1 && now() >= deadline) yield* pause();
    }
    return p.best !== null && isConclusive(p.best);
  }

  let pending: Pending[] = [];
  for (let index = 0; index < targets.length; index++) {
    const selectors = targets[index] as readonly Selector[];
    const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    const position = positionIn(selectors);
    const quick = anchorWithoutSearch(doc, quote, position);
    if (quick !== undefined || !quote) settled.push({ index, result: quick ?? null });
    else pending.push({ index, quote, position, scorer: null, best: null, copies: 0 });
    if (index % CLOCK_EVERY === CLOCK_EVERY - 1 && now() >= deadline) yield* pause();
  }
  if (pending.length === 0) {
    yield settled;
    return;
  }

  const exact = new PatternScanner(
    doc.text,
    pending.map((p) => p.quote.exact),
    MAX_EXACT_HITS,
  );
  while (!exact.run(deadline, now)) yield* pause();

  // Annotations found where they were stored, or verbatim exactly once, show how each stretch of the
  // text shifted; the others, whose quote occurs several times, are then judged against where their
  // stored position has moved to rather than where it was.
  const shifts = new ShiftMap(options.learnShifts ?? true);
  for (const { index, result } of settled) {
    const position = positionIn(targets[index] as readonly Selector[]);
    if (result && position) shifts.add(position.start, result.span.start);
  }
  const unsure: Pending[] = [];
  const ambiguous: number[] = [];
  for (const [i, p] of pending.entries()) {
    p.scorer = new Scorer(doc, p.quote, p.position);
    const found = (exact.hits[i] as Positions).values();
    p.copies = found.length;
    if (found.length > 1) {
      ambiguous.push(i);
      continue;
    }
    if (yield* consider(p, yield* rankExact(doc.text, p.quote, found, p.scorer, checkpoint))) {
      settle(p);
      if (p.position && p.best) shifts.add(p.position.start, doc.toCodePoint(p.best.candidate.start));
    } else {
      unsure.push(p);
    }
    if (now() >= deadline) yield* pause();
  }
  for (const i of ambiguous) {
    const p = pending[i] as Pending;
    const scorer = p.scorer as Scorer;
    if (p.position) shifts.aim(scorer, p.position.start);
    const found = (exact.hits[i] as Positions).values();
    if (yield* consider(p, yield* rankExact(doc.text, p.quote, found, scorer, checkpoint))) settle(p);
    else unsure.push(p);
    if (now() >= deadline) yield* pause();
  }
  for (const p of unsure) {
    if (p.position) shifts.aim(p.scorer as Scorer, p.position.start);
  }
  pending = unsure;
  if (pending.length === 0) {
    yield settled;
    return;
  }

  // Only now is the compact text (no whitespace, no punctuation) needed: a page whose quotes were all
  // found verbatim, as on an unchanged page, never pays for it.
  const builder = new CompactTextBuilder(doc);
  let built: CompactText | null;
  while (!(built = builder.run(deadline, now))) yield* pause();
  const compact = built;

  const compactScan = new PatternScanner(
    compact.text,
    pending.map((p) => (p.scorer as Scorer).quote),
    MAX_SCORED_OCCURRENCES,
  );
  while (!compactScan.run(deadline, now)) yield* pause();
  const stillUnsure: Pending[] = [];
  for (const [i, p] of pending.entries()) {
    const quote = (p.scorer as Scorer).quote;
    const found = Array.from((compactScan.hits[i] as Positions).values(), (at) =>
      fromCompact(compact, at, at + quote.length, 1),
    );
    p.copies = Math.max(p.copies, found.length);
    if (yield* consider(p, found)) settle(p);
    else stillUnsure.push(p);
    // Found once, whole and in its context, with only whitespace and punctuation changed: this too shows
    // how the text shifted, even where the neighbours known so far predicted otherwise.
    if (found.length === 1 && p.position && p.best && agreesFully(p.best)) {
      shifts.add(p.position.start, doc.toCodePoint(p.best.candidate.start));
    }
    if (now() >= deadline) yield* pause();
  }
  pending = stillUnsure;
  for (const p of pending) {
    if (p.position) shifts.aim(p.scorer as Scorer, p.position.start);
  }

  // Pieces of each quote, then the end of its prefix and the start of its suffix, which frame the
  // passage however its own words were edited.
  const piecesOf = pending.map((p) => {
    const { quote, prefix, suffix } = p.scorer as Scorer;
    return { quote: piecesOfQuote(quote), context: contextPieces(prefix, suffix, quote.length) };
  });
  const pieceScan = new PatternScanner(
    compact.text,
    piecesOf.flatMap(({ quote, context }) => [...quote, ...context].map((piece) => piece.text)),
    MAX_PIECE_HITS + 1,
  );
  while (!pieceScan.run(deadline, now)) yield* pause();
  let hitsAt = 0;
  for (const [i, p] of pending.entries()) {
    const { quote: own, context } = piecesOf[i] as { quote: Piece[]; context: Piece[] };
    const pieces = [...own, ...context];
    const hits = pieceScan.hits.slice(hitsAt, hitsAt + pieces.length).map((h) => h.values());
    hitsAt += pieces.length;
    const scorer = p.scorer as Scorer;
    // Passages found before this one may have shown how this stretch shifted.
    if (p.position) shifts.aim(scorer, p.position.start);
    if (p.best) p.best = scorer.rescore(p.best);
    const near = scorer.expected.map(({ at }) => compactOffsetOf(doc, compact, at));
    const quote = scorer.quote;
    // Both ends of the context found, the passage between them is a candidate of its own.
    if (context.length === 2) {
      const prefixEnds = limited(hits[own.length]);
      const suffixStarts = limited(hits[own.length + 1]);
      // Each gap costs a comparison with the quote (up to MAX_GAP_QUOTE characters by a gap half as long
      // again), so the clock is looked at after every one.
      for (const gap of contextGaps(compact, quote, prefixEnds, suffixStarts, near)) {
        yield* consider(p, [gap]);
        if (isFramedWell(p.best)) break;
        yield* checkpoint();
      }
    }
    if (isFramedWell(p.best)) {
      settle(p);
      if (now() >= deadline) yield* pause();
      continue;
    }
    const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_RATIO));
    // Where the neighbours put the passage comes first: boilerplate repeated hundreds of times has pieces
    // found too often to vote, yet the copy annotated, edited in place, is there. Only there are the
    // stretches between the closest matches searched again (an edited copy beside untouched ones).
    const fuzzy = quote.length >= MIN_FUZZY_LENGTH;
    const around =
      fuzzy && scorer.aimed
        ? expectedWindows(compact.text.length, quote.length, maxErrors, near, scorer.expected)
        : [];
    const voted = fuzzy
      ? candidateWindows(compact.text.length, quote.length, maxErrors, pieces, hits, near)
      : [];
    windows: for (const [w, [from, to]] of [...around, ...voted].entries()) {
      const searches = w < around.length ? SEARCHES_AROUND_EXPECTED : 1;
      for (const [segmentFrom, segmentTo] of segmentsOf(from, to, quote.length, maxErrors)) {
        yield* consider(
          p,
          approximateOccurrences(compact, quote, maxErrors, segmentFrom, segmentTo, searches),
        );
        yield* checkpoint();
        // Windows come best-voted first; one that holds the quote nearly intact, in its context and
        // where it was expected, is not bettered by the rest.
        if (isFoundWell(p.best)) break windows;
      }
    }
    settle(p);
    // A quote of no repeated boilerplate, found nearly whole in its context, shows how the text shifted
    // here, even where the neighbours known so far predicted otherwise.
    if (p.copies === 0 && p.position && isLearntFrom(p.best)) {
      shifts.add(p.position.start, doc.toCodePoint(p.best.candidate.start));
    }
    if (now() >= deadline) yield* pause();
  }
  yield settled;
}

/** Hits of a piece found too often to say where anything is count as none. */
function limited(hits: Int32Array | undefined): Int32Array {
  return hits && hits.length <= MAX_PIECE_HITS ? hits : new Int32Array(0);
}

/**
 * A passage framed by its whole stored context, where it was expected, and still mostly the quote: what
 * approximate matching would find too, at the cost of searching windows.
 */
function isFramedWell(best: Scored | null): boolean {
  return (
    best !== null &&
    best.placed &&
    best.context !== null &&
    best.context >= FRAMED_CONTEXT &&
    best.candidate.quoteSimilarity >= FRAMED_QUOTE
  );
}

/** Found so nearly whole, in so nearly its whole context, that where it is teaches where others are. */
function isLearntFrom(best: Scored | null): best is Scored {
  return (
    best !== null &&
    best.context !== null &&
    best.context >= LEARNT_CONTEXT &&
    best.candidate.quoteSimilarity >= LEARNT_QUOTE
  );
}

function isFoundWell(best: Scored | null): boolean {
  return (
    best !== null &&
    best.placed &&
    best.context !== null &&
    best.context >= FOUND_CONTEXT &&
    best.candidate.quoteSimilarity >= FOUND_QUOTE
  );
}

function positionIn(selectors: readonly Selector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/**
 * What needs no search: a bare position, or a stored position that still holds the quote. Undefined when
 * the text has to be searched; null when there is nothing to search with.
 */
function anchorWithoutSearch(
  doc: AnchoringText,
  quote: TextQuoteSelector | undefined,
  position: TextPositionSelector | undefined,
): AnchorResult | null | undefined {
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
  return undefined;
}

function decide(
  doc: AnchoringText,
  best: Scored | null,
  quote: string,
  repeated: boolean,
): AnchorResult | null {
  if (!best || (!isConclusive(best) && best.score < ACCEPT_SCORE)) return null;
  // Text repeated through the page (a template's field, a recurring phrase) tells its copies apart only
  // by what surrounds it, and one side of that is often repeated too. A copy with one side of its
  // context gone is another copy, most often where the annotated one was deleted.
  if (repeated && best.weakerSide !== null && best.weakerSide < ONE_SIDED_CONTEXT) return null;
  // Neither where the neighbours put the passage nor in its stored context: a look-alike somewhere else,
  // most often where the annotated passage was deleted. An orphan says so; a highlight would mislead.
  if (!best.placed && best.context !== null && best.context < UNPLACED_CONTEXT) return null;
  // A passage found only approximately, with almost none of its context around it, is as likely some
  // other words that happen to look alike (a short quote, most often, where the passage was deleted).
  if (best.candidate.method === 'fuzzy' && best.context !== null && best.context < FUZZY_CONTEXT) return null;
  const { start, end } =
    best.candidate.method === 'fuzzy' ? trimEdges(doc.text, best.candidate, quote) : best.candidate;
  return {
    span: { start: doc.toCodePoint(start), end: doc.toCodePoint(end) },
    method: best.candidate.method,
    score: best.score,
  };
}

/**
 * Verbatim occurrences, most promising first by a cheap look at their adjoining text and position, so
 * that scoring can stop at the first conclusive one; with very many, only the most promising are kept.
 * A short quote can occur thousands of times on a long page, so the look goes through `checkpoint`
 * every RANK_CLOCK_EVERY occurrences, and the ordering is one native sort of numbers rather than a sort
 * calling back into a comparator.
 */
function* rankExact(
  text: string,
  quote: TextQuoteSelector,
  found: Int32Array,
  scorer: Scorer,
  checkpoint: () => Generator<Anchored[], void, undefined>,
): Generator<Anchored[], Candidate[], undefined> {
  const length = quote.exact.length;
  const candidate = (at: number): Candidate => ({
    start: at,
    end: at + length,
    quoteSimilarity: 1,
    method: 'exact',
  });
  if (found.length <= 1) return Array.from(found, candidate);
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  // Each occurrence's cheap score, rounded to RANK_RESOLUTION, packed above its index (reversed, so that
  // among equal scores the earlier occurrence sorts last, and so comes first when read from the end).
  const slots = 2 ** Math.ceil(Math.log2(found.length + 1));
  const keys = new Float64Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const at = found[i] as number;
    const cheap =
      agreeingBefore(text, at, prefix) + agreeingAfter(text, at + length, suffix) + 32 * scorer.closeness(at);
    const rounded = Math.min(Math.round(cheap * RANK_RESOLUTION), MAX_RANK_KEY);
    keys[i] = rounded * slots + (slots - 1 - i);
    if (i % RANK_CLOCK_EVERY === RANK_CLOCK_EVERY - 1) yield* checkpoint();
  }
  keys.sort();
  const kept = Math.min(found.length, MAX_SCORED_OCCURRENCES);
  const ranked: Candidate[] = [];
  for (let k = 0; k < kept; k++) {
    const key = keys[keys.length - 1 - k] as number;
    ranked.push(candidate(found[slots - 1 - (key % slots)] as number));
  }
  return ranked;
}

/** How many characters just before `at` agree with the end of `prefix`. */
function agreeingBefore(text: string, at: number, prefix: string): number {
  let n = 0;
  while (
    n < prefix.length &&
    n < at &&
    text.charCodeAt(at - 1 - n) === prefix.charCodeAt(prefix.length - 1 - n)
  )
    n++;
  return n;
}

/** How many characters from `at` on agree with the start of `suffix`. */
function agreeingAfter(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text.charCodeAt(at + n) === suffix.charCodeAt(n)) n++;
  return n;
}
