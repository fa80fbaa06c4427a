import type { TextPositionSelector, TextQuoteSelector } from '../model/selectors.ts';
import { countBelow, type AnchoringText } from './anchoring-text.ts';
import { stripWhitespace, type CompactText } from './compact-text.ts';
import { editSimilarity } from './edit-similarity.ts';

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
  /** False when a predicted position puts the passage somewhere else. */
  placed: boolean;
}

export function isConclusive({ candidate, context, placed }: Scored): boolean {
  return placed && candidate.quoteSimilarity === 1 && context !== null && context >= CONCLUSIVE_CONTEXT;
}

/**
 * Compares candidates with one annotation's stored selectors, quote, prefix, suffix and position together;
 * context is compared without whitespace, like the quote.
 */
export class Scorer {
  /** The quote without whitespace. */
  readonly quote: string;
  readonly #prefix: string;
  readonly #suffix: string;
  /**
   * Where the stored position is expected to be now, in code points, when the annotation's neighbours
   * show how the text around it shifted; the stored start when nothing better is known.
   */
  expectedStart: number | null;
  /** Distance at which closeness halves; narrow once neighbours have shown where the text went. */
  expectedScale: number;
  /** Whether `expectedStart` was predicted from neighbours rather than stored. */
  #aimed = false;

  constructor(
    readonly doc: AnchoringText,
    readonly compact: CompactText,
    readonly selector: TextQuoteSelector,
    readonly position: TextPositionSelector | undefined,
  ) {
    this.quote = stripWhitespace(selector.exact);
    this.#prefix = stripWhitespace(selector.prefix ?? '');
    this.#suffix = stripWhitespace(selector.suffix ?? '');
    this.expectedStart = position ? position.start : null;
    this.expectedScale = Math.max(100, doc.length / 50);
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
    let placed = true;
    if (this.expectedStart !== null) {
      const closeness = this.closeness(candidate.start);
      total += WEIGHT.position * closeness;
      weight += WEIGHT.position;
      placed = !this.#aimed || closeness >= PLACED_CLOSENESS;
    }
    return {
      candidate,
      score: total / weight,
      context: contextParts ? contextTotal / contextParts : null,
      placed,
    };
  }

  /** Judges closeness against a position predicted from the annotation's neighbours. */
  aim(expectedStart: number, scale: number): void {
    this.expectedStart = expectedStart;
    this.expectedScale = scale;
    this.#aimed = true;
  }

  /** 1 at the expected position, halving at `expectedScale`. */
  closeness(start: number): number {
    if (this.expectedStart === null) return 0;
    const distance = Math.abs(this.doc.toCodePoint(start) - this.expectedStart);
    return 1 / (1 + distance / this.expectedScale);
  }
}
