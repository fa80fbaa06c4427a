import type { TextPositionSelector, TextQuoteSelector } from '../model/selectors.ts';
import type { AnchoringText } from './anchoring-text.ts';
import { isPunctuation, keptAfter, keptBefore, stripIgnored } from './compact-text.ts';
import { editSimilarity } from './edit-similarity.ts';
import type { Expected } from './shift-map.ts';

/** The quote weighs most, but its surroundings and where it was decide between look-alikes. */
const WEIGHT = { quote: 0.55, prefix: 0.15, suffix: 0.15, position: 0.15 } as const;
/** A verbatim quote whose context agrees this well is taken without looking for anything better. */
const CONCLUSIVE_CONTEXT = 0.9;
/**
 * A verbatim copy further than the predicted scale from a predicted position is not taken at once: the
 * annotated copy may have been edited in place, and approximate matching gets to look for it.
 */
const PLACED_CLOSENESS = 0.5;

export interface Candidate {
  /** UTF-16 offsets into the document's text. */
  start: number;
  end: number;
  quoteSimilarity: number;
  method: 'exact' | 'fuzzy';
}

export interface Scored {
  candidate: Candidate;
  score: number;
  /** Mean similarity of the stored prefix and suffix to the text around the candidate; null if none stored. */
  context: number | null;
  /** The lesser of the two when both are stored: a side of the context that is gone; else null. */
  weakerSide: number | null;
  /** False when a predicted position puts the passage somewhere else. */
  placed: boolean;
}

export function isConclusive(scored: Scored): boolean {
  return scored.placed && agreesFully(scored);
}

/**
 * How much lower a candidate where the neighbours put the passage may score and still be preferred to one
 * elsewhere: a copy of repeated text far away can agree with quote and context a little better than the
 * annotated copy, edited in place.
 */
const PLACED_MARGIN = 0.05;

/** Whether `a` is a better candidate than `b`. */
export function isBetter(a: Scored, b: Scored): boolean {
  if (a.placed !== b.placed)
    return a.placed ? a.score >= b.score - PLACED_MARGIN : a.score > b.score + PLACED_MARGIN;
  return a.score > b.score;
}

/** The whole quote with its context around it, wherever that is. */
export function agreesFully({ candidate, context }: Scored): boolean {
  return candidate.quoteSimilarity === 1 && context !== null && context >= CONCLUSIVE_CONTEXT;
}

/**
 * Compares candidates with one annotation's stored selectors, quote, prefix, suffix and position together;
 * context is compared without whitespace and punctuation, like the quote.
 */
export class Scorer {
  /** The quote, prefix and suffix as the compact text has them: without whitespace or punctuation. */
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  /**
   * Where the stored position is expected to be now, in code points, and how far from there closeness
   * halves: the stored start, judged loosely, until the annotation's neighbours show how the text around
   * it shifted; then one place, or two when an edit between the neighbours leaves it open which side of
   * it the passage is on. Empty without a stored position.
   */
  expected: readonly Expected[];
  /** Punctuation the quote begins and ends with, which the compact text leaves out. */
  readonly #leading: number;
  readonly #trailing: number;
  #aimed = false;

  constructor(
    readonly doc: AnchoringText,
    readonly selector: TextQuoteSelector,
    readonly position: TextPositionSelector | undefined,
  ) {
    this.quote = stripIgnored(selector.exact);
    this.prefix = stripIgnored(selector.prefix ?? '');
    this.suffix = stripIgnored(selector.suffix ?? '');
    this.#leading = marksAt(selector.exact, 1);
    this.#trailing = marksAt(selector.exact, -1);
    this.expected = position ? [{ at: position.start, scale: Math.max(100, doc.length / 50) }] : [];
  }

  score(found: Candidate): Scored {
    return this.#judge(found.method === 'fuzzy' ? this.#widen(found) : found);
  }

  /** Scores again a candidate scored before the expected places changed. */
  rescore(scored: Scored): Scored {
    return this.#judge(scored.candidate);
  }

  #judge(candidate: Candidate): Scored {
    // The context is read from the full text around the candidate rather than from the compact text:
    // the same characters, and a verbatim match on an unchanged page is scored without the compact text
    // of the whole page ever being built.
    const text = this.doc.text;
    let total = WEIGHT.quote * candidate.quoteSimilarity;
    let weight = WEIGHT.quote;
    let contextTotal = 0;
    let contextParts = 0;
    let weakerSide = Infinity;
    if (this.prefix) {
      const similarity = editSimilarity(this.prefix, keptBefore(text, candidate.start, this.prefix.length));
      total += WEIGHT.prefix * similarity;
      weight += WEIGHT.prefix;
      contextTotal += similarity;
      contextParts++;
      weakerSide = similarity;
    }
    if (this.suffix) {
      const similarity = editSimilarity(this.suffix, keptAfter(text, candidate.end, this.suffix.length));
      total += WEIGHT.suffix * similarity;
      weight += WEIGHT.suffix;
      contextTotal += similarity;
      contextParts++;
      weakerSide = Math.min(weakerSide, similarity);
    }
    let placed = true;
    if (this.expected.length > 0) {
      const closeness = this.closeness(candidate.start);
      total += WEIGHT.position * closeness;
      weight += WEIGHT.position;
      placed = !this.#aimed || closeness >= PLACED_CLOSENESS;
    }
    return {
      candidate,
      score: total / weight,
      context: contextParts ? contextTotal / contextParts : null,
      weakerSide: contextParts === 2 ? weakerSide : null,
      placed,
    };
  }

  /**
   * A passage found in the compact text starts and ends with a letter or digit; the quote's own leading
   * and trailing punctuation (a full stop, a closing bracket or quotation mark) is taken back in where the
   * document has punctuation there too.
   */
  #widen(candidate: Candidate): Candidate {
    const text = this.doc.text;
    let { start, end } = candidate;
    for (let n = 0; n < this.#leading && start > 0 && isPunctuation(text.charCodeAt(start - 1)); n++) start--;
    for (let n = 0; n < this.#trailing && end < text.length && isPunctuation(text.charCodeAt(end)); n++)
      end++;
    return start === candidate.start && end === candidate.end ? candidate : { ...candidate, start, end };
  }

  /** Judges closeness against places predicted from the annotation's neighbours. */
  aim(expected: readonly Expected[]): void {
    if (expected.length === 0) return;
    this.expected = expected;
    this.#aimed = true;
  }

  /** Whether `expected` was predicted from neighbours rather than stored. */
  get aimed(): boolean {
    return this.#aimed;
  }

  /** 1 at an expected place, halving at its scale; 0 with nothing expected. */
  closeness(start: number): number {
    const at = this.doc.toCodePoint(start);
    let best = 0;
    for (const { at: expected, scale } of this.expected) {
      best = Math.max(best, 1 / (1 + Math.abs(at - expected) / scale));
    }
    return best;
  }
}

/** How many punctuation characters a quote begins with (`direction` 1) or ends with (-1). */
function marksAt(quote: string, direction: 1 | -1): number {
  let n = 0;
  let at = direction === 1 ? 0 : quote.length - 1;
  while (at >= 0 && at < quote.length && isPunctuation(quote.charCodeAt(at))) {
    n++;
    at += direction;
  }
  return n;
}
