/** What `anchorAll` learns of how a document's text moved since its annotations were stored. */
import { countBelow } from './anchoring-text.ts';
import type { Scorer } from './scorer.ts';

/**
 * Closeness halves this far from a predicted position: neighbours place it within the drift of a few
 * local edits, so a copy of boilerplate one paragraph away is rightly much less likely.
 */
const PREDICTED_SCALE = 250;
/**
 * Scattered edits (words replaced by longer or shorter ones) make the shift creep steadily along the text,
 * by up to this much per character; a steeper change between two neighbours is a block inserted, deleted
 * or moved between them.
 */
const MAX_DRIFT = 0.02;
/** Shifts of two neighbours closer than this agree, however near the neighbours are. */
const AGREEING_SHIFTS = 64;
/**
 * A prediction carried from a neighbour on one side only grows less sure with distance, since the creep
 * need not stay steady: this much of the distance is added to its scale.
 */
const UNCERTAINTY_PER_CHARACTER = 0.002;

/** A place where a stored start is expected now, and how far from it closeness halves. */
export interface Expected {
  at: number;
  scale: number;
}

/**
 * How far text moved, learnt from annotations anchored without doubt: the stored start of each and where
 * it was found. Between two such neighbours whose shifts agree, the shift is interpolated between them;
 * where they disagree (a block inserted, deleted or moved somewhere between them) there are two
 * expectations, each neighbour's shift carried on at the rate it was creeping at on its own side.
 */
export class ShiftMap {
  readonly #stored: number[] = [];
  readonly #found: number[] = [];

  constructor(readonly enabled: boolean) {}

  add(stored: number, found: number): void {
    // Kept in stored order as they come: most come in order, and a few hundred at most come late.
    const at = countBelow(this.#stored, stored + 1);
    if (at === this.#stored.length) {
      this.#stored.push(stored);
      this.#found.push(found);
    } else {
      this.#stored.splice(at, 0, stored);
      this.#found.splice(at, 0, found);
    }
  }

  /** Points a scorer at where a stored start has moved to, when the neighbours say. */
  aim(scorer: Scorer, stored: number): void {
    if (!this.enabled || this.#stored.length === 0) return;
    scorer.aim(this.expect(stored));
  }

  /** Where a stored start is expected now: one place, or two when an edit between the neighbours splits them. */
  expect(stored: number): Expected[] {
    if (this.#stored.length === 0) return [{ at: stored, scale: PREDICTED_SCALE }];
    const before = countBelow(this.#stored, stored + 1) - 1;
    const after = before + 1;
    const n = this.#stored.length;
    if (before >= 0 && after < n) {
      const from = this.#stored[before] as number;
      const to = this.#stored[after] as number;
      const shiftFrom = this.#shift(before);
      const shiftTo = this.#shift(after);
      if (Math.abs(shiftTo - shiftFrom) <= AGREEING_SHIFTS + MAX_DRIFT * (to - from)) {
        const share = to === from ? 0 : (stored - from) / (to - from);
        return [
          { at: Math.round(stored + shiftFrom + share * (shiftTo - shiftFrom)), scale: PREDICTED_SCALE },
        ];
      }
    }
    const expected: Expected[] = [];
    if (before >= 0) expected.push(this.#carried(before, before - 1, stored));
    if (after < n) expected.push(this.#carried(after, after + 1, stored));
    if (expected.length === 2) {
      const [a, b] = expected as [Expected, Expected];
      if (Math.abs(a.at - b.at) <= Math.max(a.scale, b.scale)) expected.pop();
    }
    return expected;
  }

  #shift(i: number): number {
    return (this.#found[i] as number) - (this.#stored[i] as number);
  }

  /**
   * The shift of neighbour `i` carried on to `stored` at the rate it creeps between `i` and the next
   * neighbour out on the same side (`other`), when that rate is a creep and not a block edit.
   */
  #carried(i: number, other: number, stored: number): Expected {
    const at = this.#stored[i] as number;
    let rate = 0;
    if (other >= 0 && other < this.#stored.length) {
      const span = at - (this.#stored[other] as number);
      const change = this.#shift(i) - this.#shift(other);
      if (span !== 0 && Math.abs(change) <= AGREEING_SHIFTS + MAX_DRIFT * Math.abs(span))
        rate = change / span;
    }
    const distance = stored - at;
    return {
      at: Math.round(stored + this.#shift(i) + rate * distance),
      scale: PREDICTED_SCALE + UNCERTAINTY_PER_CHARACTER * Math.abs(distance),
    };
  }
}
