const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * A document's text with conversions between code-point offsets (what selectors and spans store, as the
 * W3C model says) and UTF-16 offsets (what JavaScript strings and the DOM use).
 */
export class AnchoringText {
  /** Length in code points. */
  readonly length: number;
  /** UTF-16 offset of every surrogate pair, ascending; empty for text with no astral characters. */
  readonly #pairAt: Uint32Array;
  /** Code-point offset of every surrogate pair, ascending, parallel to `#pairAt`. */
  readonly #pairCodePointAt: Uint32Array;

  constructor(readonly text: string) {
    const positions: number[] = [];
    for (const match of text.matchAll(SURROGATE_PAIR)) positions.push(match.index);
    this.#pairAt = Uint32Array.from(positions);
    this.#pairCodePointAt = Uint32Array.from(positions, (at, i) => at - i);
    this.length = text.length - positions.length;
  }

  /** UTF-16 offset of a code-point offset, clamped to the text. */
  toUtf16(cp: number): number {
    const clamped = Math.max(0, Math.min(this.length, cp));
    if (this.#pairAt.length === 0) return clamped;
    return clamped + countBelow(this.#pairCodePointAt, clamped);
  }

  /** Code-point offset of a UTF-16 offset, clamped; an offset inside a surrogate pair rounds down to it. */
  toCodePoint(u16: number): number {
    const clamped = Math.max(0, Math.min(this.text.length, u16));
    if (this.#pairAt.length === 0) return clamped;
    return clamped - countBelow(this.#pairAt, clamped);
  }

  /** False only for a UTF-16 offset that falls between the two halves of a surrogate pair. */
  isCodePointBoundary(u16: number): boolean {
    if (this.#pairAt.length === 0) return true;
    const before = countBelow(this.#pairAt, u16);
    return before === 0 || this.#pairAt[before - 1] !== u16 - 1;
  }

  /** The text between two code-point offsets. */
  slice(startCp: number, endCp: number): string {
    return this.text.slice(this.toUtf16(startCp), this.toUtf16(endCp));
  }
}

/** How many entries of an ascending array are strictly below `value`. */
export function countBelow(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Length of a string in code points. */
export function codePointLength(text: string): number {
  let pairs = 0;
  for (const _ of text.matchAll(SURROGATE_PAIR)) pairs++;
  return text.length - pairs;
}
